/*
 * WebIDL surface of the WebSocket interface (WebSockets Standard #the-websocket-interface; WebIDL
 * #interface-object, #es-constants, #es-attributes, #es-operations).
 */
testSync("idl: WebSocket is a constructor of length 1 named WebSocket", {area: "idl"}, function (t) {
  t.eq(typeof WebSocket, "function", "typeof WebSocket");
  t.eq(WebSocket.length, 1, "WebSocket.length");
  t.eq(WebSocket.name, "WebSocket", "WebSocket.name");
});

testSync("idl: constants on the constructor and the prototype", {area: "idl"}, function (t) {
  var names = ["CONNECTING", "OPEN", "CLOSING", "CLOSED"];
  var targets = [[WebSocket, "WebSocket"], [WebSocket.prototype, "WebSocket.prototype"]];
  for (var i = 0; i < names.length; i++) {
    for (var j = 0; j < targets.length; j++) {
      var where = targets[j][1] + "." + names[i];
      var d = Object.getOwnPropertyDescriptor(targets[j][0], names[i]);
      t.ok(d !== undefined, where + " exists as an own property");
      t.eq(d.value, i, where);
      t.eq(d.writable, false, where + " writable");
      t.eq(d.enumerable, true, where + " enumerable");
      t.eq(d.configurable, false, where + " configurable");
    }
  }
});

testSync("idl: constants are readable on an instance", {area: "idl"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  t.eq(ws.CONNECTING, 0, "ws.CONNECTING");
  t.eq(ws.OPEN, 1, "ws.OPEN");
  t.eq(ws.CLOSING, 2, "ws.CLOSING");
  t.eq(ws.CLOSED, 3, "ws.CLOSED");
});

testSync("idl: attributes are accessors on the prototype", {area: "idl"}, function (t) {
  var readonly = ["url", "readyState", "bufferedAmount", "extensions", "protocol"];
  var writable = ["onopen", "onerror", "onclose", "onmessage", "binaryType"];
  var all = readonly.concat(writable);
  for (var i = 0; i < all.length; i++) {
    var where = "WebSocket.prototype." + all[i];
    var d = Object.getOwnPropertyDescriptor(WebSocket.prototype, all[i]);
    t.ok(d !== undefined, where + " exists");
    t.eq(typeof d.get, "function", where + " getter");
    t.eq(typeof d.set, i < readonly.length ? "undefined" : "function", where + " setter");
    t.eq(d.enumerable, true, where + " enumerable");
    t.eq(d.configurable, true, where + " configurable");
  }
});

testSync("idl: instances have no own attribute properties", {area: "idl"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var names = ["url", "readyState", "bufferedAmount", "extensions", "protocol", "binaryType",
    "onopen", "onerror", "onclose", "onmessage", "send", "close"];
  for (var i = 0; i < names.length; i++) {
    t.eq(Object.prototype.hasOwnProperty.call(ws, names[i]), false, "own property " + names[i]);
  }
});

testSync("idl: send and close are prototype methods with lengths 1 and 0", {area: "idl"}, function (t) {
  var ops = [["send", 1], ["close", 0]];
  for (var i = 0; i < ops.length; i++) {
    var where = "WebSocket.prototype." + ops[i][0];
    var d = Object.getOwnPropertyDescriptor(WebSocket.prototype, ops[i][0]);
    t.ok(d !== undefined, where + " exists");
    t.eq(typeof d.value, "function", "typeof " + where);
    t.eq(d.value.length, ops[i][1], where + ".length");
    t.eq(d.writable, true, where + " writable");
    t.eq(d.enumerable, true, where + " enumerable");
    t.eq(d.configurable, true, where + " configurable");
  }
});

testSync("idl: an instance is a WebSocket and an EventTarget", {area: "idl", needs: ["EventTarget"]}, function (t) {
  var ws = t.ws(t.url("/echo"));
  t.ok(ws instanceof WebSocket, "ws instanceof WebSocket");
  t.ok(ws instanceof EventTarget, "ws instanceof EventTarget");
  t.eq(Object.getPrototypeOf(WebSocket.prototype), EventTarget.prototype,
      "WebSocket.prototype's prototype");
  t.eq(Object.getPrototypeOf(WebSocket), EventTarget, "WebSocket's prototype");
  t.eq(typeof ws.addEventListener, "function", "typeof ws.addEventListener");
  t.eq(typeof ws.dispatchEvent, "function", "typeof ws.dispatchEvent");
});

testSync("idl: the prototype's constructor is WebSocket", {area: "idl"}, function (t) {
  t.eq(WebSocket.prototype.constructor, WebSocket, "WebSocket.prototype.constructor");
  var d = Object.getOwnPropertyDescriptor(WebSocket.prototype, "constructor");
  t.eq(d.enumerable, false, "constructor enumerable");
});

