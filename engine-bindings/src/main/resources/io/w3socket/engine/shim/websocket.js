// websocket.js: WebSocket (https://websockets.spec.whatwg.org/#the-websocket-interface): WebIDL conversions here,
// every rule of the algorithms in Java (io.w3socket.WebSocket) through the host bridge.

var sockets = {};

/** The WebSocketStreams (websocket-stream.js) by socket id: their events are theirs, not events. */
var socketStreams = {};

function WebSocket(url) {
  requireNew(this, WebSocket, 'WebSocket');
  requireArgs(arguments, 1, "construct 'WebSocket'");
  var protocols = arguments[1];
  url = toUSVString(url);
  // WebIDL #es-union (DOMString or sequence<DOMString>): objects are sequences.
  var list = [];
  if (protocols !== undefined) {
    if (isObject(protocols)) {
      var items = toSequence(protocols, "construct 'WebSocket'");
      for (var i = 0; i < items.length; i++) {
        list.push(toDOMString(items[i]));
      }
    } else {
      list.push(toDOMString(protocols));
    }
  }
  // #dom-websocket-websocket steps 1-12 (URL parsing, scheme and fragment checks, protocol tokens,
  // connecting) run in Java; its SyntaxError crosses as it is.
  var id = host.wsCreate(url, list, null, baseElementUrl());
  var s = initTarget(this, ['EventTarget', 'WebSocket']);
  s.id = id;
  s.binaryType = 'blob';
  sockets[id] = this;
}
inherit(WebSocket, EventTarget);
var STATES = {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3};
defineConstants(WebSocket, STATES);
defineAccessor(WebSocket.prototype, 'url', function () {
  return host.wsUrl(slotOf(this, 'WebSocket').id);
});
defineAccessor(WebSocket.prototype, 'readyState', function () {
  return host.wsReadyState(slotOf(this, 'WebSocket').id);
});
defineAccessor(WebSocket.prototype, 'bufferedAmount', function () {
  return host.wsBufferedAmount(slotOf(this, 'WebSocket').id);
});
defineAccessor(WebSocket.prototype, 'extensions', function () {
  return host.wsExtensions(slotOf(this, 'WebSocket').id);
});
defineAccessor(WebSocket.prototype, 'protocol', function () {
  return host.wsProtocol(slotOf(this, 'WebSocket').id);
});
// binaryType: an enumeration; assigning another value is ignored (WebIDL #es-enumeration).
defineAccessor(WebSocket.prototype, 'binaryType', function () {
  return slotOf(this, 'WebSocket').binaryType;
}, function (v) {
  var s = slotOf(this, 'WebSocket');
  v = toDOMString(v);
  if (v === 'blob' || v === 'arraybuffer') {
    s.binaryType = v;
  }
});
['open', 'error', 'close', 'message'].forEach(function (type) {
  defineEventHandler(WebSocket.prototype, 'WebSocket', type);
});
defineMethods(WebSocket.prototype, {
  send: function (data) {
    var s = slotOf(this, 'WebSocket');
    requireCount(arguments.length, 1, "execute 'send' on 'WebSocket'");
    // WebIDL #es-union: a string is none of the buffer and Blob types, so it is a USVString.
    if (typeof data === 'string') {
      host.wsSendText(s.id, toUSVString(data));
    } else if (isArrayBuffer(data)) {
      host.wsSendBinary(s.id, toHostBytes(new Uint8Array(data)));
    } else if (isView(data)) {
      host.wsSendBinary(s.id, toHostBytes(viewBytes(data)));
    } else if (isObject(data) && data[SLOT] && data[SLOT].kinds.indexOf('Blob') >= 0) {
      host.wsSendBinary(s.id, toHostBytes(data[SLOT].bytes));
    } else {
      host.wsSendText(s.id, toUSVString(data));
    }
  },
  close: function () {
    // WebIDL: both arguments are optional, so close.length is 0. Here only the conversions
    // ([Clamp] unsigned short, USVString); Java owns #dom-websocket-close steps 1-3.
    var code = arguments[0];
    var reason = arguments[1];
    var s = slotOf(this, 'WebSocket');
    host.wsClose(s.id, code === undefined ? null : toClampedUnsignedShort(code),
        reason === undefined ? null : toUSVString(reason));
  }
});
setTag(WebSocket.prototype, 'WebSocket');

/**
 * Called by the event loop inside the task the Java API queued (WebSockets #feedback-from-the-protocol),
 * with the event's time stamp. It creates the event and runs its first listener; while it answers
 * true the loop calls socketDispatchStep(), which runs the next one. Each is a separate call into the
 * engine, so that the microtask checkpoint of HTML's "clean up after running script" happens after
 * every listener, and before the dispatch ends (a microtask still sees the event's currentTarget and
 * eventPhase), as in a browser. Once the last listener has run (DispatchCursor.finished) it answers
 * false and leaves the dispatch's end (#concept-event-dispatch steps 7-10) to the next call into the
 * realm, the next event's dispatch or endSocketDispatch (io.w3socket.engine.LoopRealm): no script
 * runs in between but the microtasks, so no script can tell, and a message costs one call instead
 * of two (400,000 pipelined echoes in interpreted GraalJS, 4 interleaved pairs: 74-79k before,
 * 80-85k msg/s after).
 */
var socketDispatch = null;

function dispatchSocketEvent(id, type, a, b, c, timeStamp) {
  endSocketDispatch();
  var stream = socketStreams[id];
  if (stream !== undefined) {
    loadModule('websocketstream').socketStreamEvent(stream, type, a, b, c);
    return false;
  }
  var ws = sockets[id];
  if (!ws) {
    return false;
  }
  var ev;
  if (type === 'message') {
    var data = a;
    if (b) {
      var bytes = fromHostBytes(a);
      data = ws[SLOT].binaryType === 'arraybuffer' ? bytes.buffer : makeBlob(bytes, '');
    }
    ev = createTrustedEvent(MessageEvent.prototype, MESSAGE_EVENT_KINDS, 'message', timeStamp);
    // HTML #dom-messageevent-initmessageevent's defaults for what a socket leaves out.
    initMessageSlot(ev[SLOT], data, c, '', null, null);
  } else if (type === 'close') {
    delete sockets[id];
    ev = createTrustedEvent(CloseEvent.prototype, CLOSE_EVENT_KINDS, 'close', timeStamp);
    ev[SLOT].wasClean = a;
    ev[SLOT].code = b;
    ev[SLOT].reason = c;
  } else {
    ev = createTrustedEvent(Event.prototype, EVENT_KINDS, type, timeStamp);
  }
  socketDispatch = beginDispatch(ws, ev);
  return socketDispatchStep();
}

/**
 * Runs the next listener of the socket event being dispatched: true if one ran and another may
 * follow; false once none is left (the dispatch ended now, or, after its last listener, ends at the
 * next call in).
 */
function socketDispatchStep() {
  // One return, at the end: GraalJS's interpreter returns from anywhere else by throwing.
  var more = false;
  if (socketDispatch !== null) {
    if (socketDispatch.step()) {
      more = !socketDispatch.finished();
    } else {
      endSocketDispatch();
    }
  }
  return more;
}

/** Ends the socket event dispatch whose last listener has run, if one is left to end. */
function endSocketDispatch() {
  if (socketDispatch !== null) {
    socketDispatch.end();
    socketDispatch = null;
  }
}
exposed.WebSocket = WebSocket;
