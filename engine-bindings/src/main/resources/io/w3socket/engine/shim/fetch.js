// fetch.js: fetch() (https://fetch.spec.whatwg.org/#fetch-method) and the host requests it shares
// with XMLHttpRequest. http(s) and file: URLs go to Java (io.w3socket.engine.HttpRequests, over
// OkHttp, off the loop thread): XMLHttpRequest's result comes back whole in one task, fetch()'s
// without its body, which is then a byte stream read from the network a chunk per pull
// (io.w3socket.engine.StreamedBodies); blob: and data: URLs are read here.
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

/** The streams of fetch() response bodies still being read from the network, by request id. */
var httpBodies = {};

/**
 * Starts a request; onSettled gets {error} or {type, status, statusText, url, redirected,
 * headers, bytes, id} in a later task: for a streamed request (fetch) over http(s), bytes is null
 * and the body is read with httpPull(id). Returns a function that aborts it.
 */
function startRequest(method, url, headerList, bodyBytes, redirect, onSettled, streamed) {
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
  (streamed ? host.httpStream : host.httpStart)(id, method, url,
      flattenHeaders(withDefaultHeaders(headerList)),
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
    headers: headers, bytes: body === null ? null : fromHostBytes(body), id: id};
}

/**
 * #concept-body-stream of a streamed response: a byte stream whose pulls read the next chunk from
 * the network (HWM 0: only for a read waiting), and whose cancel closes the response.
 */
function streamedBody(id) {
  var streams = loadModule('streams');
  var stream = streams.setUpReadableStreamWithByteReadingSupport(streams.newReadableStreamObject(),
      function () {
        host.httpPull(id);
      }, function () {
        delete httpBodies[id];
        host.httpBodyCancel(id);
      });
  httpBodies[id] = stream;
  return stream;
}

/** The loop's task with a streamed body's next chunk, its end (null), or its failure. */
function httpChunk(id, chunk, failure) {
  var stream = httpBodies[id];
  if (stream === undefined) {
    return;
  }
  var streams = loadModule('streams');
  if (failure !== null && failure !== undefined) {
    delete httpBodies[id];
    streams.errorReadableStream(stream, new TypeError('network error'));
  } else if (chunk === null || chunk === undefined) {
    delete httpBodies[id];
    streams.closeReadableStream(stream);
  } else if (streams.isReadableStreamReadable(stream)) {
    streams.enqueueIntoReadableStream(stream, fromHostBytes(chunk));
  }
}

/** Fetch #abort-fetch step 4: a streamed body the fetch's signal aborted errors with the reason. */
function abortBody(id, reason) {
  var stream = httpBodies[id];
  if (stream !== undefined) {
    delete httpBodies[id];
    host.httpBodyCancel(id);
    loadModule('streams').errorReadableStream(stream, reason);
  }
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

/** A Response of a result; a streamed one's body reads the network (opaque redirects have none). */
function responseFromResult(res, streamed) {
  var body = null;
  if (res.bytes !== null) {
    body = newBody(res.bytes);
  } else if (streamed && res.type === 'basic') {
    body = newBody(null, streamedBody(res.id));
  }
  return newResponse({type: res.type, status: res.status, statusText: res.statusText,
    url: res.url, redirected: res.redirected,
    headers: copyHeadersInto('immutable', res.headers), body: body});
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
    if (s.body !== null && s.body.stream !== null) {
      // A stream body is read whole first, then sent (Chromium streams it, over HTTP/2 only).
      fullyReadBody(s.body, function (bytes) {
        s.body = newBody(bytes);
        fetchRequest(s, signal, resolve, reject);
      }, function () {
        reject(new TypeError('Failed to fetch'));
      });
      return;
    }
    fetchRequest(s, signal, resolve, reject);
  });
}

/** #fetch-method steps 4-12 for a request whose body, if any, is bytes. */
function fetchRequest(s, signal, resolve, reject) {
  var body = s.body === null ? null : s.body.bytes;
  if (s.body !== null) {
    s.body.used = true;
  }
  var settled = false;
  var abort = null;
  var bodyId = null;
  // Step 11: on abort, reject with the signal's reason and terminate the request; once the
  // response came, its body errors with the reason (#abort-fetch step 4).
  var onAbort = function () {
    if (bodyId !== null) {
      abortBody(bodyId, signal[SLOT].reason);
      return;
    }
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
    // Step 12: a network error rejects with a TypeError.
    if (res.error !== undefined) {
      forgetAbort(signal, onAbort);
      reject(new TypeError('Failed to fetch'));
      return;
    }
    var response = responseFromResult(res, true);
    if (httpBodies[res.id] !== undefined) {
      bodyId = res.id;
    } else {
      forgetAbort(signal, onAbort);
    }
    resolve(response);
  }, true);
}

function forgetAbort(signal, onAbort) {
  var algorithms = signal[SLOT].algorithms;
  var at = algorithms.indexOf(onAbort);
  if (at >= 0) {
    algorithms.splice(at, 1);
  }
}

exposed.fetch = fetch;
