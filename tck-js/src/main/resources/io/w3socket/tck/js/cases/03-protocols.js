/*
 * Subprotocols (WebSockets Standard #dom-websocket-websocket steps 8-9; #concept-websocket-establish
 * step 11.2: the response's `Sec-WebSocket-Protocol` must be one of those requested).
 */
function badProtocols(name, protocols, deviation) {
  var meta = {area: "protocols"};
  if (deviation) {
    meta.chromiumDeviation = deviation;
  }
  testSync("protocols: " + name + " throws SyntaxError", meta, function (t) {
    t.throws("SyntaxError", function () { t.ws(t.url("/echo"), protocols); },
        "new WebSocket(url, " + JSON.stringify(protocols) + ")");
  });
}

badProtocols("an empty string", "");
badProtocols("an empty string in a list", ["a", ""]);
badProtocols("a space", "a b");
badProtocols("a comma", "a,b");
badProtocols("a separator character", "a(b)");
badProtocols("a non-ASCII character", "\u00e9");
badProtocols("a control character", "a\u0001");
badProtocols("an exact duplicate", ["chat", "chat"]);
badProtocols("a duplicate in another case", ["chat", "CHAT"],
    "\"If any of the values in protocols occur more than once or otherwise fail to match the "
    + "requirements for elements that comprise the value of `Sec-WebSocket-Protocol` fields as "
    + "defined by The WebSocket protocol, then throw a \"SyntaxError\" DOMException.\" -- read, as "
    + "undici and w3socket do, with subprotocol tokens compared ASCII case-insensitively.");

test("protocols: a string protocol is offered and selected", {area: "protocols"}, function (t) {
  var ws = t.ws(t.url("/protocol?select=first"), "chat");
  t.eq(ws.protocol, "", "protocol while CONNECTING");
  ws.onopen = t.wrap(function () {
    t.eq(ws.protocol, "chat", "protocol at open");
    t.done();
  });
  ws.onclose = t.unreached("close");
});

test("protocols: the server may select the second protocol offered", {area: "protocols"}, function (t) {
  var ws = t.ws(t.url("/protocol?select=other&value=v2.example"), ["v1.example", "v2.example"]);
  ws.onopen = t.wrap(function () {
    t.eq(ws.protocol, "v2.example", "protocol at open");
    t.done();
  });
  ws.onclose = t.unreached("close");
});

test("protocols: the offer keeps the caller's order", {area: "protocols"}, function (t) {
  var ws = t.ws(t.url("/protocol?select=first"), ["b.c", "a", "D-e"]);
  ws.onopen = t.wrap(function () {
    t.eq(ws.protocol, "b.c", "protocol (the server picks the first offered)");
    t.done();
  });
  ws.onclose = t.unreached("close");
});

test("protocols: a token with every allowed punctuation character", {area: "protocols"}, function (t) {
  var p = "!#$%&'*+-.^_`|~09azAZ";
  var ws = t.ws(t.url("/protocol?select=first"), [p]);
  ws.onopen = t.wrap(function () {
    t.eq(ws.protocol, p, "protocol");
    t.done();
  });
  ws.onclose = t.unreached("close");
});

test("protocols: an empty list offers nothing and protocol stays empty", {area: "protocols"}, function (t) {
  var ws = t.ws(t.url("/headers"), []);
  ws.onmessage = t.wrap(function (e) {
    var h = JSON.parse(e.data);
    t.eq(h.protocols.length, 0, "number of offered protocols");
    t.eq(ws.protocol, "", "protocol");
    t.done();
  });
  ws.onclose = t.unreached("close");
});

function protocolFailure(name, path, protocols) {
  test("protocols: " + name + " fails the connection", {area: "protocols"}, function (t) {
    var ws = t.ws(t.url(path), protocols);
    var log = t.record(ws, ["open", "error", "close"]);
    ws.onclose = t.wrap(function () {
      t.eq(t.log(log), "error,close:1006:false", "events");
      t.eq(ws.protocol, "", "protocol");
      t.done();
    });
  });
}

protocolFailure("a protocol that was not offered", "/protocol?select=other&value=zzz", ["a", "b"]);
protocolFailure("a list of protocols in the answer", "/protocol?select=all", ["a", "b"]);
protocolFailure("no protocol when some were offered", "/protocol?select=none", ["a"]);
protocolFailure("a protocol when none was offered", "/protocol?select=other&value=zzz", []);

test("protocols: undefined means no protocols", {area: "protocols"}, function (t) {
  var ws = t.ws(t.url("/headers"), undefined);
  ws.onmessage = t.wrap(function (e) {
    t.eq(JSON.parse(e.data).protocols.length, 0, "number of offered protocols");
    t.done();
  });
  ws.onclose = t.unreached("close");
});

test("protocols: null is converted to the string \"null\"", {area: "protocols"}, function (t) {
  var ws = t.ws(t.url("/protocol?select=first"), null);
  ws.onopen = t.wrap(function () {
    t.eq(ws.protocol, "null", "protocol");
    t.done();
  });
  ws.onclose = t.unreached("close");
});

test("protocols: any iterable is a sequence", {area: "protocols", needs: ["Symbol"]}, function (t) {
  var iterable = {};
  iterable[Symbol.iterator] = function () {
    var items = ["it1", "it2"];
    var i = 0;
    return {next: function () { return i < items.length ? {value: items[i++], done: false} : {value: undefined, done: true}; }};
  };
  var ws = t.ws(t.url("/protocol?select=other&value=it2"), iterable);
  ws.onopen = t.wrap(function () {
    t.eq(ws.protocol, "it2", "protocol");
    t.done();
  });
  ws.onclose = t.unreached("close");
});
