/*
 * Events (WebSockets Standard #feedback-from-the-protocol and #closeWebSocket; DOM Standard
 * #events): classes, attributes and order open → message → error → close.
 */
test("events: open is a plain Event dispatched with readyState OPEN", {area: "events"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  ws.onopen = t.wrap(function (e) {
    t.eq(e.type, "open", "type");
    t.eq(Object.getPrototypeOf(e), Event.prototype, "prototype of the event");
    t.eq(e.bubbles, false, "bubbles");
    t.eq(e.cancelable, false, "cancelable");
    t.eq(e.isTrusted, true, "isTrusted");
    t.eq(e.target, ws, "target");
    t.eq(e.currentTarget, ws, "currentTarget");
    t.eq(this, ws, "this in the handler");
    t.eq(ws.readyState, WebSocket.OPEN, "readyState");
    t.done();
  });
});

test("events: message is a MessageEvent with data, origin and empty lastEventId", {area: "events"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  ws.onopen = t.wrap(function () { ws.send("hi"); });
  ws.onmessage = t.wrap(function (e) {
    t.ok(e instanceof MessageEvent, "event instanceof MessageEvent");
    t.eq(e.type, "message", "type");
    t.eq(e.data, "hi", "data");
    t.eq(e.origin, TCK.env.wsBase, "origin (the serialized origin of the URL)");
    t.eq(e.lastEventId, "", "lastEventId");
    t.eq(e.source, null, "source");
    t.eq(e.ports.length, 0, "ports.length");
    t.ok(e.ports === e.ports && Object.isFrozen(e.ports), "ports is one frozen array");
    t.eq(Object.getPrototypeOf(e), MessageEvent.prototype, "prototype of the event");
    t.eq(e.bubbles, false, "bubbles");
    t.eq(e.cancelable, false, "cancelable");
    t.eq(e.isTrusted, true, "isTrusted");
    t.done();
  });
});

test("events: each event's timeStamp is a time on the page's clock, when the event was created", {area: "events", needs: ["performance"]}, function (t) {
  // DOM #dom-event-timestamp: relative to the time origin, as performance.now() is.
  var before = performance.now();
  var ws = t.ws(t.url("/echo"));
  var stamps = [];
  ws.onopen = function (e) {
    stamps.push(e.timeStamp);
    ws.send("x");
  };
  ws.onmessage = function (e) {
    stamps.push(e.timeStamp);
    ws.close();
  };
  ws.onclose = t.wrap(function (e) {
    stamps.push(e.timeStamp);
    var after = performance.now();
    t.eq(stamps.length, 3, "open, message and close stamped");
    for (var i = 0; i < stamps.length; i++) {
      t.ok(typeof stamps[i] === "number" && stamps[i] >= before && stamps[i] <= after,
          "timeStamp " + i + " (" + stamps[i] + ") within " + before + ".." + after);
      t.ok(i === 0 || stamps[i] >= stamps[i - 1], "timeStamp " + i + " not before the one before it");
    }
    t.done();
  });
});

test("events: error is a plain Event, not an ErrorEvent", {area: "events"}, function (t) {
  var ws = t.ws(t.url("/handshake/status?code=500"));
  ws.onerror = t.wrap(function (e) {
    t.eq(e.type, "error", "type");
    t.eq(Object.getPrototypeOf(e), Event.prototype, "prototype of the event (" + Object.prototype.toString.call(e) + ")");
    t.eq(e.bubbles, false, "bubbles");
    t.eq(e.cancelable, false, "cancelable");
    t.eq(e.isTrusted, true, "isTrusted");
    t.eq(ws.readyState, WebSocket.CLOSED, "readyState during error");
    t.done();
  });
});

test("events: close is a CloseEvent, not cancelable, dispatched with readyState CLOSED", {area: "events"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  ws.onopen = t.wrap(function () { ws.close(4321, "done"); });
  ws.onclose = t.wrap(function (e) {
    t.ok(e instanceof CloseEvent, "event instanceof CloseEvent");
    t.eq(Object.getPrototypeOf(e), CloseEvent.prototype, "prototype of the event");
    t.eq(e.type, "close", "type");
    t.eq(e.bubbles, false, "bubbles");
    t.eq(e.cancelable, false, "cancelable");
    t.eq(e.isTrusted, true, "isTrusted");
    t.eq(e.wasClean, true, "wasClean");
    t.eq(e.code, 4321, "code");
    t.eq(e.reason, "done", "reason");
    t.eq(ws.readyState, WebSocket.CLOSED, "readyState");
    t.done();
  });
});

test("events: a server's Goodbye gives open, message, close 1000 in order", {area: "events"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var log = t.record(ws, ["open", "message", "error", "close"]);
  ws.onopen = t.wrap(function () { ws.send("Goodbye"); });
  ws.addEventListener("close", t.wrap(function () {
    t.eq(t.log(log), "open,message:Goodbye,close:1000:true", "events");
    t.done();
  }));
});

test("events: a failed handshake gives error then close and no open", {area: "events"}, function (t) {
  var ws = t.ws(t.url("/handshake/not-http"));
  var log = t.record(ws, ["open", "message", "error", "close"]);
  ws.addEventListener("close", t.wrap(function () {
    t.eq(t.log(log), "error,close:1006:false", "events");
    t.done();
  }));
});

