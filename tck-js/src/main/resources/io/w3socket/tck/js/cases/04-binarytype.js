/* binaryType (WebSockets Standard #dom-websocket-binarytype and #feedback-from-the-protocol). */
testSync("binaryType: starts as blob; arraybuffer and blob are accepted", {area: "binaryType"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  t.eq(ws.binaryType, "blob", "initial binaryType");
  ws.binaryType = "arraybuffer";
  t.eq(ws.binaryType, "arraybuffer", "after setting arraybuffer");
  ws.binaryType = "blob";
  t.eq(ws.binaryType, "blob", "after setting blob");
});

testSync("binaryType: other values are ignored without an exception", {area: "binaryType"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  ws.binaryType = "arraybuffer";
  var bad = ["Blob", "ArrayBuffer", "", "text", " blob", "arraybuffer "];
  for (var i = 0; i < bad.length; i++) {
    t.noThrow(function () { ws.binaryType = bad[i]; }, "binaryType = " + JSON.stringify(bad[i]));
    t.eq(ws.binaryType, "arraybuffer", "binaryType after setting " + JSON.stringify(bad[i]));
  }
  t.noThrow(function () { ws.binaryType = undefined; }, "binaryType = undefined");
  t.noThrow(function () { ws.binaryType = null; }, "binaryType = null");
  t.eq(ws.binaryType, "arraybuffer", "binaryType after undefined and null");
});

testSync("binaryType: values are converted with ToString", {area: "binaryType"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  ws.binaryType = {toString: function () { return "arraybuffer"; }};
  t.eq(ws.binaryType, "arraybuffer", "binaryType");
});

test("binaryType: arraybuffer delivers an ArrayBuffer", {area: "binaryType"}, function (t) {
  var ws = t.ws(t.url("/send?size=5&type=binary"));
  ws.binaryType = "arraybuffer";
  ws.onmessage = t.wrap(function (e) {
    t.ok(e.data instanceof ArrayBuffer, "data instanceof ArrayBuffer (" + Object.prototype.toString.call(e.data) + ")");
    var bytes = new Uint8Array(e.data);
    t.eq(bytes.length, 5, "byteLength");
    for (var i = 0; i < 5; i++) {
      t.eq(bytes[i], (i * 31 + 7) & 0xff, "byte " + i);
    }
    t.done();
  });
});

test("binaryType: blob delivers a Blob", {area: "binaryType", needs: ["Blob"]}, function (t) {
  var ws = t.ws(t.url("/send?size=7&type=binary"));
  ws.onmessage = t.wrap(function (e) {
    t.ok(e.data instanceof Blob, "data instanceof Blob (" + Object.prototype.toString.call(e.data) + ")");
    t.eq(e.data.size, 7, "size");
    t.eq(e.data.type, "", "type");
    t.done();
  });
});

test("binaryType: an empty binary message is an empty ArrayBuffer", {area: "binaryType"}, function (t) {
  var ws = t.ws(t.url("/send?size=0&type=binary"));
  ws.binaryType = "arraybuffer";
  ws.onmessage = t.wrap(function (e) {
    t.ok(e.data instanceof ArrayBuffer, "data instanceof ArrayBuffer");
    t.eq(e.data.byteLength, 0, "byteLength");
    t.done();
  });
});

test("binaryType: a change applies to the next message", {area: "binaryType", needs: ["Blob"]}, function (t) {
  var ws = t.ws(t.url("/echo-nocompress"));
  var kinds = [];
  ws.onopen = t.wrap(function () {
    ws.send(new Uint8Array([1]));
  });
  ws.onmessage = t.wrap(function (e) {
    kinds.push(e.data instanceof ArrayBuffer ? "ArrayBuffer" : e.data instanceof Blob ? "Blob" : "other");
    if (kinds.length === 1) {
      ws.binaryType = "arraybuffer";
      ws.send(new Uint8Array([2]));
    } else {
      t.eq(kinds.join(","), "Blob,ArrayBuffer", "data types");
      t.done();
    }
  });
});

test("binaryType: text messages are strings whatever binaryType is", {area: "binaryType"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  ws.binaryType = "arraybuffer";
  ws.onopen = t.wrap(function () { ws.send("text"); });
  ws.onmessage = t.wrap(function (e) {
    t.eq(typeof e.data, "string", "typeof data");
    t.eq(e.data, "text", "data");
    t.done();
  });
});
