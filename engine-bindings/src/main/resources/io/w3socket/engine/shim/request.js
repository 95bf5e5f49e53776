// request.js: Request (https://fetch.spec.whatwg.org/#request-class). Relative URLs resolve against
// the page's URL (its document base URL).

var FORBIDDEN_METHODS = ['CONNECT', 'TRACE', 'TRACK'];
var NORMALIZED_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];

/** #concept-method-normalize after the token and forbidden-method checks; errors via fail(). */
function checkMethod(method, fail) {
  if (!HTTP_TOKEN.test(method)) {
    fail("'" + method + "' is not a valid HTTP method.", 'syntax');
  }
  var upper = method.toUpperCase();
  if (FORBIDDEN_METHODS.indexOf(upper) >= 0) {
    fail("'" + method + "' HTTP method is unsupported.", 'forbidden');
  }
  return NORMALIZED_METHODS.indexOf(upper) >= 0 ? upper : method;
}

function Request(input) {
  requireNew(this, Request, 'Request');
  requireArgs(arguments, 1, "construct 'Request'");
  var what = "construct 'Request'";
  var init = arguments[1];
  if (init !== undefined && init !== null && !isObject(init)) {
    throw new TypeError('Failed to ' + what + ": The provided value is not of type 'RequestInit'.");
  }
  init = init === undefined || init === null ? {} : init;
  var s = {kinds: ['Request'], method: 'GET', url: '', headers: null, body: null,
    redirect: 'follow', mode: 'cors', credentials: 'same-origin', cache: 'default',
    referrer: 'about:client', referrerPolicy: '', integrity: '', keepalive: false, signal: null};
  var inputSlot = null;
  var inputSignal = null;
  // #dom-request steps 5-6: a string is parsed against the base URL; credentials are refused.
  if (isPlatform(input, 'Request')) {
    inputSlot = input[SLOT];
    ['method', 'url', 'redirect', 'mode', 'credentials', 'cache', 'referrer', 'referrerPolicy',
      'integrity', 'keepalive'].forEach(function (k) {
      s[k] = inputSlot[k];
    });
    inputSignal = inputSlot.signal;
  } else {
    var text = toUSVString(input);
    var parts = parseUrl(text, documentBaseUrl());
    if (parts === null) {
      throw new TypeError('Failed to ' + what + ': Failed to parse URL from ' + text);
    }
    if (parts.username !== '' || parts.password !== '') {
      throw new TypeError('Failed to ' + what + ': Request cannot be constructed from a URL that includes credentials: ' + text);
    }
    s.url = parts.href;
  }
  // Step 15 onwards: the init members.
  if (init.referrer !== undefined) {
    var ref = toUSVString(init.referrer);
    if (ref === '') {
      s.referrer = 'no-referrer';
    } else {
      var rp = parseUrl(ref, documentBaseUrl());
      if (rp === null) {
        throw new TypeError('Failed to ' + what + ': The referrer is not a valid URL.');
      }
      s.referrer = rp.href;
    }
  }
  if (init.referrerPolicy !== undefined) {
    s.referrerPolicy = toEnum(init.referrerPolicy, ['', 'no-referrer', 'no-referrer-when-downgrade',
      'same-origin', 'origin', 'strict-origin', 'origin-when-cross-origin',
      'strict-origin-when-cross-origin', 'unsafe-url'], 'ReferrerPolicy', what);
  }
  if (init.mode !== undefined) {
    var mode = toEnum(init.mode, ['same-origin', 'no-cors', 'cors', 'navigate'], 'RequestMode', what);
    if (mode === 'navigate') {
      throw new TypeError('Failed to ' + what + ": Cannot construct a Request with a RequestInit whose mode member is set as 'navigate'.");
    }
    s.mode = mode;
  }
  if (init.credentials !== undefined) {
    s.credentials = toEnum(init.credentials, ['omit', 'same-origin', 'include'], 'RequestCredentials', what);
  }
  if (init.cache !== undefined) {
    s.cache = toEnum(init.cache, ['default', 'no-store', 'reload', 'no-cache', 'force-cache',
      'only-if-cached'], 'RequestCache', what);
  }
  if (s.cache === 'only-if-cached' && s.mode !== 'same-origin') {
    throw new TypeError('Failed to ' + what + ": 'only-if-cached' can be set only with 'same-origin' mode");
  }
  if (init.redirect !== undefined) {
    s.redirect = toEnum(init.redirect, ['follow', 'error', 'manual'], 'RequestRedirect', what);
  }
  if (init.integrity !== undefined) {
    s.integrity = toDOMString(init.integrity);
  }
  if (init.keepalive !== undefined) {
    s.keepalive = toBoolean(init.keepalive);
  }
  if (init.method !== undefined) {
    s.method = checkMethod(toByteString(init.method, what), function (message) {
      throw new TypeError('Failed to ' + what + ': ' + message);
    });
  }
  if (init.signal !== undefined) {
    if (init.signal !== null && !isPlatform(init.signal, 'AbortSignal')) {
      throw new TypeError('Failed to ' + what + ": Failed to read the 'signal' property from 'RequestInit': Failed to convert value to 'AbortSignal'.");
    }
    inputSignal = init.signal;
  }
  // Step 30: this request's signal follows the input's (#abortsignal-create-dependent-abort-signal).
  s.signal = inputSignal === null ? createAbortSignal() : AbortSignal.any([inputSignal]);
  // Steps 31-33: the headers (a copy of the input's unless init has some).
  var headers = newHeaders('request');
  if (init.headers !== undefined) {
    fillHeaders(headers, init.headers, what);
  } else if (inputSlot !== null) {
    headers[SLOT].list = inputSlot.headers[SLOT].list.map(function (p) {
      return [p[0], p[1]];
    });
  }
  s.headers = headers;
  var inputBody = inputSlot === null ? null : inputSlot.body;
  var hasInitBody = init.body !== undefined && init.body !== null;
  // Step 34: GET and HEAD carry no body.
  if ((hasInitBody || inputBody !== null) && (s.method === 'GET' || s.method === 'HEAD')) {
    throw new TypeError('Failed to ' + what + ': Request with GET/HEAD method cannot have body.');
  }
  if (inputBody !== null && bodyDisturbed(inputBody)) {
    throw new TypeError('Failed to ' + what + ': Cannot construct a Request with a Request object that has already been used.');
  }
  if (hasInitBody) {
    // Steps 36-37: the init body, and its Content-Type unless the headers have one.
    var extracted = extractBody(init.body, 'Request');
    // Step 37.2: a stream body needs init's duplex ("half", its one value).
    if (extracted.bytes === null && init.duplex === undefined) {
      throw new TypeError('Failed to ' + what + ': The `duplex` member must be specified for a request with a streaming body');
    }
    s.body = newBody(extracted.bytes, extracted.stream);
    if (extracted.type !== null && !headerListContains(headers[SLOT].list, 'Content-Type')) {
      headers[SLOT].list.push(['Content-Type', extracted.type]);
    }
  } else if (inputBody !== null) {
    // Step 41: the input's body moves here; the input is used.
    s.body = newBody(inputBody.bytes, inputBody.stream);
    inputBody.used = true;
  }
  setSlot(this, s);
}

