// websocket-stream.js: WebSocketStream (the proposal whatwg/websockets#48,
// #the-websocketstream-interface), a WebSocket whose messages are a ReadableStream and a
// WritableStream, with backpressure both ways: the readable's queue pauses reading from the network
// (the api's WebSocket.pause), and a write settles once the socket's buffer has room
// (bufferedAmountAtMost). The connection is the api's, as for WebSocket (websocket.js routes the
// socket's events here). The proposal is not yet a standard and Chromium 156 ships it: where the
// two differ, Chromium is followed, and the place says so.

var streams = loadModule('streams');

/** A write settles once bufferedAmount is at most this (the room "sufficient buffer space" needs). */
var WRITE_BUFFER_LOW = 64 * 1024;

function WebSocketStream(url) {
  requireNew(this, WebSocketStream, 'WebSocketStream');
  requireArgs(arguments, 1, "construct 'WebSocketStream'");
  var what = "Failed to construct 'WebSocketStream': ";
  url = toUSVString(url);
  var options = toStreamOptions(arguments[1], what);
  var s = {kinds: ['WebSocketStream'], id: 0, readyState: 0, wasEverConnected: false,
    handshakeAborted: false, failedBeforeOpen: false, paused: false, readable: null,
    writable: null, closing: null, writing: null, signal: null, abortSteps: null};
  setSlot(this, s);
  var opened = newPromiseCapability();
  var closed = newPromiseCapability();
  s.opened = opened;
  s.closed = closed;
  // Chromium marks both promises handled: a failed connection nobody waits on reports nothing.
  markHandled(opened.promise);
  markHandled(closed.promise);
  // Constructor step 8.2: an aborted signal rejects both promises, and nothing connects; with an
  // AbortError of Chromium's, "WebSocket handshake was aborted" (the proposal: the signal's reason).
  var signal = options.signal;
  if (signal !== undefined && signal[SLOT].aborted) {
    s.url = streamUrlRecord(url, what);
    s.readyState = 3;
    handshakeAborted(s);
    return;
  }
  // Steps 1-5 and 9-10 (the URL record, the protocols' checks, connecting) run in Java, as for
  // WebSocket; its SyntaxError crosses as it is.
  s.id = host.wsCreate(url, options.protocols, 'WebSocketStream', baseElementUrl());
  socketStreams[s.id] = this;
  // Step 7: apply backpressure to the WebSocket: no message is read until the readable pulls.
  pauseReading(s);
  if (signal !== undefined) {
    // Step 8.3: until the connection is established, the signal fails it (streamOpened removes
    // these steps, which do nothing after that).
    s.signal = signal;
    s.abortSteps = function () {
      if (s.readyState !== 0) {
        return;
      }
      host.wsClose(s.id, null, null);
      s.readyState = 2;
      handshakeAborted(s);
    };
    signal[SLOT].algorithms.push(s.abortSteps);
  }
}

/** Constructor step 8.3.1.3-4 (and 8.2): both promises rejected; the close will change nothing. */
function handshakeAborted(s) {
  var error = new DOMException('WebSocket handshake was aborted', 'AbortError');
  s.opened.reject(error);
  s.closed.reject(error);
  s.handshakeAborted = true;
}

/**
 * #get-a-url-record, for a stream whose signal was aborted before it was made (the others are
 * Java's, in wsCreate): the serialized record, or the SyntaxError. Its protocols are not checked.
 */
function streamUrlRecord(url, what) {
  var failure = [];
  var parts = parseUrl(url, documentBaseUrl(), failure);
  if (parts === null) {
    throw new DOMException(what + "The URL '" + url + "' is invalid: " + failure[0] + '.', 'SyntaxError');
  }
  var scheme = parts.protocol.slice(0, -1);
  if (scheme === 'http' || scheme === 'https') {
    scheme = scheme === 'http' ? 'ws' : 'wss';
    parts = parseUrl(scheme + parts.href.slice(parts.protocol.length - 1));
  }
  if (scheme !== 'ws' && scheme !== 'wss') {
    throw new DOMException(what + "The URL's scheme must be 'ws', 'wss', 'http' or 'https'; '" + scheme
        + "' is not allowed.", 'SyntaxError');
  }
  if (parts.hash !== '' || parts.href.indexOf('#') >= 0) {
    throw new DOMException(what + "The URL '" + url + "' contains a fragment; fragments are not "
        + 'allowed in WebSocket URLs.', 'SyntaxError');
  }
  return parts.href;
}

