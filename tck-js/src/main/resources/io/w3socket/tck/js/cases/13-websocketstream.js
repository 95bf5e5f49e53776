/*
 * WebSocketStream and WebSocketError (the proposal whatwg/websockets#48, "The WebSocketStream
 * interface", shipped by Chromium since 124). The proposal is not yet part of the standard: these
 * cases hold what it and Chromium agree on; where they differ (binary chunks, the abort reason,
 * [EnforceRange] or [Clamp] close codes) a case accepts either or leaves the point out. Hosts
 * without WebSocketStream skip the area. Each case closes what it opens.
 */
var WSS = {area: "websocketstream", needs: ["WebSocketStream"]};

function wssMeta(timeout) {
  return timeout ? {area: WSS.area, needs: WSS.needs, timeout: timeout} : WSS;
}

/** The bytes of a binary chunk, an ArrayBuffer (Chromium) or a Uint8Array (the proposal). */
function chunkBytes(t, chunk) {
  t.ok(chunk instanceof ArrayBuffer || chunk instanceof Uint8Array, "a binary chunk is bytes");
  return Array.prototype.join.call(new Uint8Array(chunk instanceof ArrayBuffer ? chunk : chunk.buffer));
}

testSync("websocketstream: the interface's members", WSS, function (t) {
  t.eq(WebSocketStream.length, 1, "WebSocketStream.length");
  ["url", "opened", "closed", "close"].forEach(function (name) {
    t.ok(Object.prototype.hasOwnProperty.call(WebSocketStream.prototype, name), name + " on the prototype");
  });
  t.eq(typeof WebSocketStream.prototype.close, "function", "close is a method");
  t.eq(WebSocketError.length, 0, "WebSocketError.length");
  t.ok(new WebSocketError() instanceof DOMException, "a WebSocketError is a DOMException");
});

testSync("websocketstream: the constructor's SyntaxErrors and TypeErrors", WSS, function (t) {
  t.throws("TypeError", function () { new WebSocketStream(); }, "no URL");
  t.throws("SyntaxError", function () { new WebSocketStream("ftp://127.0.0.1/"); }, "an ftp: URL");
  t.throws("SyntaxError", function () { new WebSocketStream(t.url("/echo") + "#f"); }, "a fragment");
  t.throws("SyntaxError", function () {
    new WebSocketStream(t.url("/echo"), {protocols: ["a", "a"]});
  }, "a protocol twice");
  t.throws("TypeError", function () { new WebSocketStream(t.url("/echo"), {signal: 5}); }, "a signal that is no AbortSignal");
  t.throws("TypeError", function () { WebSocketStream(t.url("/echo")); }, "without new");
});

testSync("websocketstream: WebSocketError's close code and reason", WSS, function (t) {
  var e = new WebSocketError();
  t.eq(e.name, "WebSocketError", "name");
  t.eq(e.message, "", "message");
  t.eq(e.closeCode, null, "closeCode without one");
  t.eq(e.reason, "", "reason without one");
  e = new WebSocketError("m", {reason: "r"});
  t.eq(e.closeCode, 1000, "a reason alone means 1000");
  t.eq(new WebSocketError("m", {closeCode: 4999}).closeCode, 4999, "closeCode 4999");
  t.throws("InvalidAccessError", function () { new WebSocketError("m", {closeCode: 1001}); }, "closeCode 1001");
  t.throws("SyntaxError", function () {
    new WebSocketError("m", {closeCode: 3000, reason: new Array(125).join("x")});
  }, "a reason of 124 bytes");
});

test("websocketstream: http: becomes ws:, and opened gives both streams", WSS, function (t) {
  var s = new WebSocketStream(t.url("/echo").replace(/^ws:/, "http:"));
  t.eq(s.url, t.url("/echo"), "url");
  t.eq(s.opened, s.opened, "opened is one promise");
  s.opened.then(t.wrap(function (o) {
    t.ok(o.readable instanceof ReadableStream, "readable");
    t.ok(o.writable instanceof WritableStream, "writable");
    t.eq(typeof o.extensions, "string", "extensions");
    t.eq(o.protocol, "", "protocol");
    s.close();
    return s.closed;
  })).then(t.wrap(function () { t.done(); }), t.wrap(function (e) { t.fail("rejected: " + e); }));
});