testSync("idl: the class string is WebSocket", {area: "idl", needs: ["Symbol"]}, function (t) {
  var ws = t.ws(t.url("/echo"));
  t.eq(Object.prototype.toString.call(ws), "[object WebSocket]", "toString of an instance");
  t.eq(WebSocket.prototype[Symbol.toStringTag], "WebSocket", "@@toStringTag");
});

testSync("idl: calling WebSocket without new throws TypeError", {area: "idl"}, function (t) {
  t.throws("TypeError", function () { WebSocket(t.url("/echo")); }, "WebSocket(url)");
});

testSync("idl: new WebSocket() without arguments throws TypeError", {area: "idl"}, function (t) {
  t.throws("TypeError", function () { return new WebSocket(); }, "new WebSocket()");
});

testSync("idl: getters on a non-WebSocket throw TypeError", {area: "idl"}, function (t) {
  var names = ["url", "readyState", "bufferedAmount", "binaryType", "onopen"];
  for (var i = 0; i < names.length; i++) {
    var get = Object.getOwnPropertyDescriptor(WebSocket.prototype, names[i]).get;
    t.throws("TypeError", function () { get.call({}); }, names[i] + " getter on {}");
  }
});

testSync("idl: send and close on a non-WebSocket throw TypeError", {area: "idl"}, function (t) {
  t.throws("TypeError", function () { WebSocket.prototype.send.call({}, "x"); }, "send on {}");
  t.throws("TypeError", function () { WebSocket.prototype.close.call({}); }, "close on {}");
});

testSync("idl: send() without an argument throws TypeError even while CONNECTING", {area: "idl"}, function (t) {
  // WebIDL #es-operations: the argument count is checked before the operation's steps run.
  var ws = t.ws(t.url("/echo"));
  t.throws("TypeError", function () { ws.send(); }, "ws.send()");
});

testSync("idl: readonly attributes ignore assignment in sloppy mode", {area: "idl"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var url = ws.url;
  ws.url = "ws://example.invalid/";
  ws.readyState = 3;
  ws.bufferedAmount = 99;
  ws.protocol = "p";
  ws.extensions = "e";
  t.eq(ws.url, url, "url after assignment");
  t.eq(ws.readyState, 0, "readyState after assignment");
  t.eq(ws.bufferedAmount, 0, "bufferedAmount after assignment");
  t.eq(ws.protocol, "", "protocol after assignment");
  t.eq(ws.extensions, "", "extensions after assignment");
});

testSync("idl: readonly attributes throw TypeError on assignment in strict mode", {area: "idl"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  t.throws("TypeError", function () { "use strict"; ws.readyState = 3; }, "strict ws.readyState = 3");
  t.eq(ws.readyState, 0, "readyState after assignment");
});

testSync("idl: initial attribute values", {area: "idl"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  t.eq(ws.readyState, WebSocket.CONNECTING, "readyState");
  t.eq(ws.bufferedAmount, 0, "bufferedAmount");
  t.eq(ws.extensions, "", "extensions");
  t.eq(ws.protocol, "", "protocol");
  t.eq(ws.binaryType, "blob", "binaryType");
  t.eq(ws.onopen, null, "onopen");
  t.eq(ws.onmessage, null, "onmessage");
  t.eq(ws.onerror, null, "onerror");
  t.eq(ws.onclose, null, "onclose");
});

testSync("idl: CloseEvent constructor and defaults", {area: "idl"}, function (t) {
  // WebSockets Standard #the-closeevent-interface.
  t.eq(typeof CloseEvent, "function", "typeof CloseEvent");
  var e = new CloseEvent("close");
  t.eq(e.type, "close", "type");
  t.eq(e.wasClean, false, "default wasClean");
  t.eq(e.code, 0, "default code");
  t.eq(e.reason, "", "default reason");
  var f = new CloseEvent("x", {wasClean: true, code: 4000, reason: "why"});
  t.eq(f.wasClean, true, "wasClean from the dictionary");
  t.eq(f.code, 4000, "code from the dictionary");
  t.eq(f.reason, "why", "reason from the dictionary");
  t.throws("TypeError", function () { return new CloseEvent(); }, "new CloseEvent()");
});

testSync("idl: CloseEvent code is an unsigned short", {area: "idl"}, function (t) {
  t.eq(new CloseEvent("close", {code: 65536 + 1000}).code, 1000, "code 66536 wraps modulo 2^16");
  t.eq(new CloseEvent("close", {code: -1}).code, 65535, "code -1");
});