test("events: the open event's readyState, protocol and extensions are set together", {area: "events"}, function (t) {
  var ws = t.ws(t.url("/protocol?select=first"), ["p1"]);
  ws.onopen = t.wrap(function () {
    t.eq(ws.readyState, 1, "readyState");
    t.eq(ws.protocol, "p1", "protocol");
    t.done();
  });
  t.eq(ws.protocol, "", "protocol before open");
});

test("events: extensions is empty when the server accepts none", {area: "events"}, function (t) {
  var ws = t.ws(t.url("/echo-nocompress"));
  ws.onopen = t.wrap(function () {
    t.eq(ws.extensions, "", "extensions");
    t.done();
  });
});

test("events: extensions reflects what the server accepted", {area: "events"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  ws.onopen = t.wrap(function () {
    // Offering permessage-deflate is optional; if the server's answer names it, so does extensions.
    t.ok(ws.extensions === "" || ws.extensions.indexOf("permessage-deflate") === 0,
        "extensions is empty or permessage-deflate (got " + JSON.stringify(ws.extensions) + ")");
    t.done();
  });
});

test("events: an extension the client did not offer fails the connection", {area: "events"}, function (t) {
  var ws = t.ws(t.url("/extension?value=x-never-offered"));
  var log = t.record(ws, ["open", "error", "close"]);
  ws.addEventListener("close", t.wrap(function () {
    t.eq(t.log(log), "error,close:1006:false", "events");
    t.eq(ws.extensions, "", "extensions");
    t.done();
  }));
});

test("events: isTrusted is each event's own accessor, one getter for every event", {area: "events"}, function (t) {
  // DOM #dom-event-istrusted is [LegacyUnforgeable]: an own property of each event (WebIDL #es-attributes).
  var ws = t.ws(t.url("/echo"));
  ws.onopen = t.wrap(function (e) {
    var d = Object.getOwnPropertyDescriptor(e, "isTrusted");
    t.ok(d !== undefined && typeof d.get === "function", "an own accessor of the open event");
    t.eq(d.set, undefined, "no setter");
    t.eq(d.enumerable, true, "enumerable");
    t.eq(d.configurable, false, "configurable");
    var synthetic = Object.getOwnPropertyDescriptor(new Event("x"), "isTrusted");
    t.ok(synthetic.get === d.get, "the same getter as a constructed event's");
    var threw = false;
    try {
      d.get.call({});
    } catch (err) {
      threw = err instanceof TypeError;
    }
    t.ok(threw, "the getter on a non-event throws a TypeError");
    ws.send("hi");
  });
  ws.onmessage = t.wrap(function (e) {
    t.ok(Object.getOwnPropertyDescriptor(e, "isTrusted").get ===
        Object.getOwnPropertyDescriptor(new MessageEvent("message"), "isTrusted").get,
        "a message event's getter is the same function");
    t.done();
  });
});

test("events: dispatchEvent of a synthetic event reaches the handler, untrusted", {area: "events"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  var seen = [];
  ws.onmessage = function (e) { seen.push(e.isTrusted + ":" + e.data); };
  var e = new MessageEvent("message", {data: "synthetic"});
  t.eq(ws.dispatchEvent(e), true, "dispatchEvent's result");
  t.eq(seen.join(","), "false:synthetic", "handler calls");
  t.done();
});

test("events: events do not bubble to another target and listeners see the socket", {area: "events"}, function (t) {
  var ws = t.ws(t.url("/echo"));
  ws.addEventListener("open", t.wrap(function (e) {
    t.eq(this, ws, "this in a listener");
    t.eq(e.eventPhase, 2, "eventPhase (AT_TARGET)");
    t.eq(e.composedPath().length, 1, "composedPath().length");
    t.done();
  }));
});

test("events: open comes before a message the server sends right after the handshake", {area: "events"}, function (t) {
  var ws = t.ws(t.url("/send?size=3&type=text"));
  var log = t.record(ws, ["open", "message", "error", "close"]);
  ws.addEventListener("message", t.wrap(function () {
    t.eq(t.log(log), "open,message:abc", "events");
    t.done();
  }));
});

test("events: a listener added for the close event during error runs", {area: "events"}, function (t) {
  var ws = t.ws(t.url("/handshake/status?code=403"));
  ws.onerror = t.wrap(function () {
    ws.addEventListener("close", t.wrap(function (e) {
      t.eq(e.code, 1006, "code");
      t.done();
    }));
  });
});

test("events: stopPropagation in a socket's listener lets its other listeners run; stopImmediatePropagation stops them", {area: "events"}, function (t) {
  // DOM #concept-event-listener-inner-invoke: only the stop immediate propagation flag ends the list
  // being run; the stop propagation flag ends the path, and a socket's path is the socket alone.
  var ws = t.ws(t.url("/echo"));
  var log = [];
  ws.onopen = function () {
    ws.send("a");
    ws.send("b");
  };
  ws.addEventListener("message", function (e) {
    log.push("first " + e.data);
    if (e.data === "a") {
      e.stopPropagation();
    } else if (e.data === "b") {
      e.stopImmediatePropagation();
      ws.send("c"); // its echo comes after b's dispatch has ended
    }
  });
  ws.addEventListener("message", function (e) {
    log.push("second " + e.data);
  });
  ws.addEventListener("message", t.wrap(function (e) {
    log.push("third " + e.data);
    if (e.data === "c") {
      t.eq(log.join(","), "first a,second a,third a,first b,first c,second c,third c", "listeners run");
      t.done();
    }
  }));
});
