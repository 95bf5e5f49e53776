/*
 * send() (WebSockets Standard #dom-websocket-send): USVString, Blob, ArrayBuffer and
 * ArrayBufferView arguments; InvalidStateError while CONNECTING; bufferedAmount accounting.
 */

/** Opens /echo-nocompress with binaryType arraybuffer and calls body(ws) at open. */
function echoCase(name, meta, body, check) {
  meta.area = meta.area || "send";
  test("send: " + name, meta, function (t) {
    var ws = t.ws(t.url("/echo-nocompress"));
    ws.binaryType = "arraybuffer";
    ws.onopen = t.wrap(function () { body(t, ws); });
    ws.onmessage = t.wrap(function (e) {
      check(t, e.data);
      t.done();
    });
    ws.onclose = t.unreached("close");
  });
}

function bytesOf(buffer) {
  var a = new Uint8Array(buffer);
  var out = [];
  for (var i = 0; i < a.length; i++) {
    out.push(a[i]);
  }
  return out.join(" ");
}

function expectBytes(expected) {
  return function (t, data) {
    t.ok(data instanceof ArrayBuffer, "echo is an ArrayBuffer (" + Object.prototype.toString.call(data) + ")");
    t.eq(bytesOf(data), expected, "echoed bytes");
  };
}

function expectText(expected) {
  return function (t, data) {
    t.eq(data, expected, "echoed text");
  };
}

test("send: while CONNECTING throws InvalidStateError", {area: "send"}, function (t) {
  var ws = t.ws(t.url("/handshake/delay?ms=200"));
  t.throws("InvalidStateError", function () { ws.send("x"); }, "send while CONNECTING");
  t.eq(ws.bufferedAmount, 0, "bufferedAmount");
  t.eq(ws.readyState, 0, "readyState after the failed send");
  ws.onopen = t.wrap(function () { t.done(); });
});

test("send: binary data while CONNECTING throws InvalidStateError", {area: "send"}, function (t) {
  var ws = t.ws(t.url("/handshake/delay?ms=200"));
  t.throws("InvalidStateError", function () { ws.send(new ArrayBuffer(3)); }, "send(ArrayBuffer)");
  ws.onopen = t.wrap(function () { t.done(); });
});

echoCase("an ASCII string", {}, function (t, ws) { ws.send("hello"); }, expectText("hello"));
echoCase("an empty string", {}, function (t, ws) { ws.send(""); }, expectText(""));
echoCase("a non-ASCII string", {}, function (t, ws) {
  ws.send("h\u00e9llo \u20ac \ud83d\ude00");
}, expectText("h\u00e9llo \u20ac \ud83d\ude00"));
echoCase("a lone surrogate becomes U+FFFD", {}, function (t, ws) {
  ws.send("a\ud800b\udc00");
}, expectText("a\ufffdb\ufffd"));
echoCase("a number is converted to a string", {}, function (t, ws) { ws.send(42); }, expectText("42"));
echoCase("null is converted to a string", {}, function (t, ws) { ws.send(null); }, expectText("null"));
echoCase("undefined is converted to a string", {}, function (t, ws) { ws.send(undefined); }, expectText("undefined"));
echoCase("an object is converted with toString", {}, function (t, ws) {
  ws.send({toString: function () { return "custom"; }});
}, expectText("custom"));
echoCase("an ArrayBuffer", {}, function (t, ws) {
  ws.send(new Uint8Array([0, 1, 127, 128, 255]).buffer);
}, expectBytes("0 1 127 128 255"));
echoCase("an empty ArrayBuffer", {}, function (t, ws) { ws.send(new ArrayBuffer(0)); }, expectBytes(""));
echoCase("a Uint8Array with an offset sends only its view", {}, function (t, ws) {
  var all = new Uint8Array([9, 9, 1, 2, 3, 9]);
  ws.send(new Uint8Array(all.buffer, 2, 3));
}, expectBytes("1 2 3"));
echoCase("a DataView with an offset sends only its view", {needs: ["DataView"]}, function (t, ws) {
  var all = new Uint8Array([9, 4, 5, 9]);
  ws.send(new DataView(all.buffer, 1, 2));
}, expectBytes("4 5"));
echoCase("an Int16Array sends its bytes", {}, function (t, ws) {
  var a = new Int16Array(2);
  a[0] = 0x0102;
  a[1] = -1;
  ws.send(a);
}, function (t, data) {
  var a = new Int16Array([0x0102, -1]);
  t.eq(bytesOf(data), bytesOf(a.buffer), "echoed bytes in platform byte order");
});
echoCase("a Float64Array subarray sends its 8 bytes", {needs: ["Float64Array"]}, function (t, ws) {
  var a = new Float64Array([1, 2.5, 3]);
  ws.send(a.subarray(1, 2));
}, function (t, data) {
  t.eq(data.byteLength, 8, "byteLength");
  t.eq(new Float64Array(data)[0], 2.5, "value");
});
echoCase("a Blob", {needs: ["Blob"]}, function (t, ws) {
  ws.send(new Blob(["ab", new Uint8Array([0, 255])]));
}, expectBytes("97 98 0 255"));
echoCase("a Blob of text is still a binary message", {needs: ["Blob"]}, function (t, ws) {
  ws.send(new Blob(["text"], {type: "text/plain"}));
}, expectBytes("116 101 120 116"));

