/*
 * Tasks, timers and microtasks (HTML #event-loops: each WebSocket event is dispatched
 * from its own task; a microtask checkpoint runs after each callback when the stack empties).
 */
test("timing: events are not lost while the creating task keeps running", {area: "timing"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var until = new Date().getTime() + 150;
  while (new Date().getTime() < until) {
    // busy: the handshake completes meanwhile, but open must wait for this task to end
  }
  t.eq(ws.readyState, WebSocket.CONNECTING, "readyState at the end of the creating task");
  ws.onopen = t.wrap(function () { t.done(); });
});

test("timing: a microtask queued in a message handler runs before the next message", {area: "timing", needs: ["Promise"]}, function (t) {
  var ws = t.ws(t.url("/burst?count=3&size=1"));
  var log = [];
  var count = 0;
  ws.onmessage = t.wrap(function () {
    var n = ++count;
    log.push("m" + n);
    Promise.resolve().then(t.wrap(function () {
      log.push("p" + n);
      if (n === 3) {
        t.eq(log.join(","), "m1,p1,m2,p2,m3,p3", "order");
        t.done();
      }
    }));
  });
});

test("timing: a microtask queued by one listener runs before the next listener", {area: "timing", needs: ["Promise"]}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var log = [];
  ws.addEventListener("open", function () {
    log.push("first");
    Promise.resolve().then(function () { log.push("microtask"); });
  });
  ws.addEventListener("open", t.wrap(function () {
    log.push("second");
    t.eq(log.join(","), "first,microtask,second", "order");
    t.done();
  }));
});

test("timing: a microtask queued by the last listener runs while the event is still being dispatched", {area: "timing", needs: ["Promise"]}, function (t) {
  // DOM #concept-event-listener-inner-invoke: the checkpoint of "clean up after running script"
  // comes right after the callback, before #concept-event-dispatch clears currentTarget and eventPhase.
  var ws = t.ws(t.url("/echo"));
  ws.onopen = function (e) {
    Promise.resolve().then(t.wrap(function () {
      t.eq(e.currentTarget === ws, true, "currentTarget in the microtask");
      t.eq(e.eventPhase, 2, "eventPhase in the microtask");
      setTimeout(t.wrap(function () {
        t.eq(e.currentTarget, null, "currentTarget once dispatched");
        t.eq(e.eventPhase, 0, "eventPhase once dispatched");
        t.done();
      }), 0);
    }));
  };
});

test("timing: microtasks the last listener's microtasks queue still run inside the dispatch; the next message's listener sees it ended", {area: "timing", needs: ["Promise"]}, function (t) {
  // HTML #perform-a-microtask-checkpoint runs until the queue is empty, microtasks queued meanwhile
  // included, all before #concept-event-dispatch clears currentTarget and eventPhase.
  var ws = t.ws(t.url("/echo"));
  var first = null;
  var inner = null;
  ws.onopen = function () {
    ws.send("a");
    ws.send("b");
  };
  ws.onmessage = t.wrap(function (e) {
    if (first === null) {
      first = e;
      Promise.resolve().then(function () {
        Promise.resolve().then(function () {
          inner = [e.currentTarget === ws, e.eventPhase];
        });
      });
      return;
    }
    t.eq(String(inner), "true,2", "currentTarget and eventPhase in the second microtask");
    t.eq(first.currentTarget, null, "the first message's currentTarget in the second's listener");
    t.eq(first.eventPhase, 0, "the first message's eventPhase in the second's listener");
    t.eq(first.composedPath().length, 0, "the first message's composedPath() in the second's listener");
    t.eq(e.currentTarget === ws && e.eventPhase === 2, true, "the second message is being dispatched");
    t.done();
  });
});

test("timing: queueMicrotask in onopen runs before the first message event", {area: "timing", needs: ["queueMicrotask"]}, function (t) {
  var ws = t.ws(t.url("/send?size=1&type=text"));
  var log = [];
  ws.onopen = function () {
    queueMicrotask(function () { log.push("microtask"); });
    log.push("open");
  };
  ws.onmessage = t.wrap(function () {
    log.push("message");
    t.eq(log.join(","), "open,microtask,message", "order");
    t.done();
  });
});

test("timing: a timer set in onopen and the close event each run in their own task", {area: "timing"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var log = [];
  ws.onopen = t.wrap(function () {
    setTimeout(function () { log.push("timer"); }, 0);
    ws.close();
    log.push("closed-called");
  });
  ws.onclose = t.wrap(function () {
    log.push("close");
    t.after(30, function () {
      t.eq(log[0], "closed-called", "first entry");
      t.ok(log.indexOf("timer") > 0 && log.indexOf("close") > 0, "both ran: " + log.join(","));
      t.done();
    });
  });
});

test("timing: close() in CONNECTING dispatches nothing before the calling task ends", {area: "timing", needs: ["Promise"]}, function (t) {
  var ws = t.ws(t.url("/handshake/delay?ms=300"));
  var log = t.record(ws, ["error", "close"]);
  ws.close();
  var afterClose = log.length;
  Promise.resolve().then(t.wrap(function () {
    t.eq(afterClose, 0, "events inside close()");
    t.eq(log.length, 0, "events before the microtask checkpoint");
  }));
  ws.addEventListener("close", t.wrap(function () {
    t.eq(t.log(log), "error,close:1006:false", "events");
    t.done();
  }));
});

test("timing: error and close of a failed connection are separate tasks", {area: "timing", needs: ["Promise"]}, function (t) {
  var ws = t.ws(t.url("/handshake/status?code=500"));
  var log = [];
  ws.onerror = function () {
    log.push("error");
    Promise.resolve().then(function () { log.push("microtask"); });
  };
  ws.onclose = t.wrap(function () {
    log.push("close");
    t.eq(log.join(","), "error,microtask,close", "order");
    t.done();
  });
});
