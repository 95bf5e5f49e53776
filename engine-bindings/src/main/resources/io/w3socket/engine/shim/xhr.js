// xhr.js: XMLHttpRequest, XMLHttpRequestEventTarget, XMLHttpRequestUpload
// (https://xhr.spec.whatwg.org/). Requests go through fetch.js's startRequest (async) or
// sendRequestNow (sync: it blocks the page's event loop, as in a browser). The response arrives
// whole, so an async request fires its readystatechange (2, 3), progress, readystatechange (4),
// load and loadend in one task, one listener per call of httpStep.

var XHR_EVENTS = ['loadstart', 'progress', 'abort', 'error', 'load', 'timeout', 'loadend'];
var XHR_STATES = {UNSENT: 0, OPENED: 1, HEADERS_RECEIVED: 2, LOADING: 3, DONE: 4};

/** Fetch #forbidden-request-header: such names are ignored by setRequestHeader(). */
function isForbiddenRequestHeader(name, value) {
  var n = name.toLowerCase();
  if (['accept-charset', 'accept-encoding', 'access-control-request-headers',
    'access-control-request-method', 'connection', 'content-length', 'cookie', 'cookie2', 'date',
    'dnt', 'expect', 'host', 'keep-alive', 'origin', 'referer', 'set-cookie', 'te', 'trailer',
    'transfer-encoding', 'upgrade', 'via'].indexOf(n) >= 0) {
    return true;
  }
  if (n.indexOf('proxy-') === 0 || n.indexOf('sec-') === 0) {
    return true;
  }
  if (n === 'x-http-method' || n === 'x-http-method-override' || n === 'x-method-override') {
    return value.split(',').some(function (m) {
      return FORBIDDEN_METHODS.indexOf(normalizeHeaderValue(m).toUpperCase()) >= 0;
    });
  }
  return false;
}

function XMLHttpRequestEventTarget() {
  throw new TypeError('Illegal constructor');
}
inherit(XMLHttpRequestEventTarget, EventTarget);
XHR_EVENTS.forEach(function (type) {
  defineEventHandler(XMLHttpRequestEventTarget.prototype, 'XMLHttpRequestEventTarget', type);
});
setTag(XMLHttpRequestEventTarget.prototype, 'XMLHttpRequestEventTarget');

function XMLHttpRequestUpload() {
  throw new TypeError('Illegal constructor');
}
inherit(XMLHttpRequestUpload, XMLHttpRequestEventTarget);
setTag(XMLHttpRequestUpload.prototype, 'XMLHttpRequestUpload');

function XMLHttpRequest() {
  requireNew(this, XMLHttpRequest, 'XMLHttpRequest');
  var s = initTarget(this, ['EventTarget', 'XMLHttpRequestEventTarget', 'XMLHttpRequest']);
  var upload = Object.create(XMLHttpRequestUpload.prototype);
  initTarget(upload, ['EventTarget', 'XMLHttpRequestEventTarget', 'XMLHttpRequestUpload']);
  s.upload = upload;
  s.state = 0;
  s.send = false;
  s.timeout = 0;
  s.withCredentials = false;
  s.responseType = '';
  s.overrideMime = null;
  s.abort = null;
  s.timer = null;
  resetXhrRequest(s, 'GET', '', true);
}
inherit(XMLHttpRequest, XMLHttpRequestEventTarget);
defineConstants(XMLHttpRequest, XHR_STATES);
defineEventHandler(XMLHttpRequest.prototype, 'XMLHttpRequest', 'readystatechange');

function resetXhrRequest(s, method, url, async) {
  s.method = method;
  s.url = url;
  s.async = async;
  s.headers = [];
  s.response = {error: 'none'};
  s.responseObject = undefined;
  s.uploadListener = false;
  s.uploadComplete = false;
}

function xhrEvent(type, loaded, total) {
  return trustedEvent(type === 'readystatechange' ? new Event(type)
      : new ProgressEvent(type, {lengthComputable: total !== 0, loaded: loaded, total: total}));
}

/** Fires an event now, every listener in one go (open(), send(), abort(), timeouts). */
function xhrFire(target, type, loaded, total) {
  dispatch(target, xhrEvent(type, loaded, total));
}

/** A step that starts dispatching an event; the runner calls its listeners. */
function fireStep(target, type, loaded, total) {
  return function () {
    return beginDispatch(target, xhrEvent(type, loaded, total));
  };
}

