/*
 * close(code, reason) (WebSockets Standard #dom-websocket-close steps 1-3; code is [Clamp]
 * unsigned short, WebIDL #abstract-opdef-converttoint with clamping: round half to even).
 */
/** WebIDL's [Clamp] rounding, which Chromium 156 replaces by truncation. */
var CLAMP_ROUNDING = "WebIDL ConvertToInt with [Clamp]: \"Round x to the nearest integer, choosing "
    + "the even integer if it lies halfway between two\" (Chromium truncates instead).";

function invalidCode(label, code, deviation) {
  var meta = {area: "close"};
  if (deviation) {
    meta.chromiumDeviation = deviation;
  }
  testSync("close: code " + label + " throws InvalidAccessError", meta, function (t) {
    var ws = t.ws(t.url("/echo"));
    t.throws("InvalidAccessError", function () { ws.close(code); }, "close(" + label + ")");
    t.eq(ws.readyState, WebSocket.CONNECTING, "readyState after the exception");
  });
}

invalidCode("999", 999);
invalidCode("1001", 1001);
invalidCode("1005", 1005);
invalidCode("2999", 2999);
invalidCode("5000", 5000);
invalidCode("0", 0);
invalidCode("-1 (clamped to 0)", -1);
invalidCode("NaN (converted to 0)", NaN);
invalidCode("66536 (clamped to 65535, not wrapped to 1000)", 66536);
invalidCode("4999.5 (rounded half to even: 5000)", 4999.5, CLAMP_ROUNDING);
invalidCode("1000.7 (rounded to 1001)", 1000.7, CLAMP_ROUNDING);
invalidCode("999.4 (rounded to 999)", 999.4);
invalidCode("null (converted to 0)", null);

function closeEcho(label, args, expectedCode, expectedReason, deviation) {
  var meta = {area: "close"};
  if (deviation) {
    meta.chromiumDeviation = deviation;
  }
  test("close: " + label + " reaches the server", meta, function (t) {
    var ws = t.ws(t.url("/echo"));
    ws.onopen = t.wrap(function () {
      t.noThrow(function () { ws.close.apply(ws, args); }, "close(...)");
      t.eq(ws.readyState, WebSocket.CLOSING, "readyState right after close()");
    });
    ws.onclose = t.wrap(function (e) {
      t.eq(e.code, expectedCode, "code echoed back by the server");
      t.eq(e.reason, expectedReason, "reason echoed back by the server");
      t.eq(e.wasClean, true, "wasClean");
      t.eq(ws.readyState, WebSocket.CLOSED, "readyState in onclose");
      t.done();
    });
  });
}

closeEcho("close() without arguments sends no code (1005)", [], 1005, "");
closeEcho("close(undefined) is like close()", [undefined], 1005, "");
closeEcho("close(1000)", [1000], 1000, "");
closeEcho("close(4999, reason)", [4999, "bye"], 4999, "bye");
closeEcho("close(3000)", [3000], 3000, "");
closeEcho("close(1000.4) rounds to 1000", [1000.4], 1000, "");
closeEcho("close(999.5) rounds half to even (1000)", [999.5], 1000, "", CLAMP_ROUNDING);
closeEcho("close(3999.7) rounds to 4000", [3999.7], 4000, "", CLAMP_ROUNDING);
closeEcho("close(3000.5) rounds half to even (3000)", [3000.5], 3000, "");
closeEcho("close(3001.5) rounds half to even (3002)", [3001.5], 3002, "", CLAMP_ROUNDING);
closeEcho("close(\"4000\") converts the string", ["4000", "s"], 4000, "s");
closeEcho("a non-ASCII reason", [4000, "h\u00e9llo \u20ac"], 4000, "h\u00e9llo \u20ac");
closeEcho("a lone surrogate in the reason becomes U+FFFD", [4000, "a\ud800"], 4000, "a\ufffd");

function repeat(s, n) {
  var out = "";
  for (var i = 0; i < n; i++) {
    out += s;
  }
  return out;
}

closeEcho("a 123-byte reason", [1000, repeat("a", 123)], 1000, repeat("a", 123));
closeEcho("a 123-byte reason of 3-byte characters", [1000, repeat("\u20ac", 41)], 1000, repeat("\u20ac", 41));

testSync("close: a 124-byte reason throws SyntaxError", {area: "close"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  t.throws("SyntaxError", function () { ws.close(1000, repeat("a", 124)); }, "close(1000, 124 bytes)");
  t.throws("SyntaxError", function () { ws.close(1000, repeat("\u20ac", 42)); }, "close(1000, 42 x U+20AC)");
  t.eq(ws.readyState, WebSocket.CONNECTING, "readyState after the exceptions");
});

testSync("close: the code is checked before the reason", {area: "close"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  t.throws("InvalidAccessError", function () { ws.close(999, repeat("a", 200)); }, "close(999, 200 bytes)");
});

testSync("close: close(undefined, reason) treats the code as missing", {area: "close",
  chromiumDeviation: "WebIDL overload resolution: \"If optionality is 'optional' and V is undefined, then: ... "
      + "append to values the special value 'missing'\" (Chromium converts undefined to 0)."}, function (t) {
  var ws = t.ws(t.url("/echo"));
  t.noThrow(function () { ws.close(undefined, "why"); }, "close(undefined, 'why')");
  t.eq(ws.readyState, WebSocket.CLOSING, "readyState");
});

test("close: while CONNECTING fails the connection: CLOSING, then error and close 1006", {area: "close"}, function (t) {
  var ws = t.ws(t.url("/handshake/delay?ms=500"));
  var log = t.record(ws, ["open", "error", "close"]);
  ws.close();
  t.eq(ws.readyState, WebSocket.CLOSING, "readyState right after close()");
  t.eq(log.length, 0, "events dispatched inside close()");
  ws.addEventListener("close", t.wrap(function (e) {
    t.eq(t.log(log), "error,close:1006:false", "events");
    t.eq(ws.readyState, WebSocket.CLOSED, "readyState");
    t.done();
  }));
});

test("close: while CLOSING is a no-op, but codes are still validated", {area: "close"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var closes = 0;
  ws.onopen = t.wrap(function () {
    ws.close(4000, "first");
    t.noThrow(function () { ws.close(4001, "second"); }, "second close()");
    t.throws("InvalidAccessError", function () { ws.close(1001); }, "close(1001) while CLOSING");
    t.eq(ws.readyState, WebSocket.CLOSING, "readyState");
  });
  ws.onclose = t.wrap(function (e) {
    closes++;
    t.eq(e.code, 4000, "code (from the first close)");
    t.eq(e.reason, "first", "reason (from the first close)");
    t.noThrow(function () { ws.close(); }, "close() while CLOSED");
    t.after(150, function () {
      t.eq(closes, 1, "close events");
      t.done();
    });
  });
});

test("close: messages arriving after close() are not delivered", {area: "close"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  ws.onopen = t.wrap(function () {
    ws.send("echo me");
    ws.close();
  });
  ws.onmessage = t.unreached("message after close()");
  ws.onclose = t.wrap(function (e) {
    t.eq(e.code, 1005, "code");
    t.done();
  });
});
