package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
      if (/^(Java|Packages|JavaImporter|java|javax|Polyglot|load|wsCreate|host)$/.test(names[i])) { return names[i]; }
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
}