/** The steps of the results being delivered, run by the entry point httpStep (callback-steps.js). */
var xhrSteps = new StepSeries();

function httpStep() {
  return xhrSteps.step();
}

function stopXhrFetch(s) {
  if (s.abort !== null) {
    s.abort();
    s.abort = null;
  }
  if (s.timer !== null) {
    clearTimer(s.timer);
    s.timer = null;
  }
}

function hasListeners(target) {
  return target[SLOT].listeners.length > 0;
}

/**
 * #request-error-steps: type "error", "abort" or "timeout"; sync requests throw instead. Returns
 * the steps firing the events.
 */
function xhrRequestError(xhr, type, exceptionName) {
  var s = xhr[SLOT];
  s.state = 4;
  s.send = false;
  s.response = {error: type};
  if (!s.async) {
    throw new DOMException("Failed to execute 'send' on 'XMLHttpRequest': Failed to load '" + s.url + "'.",
        exceptionName);
  }
  var steps = [fireStep(xhr, 'readystatechange')];
  if (!s.uploadComplete) {
    s.uploadComplete = true;
    if (s.uploadListener) {
      steps.push(fireStep(s.upload, type, 0, 0), fireStep(s.upload, 'loadend', 0, 0));
    }
  }
  steps.push(fireStep(xhr, type, 0, 0), fireStep(xhr, 'loadend', 0, 0));
  return steps;
}

/**
 * The response arrived whole: #process-response, #process-response-body chunk and
 * #handle-response-end-of-body, as steps; an async request queues them for httpStep, a sync one
 * runs them at once.
 */
function xhrProcessResult(xhr, res) {
  var s = xhr[SLOT];
  s.abort = null;
  if (s.timer !== null) {
    clearTimer(s.timer);
    s.timer = null;
  }
  var steps = res.error !== undefined ? xhrRequestError(xhr, 'error', 'NetworkError')
      : xhrResponseSteps(xhr, res);
  if (s.async) {
    xhrSteps.add(steps);
  } else {
    runStepsNow(steps);
  }
}

function xhrResponseSteps(xhr, res) {
  var s = xhr[SLOT];
  // XHR shows a basic filtered response: no Set-Cookie (Fetch #forbidden-response-header-name).
  res.headers = res.headers.filter(function (p) {
    var n = p[0].toLowerCase();
    return n !== 'set-cookie' && n !== 'set-cookie2';
  });
  s.response = res;
  var bytes = res.bytes === null ? new Uint8Array(0) : res.bytes;
  var lengthHeader = headerListGet(res.headers, 'Content-Length');
  var total = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : 0;
  var steps = [];
  if (s.async) {
    // #process-request-end-of-body: the upload is complete.
    if (!s.uploadComplete) {
      s.uploadComplete = true;
      if (s.uploadListener) {
        var sent = s.requestLength;
        steps.push(fireStep(s.upload, 'progress', sent, sent), fireStep(s.upload, 'load', sent, sent),
            fireStep(s.upload, 'loadend', sent, sent));
      }
    }
    steps.push(function () {
      if (s.state !== 1 || !s.send) {
        return STOP_STEPS;
      }
      s.state = 2;
      return beginDispatch(xhr, xhrEvent('readystatechange'));
    }, function () {
      if (s.state !== 2) {
        return STOP_STEPS;
      }
      if (bytes.length === 0) {
        return null;
      }
      s.state = 3;
      return beginDispatch(xhr, xhrEvent('readystatechange'));
    }, function () {
      // #handle-response-end-of-body step 6: progress, for async requests only.
      if (s.state !== (bytes.length === 0 ? 2 : 3)) {
        return STOP_STEPS;
      }
      return beginDispatch(xhr, xhrEvent('progress', bytes.length, total));
    });
  }
  steps.push(function () {
    if (!s.send) {
      return STOP_STEPS;
    }
    s.state = 4;
    s.send = false;
    return beginDispatch(xhr, xhrEvent('readystatechange'));
  }, function () {
    if (s.state !== 4) {
      return STOP_STEPS;
    }
    return beginDispatch(xhr, xhrEvent('load', bytes.length, total));
  }, fireStep(xhr, 'loadend', bytes.length, total));
  return steps;
}