/** WebIDL #es-dictionary: WebSocketStreamOptions {protocols, signal}, in that order. */
function toStreamOptions(v, what) {
  if (v !== undefined && v !== null && !isObject(v)) {
    throw new TypeError(what + "The provided value is not of type 'WebSocketStreamOptions'.");
  }
  var protocols = [];
  var signal;
  if (v !== undefined && v !== null) {
    var p = v.protocols;
    if (p !== undefined) {
      if (!isObject(p)) {
        throw new TypeError(what + "Failed to read the 'protocols' property from "
            + "'WebSocketStreamOptions': The provided value cannot be converted to a sequence.");
      }
      var items = toSequence(p, "construct 'WebSocketStream'");
      for (var i = 0; i < items.length; i++) {
        protocols.push(toUSVString(items[i]));
      }
    }
    signal = v.signal;
    if (signal !== undefined && !(isObject(signal) && signal[SLOT]
        && signal[SLOT].kinds.indexOf('AbortSignal') >= 0)) {
      throw new TypeError(what + "Failed to read the 'signal' property from "
          + "'WebSocketStreamOptions': Failed to convert value to 'AbortSignal'.");
    }
  }
  return {protocols: protocols, signal: signal};
}

defineAccessor(WebSocketStream.prototype, 'url', function () {
  var s = slotOf(this, 'WebSocketStream');
  return s.id === 0 ? s.url : host.wsUrl(s.id);
});
defineAccessor(WebSocketStream.prototype, 'opened', function () {
  return slotOf(this, 'WebSocketStream').opened.promise;
});
defineAccessor(WebSocketStream.prototype, 'closed', function () {
  return slotOf(this, 'WebSocketStream').closed.promise;
});
defineMethods(WebSocketStream.prototype, {
  // #dom-websocketstream-close: close the WebSocket with the info's code and reason.
  close: function () {
    var s = slotOf(this, 'WebSocketStream');
    var what = "Failed to execute 'close' on 'WebSocketStream': ";
    var info = toCloseInfo(arguments[0], what);
    closeTheWebSocket(s, info.closeCode, info.reason, what);
  }
});
setTag(WebSocketStream.prototype, 'WebSocketStream');

/**
 * #close-the-websocket for a stream: validate, then the api's close, which does nothing once
 * closing, fails a connection not yet established, and otherwise starts the closing handshake.
 */
function closeTheWebSocket(s, code, reason, what) {
  validateCloseCodeAndReason(code, reason, what);
  // "If reason is non-empty but code is null, then set code to 1000" (the api, like Chromium's
  // WebSocket, would send no body).
  if (reason !== '' && code === null) {
    code = 1000;
  }
  if (s.id === 0 || s.readyState >= 2) {
    return;
  }
  if (s.readyState === 0) {
    // Not yet established as far as this realm knows (its open task has not run), though the
    // api's connection may have just opened in parallel and would then close it cleanly: failed
    // either way, as Chromium fails it, so the outcome does not depend on that race.
    s.failedBeforeOpen = true;
    host.wsClose(s.id, null, null);
  } else {
    host.wsClose(s.id, code, reason === '' ? null : reason);
  }
  s.readyState = 2;
}

/** #close-using-reason: a WebSocketError's code and reason, else none; a bad pair, none. */
function closeUsingReason(s, reason) {
  var code = null;
  var text = '';
  if (isObject(reason) && reason[SLOT] && reason[SLOT].kinds.indexOf('WebSocketError') >= 0) {
    code = reason[SLOT].closeCode;
    text = reason[SLOT].reason;
  }
  try {
    closeTheWebSocket(s, code, text, '');
  } catch (e) {
    closeTheWebSocket(s, null, '', '');
  }
}

function pauseReading(s) {
  if (!s.paused) {
    s.paused = true;
    host.wsPause(s.id);
  }
}

/** #pull-bytes: release backpressure; a message read meanwhile is handled next. */
function resumeReading(s) {
  if (s.paused) {
    s.paused = false;
    host.wsResume(s.id);
  }
}

/** The socket's events (websocket.js dispatchSocketEvent), each in the task the api queued. */
function socketStreamEvent(stream, type, a, b, c) {
  var s = stream[SLOT];
  if (type === 'open') {
    streamOpened(stream, s);
  } else if (type === 'message') {
    // "Handle a WebSocketStream message": step 1, only while OPEN; step 2, text as a string and
    // binary as an ArrayBuffer, as Chromium 156 gives it (the proposal says a Uint8Array).
    if (s.readyState !== 1) {
      return;
    }
    if (!streams.isReadableStreamReadable(s.readable)) {
      return; // cancelled: the socket is closing
    }
    streams.enqueueIntoReadableStream(s.readable, b ? fromHostBytes(a).buffer : a);
    // Step 4: apply backpressure again once the queue is full.
    if (!streams.readableStreamNeedsMoreData(s.readable)) {
      pauseReading(s);
    }
  } else if (type === 'close') {
    delete socketStreams[s.id];
    streamClosed(s, a, b, c);
  }
  // 'error' adds nothing: the close that follows settles everything.
}