defineSlotAccessors(Request.prototype, 'Request', ['method', 'url', 'headers', 'redirect', 'mode',
  'credentials', 'cache', 'referrerPolicy', 'integrity', 'keepalive', 'signal']);
defineAccessor(Request.prototype, 'destination', function () {
  slotOf(this, 'Request');
  return '';
});
// #dom-request-referrer: "no-referrer" reads as "", "client" as "about:client".
defineAccessor(Request.prototype, 'referrer', function () {
  var r = slotOf(this, 'Request').referrer;
  return r === 'no-referrer' ? '' : r;
});
defineAccessor(Request.prototype, 'duplex', function () {
  slotOf(this, 'Request');
  return 'half';
});
['isReloadNavigation', 'isHistoryNavigation'].forEach(function (name) {
  defineAccessor(Request.prototype, name, function () {
    slotOf(this, 'Request');
    return false;
  });
});
defineBodyMixin(Request.prototype, 'Request');
defineMethods(Request.prototype, {
  /** #dom-request-clone. */
  clone: function () {
    var s = slotOf(this, 'Request');
    if (bodyUsed(s)) {
      throw new TypeError("Failed to execute 'clone' on 'Request': Request body is already used");
    }
    var c = {};
    for (var k in s) {
      if (Object.prototype.hasOwnProperty.call(s, k)) {
        c[k] = s[k];
      }
    }
    c.kinds = ['Request'];
    c.headers = copyHeadersInto('request', s.headers[SLOT].list);
    c.body = cloneBody(s.body);
    c.signal = AbortSignal.any([s.signal]);
    var r = Object.create(Request.prototype);
    setSlot(r, c);
    return r;
  }
});
setTag(Request.prototype, 'Request');

exposed.Request = Request;
