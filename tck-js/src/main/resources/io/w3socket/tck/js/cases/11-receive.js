/* Receiving messages (WebSockets Standard #feedback-from-the-protocol, "handle a WebSocket message"). */
test("receive: a large text message", {area: "receive"}, function (t) {
  var ws = t.ws(t.url("/send?size=100000&type=text"));
  ws.onmessage = t.wrap(function (e) {
    t.eq(e.data.length, 100000, "length");
    for (var i = 0; i < 100000; i += 4999) {
      t.eq(e.data.charCodeAt(i), 97 + i % 26, "char " + i);
    }
    t.done();
  });
});

test("receive: a 1 MiB binary message", {area: "receive", timeout: 8000}, function (t) {
  var ws = t.ws(t.url("/send?size=1048576&type=binary"));
  ws.binaryType = "arraybuffer";
  ws.onmessage = t.wrap(function (e) {
    var b = new Uint8Array(e.data);
    t.eq(b.length, 1048576, "byteLength");
    for (var i = 0; i < b.length; i += 65537) {
      t.eq(b[i], (i * 31 + 7) & 0xff, "byte " + i);
    }
    t.done();
  });
});

test("receive: a fragmented text message is one event", {area: "receive"}, function (t) {
  var ws = t.ws(t.url("/send?size=1000&fragment=100&type=text"));
  var n = 0;
  ws.onmessage = t.wrap(function (e) {
    n++;
    t.eq(e.data.length, 1000, "length");
    t.after(50, function () {
      t.eq(n, 1, "message events");
      t.done();
    });
  });
});

test("receive: 200 messages arrive in order, one event each", {area: "receive"}, function (t) {
  var ws = t.ws(t.url("/burst?count=200&size=4"));
  ws.binaryType = "arraybuffer";
  var n = 0;
  ws.onmessage = t.wrap(function (e) {
    t.eq(e.data.byteLength, 4, "byteLength of message " + n);
    if (++n === 200) {
      t.done();
    }
  });
});

test("receive: an empty text message", {area: "receive"}, function (t) {
  var ws = t.ws(t.url("/send?size=0&type=text"));
  ws.onmessage = t.wrap(function (e) {
    t.eq(e.data, "", "data");
    t.done();
  });
});

test("receive: the /headers report sees the request's path and query", {area: "receive"}, function (t) {
  var ws = t.ws(t.url("/headers?a=1&b=%20"));
  ws.onmessage = t.wrap(function (e) {
    var h = JSON.parse(e.data);
    t.eq(h.path, "/headers", "path");
    t.eq(h.query, "a=1&b=%20", "query");
    t.eq(h.headers["sec-websocket-version"], "13", "Sec-WebSocket-Version");
    t.done();
  });
});

test("receive: a Blob message holds the bytes", {area: "receive", needs: ["Blob", "Promise"]}, function (t) {
  var ws = t.ws(t.url("/send?size=4&type=binary"));
  ws.onmessage = t.wrap(function (e) {
    t.ok(e.data instanceof Blob, "data instanceof Blob");
    e.data.arrayBuffer().then(t.wrap(function (buffer) {
      var b = new Uint8Array(buffer);
      t.eq(Array.prototype.join.call(b, " "), "7 38 69 100", "bytes");
      t.done();
    }));
  });
});
