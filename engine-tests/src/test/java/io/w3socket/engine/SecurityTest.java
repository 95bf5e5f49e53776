package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * By default scripts reach nothing of the host: each common escape is tried in both engines and
 * must throw or yield nothing. With the embedder's opt-in, Java is reachable.
 */
class SecurityTest {
  private static final String ESCAPES =
"""
var attempts = {
  javaType: function () { return Java.type('java.lang.Runtime').getRuntime(); },
  packages: function () { return Packages.java.lang.Runtime.getRuntime(); },
  javaGlobal: function () { return java.lang.System.getProperty('user.home'); },
  javaxGlobal: function () { return javax.script.ScriptEngineManager; },
  javaImporter: function () { return new JavaImporter(java.io); },
  loadFile: function () { return load('/etc/hostname'); },
  loadUrl: function () { return load('nashorn:mozilla_compat.js'); },
  loadWithNewGlobal: function () { return loadWithNewGlobal({script: 'this', name: 'x'}); },
  exitFn: function () { return exit(3); },
  quitFn: function () { return quit(3); },
  polyglotEval: function () { return Polyglot.eval('js', 'Java'); },
  polyglotImport: function () { return Polyglot.import('x'); },
  graal: function () { return Graal.versionJS; },
  functionCtor: function () { return Function('return Java')().type('java.lang.System'); },
  constructorChain: function () { return this.constructor.constructor('return Packages')().java.lang; },
  indirectEval: function () { return (0, eval)('java.lang.System'); },
  scriptContext: function () { return context.getWriter(); },
  engineGlobal: function () { return engine.eval('1'); },
  noSuchProperty: function () { return __noSuchProperty__('Java'); },
  printFn: function () { return print('x'); },
  javaClassOfWebSocket: function () { return new WebSocket('ws://127.0.0.1:1/').getClass().forName('java.lang.System'); },
  hostInGlobals: function () {
    var names = Object.getOwnPropertyNames(globalThis);
    for (var i = 0; i < names.length; i++) {
      if (/^(Java|Packages|JavaImporter|JSAdapter|java|javax|Polyglot|load|wsCreate|host)$/.test(names[i])) { return names[i]; }
    }
    throw new Error('none');
  }
};
for (var name in attempts) {
  var result;
  try {
    var v = attempts[name].call(this);
    result = v === undefined || v === null ? 'blocked ' + name : 'ESCAPED ' + name + ' -> ' + String(v);
  } catch (e) {
    result = 'blocked ' + name;
  }
  console.log(result);
}
""";

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void commonEscapesFail(JsEngine engine) {
    Runs.Outcome o = Runs.script(engine, ESCAPES);
    List<String> out = o.out();
    assertEquals(22, out.size(), o::toString);
    for (String line : out) {
      assertTrue(line.startsWith("blocked "), () -> line + "\n" + o);
    }
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void embedderCanOptIn(JsEngine engine) {
    Runs.Outcome o =
        Runs.run(
            engine,
            b -> b.allowHostAccess(true),
            c ->
                c.runScriptSource(
                    "console.log(Java.type('java.lang.Integer').MAX_VALUE);", "file:///t.js"));
    assertEquals(List.of("2147483647"), o.out(), o::toString);
  }

  /** Host class lookup through the less common interop paths, and code built from strings. */
  private static final String MORE_ESCAPES =
"""
var attempts = {
  polyglotEvalFile: function () { return Polyglot.evalFile('js', '/etc/hostname'); },
  polyglotExport: function () { Polyglot.export('x', 1); return Polyglot.import('x'); },
  javaFrom: function () { return Java.from([1]); },
  javaExtend: function () { return Java.extend(Java.type('java.lang.Runnable')); },
  javaTo: function () { return Java.to([1], 'int[]'); },
  generatorCtor: function () { return Object.getPrototypeOf((0, eval)('(function* () {})')).constructor('yield Java')().next().value; },
  functionThisJava: function () { return Function('return this')().Java; },
  functionThisHost: function () { var g = Function('return this')(); return g.host || g.bridge || g.entry; },
  evalHost: function () { return eval('typeof host === "undefined" ? undefined : host'); },
  withGlobal: function () { return (0, eval)('this').Packages; },
  protoOfGlobal: function () { var p = Object.getPrototypeOf(Function('return this')()); return p && (p.Java || p.host); },
  webSocketCtorCtor: function () { return WebSocket.constructor('return this.Java')(); },
  blobHost: function () { var b = new Blob(['x']); return b.getClass || b.class || b.bytes; },
  domExceptionHost: function () { try { new WebSocket('nope:'); } catch (e) { return e.getClass || e.javaException || e.hostObject; } },
  timerString: function () { setTimeout("globalThis.leakedFromTimer = typeof host + typeof bridge + typeof entry + typeof Java + typeof Packages", 0); return undefined; },
  timerStringJava: function () { setTimeout("Java.type('java.lang.System').exit(7)", 0); return undefined; },
  intervalString: function () { var id = setInterval("globalThis.intervalLeak = typeof host", 1); setTimeout(function () { clearInterval(id); }, 20); return undefined; }
};
for (var name in attempts) {
  var result;
  try {
    var v = attempts[name].call(this);
    result = v === undefined || v === null ? 'blocked ' + name : 'ESCAPED ' + name + ' -> ' + String(v);
  } catch (e) {
    result = 'blocked ' + name;
  }
  console.log(result);
}
setTimeout(function () {
  console.log(globalThis.leakedFromTimer === 'undefinedundefinedundefinedundefinedundefined'
      ? 'blocked timer string scope' : 'ESCAPED timer string scope -> ' + globalThis.leakedFromTimer);
  console.log(globalThis.intervalLeak === 'undefined'
      ? 'blocked interval string scope' : 'ESCAPED interval string scope -> ' + globalThis.intervalLeak);
}, 100);
""";

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void lessCommonEscapesFail(JsEngine engine) {
    Runs.Outcome o = Runs.script(engine, MORE_ESCAPES);
    assertEquals(19, o.out().size(), o::toString);
    for (String line : o.out()) {
      assertTrue(line.startsWith("blocked "), () -> line + "\n" + o);
    }
    // The string handler that named Java failed inside the page, and was reported as an error.
    assertTrue(String.join("\n", o.result().errors()).contains("Java"), o::toString);
  }

  /**
   * Walks every object a page can reach — the global object, a live WebSocket, its events, the data
   * of text and binary messages (ArrayBuffer and Blob), errors thrown by the API — through own
   * properties (enumerable or not), accessors' functions and prototypes, looking for the host
   * bridge (its member names) or any Java object.
   */
  private static final String WALK =
"""
var BRIDGE = /^(wsCreate|wsSendText|wsSendBinary|wsClose|timerSchedule|timerCancel|domFind|domSetHtml|locationHref|printError|getClass|getMember|callMember|execute)$/;
var seen = [];
var found = [];
%WALK%
function errorOf(f) { try { f(); } catch (e) { return e; } return null; }
var errors = [
  errorOf(function () { new WebSocket('nope'); }),
  errorOf(function () { new WebSocket('ws://sandbox.test/', ['a', 'a']); }),
  errorOf(function () { new WebSocket('ws://sandbox.test/').send('early'); }),
  errorOf(function () { new WebSocket('ws://sandbox.test/').close(5); }),
  errorOf(function () { new WebSocket('ws://sandbox.test/').close(1000, new Array(200).join('x')); }),
  errorOf(function () { new WebSocket({toString: function () { throw new TypeError('from toString'); }}); })
];
var HOSTY = /java\\.|javax\\.|jdk\\.|io\\.w3socket|org\\.graalvm|com\\.oracle|\\.java:|HostBridge|okhttp/;
for (var k = 0; k < errors.length; k++) {
  var e = errors[k];
  if (!e) { found.push('error ' + k + ' not thrown'); continue; }
  var text = String(e) + '\\n' + (e.stack || '');
  if (HOSTY.test(text)) { found.push('error ' + k + ' shows the host: ' + text); }
  walk(e, 'error' + k, 0);
}
var ws = new WebSocket('ws://sandbox.test/echo');
var messages = 0;
ws.onopen = function (ev) {
  walk(ev, 'openEvent', 0);
  ws.send('text');
  ws.send(new Uint8Array([1, 2, 3]).buffer);
};
ws.onmessage = function (ev) {
  walk(ev, 'message' + messages, 0);
  walk(ev.data, 'data' + messages, 0);
  messages++;
  ws.binaryType = 'blob';
  if (messages === 2) { ws.send(new Uint8Array([4]).buffer); }
  if (messages === 3) { ws.close(); }
};
ws.onclose = function (ev) {
  walk(ev, 'closeEvent', 0);
  walk(ws, 'ws', 0);
  walk(Function('return this')(), 'global', 0);
  console.log(messages + ' messages; ' + seen.length + ' objects walked');
  console.log(found.length === 0 ? 'nothing of the host' : 'FOUND ' + found.join('; '));
};
"""
          .replace("%WALK%", JsChecks.WALK);

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void noObjectReachableFromAPageLeadsToTheHost(JsEngine engine) {
    Runs.Outcome o =
        Runs.run(
            engine,
            b -> b.network(LocalServerPolicy.of(Map.of("sandbox.test", "/echo"))),
            c -> c.runScriptSource(WALK, "file:///test/walk.js"));
    assertEquals(2, o.out().size(), o::toString);
    assertTrue(o.out().get(0).startsWith("3 messages; "), o::toString);
    assertEquals("nothing of the host", o.out().get(1), o::toString);
  }

  /**
   * Prototype tricks: accessors on Object.prototype and Array.prototype for the names and indices
   * the shim might assign on objects it builds from what Java hands it (arguments arrays, event
   * init dictionaries, timer records). They see every such object; none may hold the bridge.
   */
  private static final String POISON =
"""
// Keyed by names no trap covers: pushing onto an array would run the index traps again.
var captured = {};
var count = 0;
function keep(v) { captured['c' + count++] = v; }
function trap(proto, name) {
  Object.defineProperty(proto, name, {
    configurable: true,
    get: function () { keep(this); return undefined; },
    set: function (v) {
      keep(this);
      keep(v);
      try {
        Object.defineProperty(this, name, {value: v, writable: true, enumerable: true, configurable: true});
      } catch (e) {}
    }
  });
}
['host', 'bridge', 'entry', 'handler', 'args', 'data', 'socket', 'id', 'then', 'init', 'target'].forEach(function (n) { trap(Object.prototype, n); });
['0', '1', '2'].forEach(function (n) { trap(Array.prototype, n); });
var ws = new WebSocket('ws://sandbox.test/echo');
var got = 0;
ws.binaryType = 'arraybuffer';
ws.onopen = function () { ws.send('a'); ws.send(new Uint8Array([9]).buffer); setTimeout(function (x) {}, 0, 'arg'); };
ws.onmessage = function () { if (++got === 2) { ws.close(1000, 'done'); } };
ws.onclose = function (e) {
  delete Object.prototype.then;
  var bad = [];
  for (var i = 0; i < count; i++) {
    var c = captured['c' + i];
    if (c !== null && (typeof c === 'object' || typeof c === 'function')) {
      for (var n in {wsCreate: 1, timerSchedule: 1, wsSendText: 1, print: 1, getClass: 1}) {
        try { if (typeof c[n] === 'function') { bad.push(n); } } catch (x) { bad.push('throws ' + n); }
      }
    }
  }
  console.log('close ' + e.code + ' ' + e.wasClean + ', messages ' + got);
  console.log(bad.length === 0 ? 'nothing of the host in ' + count + ' captures' : 'FOUND ' + bad.join());
};
""";

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void prototypeTrapsCatchNothingOfTheHost(JsEngine engine) {
    Runs.Outcome o =
        Runs.run(
            engine,
            b -> b.network(LocalServerPolicy.of(Map.of("sandbox.test", "/echo"))),
            c -> c.runScriptSource(POISON, "file:///test/poison.js"));
    assertEquals(2, o.out().size(), o::toString);
    assertEquals("close 1000 true, messages 2", o.out().get(0), o::toString);
    assertTrue(o.out().get(1).startsWith("nothing of the host in "), o::toString);
    // The traps did see the shim's objects: the check is not vacuous.
    int captures = Integer.parseInt(o.out().get(1).replaceAll("\\D+", ""));
    assertTrue(captures > 0, o::toString);
  }

  @org.junit.jupiter.api.Test
  void graalJsStopsAScriptThatNeverYieldsAtTheTimeout() {
    Runs.Outcome o =
        Runs.run(
            JsEngine.GRAALJS,
            b -> b.timeout(java.time.Duration.ofSeconds(2)),
            c -> c.runScriptSource("console.log('start'); while (true) {}", "file:///spin.js"));
    assertEquals(RunResult.Status.TIMEOUT, o.result().status(), o::toString);
    assertEquals(List.of("start"), o.out());
    // The context was cancelled: its page thread ends instead of spinning on.
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(10))
        .until(() -> !pageThreadAlive("w3socket-page-graaljs"));
  }

  /**
   * Nashorn has no way to interrupt running script code (no cancellation, and {@code Thread.stop}
   * is gone from current JDKs): the run still returns at its timeout, but the spinning script keeps
   * its daemon thread until it ends by itself. Here it ends after 4 s.
   */
  @org.junit.jupiter.api.Test
  void nashornReturnsAtTheTimeoutButCannotStopTheScript() {
    Runs.Outcome o =
        Runs.run(
            JsEngine.NASHORN,
            b -> b.timeout(java.time.Duration.ofSeconds(1)),
            c ->
                c.runScriptSource(
                    "console.log('start'); var end = Date.now() + 4000; while (Date.now() < end)"
                        + " {}",
                    "file:///spin.js"));
    assertEquals(RunResult.Status.TIMEOUT, o.result().status(), o::toString);
    assertTrue(pageThreadAlive("w3socket-page-nashorn"), "the script is still running");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(15))
        .until(() -> !pageThreadAlive("w3socket-page-nashorn"));
  }

  private static boolean pageThreadAlive(String name) {
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals(name) && t.isAlive()) {
        return true;
      }
    }
    return false;
  }
}
