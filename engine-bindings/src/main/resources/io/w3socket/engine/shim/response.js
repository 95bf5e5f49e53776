// response.js: Response (https://fetch.spec.whatwg.org/#response-class).

var NULL_BODY_STATUSES = [101, 103, 204, 205, 304];
var REDIRECT_STATUSES = [301, 302, 303, 307, 308];

function newResponse(fields) {
  var r = Object.create(Response.prototype);
  var s = {kinds: ['Response'], type: 'default', status: 200, statusText: '', url: '',
    redirected: false, headers: null, body: null};
  for (var k in fields) {
    if (Object.prototype.hasOwnProperty.call(fields, k)) {
      s[k] = fields[k];
    }
  }
  setSlot(r, s);
  return r;
}

/** #initialize-a-response. */
function initializeResponse(s, init, body, what) {
  if (init !== undefined && init !== null && !isObject(init)) {
    throw new TypeError('Failed to ' + what + ": The provided value is not of type 'ResponseInit'.");
  }
  init = init === undefined || init === null ? {} : init;
  var status = init.status === undefined ? 200 : toUnsignedShort(init.status);
  if (status < 200 || status > 599) {
    throw new RangeError('Failed to ' + what + ': The status provided (' + status
        + ') is outside the range [200, 599].');
  }
  var statusText = init.statusText === undefined ? '' : toByteString(init.statusText, what);
  // #reason-phrase: HTAB, SP, VCHAR and obs-text only.
  if (!/^[\t\x20-\x7E\x80-\xFF]*$/.test(statusText)) {
    throw new TypeError('Failed to ' + what + ': Invalid statusText');
  }
  s.status = status;
  s.statusText = statusText;
  if (init.headers !== undefined) {
    fillHeaders(s.headers, init.headers, what);
  }
  if (body !== null) {
    if (NULL_BODY_STATUSES.indexOf(status) >= 0) {
      throw new TypeError('Failed to ' + what + ': Response with null body status cannot have body');
    }
    s.body = newBody(body.bytes, body.stream);
    if (body.type !== null && !headerListContains(s.headers[SLOT].list, 'Content-Type')) {
      s.headers[SLOT].list.push(['Content-Type', body.type]);
    }
  }
}

function Response() {
  requireNew(this, Response, 'Response');
  var body = arguments[0];
  var s = setSlot(this, {kinds: ['Response'], type: 'default', status: 200, statusText: '',
    url: '', redirected: false, headers: newHeaders('response'), body: null});
  initializeResponse(s, arguments[1],
      body === undefined || body === null ? null : extractBody(body, 'Response'), "construct 'Response'");
}

defineMethods(Response, {
  /** #dom-response-error: a network error, immutable headers. */
  error: function () {
    return newResponse({type: 'error', status: 0, headers: newHeaders('immutable')});
  },
  /** #dom-response-redirect. */
  redirect: function (url) {
    requireArgs(arguments, 1, "execute 'redirect' on 'Response'");
    var what = "execute 'redirect' on 'Response'";
    var text = toUSVString(url);
    var parts = parseUrl(text, documentBaseUrl());
    if (parts === null) {
      throw new TypeError('Failed to ' + what + ': Failed to parse URL from ' + text);
    }
    var status = arguments[1] === undefined ? 302 : toUnsignedShort(arguments[1]);
    if (REDIRECT_STATUSES.indexOf(status) < 0) {
      throw new RangeError('Failed to ' + what + ': Invalid status code');
    }
    var h = newHeaders('immutable');
    h[SLOT].list.push(['Location', parts.href]);
    return newResponse({status: status, headers: h});
  },
  /** #dom-response-json. */
  json: function (data) {
    var what = "execute 'json' on 'Response'";
    var text = JSON.stringify(data);
    if (text === undefined) {
      throw new TypeError('Failed to ' + what + ': The data is not JSON serializable');
    }
    var r = newResponse({headers: newHeaders('response')});
    initializeResponse(r[SLOT], arguments[1], {bytes: utf8Encode(text), type: 'application/json'},
        what);
    return r;
  }
});

defineSlotAccessors(Response.prototype, 'Response', ['type', 'redirected', 'status', 'statusText', 'headers']);
// #dom-response-url: the last URL without its fragment, or "".
defineAccessor(Response.prototype, 'url', function () {
  var u = slotOf(this, 'Response').url;
  var hash = u.indexOf('#');
  return hash < 0 ? u : u.substring(0, hash);
});
defineAccessor(Response.prototype, 'ok', function () {
  var status = slotOf(this, 'Response').status;
  return status >= 200 && status <= 299;
});
defineBodyMixin(Response.prototype, 'Response');
defineMethods(Response.prototype, {
  /** #dom-response-clone. */
  clone: function () {
    var s = slotOf(this, 'Response');
    if (bodyUsed(s)) {
      throw new TypeError("Failed to execute 'clone' on 'Response': Response body is already used");
    }
    return newResponse({type: s.type, status: s.status, statusText: s.statusText, url: s.url,
      redirected: s.redirected, headers: copyHeadersInto(s.headers[SLOT].guard, s.headers[SLOT].list),
      body: cloneBody(s.body)});
  }
});
setTag(Response.prototype, 'Response');

exposed.Response = Response;