function xhrSlot(self) {
  return slotOf(self, 'XMLHttpRequest');
}

function xhrError(method, message, name) {
  return new DOMException("Failed to execute '" + method + "' on 'XMLHttpRequest': " + message, name);
}

/** #final-mime-type: the override, else the response's Content-Type. */
function xhrMimeType(s) {
  if (s.overrideMime !== null) {
    return s.overrideMime;
  }
  var v = s.response.headers ? headerListGet(s.response.headers, 'Content-Type') : null;
  return v === null ? '' : v;
}

function xhrBytes(s) {
  return s.response.bytes ? s.response.bytes : new Uint8Array(0);
}

/**
 * #text-response: the received bytes decoded (Encoding #decode, so a BOM decides first) with
 * #final-charset — the override MIME type's charset parameter, else the response's — or UTF-8.
 */
function xhrText(s) {
  var header = s.response.headers ? headerListGet(s.response.headers, 'Content-Type') : null;
  var label = header === null ? null : mimeCharset(header);
  var override = s.overrideMime === null ? null : mimeCharset(s.overrideMime);
  if (override !== null) {
    label = override;
  }
  var encoding = label === null ? null : getEncoding(label);
  return decodeBytes(xhrBytes(s), encoding === null ? 'utf-8' : encoding.toLowerCase());
}

