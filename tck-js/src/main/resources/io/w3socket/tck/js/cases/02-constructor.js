/*
 * new WebSocket(url, protocols): URL parsing and errors (WebSockets Standard
 * #dom-websocket-websocket steps 1-7; URL Standard #concept-url-serializer).
 */
function syntaxErrorCase(name, url, deviation) {
  var meta = {area: "constructor"};
  if (deviation) {
    meta.chromiumDeviation = deviation;
  }
  testSync("constructor: " + name + " throws SyntaxError", meta, function (t) {
    t.throws("SyntaxError", function () { t.ws(url); }, "new WebSocket(" + JSON.stringify(url) + ")");
  });
}

syntaxErrorCase("an ftp: URL", "ftp://127.0.0.1/");
syntaxErrorCase("a file: URL", "file:///tmp/x");
syntaxErrorCase("a mailto: URL", "mailto:someone@example.com");
syntaxErrorCase("a URL with a fragment", "ws://127.0.0.1:1/echo#frag");
syntaxErrorCase("a URL with an empty fragment", "ws://127.0.0.1:1/echo#");
syntaxErrorCase("a URL without a host", "ws://");
syntaxErrorCase("an unclosed IPv6 host", "ws://[::1/");
syntaxErrorCase("an invalid port", "ws://127.0.0.1:99999/");
syntaxErrorCase("a space in the host", "ws://foo bar.com/",
    "URL Standard host parsing: a space is a forbidden host code point, so parsing fails and "
    + "\"If urlRecord is failure, then throw a \\\"SyntaxError\\\" DOMException.\"");

function urlCase(name, input, expected) {
  testSync("constructor: url of " + name, {area: "constructor"}, function (t) {
    var ws = t.noThrow(function () { return t.ws(input); }, "new WebSocket(" + JSON.stringify(input) + ")");
    t.eq(ws.url, expected, "url");
  });
}

urlCase("ws://host gains the root path", "ws://127.0.0.1:1", "ws://127.0.0.1:1/");
urlCase("an http: URL is ws:", "http://127.0.0.1:1/echo", "ws://127.0.0.1:1/echo");
urlCase("an https: URL is wss:", "https://127.0.0.1:1/echo", "wss://127.0.0.1:1/echo");
urlCase("an upper-case scheme and host", "WS://LOCALHOST:1/Path", "ws://localhost:1/Path");
urlCase("the default ws port is dropped", "ws://127.0.0.1:80/x", "ws://127.0.0.1/x");
urlCase("the default wss port is dropped", "wss://127.0.0.1:443/x", "wss://127.0.0.1/x");
urlCase("a space in the path is percent-encoded", "ws://127.0.0.1:1/a b", "ws://127.0.0.1:1/a%20b");
urlCase("the query is kept", "ws://127.0.0.1:1/p?q=1&r", "ws://127.0.0.1:1/p?q=1&r");
urlCase("dot segments are removed", "ws://127.0.0.1:1/a/../b/./c", "ws://127.0.0.1:1/b/c");

testSync("constructor: the url argument is converted with ToString", {area: "constructor"}, function (t) {
  var target = t.url("/echo");
  var ws = t.ws({toString: function () { return target; }});
  t.eq(ws.url, target, "url");
});

testSync("constructor: a relative URL resolves against the document's base URL", {area: "constructor", needs: ["document"]}, function (t) {
  var ws = t.ws("/echo?relative");
  t.eq(ws.url, "ws://" + location.host + "/echo?relative", "url");
});

test("constructor: a blocked port does not throw; the connection fails", {area: "constructor"}, function (t) {
  // Fetch's bad-port list makes the connection fail; the constructor itself does not throw.
  var ws = t.noThrow(function () { return t.ws("ws://127.0.0.1:1/"); }, "new WebSocket on port 1");
  var log = t.record(ws, ["open", "error", "close"]);
  ws.addEventListener("close", t.wrap(function () {
    t.eq(t.log(log), "error,close:1006:false", "events");
    t.done();
  }));
});

test("constructor: a refused connection fires error then close 1006", {area: "constructor"}, function (t) {
  var ws = t.ws("ws://127.0.0.1:9/");
  var log = t.record(ws, ["open", "error", "close"]);
  ws.addEventListener("close", t.wrap(function (e) {
    t.eq(t.log(log), "error,close:1006:false", "events");
    t.eq(e.reason, "", "reason");
    t.done();
  }));
});

testSync("constructor: no event is dispatched synchronously", {area: "constructor"}, function (t) {
  var fired = [];
  var ws = t.ws("ws://127.0.0.1:1/");
  ws.onerror = ws.onclose = ws.onopen = function (e) { fired.push(e.type); };
  t.eq(fired.length, 0, "events fired during the constructor's task");
});

/** url cases against the test server's port, so that the connections succeed. */
function serverUrlCase(name, makeInput, makeExpected) {
  test("constructor: url of " + name, {area: "constructor"}, function (t) {
    var port = TCK.env.wsBase.substring(TCK.env.wsBase.lastIndexOf(":") + 1);
    var input = makeInput(port);
    var ws = t.noThrow(function () { return t.ws(input); }, "new WebSocket(" + JSON.stringify(input) + ")");
    t.eq(ws.url, makeExpected(port), "url");
    ws.onopen = t.wrap(function () { t.done(); });
    ws.onclose = t.unreached("close");
  });
}

serverUrlCase("a percent-encoded IPv4 host is decoded",
    function (p) { return "ws://%31%32%37.0.0.1:" + p + "/echo"; },
    function (p) { return "ws://127.0.0.1:" + p + "/echo"; });
serverUrlCase("a hexadecimal IPv4 shorthand is normalized",
    function (p) { return "ws://0x7f.1:" + p + "/echo"; },
    function (p) { return "ws://127.0.0.1:" + p + "/echo"; });
serverUrlCase("userinfo is kept",
    function (p) { return "ws://user:pw@127.0.0.1:" + p + "/echo"; },
    function (p) { return "ws://user:pw@127.0.0.1:" + p + "/echo"; });
serverUrlCase("a non-ASCII path is percent-encoded as UTF-8",
    function (p) { return "ws://127.0.0.1:" + p + "/echo?q=\u00e9"; },
    function (p) { return "ws://127.0.0.1:" + p + "/echo?q=%C3%A9"; });
urlCase("an IPv6 host is compressed", "ws://[0:0:0:0:0:0:0:1]:1/", "ws://[::1]:1/");
