/*
 * w3socket JS TCK harness. ES5 only (Nashorn runs it), no dependency on the host beyond
 * setTimeout, JSON and the WebSocket under test.
 *
 * test(name, meta, fn(t))      an asynchronous case: it ends with t.done(), a failed assertion,
 *                              an exception inside t.step()/t.wrap(), or its timeout.
 * testSync(name, meta, fn(t))  a case that ends when fn returns.
 *
 * meta: {area: "idl", needs: ["Promise"], chromiumDeviation: "the sentence broken", timeout: ms}
 *
 * The host sets TCK_ENV = {wsBase: "ws://127.0.0.1:PORT", httpBase: ..., host: "chromium",
 * filter: "regexp"} before loading this file, loads the case files, then calls TCK.run(). When
 * finished, the results are in TCK.results / global __tckResults (an array of
 * {name, area, status: "pass"|"fail"|"skip", message, ms, deviation}), __tckDone is true, and
 * __tckReport(json) is called if the host defined it.
 */
var TCK = (function (global) {
  var cases = [];
  var results = [];
  var DEFAULT_TIMEOUT = 4000;

  /** Feature probes for meta.needs: a host lacking one skips the case with that reason. */
  var FEATURES = {
    Promise: function () { return typeof Promise === "function"; },
    queueMicrotask: function () { return typeof queueMicrotask === "function"; },
    Blob: function () { return typeof Blob === "function"; },
    TextEncoder: function () { return typeof TextEncoder === "function"; },
    EventTarget: function () { return typeof EventTarget === "function"; },
    DOMException: function () { return typeof DOMException === "function"; },
    Symbol: function () {
      return typeof Symbol === "function" && typeof Symbol.toStringTag === "symbol";
    },
    "class": function () {
      try {
        return typeof (0, eval)("(class {})") === "function";
      } catch (e) {
        return false;
      }
    },
    document: function () {
      return typeof location !== "undefined" && typeof document !== "undefined";
    },
    DataView: function () { return typeof DataView === "function"; },
    Float64Array: function () { return typeof Float64Array === "function"; },
    WebSocketStream: function () {
      return typeof WebSocketStream === "function" && typeof WebSocketError === "function";
    },
    performance: function () {
      return typeof performance === "object" && performance !== null && typeof performance.now === "function";
    }
  };

  function fmt(v) {
    if (typeof v === "string") {
      return JSON.stringify(v.length > 200 ? v.substring(0, 200) + "..." : v);
    }
    if (typeof v === "number" && v === 0 && 1 / v < 0) {
      return "-0";
    }
    if (v === null || typeof v !== "object" && typeof v !== "function") {
      return String(v);
    }
    if (typeof v === "function") {
      return "function " + (v.name || "(anonymous)");
    }
    try {
      return Object.prototype.toString.call(v) + " " + JSON.stringify(v);
    } catch (e) {
      return Object.prototype.toString.call(v);
    }
  }

  function sameValue(a, b) {
    if (a === b) {
      return a !== 0 || 1 / a === 1 / b;
    }
    return a !== a && b !== b;
  }

  function AssertionError(message) {
    this.message = message;
  }
  AssertionError.prototype.toString = function () { return this.message; };

  function describeError(e) {
    if (e instanceof AssertionError) {
      return e.message;
    }
    if (e && typeof e === "object" && "name" in e) {
      return "uncaught " + e.name + ": " + e.message;
    }
    return "uncaught " + fmt(e);
  }

  /** The object handed to each case. */
  function Context(c, finish) {
    this.name = c.name;
    this.finished = false;
    this.sockets = [];
    this.timers = [];
    this.env = TCK.env;
    this._finish = finish;
  }

  Context.prototype.fail = function (message) {
    throw new AssertionError(message);
  };

  Context.prototype.ok = function (cond, what) {
    if (!cond) {
      throw new AssertionError(what + ": expected true");
    }
  };

  Context.prototype.eq = function (actual, expected, what) {
    if (!sameValue(actual, expected)) {
      throw new AssertionError(what + ": expected " + fmt(expected) + " but got " + fmt(actual));
    }
  };

  /** Asserts that fn throws: kind is "TypeError" or a DOMException name like "SyntaxError". */
  Context.prototype.throws = function (kind, fn, what) {
    var thrown = null;
    try {
      fn();
    } catch (e) {
      thrown = e;
    }
    if (thrown === null) {
      throw new AssertionError(what + ": expected " + kind + " but nothing was thrown");
    }
    if (kind === "TypeError") {
      if (!(thrown instanceof TypeError)) {
        throw new AssertionError(what + ": expected TypeError but got " + describeThrown(thrown));
      }
      return thrown;
    }
    if (!thrown || thrown.name !== kind) {
      throw new AssertionError(what + ": expected DOMException " + kind + " but got "
          + describeThrown(thrown));
    }
    if (typeof DOMException === "function" && !(thrown instanceof DOMException)) {
      throw new AssertionError(what + ": expected a DOMException named " + kind
          + " but got another object with that name: " + describeThrown(thrown));
    }
    return thrown;
  };

  function describeThrown(e) {
    if (e && typeof e === "object") {
      var ctor = e.constructor && e.constructor.name ? e.constructor.name : "object";
      return ctor + "(" + e.name + ": " + e.message + ")";
    }
    return fmt(e);
  }

  Context.prototype.noThrow = function (fn, what) {
    try {
      return fn();
    } catch (e) {
      throw new AssertionError(what + ": expected no exception but got " + describeThrown(e));
    }
  };

  /** Runs fn now, turning an exception into the case's failure. */
  Context.prototype.step = function (fn, self, args) {
    if (this.finished) {
      return undefined;
    }
    try {
      return fn.apply(self, args || []);
    } catch (e) {
      this._end("fail", describeError(e));
      return undefined;
    }
  };

  /** Wraps a callback so that its exceptions fail the case and it is ignored after the end. */
  Context.prototype.wrap = function (fn) {
    var t = this;
    return function () {
      return t.step(fn, this, arguments);
    };
  };

  /** A callback that fails the case when called: for events that must not happen. */
  Context.prototype.unreached = function (what) {
    var t = this;
    return function (e) {
      t.step(function () {
        t.fail("unexpected " + what + (e && e.type ? " (" + describeEvent(e) + ")" : ""));
      });
    };
  };

  Context.prototype.done = function () {
    this._end("pass", "");
  };

  Context.prototype._end = function (status, message) {
    if (this.finished) {
      return;
    }
    this.finished = true;
    this._finish(status, message);
  };

  /** setTimeout whose callback is a step of this case. */
  Context.prototype.after = function (ms, fn) {
    var id = setTimeout(this.wrap(fn), ms);
    this.timers.push(id);
    return id;
  };

  /** Calls fn (a step) every few ms until cond() holds, failing after ms milliseconds. */
  Context.prototype.waitFor = function (cond, ms, what, fn) {
    var t = this;
    var deadline = new Date().getTime() + ms;
    function poll() {
      if (cond()) {
        fn();
      } else if (new Date().getTime() > deadline) {
        t.fail("timed out after " + ms + " ms waiting for " + what);
      } else {
        t.after(10, poll);
      }
    }
    t.step(poll);
  };

  /** ws:// URL on the test server. */
  Context.prototype.url = function (pathAndQuery) {
    return TCK.env.wsBase + pathAndQuery;
  };

  /** A WebSocket that the harness closes after the case. */
  Context.prototype.ws = function (url, protocols) {
    var ws = arguments.length > 1 ? new WebSocket(url, protocols) : new WebSocket(url);
    this.sockets.push(ws);
    return ws;
  };

  /** Records "type[:detail]" for each of the named events of ws into the returned array. */
  Context.prototype.record = function (ws, types) {
    var log = [];
    var t = this;
    for (var i = 0; i < types.length; i++) {
      ws.addEventListener(types[i], t.wrap(function (e) {
        log.push(describeEvent(e));
      }));
    }
    return log;
  };

  function describeEvent(e) {
    if (e.type === "message") {
      var d = e.data;
      if (typeof d === "string") {
        return "message:" + (d.length > 40 ? d.substring(0, 40) + "..." : d);
      }
      if (d && typeof d.byteLength === "number") {
        return "message:ArrayBuffer(" + d.byteLength + ")";
      }
      return "message:" + Object.prototype.toString.call(d);
    }
    if (e.type === "close") {
      return "close:" + e.code + ":" + e.wasClean + (e.reason ? ":" + e.reason : "");
    }
    return e.type;
  }

  /** Joins a recorded log for comparison. */
  Context.prototype.log = function (log) {
    return log.join(",");
  };

  function register(name, meta, fn, sync) {
    cases.push({name: name, meta: meta || {}, fn: fn, sync: sync});
  }

  function missingNeed(needs) {
    for (var i = 0; needs && i < needs.length; i++) {
      var probe = FEATURES[needs[i]];
      if (!probe) {
        return "unknown need " + needs[i];
      }
      if (!probe()) {
        return needs[i];
      }
    }
    return null;
  }

  function now() {
    return new Date().getTime();
  }

  function record(c, status, message, ms) {
    var r = {
      name: c.name,
      area: c.meta.area || "misc",
      status: status,
      message: message,
      ms: ms,
      deviation: c.meta.chromiumDeviation || ""
    };
    results.push(r);
    if (typeof global.__tckProgress === "function") {
      global.__tckProgress(status + " " + c.name + " [" + ms + " ms]" + (message ? " -- " + message : ""));
    }
  }

  function anySocket(ctx, pred) {
    for (var j = 0; j < ctx.sockets.length; j++) {
      try {
        if (pred(ctx.sockets[j].readyState)) {
          return true;
        }
      } catch (e) {
        // a broken readyState is the case's business
      }
    }
    return false;
  }

  /** Calls next once cond() is false or ms have passed, polling every 10 ms. */
  function waitWhile(cond, ms, next) {
    var deadline = now() + ms;
    function poll() {
      if (cond() && now() < deadline) {
        setTimeout(poll, 10);
      } else {
        next();
      }
    }
    poll();
  }

  /**
   * Closes what the case left open. Sockets still CONNECTING are first given a moment to open:
   * browsers throttle new connections after many failed ones (Chromium counts a connection
   * closed while CONNECTING as failed), which would slow down the cases that follow.
   */
  function cleanup(ctx, next) {
    var i;
    for (i = 0; i < ctx.timers.length; i++) {
      clearTimeout(ctx.timers[i]);
    }
    for (i = 0; i < ctx.sockets.length; i++) {
      var ws = ctx.sockets[i];
      ws.onopen = ws.onmessage = ws.onerror = ws.onclose = null;
    }
    waitWhile(function () { return anySocket(ctx, function (s) { return s === 0; }); }, 1000,
        function () {
          for (var k = 0; k < ctx.sockets.length; k++) {
            try {
              if (ctx.sockets[k].readyState < 2) {
                ctx.sockets[k].close();
              }
            } catch (e) {
              // a broken close() is the case's business, not the harness's
            }
          }
          waitWhile(function () { return anySocket(ctx, function (s) { return s !== 3; }); },
              1500, next);
        });
  }

  function runOne(c, next) {
    var start = now();
    var missing = missingNeed(c.meta.needs);
    if (missing) {
      record(c, "skip", "host lacks " + missing, 0);
      setTimeout(next, 0);
      return;
    }
    var timer = null;
    var ctx = new Context(c, function (status, message) {
      if (timer !== null) {
        clearTimeout(timer);
      }
      record(c, status, message, now() - start);
      cleanup(ctx, function () { setTimeout(next, 0); });
    });
    timer = setTimeout(function () {
      timer = null;
      ctx._end("fail", "timed out after " + (c.meta.timeout || DEFAULT_TIMEOUT) + " ms");
    }, c.meta.timeout || DEFAULT_TIMEOUT);
    ctx.step(c.fn, null, [ctx]);
    if (c.sync) {
      ctx.done();
    }
  }

  function run() {
    var filter = TCK.env.filter ? new RegExp(TCK.env.filter) : null;
    var selected = [];
    for (var i = 0; i < cases.length; i++) {
      if (!filter || filter.test(cases[i].name)) {
        selected.push(cases[i]);
      }
    }
    var index = 0;
    function next() {
      if (index >= selected.length) {
        global.__tckResults = results;
        global.__tckDone = true;
        if (typeof global.__tckReport === "function") {
          global.__tckReport(JSON.stringify(results));
        }
        return;
      }
      runOne(selected[index++], next);
    }
    next();
  }

  global.test = function (name, meta, fn) { register(name, meta, fn, false); };
  global.testSync = function (name, meta, fn) { register(name, meta, fn, true); };

  return {
    env: global.TCK_ENV || {},
    run: run,
    results: results,
    cases: cases,
    features: FEATURES
  };
})(this);