defineMethods(XMLHttpRequest.prototype, {
  /** #the-open()-method. */
  open: function (method, url) {
    requireArgs(arguments, 2, "execute 'open' on 'XMLHttpRequest'");
    var s = xhrSlot(this);
    var what = "execute 'open' on 'XMLHttpRequest'";
    method = checkMethod(toByteString(method, what), function (message, kind) {
      throw xhrError('open', message, kind === 'syntax' ? 'SyntaxError' : 'SecurityError');
    });
    var text = toUSVString(url);
    var parts = parseUrl(text, documentBaseUrl());
    if (parts === null) {
      throw xhrError('open', "Invalid URL", 'SyntaxError');
    }
    var async = arguments.length < 3 ? true : toBoolean(arguments[2]);
    var href = parts.href;
    var user = arguments[3];
    var password = arguments[4];
    if (parts.hostname !== '') {
      // Step 9: the credentials go into the URL (#set-the-username, #set-the-password).
      if (user !== undefined && user !== null) {
        href = host.urlSet(href, 'username', toUSVString(user))[0];
      }
      if (password !== undefined && password !== null) {
        href = host.urlSet(href, 'password', toUSVString(password))[0];
      }
    }
    // Step 10: a synchronous request from a window takes no timeout and no responseType.
    if (!async && (s.timeout !== 0 || s.responseType !== '')) {
      throw xhrError('open', 'Synchronous requests from a document must not set a timeout or a responseType.',
          'InvalidAccessError');
    }
    stopXhrFetch(s);
    s.send = false;
    resetXhrRequest(s, method, href, async);
    if (s.state !== 1) {
      s.state = 1;
      xhrFire(this, 'readystatechange');
    }
  },
  /** #the-setrequestheader()-method. */
  setRequestHeader: function (name, value) {
    requireArgs(arguments, 2, "execute 'setRequestHeader' on 'XMLHttpRequest'");
    var s = xhrSlot(this);
    var what = "execute 'setRequestHeader' on 'XMLHttpRequest'";
    name = toByteString(name, what);
    value = normalizeHeaderValue(toByteString(value, what));
    if (s.state !== 1 || s.send) {
      throw xhrError('setRequestHeader', "The object's state must be OPENED.", 'InvalidStateError');
    }
    if (!HTTP_TOKEN.test(name)) {
      throw xhrError('setRequestHeader', "'" + name + "' is not a valid HTTP header field name.", 'SyntaxError');
    }
    if (!isHeaderValue(value)) {
      throw xhrError('setRequestHeader', "'" + value + "' is not a valid HTTP header field value.", 'SyntaxError');
    }
    if (isForbiddenRequestHeader(name, value)) {
      return;
    }
    // #concept-header-list-combine.
    var lower = name.toLowerCase();
    for (var i = 0; i < s.headers.length; i++) {
      if (s.headers[i][0].toLowerCase() === lower) {
        s.headers[i][1] = s.headers[i][1] + ', ' + value;
        return;
      }
    }
    s.headers.push([name, value]);
  },
  /** #the-send()-method. */
  send: function (body) {
    var xhr = this;
    var s = xhrSlot(this);
    if (s.state !== 1) {
      throw xhrError('send', "The object's state must be OPENED.", 'InvalidStateError');
    }
    if (s.send) {
      throw xhrError('send', 'The object is already sending.', 'InvalidStateError');
    }
    var bytes = null;
    if (s.method !== 'GET' && s.method !== 'HEAD' && body !== undefined && body !== null) {
      var extracted = extractBody(body);
      bytes = extracted.bytes;
      if (extracted.type !== null && !headerListContains(s.headers, 'Content-Type')) {
        s.headers.push(['Content-Type', extracted.type]);
      }
    }
    s.uploadListener = hasListeners(s.upload);
    s.uploadComplete = bytes === null;
    s.requestLength = bytes === null ? 0 : bytes.length;
    s.responseObject = undefined;
    if (!s.async) {
      // Step 12: block until the whole response is there; no loadstart or progress.
      s.send = true;
      var res = sendRequestNow(s.method, s.url, s.headers, bytes);
      s.uploadComplete = true;
      xhrProcessResult(xhr, res);
      return;
    }
    // Step 11: loadstart at the request, then at the upload.
    s.send = true;
    xhrFire(xhr, 'loadstart', 0, 0);
    if (!s.uploadComplete && s.uploadListener) {
      xhrFire(s.upload, 'loadstart', 0, s.requestLength);
    }
    if (s.state !== 1 || !s.send) {
      return;
    }
    s.started = host.clockNow();
    s.abort = startRequest(s.method, s.url, s.headers, bytes, 'follow', function (result) {
      xhrProcessResult(xhr, result);
    });
    scheduleXhrTimeout(xhr);
  },
  /** #the-abort()-method. */
  abort: function () {
    var s = xhrSlot(this);
    stopXhrFetch(s);
    if ((s.state === 1 && s.send) || s.state === 2 || s.state === 3) {
      runStepsNow(xhrRequestError(this, 'abort', 'AbortError'));
    }
    if (s.state === 4) {
      s.state = 0;
      s.response = {error: 'abort'};
    }
  },
  getResponseHeader: function (name) {
    requireArgs(arguments, 1, "execute 'getResponseHeader' on 'XMLHttpRequest'");
    var s = xhrSlot(this);
    name = toByteString(name, "execute 'getResponseHeader' on 'XMLHttpRequest'");
    return s.response.headers ? headerListGet(s.response.headers, name) : null;
  },
  /** #the-getallresponseheaders()-method: sorted, combined, lowercase, CRLF after each. */
  getAllResponseHeaders: function () {
    var s = xhrSlot(this);
    if (!s.response.headers) {
      return '';
    }
    return sortAndCombine(s.response.headers).map(function (p) {
      return p[0] + ': ' + p[1] + '\r\n';
    }).join('');
  },
  /** #the-overridemimetype()-method. */
  overrideMimeType: function (mime) {
    requireArgs(arguments, 1, "execute 'overrideMimeType' on 'XMLHttpRequest'");
    var s = xhrSlot(this);
    if (s.state === 3 || s.state === 4) {
      throw xhrError('overrideMimeType', "MimeType cannot be overridden when the state is LOADING or DONE.",
          'InvalidStateError');
    }
    var m = toDOMString(mime);
    s.overrideMime = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+\/[!#$%&'*+\-.^_`|~0-9A-Za-z]+/.test(m)
        ? m : 'application/octet-stream';
  }
});

/** #dom-xmlhttprequest-timeout: measured from the start of the request, also if set later. */
function scheduleXhrTimeout(xhr) {
  var s = xhr[SLOT];
  if (s.timer !== null) {
    clearTimer(s.timer);
    s.timer = null;
  }
  if (s.timeout === 0 || !s.send || !s.async) {
    return;
  }
  var left = Math.max(0, s.timeout - (host.clockNow() - s.started));
  s.timer = initTimer(function () {
    s.timer = null;
    if (s.send) {
      stopXhrFetch(s);
      runStepsNow(xhrRequestError(xhr, 'timeout', 'TimeoutError'));
    }
  }, left, [], false);
}

['readyState', 'status', 'statusText', 'responseURL', 'timeout', 'withCredentials', 'upload',
  'responseType', 'response', 'responseText', 'responseXML'].forEach(function (name) {
  var getters = {
    readyState: function (s) {
      return s.state;
    },
    status: function (s) {
      return s.response.status || 0;
    },
    statusText: function (s) {
      return s.response.statusText || '';
    },
    responseURL: function (s) {
      var u = s.response.url || '';
      var hash = u.indexOf('#');
      return hash < 0 ? u : u.substring(0, hash);
    },
    timeout: function (s) {
      return s.timeout;
    },
    withCredentials: function (s) {
      return s.withCredentials;
    },
    upload: function (s) {
      return s.upload;
    },
    responseType: function (s) {
      return s.responseType;
    },
    response: xhrResponse,
    responseText: function (s) {
      if (s.responseType !== '' && s.responseType !== 'text') {
        throw new DOMException("Failed to read the 'responseText' property from 'XMLHttpRequest': The value is only accessible if the object's 'responseType' is '' or 'text' (was '" + s.responseType + "').",
            'InvalidStateError');
      }
      return s.state === 3 || s.state === 4 ? xhrText(s) : '';
    },
    responseXML: function (s) {
      if (s.responseType !== '' && s.responseType !== 'document') {
        throw new DOMException("Failed to read the 'responseXML' property from 'XMLHttpRequest': The value is only accessible if the object's 'responseType' is '' or 'document' (was '" + s.responseType + "').",
            'InvalidStateError');
      }
      return null;
    }
  };
  var setters = {
    timeout: function (s, v) {
      if (s.state === 1 && !s.async) {
        throw new DOMException("Failed to set the 'timeout' property on 'XMLHttpRequest': Timeouts cannot be set for synchronous requests made from a document.",
            'InvalidAccessError');
      }
      s.timeout = toUint32(v); // unsigned long
      scheduleXhrTimeout(this);
    },
    withCredentials: function (s, v) {
      if ((s.state !== 0 && s.state !== 1) || s.send) {
        throw new DOMException("Failed to set the 'withCredentials' property on 'XMLHttpRequest': The value may only be set if the object's state is UNSENT or OPENED.",
            'InvalidStateError');
      }
      s.withCredentials = toBoolean(v);
    },
    responseType: function (s, v) {
      var t = toDOMString(v);
      if (['', 'arraybuffer', 'blob', 'document', 'json', 'text'].indexOf(t) < 0) {
        return;
      }
      if (s.state === 3 || s.state === 4) {
        throw new DOMException("Failed to set the 'responseType' property on 'XMLHttpRequest': The response type cannot be set if the object's state is LOADING or DONE.",
            'InvalidStateError');
      }
      if (s.state === 1 && !s.async) {
        throw new DOMException("Failed to set the 'responseType' property on 'XMLHttpRequest': The response type cannot be changed for synchronous requests made from a document.",
            'InvalidAccessError');
      }
      s.responseType = t;
    }
  };
  var setter = setters[name];
  defineAccessor(XMLHttpRequest.prototype, name, function () {
    return getters[name](xhrSlot(this));
  }, setter ? function (v) {
    setter.call(this, xhrSlot(this), v);
  } : undefined);
});

/** #the-response-attribute. */
function xhrResponse(s) {
  if (s.responseType === '' || s.responseType === 'text') {
    return s.state === 3 || s.state === 4 ? xhrText(s) : '';
  }
  if (s.state !== 4 || s.response.error !== undefined) {
    return null;
  }
  if (s.responseObject !== undefined) {
    return s.responseObject;
  }
  var bytes = xhrBytes(s);
  var value = null;
  if (s.responseType === 'arraybuffer') {
    value = copyBytes(bytes).buffer;
  } else if (s.responseType === 'blob') {
    value = makeBlob(copyBytes(bytes), xhrMimeType(s));
  } else if (s.responseType === 'json') {
    try {
      value = JSON.parse(utf8DecodeBody(bytes));
    } catch (e) {
      value = null;
    }
  }
  s.responseObject = value;
  return value;
}
setTag(XMLHttpRequest.prototype, 'XMLHttpRequest');

exposed.XMLHttpRequestEventTarget = XMLHttpRequestEventTarget;
exposed.XMLHttpRequestUpload = XMLHttpRequestUpload;
exposed.XMLHttpRequest = XMLHttpRequest;