/** "Handle WebSocketStream connection establishment". */
function streamOpened(stream, s) {
  if (s.readyState !== 0) {
    return;
  }
  s.readyState = 1;
  s.wasEverConnected = true;
  if (s.signal !== null) {
    var algorithms = s.signal[SLOT].algorithms;
    var at = algorithms.indexOf(s.abortSteps);
    if (at >= 0) {
      algorithms.splice(at, 1);
    }
  }
  var extensions = host.wsExtensions(s.id);
  var protocol = host.wsProtocol(s.id);
  s.readable = streams.setUpReadableStream(streams.newReadableStreamObject(), function () {
    resumeReading(s);
  }, function (reason) {
    closeUsingReason(s, reason);
  });
  s.writable = streams.setUpWritableStream(streams.newWritableStreamObject(), function (chunk) {
    return writeChunk(s, chunk);
  }, function () {
    // #close-algorithm. Settled when the connection is closed, as in Chromium, where
    // writable.close() resolves after closed.
    s.closing = newPromiseCapability();
    closeTheWebSocket(s, null, '', '');
    return s.closing.promise;
  }, function (reason) {
    closeUsingReason(s, reason);
  });
  // WebIDL #es-dictionary: members in lexicographic order.
  s.opened.resolve({extensions: extensions, protocol: protocol, readable: s.readable,
    writable: s.writable});
}

/**
 * #write-algorithm: a BufferSource as a binary message, anything else as text; settled in a task
 * once the socket's buffer is down to WRITE_BUFFER_LOW (the api sends nothing once closing).
 */
function writeChunk(s, chunk) {
  try {
    if (isArrayBuffer(chunk)) {
      host.wsSendBinary(s.id, toHostBytes(new Uint8Array(chunk)));
    } else if (isView(chunk)) {
      host.wsSendBinary(s.id, toHostBytes(viewBytes(chunk)));
    } else {
      host.wsSendText(s.id, toUSVString(chunk));
    }
  } catch (e) {
    return Promise.reject(e);
  }
  var written = newPromiseCapability();
  if (host.wsBufferedAtMost(s.id, WRITE_BUFFER_LOW)) {
    queueTask(function () {
      written.resolve(undefined);
    });
  } else {
    s.writing = written;
  }
  return written.promise;
}

/**
 * The api's task that brought the socket's buffer down (io.w3socket.engine.SocketFunctions); the
 * close's task does too, before the close is handled here.
 */
function socketDrained(id) {
  var stream = socketStreams[id];
  var s = stream && stream[SLOT];
  if (s && s.writing !== null) {
    var written = s.writing;
    s.writing = null;
    written.resolve(undefined);
  }
}

/** "Handle WebSocketStream connection close". */
function streamClosed(s, wasClean, code, reason) {
  s.readyState = 3;
  if (s.failedBeforeOpen) {
    wasClean = false;
    code = 1006;
    reason = '';
  }
  if (s.handshakeAborted) {
    return;
  }
  if (!s.wasEverConnected) {
    s.opened.reject(newWebSocketError('WebSocket closed before handshake complete.', null, ''));
  }
  var error;
  if (wasClean) {
    if (s.readable !== null) {
      if (streams.isReadableStreamReadable(s.readable)) {
        streams.closeReadableStream(s.readable);
      }
      streams.errorWritableStream(s.writable,
          new DOMException('Cannot write to a closed WebSocketStream.', 'InvalidStateError'));
    }
    s.closed.resolve({closeCode: code, reason: reason});
  } else {
    error = newWebSocketError('WebSocket was not cleanly closed.', code, reason);
    if (s.readable !== null) {
      streams.errorReadableStream(s.readable, error);
      streams.errorWritableStream(s.writable, error);
    }
    s.closed.reject(error);
  }
  if (s.closing !== null) {
    if (wasClean) {
      s.closing.resolve(undefined);
    } else {
      s.closing.reject(error);
    }
  }
}

function newPromiseCapability() {
  var c = {};
  c.promise = new Promise(function (resolve, reject) {
    c.resolve = resolve;
    c.reject = reject;
  });
  return c;
}

function markHandled(promise) {
  promise.then(undefined, function () {});
}
exposed.WebSocketStream = WebSocketStream;
