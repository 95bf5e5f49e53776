/*
 * How the connection ends (WebSockets Standard #closeWebSocket, "when the WebSocket connection is closed";
 * RFC 6455 §7.1.5 close codes, §7.1.6 reasons, §7.4.1 1005/1006).
 */
function ending(name, path, expected, before, chromiumDeviation) {
  var meta = {area: "closecodes"};
  if (chromiumDeviation) {
    meta.chromiumDeviation = chromiumDeviation;
  }
  test("closecodes: " + name, meta, function (t) {
    var ws = t.ws(t.url(path));
    var log = t.record(ws, ["open", "message", "error", "close"]);
    if (before) {
      before(t, ws);
    }
    ws.addEventListener("close", t.wrap(function (e) {
      t.eq(t.log(log), expected, "events");
      t.eq(ws.readyState, WebSocket.CLOSED, "readyState");
      t.after(50, function () {
        t.eq(t.log(log), expected, "events a little later (exactly one close)");
        t.done();
      });
    }));
  });
}

ending("the server closes with 1000", "/close?code=1000", "open,close:1000:true");
ending("the server closes with 1001 and a reason", "/close?code=1001&reason=going", "open,close:1001:true:going");
ending("the server closes with a custom code and a UTF-8 reason", "/close?code=4001&reason=h%C3%A9", "open,close:4001:true:h\u00e9");
ending("the server closes with 1011", "/close?code=1011&reason=oops", "open,close:1011:true:oops");
ending("the server closes with 2999 (reserved, not invalid on the wire)", "/close?code=2999", "open,close:2999:true");
ending("an empty Close from the server is 1005", "/close/empty", "open,close:1005:true");
ending("the server closes after a delay", "/close?code=4002&delayMs=100", "open,close:4002:true");
ending("a Close with code 1005 on the wire fails the connection", "/close?code=1005", "open,error,close:1006:false");
ending("a Close with code 1006 on the wire fails the connection", "/close?code=1006", "open,error,close:1006:false");
// RFC 6455 §7.1.5: the connection close code is the status code in the Close frame received;
// only 1005 and 1006 "MUST NOT be set as a status code in a Close control frame" (§7.4.1).
ending("a Close with code 999 on the wire is reported as is", "/close?code=999", "open,close:999:true");
ending("a Close with code 5000 on the wire is reported as is", "/close?code=5000", "open,close:5000:true");
// RFC 6455 §7.2.1: an unexpectedly lost connection is failed: error, then close 1006.
var LOST = "RFC 6455 §7.2.1: \"If at any point the underlying transport layer connection is unexpectedly lost, the client MUST Fail the WebSocket Connection\" (WebSockets #closeWebSocket: fire error, then close); Chromium fires close alone";
ending("a TCP drop after open fails the connection", "/drop?when=open", "open,error,close:1006:false", null, LOST);
ending("a TCP reset after open fails the connection", "/drop?when=open&rst=1", "open,error,close:1006:false", null, LOST);
ending("a TCP drop mid-message fails the connection without a message", "/drop?when=mid-message", "open,error,close:1006:false", null, LOST);
ending("a TCP drop after a message", "/drop?when=after-message", "open,message:hi,error,close:1006:false", function (t, ws) {
  ws.onopen = function () { ws.send("hi"); };
}, LOST);
ending("a TCP drop during the handshake fails the connection", "/drop?when=handshake", "error,close:1006:false");
ending("HTTP 404 fails the connection", "/handshake/status?code=404", "error,close:1006:false");
ending("HTTP 200 fails the connection", "/handshake/status?code=200", "error,close:1006:false");
ending("a redirect is not followed", "/handshake/status?code=302", "error,close:1006:false");
ending("HTTP 401 fails the connection", "/handshake/status?code=401", "error,close:1006:false");
ending("a bad Sec-WebSocket-Accept fails the connection", "/handshake/bad-accept", "error,close:1006:false");
ending("a 101 without Upgrade fails the connection", "/handshake/no-upgrade", "error,close:1006:false");
ending("a 101 without Connection fails the connection", "/handshake/no-connection", "error,close:1006:false");
ending("a non-HTTP answer fails the connection", "/handshake/not-http", "error,close:1006:false");
ending("close() answered by the server is clean", "/echo", "open,close:4000:true:bye", function (t, ws) {
  ws.onopen = function () { ws.close(4000, "bye"); };
});
ending("close() never answered: TCP drop gives 1006, unclean, no error", "/close/no-reply?dropAfterMs=200", "open,close:1006:false", function (t, ws) {
  ws.onopen = function () { ws.close(4000, "bye"); };
});

test("closecodes: the server's Close is answered with its code", {area: "closecodes"}, function (t) {
  // /close waits for the client's Close before closing TCP: a clean close proves it was answered.
  var ws = t.ws(t.url("/close?code=4003&reason=x"));
  ws.onclose = t.wrap(function (e) {
    t.eq(e.wasClean, true, "wasClean");
    t.eq(e.code, 4003, "code");
    t.done();
  });
});

test("closecodes: readyState is CLOSED and bufferedAmount 0 at a server-initiated close event", {area: "closecodes"}, function (t) {
  var ws = t.ws(t.url("/close?code=1000"));
  ws.onclose = t.wrap(function () {
    t.eq(ws.readyState, 3, "readyState");
    t.eq(ws.bufferedAmount, 0, "bufferedAmount");
    t.done();
  });
});

test("closecodes: a handshake that takes time still opens", {area: "closecodes"}, function (t) {
  var start = new Date().getTime();
  var ws = t.ws(t.url("/handshake/delay?ms=300"));
  ws.onopen = t.wrap(function () {
    t.ok(new Date().getTime() - start >= 250, "open after the server's delay");
    t.done();
  });
});