test("websocketstream: text and binary echo in order", WSS, function (t) {
  var s = new WebSocketStream(t.url("/echo"));
  s.opened.then(t.wrap(function (o) {
    var w = o.writable.getWriter();
    var r = o.readable.getReader();
    w.write("hello");
    w.write(new Uint8Array([1, 2, 3]));
    w.write(new Uint8Array([4, 5]).buffer);
    return r.read().then(t.wrap(function (a) {
      t.eq(a.value, "hello", "text");
      t.eq(a.done, false, "done");
      return r.read();
    })).then(t.wrap(function (b) {
      t.eq(chunkBytes(t, b.value), "1,2,3", "a view's bytes");
      return r.read();
    })).then(t.wrap(function (c) {
      t.eq(chunkBytes(t, c.value), "4,5", "an ArrayBuffer's bytes");
      s.close({closeCode: 3000, reason: "bye"});
      return s.closed;
    }));
  })).then(t.wrap(function (info) {
    t.eq(info.closeCode, 3000, "closeCode echoed");
    t.eq(info.reason, "bye", "reason echoed");
    t.done();
  }), t.wrap(function (e) { t.fail("rejected: " + e); }));
});

test("websocketstream: the server's close ends the readable and errors the writable", WSS, function (t) {
  var s = new WebSocketStream(t.url("/close?code=1001&reason=away"));
  var read = null;
  var writer = null;
  s.opened.then(t.wrap(function (o) {
    read = o.readable.getReader().read();
    writer = o.writable.getWriter();
  }));
  s.closed.then(t.wrap(function (info) {
    t.eq(info.closeCode, 1001, "closeCode");
    t.eq(info.reason, "away", "reason");
    return read;
  })).then(t.wrap(function (r) {
    t.eq(r.done, true, "the readable is closed");
    return writer.write("late").then(t.wrap(function () { t.fail("a write after the close"); }), t.wrap(function (e) {
      t.eq(e.name, "InvalidStateError", "a write after the close");
    }));
  })).then(t.wrap(function () { t.done(); }), t.wrap(function (e) { t.fail("rejected: " + e); }));
});

test("websocketstream: a dropped connection rejects closed with WebSocketError 1006", WSS, function (t) {
  var s = new WebSocketStream(t.url("/drop?after=open"));
  s.closed.then(t.wrap(function () { t.fail("closed resolved"); }), t.wrap(function (e) {
    t.eq(e.name, "WebSocketError", "name");
    t.ok(e instanceof WebSocketError, "a WebSocketError");
    t.eq(e.closeCode, 1006, "closeCode");
    t.done();
  }));
});

test("websocketstream: a refused handshake rejects opened and closed", WSS, function (t) {
  var s = new WebSocketStream(t.url("/handshake/status?code=404"));
  var openedError = null;
  s.opened.then(t.wrap(function () { t.fail("opened resolved"); }), function (e) { openedError = e; });
  s.closed.then(t.wrap(function () { t.fail("closed resolved"); }), t.wrap(function (e) {
    t.ok(openedError !== null, "opened rejected first");
    t.eq(openedError.name, "WebSocketError", "opened's error");
    t.eq(openedError.closeCode, null, "opened's error has no code");
    t.eq(e.closeCode, 1006, "closed's code");
    t.done();
  }));
});

test("websocketstream: close() before the connection opens fails it", WSS, function (t) {
  var s = new WebSocketStream(t.url("/echo"));
  s.close({closeCode: 3000, reason: "early"});
  s.opened.then(t.wrap(function () { t.fail("opened resolved"); }), function () {});
  s.closed.then(t.wrap(function () { t.fail("closed resolved"); }), t.wrap(function (e) {
    t.eq(e.name, "WebSocketError", "name");
    t.eq(e.closeCode, 1006, "closeCode");
    t.done();
  }));
});

