// fetch.js: fetch() (https://fetch.spec.whatwg.org/#fetch-method) and the host requests it shares
// with XMLHttpRequest. http(s) and file: URLs go to Java (io.w3socket.engine.HttpRequests, over
// OkHttp, off the loop thread; the result comes back whole in one task); blob: and data: URLs are
// read here.
// No CORS, as in server runtimes: every response is "basic" and keeps all its headers.

/** Callbacks of the requests started and not settled, by id. */
var httpPending = {};
var nextHttpId = 1;

/** #fetching step 12 and #http-network-or-cache-fetch: Accept and User-Agent unless given. */
function withDefaultHeaders(list) {
  var out = list.map(function (p) {
    return [p[0], p[1]];
  });
  if (!headerListContains(out, 'Accept')) {
    out.push(['Accept', '*/*']);
  }
  if (!headerListContains(out, 'User-Agent')) {
    out.push(['User-Agent', NAVIGATOR.userAgent]);
  }
  return out;
}

function flattenHeaders(list) {
  var flat = [];
  list.forEach(function (p) {
    flat.push(p[0], p[1]);
  });
  return flat;
}

/** The scheme of a parsed URL string, lowercased, with its colon. */
function schemeOf(url) {
  return url.substring(0, url.indexOf(':') + 1).toLowerCase();
}

/**
 * Starts a request; onSettled gets {error} or {type, status, statusText, url, redirected,
 * headers, bytes} in a later task. Returns a function that aborts it.
 */
function startRequest(method, url, headerList, bodyBytes, redirect, onSettled) {
  var scheme = schemeOf(url);
  if (scheme === 'blob:' || scheme === 'data:') {
    var result = scheme === 'blob:' ? blobUrlResult(method, url) : dataUrlResult(method, url);
    var live = true;
    queueMicrotask(function () {
      if (live) {
        onSettled(result);
      }
    });
    return function () {
      live = false;
    };
  }
  if (scheme !== 'http:' && scheme !== 'https:' && scheme !== 'file:') {
    var failure = {error: 'the URL scheme "' + scheme.replace(':', '') + '" is not supported'};
    var pendingFailure = true;
    queueMicrotask(function () {
      if (pendingFailure) {
        onSettled(failure);
      }
    });
    return function () {
      pendingFailure = false;
    };
  }
  var id = nextHttpId++;
  httpPending[id] = onSettled;
  host.httpStart(id, method, url, flattenHeaders(withDefaultHeaders(headerList)),
      bodyBytes === null ? null : toHostBytes(bodyBytes), redirect);
  return function () {
    if (httpPending[id]) {
      delete httpPending[id];
      host.httpAbort(id);
    }
  };
}

/** A synchronous request (XMLHttpRequest only): blocks the loop until the result is there. */
function sendRequestNow(method, url, headerList, bodyBytes) {
  var scheme = schemeOf(url);
  if (scheme === 'blob:') {
    return blobUrlResult(method, url);
  }
  if (scheme === 'data:') {
    return dataUrlResult(method, url);
  }
  if (scheme !== 'http:' && scheme !== 'https:' && scheme !== 'file:') {
    return {error: 'the URL scheme is not supported'};
  }
  var id = host.httpSend(method, url, flattenHeaders(withDefaultHeaders(headerList)),
      bodyBytes === null ? null : toHostBytes(bodyBytes), 'follow');
  return takeResult(id);
}

/** The entry point the loop calls in the task that settles request id. */
function httpSettled(id) {
  var callback = httpPending[id];
  if (!callback) {
    return;
  }
  delete httpPending[id];
  callback(takeResult(id));
}

function takeResult(id) {
  var r = host.httpResult(id);
  var body = host.httpBody(id);
  if (r === null || r[0] === 'error') {
    return {error: r === null ? 'no result' : r[1]};
  }
  var headers = [];
  for (var i = 5; i + 1 < r.length; i += 2) {
    headers.push([r[i], r[i + 1]]);
  }
  return {type: r[0], status: r[1], statusText: r[2], url: r[3], redirected: r[4],
    headers: headers, bytes: body === null ? null : fromHostBytes(body)};
}

/** File API #blob-url-resolve, then a 200 response with the Blob's bytes (GET only). */
function blobUrlResult(method, url) {
  var hash = url.indexOf('#');
  var blob = blobUrls[hash < 0 ? url : url.substring(0, hash)];
  if (method !== 'GET' || !blob) {
    return {error: 'no Blob at ' + url};
  }
  var b = blob[SLOT];
  return {type: 'basic', status: 200, statusText: 'OK', url: url, redirected: false,
    headers: [['Content-Length', String(b.bytes.length)], ['Content-Type', b.type]],
    bytes: b.bytes};
}

function responseFromResult(res) {
  return newResponse({type: res.type, status: res.status, statusText: res.statusText,
    url: res.url, redirected: res.redirected,
    headers: copyHeadersInto('immutable', res.headers),
    body: res.bytes === null ? null : newBody(res.bytes)});
}

function fetch(input) {
  var request;
  try {
    requireArgs(arguments, 1, "execute 'fetch' on 'Window'");
    request = new Request(input, arguments[1]);
  } catch (e) {
    return Promise.reject(e);
  }
  var s = request[SLOT];
  var signal = s.signal;
  return new Promise(function (resolve, reject) {
    // #fetch-method step 3: an aborted signal rejects at once with its reason.
    if (signal[SLOT].aborted) {
      reject(signal[SLOT].reason);
      return;
    }
    var body = s.body === null ? null : s.body.bytes;
    if (s.body !== null) {
      s.body.used = true;
    }
    var settled = false;
    var abort = null;
    // Step 11: on abort, reject with the signal's reason and terminate the request.
    var onAbort = function () {
      if (settled) {
        return;
      }
      settled = true;
      if (abort !== null) {
        abort();
      }
      reject(signal[SLOT].reason);
    };
    signal[SLOT].algorithms.push(onAbort);
    abort = startRequest(s.method, s.url, s.headers[SLOT].list, body, s.redirect, function (res) {
      if (settled) {
        return;
      }
      settled = true;
      var algorithms = signal[SLOT].algorithms;
      var at = algorithms.indexOf(onAbort);
      if (at >= 0) {
        algorithms.splice(at, 1);
      }
      // Step 12: a network error rejects with a TypeError.
      if (res.error !== undefined) {
        reject(new TypeError('Failed to fetch'));
        return;
      }
      resolve(responseFromResult(res));
    });
  });
}

exposed.fetch = fetch;
