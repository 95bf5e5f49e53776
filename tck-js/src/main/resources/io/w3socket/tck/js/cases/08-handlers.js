/*
 * Event handler IDL attributes (HTML #event-handler-attributes; [LegacyTreatNonObjectAsNull])
 * versus addEventListener order (DOM #concept-event-listener-inner-invoke: listeners run in list order).
 */
testSync("handlers: non-objects become null, objects are stored", {area: "handlers"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var names = ["onopen", "onmessage", "onerror", "onclose"];
  for (var i = 0; i < names.length; i++) {
    var f = function () {};
    ws[names[i]] = f;
    t.eq(ws[names[i]], f, names[i] + " after setting a function");
    ws[names[i]] = 5;
    t.eq(ws[names[i]], null, names[i] + " after setting a number");
    ws[names[i]] = f;
    ws[names[i]] = "alert(1)";
    t.eq(ws[names[i]], null, names[i] + " after setting a string");
    var o = {};
    ws[names[i]] = o;
    t.eq(ws[names[i]], o, names[i] + " after setting a non-callable object");
    ws[names[i]] = null;
    t.eq(ws[names[i]], null, names[i] + " after setting null");
  }
});

testSync("handlers: a handler keeps the position of its first setting", {area: "handlers"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var order = [];
  ws.addEventListener("message", function () { order.push("A"); });
  ws.onmessage = function () { order.push("H1"); };
  ws.addEventListener("message", function () { order.push("B"); });
  ws.onmessage = function () { order.push("H2"); };
  ws.dispatchEvent(new MessageEvent("message"));
  t.eq(order.join(","), "A,H2,B", "call order after replacing the handler");
  order = [];
  ws.onmessage = null;
  ws.onmessage = function () { order.push("H3"); };
  ws.dispatchEvent(new MessageEvent("message"));
  t.eq(order.join(","), "A,B,H3", "call order after null and a new handler");
});

test("handlers: the handler and listeners run in registration order for a real event", {area: "handlers"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var order = [];
  ws.addEventListener("open", function () { order.push("A"); });
  ws.onopen = function () { order.push("H"); };
  ws.addEventListener("open", function () { order.push("B"); });
  ws.addEventListener("open", t.wrap(function () {
    t.eq(order.join(","), "A,H,B", "call order");
    t.done();
  }));
});

test("handlers: a throwing listener does not stop the others", {area: "handlers"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var ran = [];
  ws.addEventListener("open", function () {
    ran.push("thrower");
    throw new Error("thrown on purpose by the TCK");
  });
  ws.onopen = function () { ran.push("handler"); };
  ws.addEventListener("open", t.wrap(function () {
    ran.push("last");
    t.eq(ran.join(","), "thrower,handler,last", "listeners that ran");
    t.eq(ws.readyState, WebSocket.OPEN, "readyState");
    ws.send("still works");
  }));
  ws.onmessage = t.wrap(function (e) {
    t.eq(e.data, "still works", "echo after the exception");
    t.done();
  });
});

test("handlers: removeEventListener stops a listener; duplicates are ignored", {area: "handlers"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var calls = 0;
  function counter() { calls++; }
  ws.addEventListener("open", counter);
  ws.addEventListener("open", counter);
  ws.addEventListener("message", counter);
  ws.removeEventListener("message", counter);
  ws.onopen = t.wrap(function () { ws.send("x"); });
  ws.onmessage = t.wrap(function () {
    t.eq(calls, 1, "calls of a listener added twice for open and removed for message");
    t.done();
  });
});

test("handlers: a once listener runs once", {area: "handlers"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var calls = 0;
  ws.addEventListener("message", function () { calls++; }, {once: true});
  ws.onopen = t.wrap(function () { ws.send("1"); ws.send("2"); });
  var n = 0;
  ws.onmessage = t.wrap(function () {
    if (++n === 2) {
      t.eq(calls, 1, "calls of the once listener");
      t.done();
    }
  });
});

test("handlers: a handler set inside a listener of the same event runs for it", {area: "handlers"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var ran = false;
  ws.addEventListener("open", function () {
    ws.onopen = function () { ran = true; };
  });
  ws.addEventListener("open", t.wrap(function () {
    // The handler's listener was appended during dispatch: DOM dispatch clones the list first.
    t.eq(ran, false, "handler added during dispatch ran");
    t.done();
  }));
});

test("handlers: a non-callable object as handler is skipped and the others still run", {area: "handlers"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  ws.onopen = {handleEvent: function () { t.step(function () { t.fail("handleEvent of a handler object was called"); }); }};
  ws.addEventListener("open", t.wrap(function () {
    t.after(20, function () { t.done(); });
  }));
});

test("handlers: a listener object's handleEvent is called", {area: "handlers"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var listener = {
    handleEvent: t.wrap(function (e) {
      t.eq(this, listener, "this in handleEvent");
      t.eq(e.type, "open", "type");
      t.done();
    })
  };
  ws.addEventListener("open", listener);
});