test("send: messages arrive in the order sent, mixing types", {area: "send"}, function (t) {
  var ws = t.ws(t.url("/echo-nocompress"));
  ws.binaryType = "arraybuffer";
  var got = [];
  ws.onopen = t.wrap(function () {
    ws.send("one");
    ws.send(new Uint8Array([2]));
    ws.send("three");
    ws.send(new Uint8Array([4, 4]).buffer);
  });
  ws.onmessage = t.wrap(function (e) {
    got.push(typeof e.data === "string" ? e.data : "[" + bytesOf(e.data) + "]");
    if (got.length === 4) {
      t.eq(got.join(","), "one,[2],three,[4 4]", "messages");
      t.done();
    }
  });
});

test("send: the sink receives the exact bytes of each message", {area: "send"}, function (t) {
  var ws = t.ws(t.url("/sink"));
  ws.onopen = t.wrap(function () {
    ws.send("h\u00e9");           // 3 bytes
    ws.send("\ud800");            // U+FFFD: 3 bytes
    ws.send(new Uint8Array(new ArrayBuffer(10), 4, 5));  // 5 bytes
    ws.send("report");
  });
  ws.onmessage = t.wrap(function (e) {
    var r = JSON.parse(e.data);
    t.eq(r.messages, 3, "messages counted by the server");
    t.eq(r.bytes, 11, "bytes counted by the server");
    t.done();
  });
});

test("send: bufferedAmount grows synchronously by the byte count", {area: "send"}, function (t) {
  var ws = t.ws(t.url("/sink"));
  ws.onopen = t.wrap(function () {
    ws.send("h\u00e9llo");
    t.eq(ws.bufferedAmount, 6, "after a 6-byte string");
    ws.send(new Uint8Array(new ArrayBuffer(100), 10, 20));
    t.eq(ws.bufferedAmount, 26, "after a 20-byte view");
    ws.send("\ud83d\ude00\ud800");
    t.eq(ws.bufferedAmount, 33, "after a 4-byte character and a lone surrogate");
    t.done();
  });
});

test("send: bufferedAmount drains to 0 after the data is sent", {area: "send", timeout: 8000}, function (t) {
  var ws = t.ws(t.url("/sink"));
  ws.onopen = t.wrap(function () {
    ws.send(new ArrayBuffer(1024 * 1024));
    ws.send(new ArrayBuffer(1024 * 1024));
    t.eq(ws.bufferedAmount, 2 * 1024 * 1024, "right after two 1 MiB sends");
    t.waitFor(function () { return ws.bufferedAmount === 0; }, 6000, "bufferedAmount 0", function () {
      ws.send("report");
    });
  });
  ws.onmessage = t.wrap(function (e) {
    t.eq(JSON.parse(e.data).bytes, 2 * 1024 * 1024, "bytes received by the server");
    t.done();
  });
});

test("send: bufferedAmount with a Blob is its size", {area: "send", needs: ["Blob"]}, function (t) {
  var ws = t.ws(t.url("/sink"));
  ws.onopen = t.wrap(function () {
    ws.send(new Blob(["abc", new Uint8Array(7)]));
    t.eq(ws.bufferedAmount, 10, "bufferedAmount after a 10-byte Blob");
    t.done();
  });
});

test("send: after close() does not throw and still grows bufferedAmount", {area: "send"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  ws.onopen = t.wrap(function () {
    ws.close();
    t.eq(ws.readyState, WebSocket.CLOSING, "readyState");
    var before = ws.bufferedAmount;
    t.noThrow(function () { ws.send("abc"); }, "send while CLOSING");
    t.eq(ws.bufferedAmount, before + 3, "bufferedAmount after send while CLOSING");
    t.noThrow(function () { ws.send(new ArrayBuffer(5)); }, "send(ArrayBuffer) while CLOSING");
    t.eq(ws.bufferedAmount, before + 8, "bufferedAmount after a binary send while CLOSING");
  });
  ws.onmessage = t.unreached("message");
  ws.onclose = t.wrap(function () {
    var before = ws.bufferedAmount;
    t.noThrow(function () { ws.send("abcd"); }, "send while CLOSED");
    t.eq(ws.bufferedAmount, before + 4, "bufferedAmount after send while CLOSED");
    t.done();
  });
});

test("send: large messages round-trip intact", {area: "send", timeout: 8000}, function (t) {
  var ws = t.ws(t.url("/echo"));
  ws.binaryType = "arraybuffer";
  var n = 512 * 1024;
  ws.onopen = t.wrap(function () {
    var a = new Uint8Array(n);
    for (var i = 0; i < n; i++) {
      a[i] = (i * 7) & 0xff;
    }
    ws.send(a);
  });
  ws.onmessage = t.wrap(function (e) {
    var b = new Uint8Array(e.data);
    t.eq(b.length, n, "byteLength");
    for (var i = 0; i < n; i += 997) {
      if (b[i] !== ((i * 7) & 0xff)) {
        t.fail("byte " + i + " is " + b[i]);
      }
    }
    t.done();
  });
});

echoCase("a sliced Blob sends only the slice", {needs: ["Blob"]}, function (t, ws) {
  ws.send(new Blob([new Uint8Array([1, 2, 3, 4, 5])]).slice(1, 4));
}, expectBytes("2 3 4"));