test("websocketstream: a signal aborts the handshake with an AbortError", WSS, function (t) {
  var c = new AbortController();
  var s = new WebSocketStream(t.url("/handshake/delay?ms=300"), {signal: c.signal});
  c.abort();
  s.opened.then(t.wrap(function () { t.fail("opened resolved"); }), t.wrap(function (e) {
    t.eq(e.name, "AbortError", "opened's error");
    return s.closed.then(t.wrap(function () { t.fail("closed resolved"); }), t.wrap(function (e2) {
      t.eq(e2.name, "AbortError", "closed's error");
      t.done();
    }));
  }));
});

test("websocketstream: readable.cancel() with a WebSocketError closes with its code", WSS, function (t) {
  var s = new WebSocketStream(t.url("/echo"));
  s.opened.then(t.wrap(function (o) {
    o.readable.cancel(new WebSocketError("", {closeCode: 3001, reason: "cancelled"}));
  }));
  s.closed.then(t.wrap(function (info) {
    t.eq(info.closeCode, 3001, "closeCode");
    t.eq(info.reason, "cancelled", "reason");
    t.done();
  }), t.wrap(function (e) { t.fail("rejected: " + e); }));
});

test("websocketstream: writable.abort() with a reason alone closes with 1000", WSS, function (t) {
  var s = new WebSocketStream(t.url("/echo"));
  s.opened.then(t.wrap(function (o) {
    o.writable.abort(new WebSocketError("", {reason: "aborted"}));
  }));
  s.closed.then(t.wrap(function (info) {
    t.eq(info.closeCode, 1000, "closeCode");
    t.eq(info.reason, "aborted", "reason");
    t.done();
  }), t.wrap(function (e) { t.fail("rejected: " + e); }));
});

test("websocketstream: writable.close() closes without a code (1005)", WSS, function (t) {
  var s = new WebSocketStream(t.url("/echo"));
  s.opened.then(t.wrap(function (o) { o.writable.close(); }));
  s.closed.then(t.wrap(function (info) {
    t.eq(info.closeCode, 1005, "closeCode");
    t.done();
  }), t.wrap(function (e) { t.fail("rejected: " + e); }));
});

test("websocketstream: close() checks its code and reason", WSS, function (t) {
  var s = new WebSocketStream(t.url("/echo"));
  s.opened.then(t.wrap(function () {
    t.throws("InvalidAccessError", function () { s.close({closeCode: 1001}); }, "closeCode 1001");
    t.throws("SyntaxError", function () {
      s.close({closeCode: 3000, reason: new Array(125).join("y")});
    }, "a reason of 124 bytes");
    s.close();
    return s.closed;
  })).then(t.wrap(function (info) {
    t.eq(info.closeCode, 1005, "closeCode");
    t.done();
  }), t.wrap(function (e) { t.fail("rejected: " + e); }));
});

test("websocketstream: 200 messages of 64 KiB read one at a time arrive whole and in order", wssMeta(15000), function (t) {
  var s = new WebSocketStream(t.url("/send?size=65536&count=200"));
  var got = 0;
  s.opened.then(t.wrap(function (o) {
    var r = o.readable.getReader();
    function next() {
      return r.read().then(t.wrap(function (x) {
        t.eq(x.value.byteLength, 65536, "message " + got + "'s size");
        got++;
        if (got < 200) {
          return new Promise(function (resolve) { setTimeout(resolve, 0); }).then(next);
        }
      }));
    }
    return next();
  })).then(t.wrap(function () {
    s.close();
    return s.closed;
  })).then(t.wrap(function () {
    t.eq(got, 200, "messages");
    t.done();
  }), t.wrap(function (e) { t.fail("rejected: " + e); }));
});
