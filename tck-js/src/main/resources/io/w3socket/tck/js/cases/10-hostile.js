/*
 * Protocol violations by the server fail the WebSocket connection (RFC 6455 §5.2, §5.4, §5.5,
 * §5.6, §7.1.7, §8.1), which fires error then close 1006 (WebSockets Standard #closeWebSocket).
 */
function hostile(kase) {
  test("hostile: " + kase + " fails the connection", {area: "hostile"}, function (t) {
    var ws = t.ws(t.url("/hostile/" + kase));
    var log = t.record(ws, ["open", "message", "error", "close"]);
    ws.addEventListener("close", t.wrap(function () {
      t.eq(t.log(log), "open,error,close:1006:false", "events");
      t.done();
    }));
  });
}

hostile("invalid-utf8");
hostile("unknown-opcode");
hostile("rsv-bits");
hostile("masked-frame");
hostile("control-too-long");
hostile("fragmented-control");
hostile("continuation-without-start");
hostile("close-1-byte");
hostile("close-invalid-code");
hostile("close-invalid-utf8-reason");
hostile("text-inside-fragmented");

test("hostile: a ping is answered with a pong and is not an event", {area: "hostile"}, function (t) {
  var ws = t.ws(t.url("/hostile/ping"));
  var log = t.record(ws, ["open", "message", "error", "close"]);
  ws.onmessage = t.wrap(function (e) {
    t.eq(e.data, "pong:hello", "the server's report of the pong");
    t.eq(t.log(log), "open,message:pong:hello", "events");
    t.done();
  });
});

test("hostile: a fragmented message with a ping inside is one message", {area: "hostile"}, function (t) {
  var ws = t.ws(t.url("/hostile/valid-fragmented"));
  ws.onmessage = t.wrap(function (e) {
    t.eq(e.data, "Hello, world", "data");
    t.after(50, function () { t.done(); });
  });
  ws.onclose = t.unreached("close");
});
