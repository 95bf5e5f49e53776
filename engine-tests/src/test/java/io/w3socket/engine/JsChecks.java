package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * A tiny assertion vocabulary for scripts: {@code check(name, condition)} prints "ok NAME" or "FAIL
 * NAME"; {@code throwsName(name, fn, errorName)} checks the exception's name; {@code done()} prints
 * "done". A test asserts no FAIL, the number of checks and that the script finished.
 */
final class JsChecks {
  /**
   * {@code walk(root, path, depth)}: visits what a script can reach from {@code root} — own
   * properties (enumerable or not), accessors' functions, prototypes — and pushes onto {@code
   * found} every path whose name matches the {@code BRIDGE} pattern, or where the value is not a JS
   * object. The script declares {@code BRIDGE}, {@code seen = []} and {@code found = []}.
   */
  static final String WALK =
"""
function walk(root, path, depth) {
  if (root === null || (typeof root !== 'object' && typeof root !== 'function') || depth > 5) { return; }
  if (seen.indexOf(root) >= 0) { return; }
  seen.push(root);
  var names;
  try { names = Object.getOwnPropertyNames(root); } catch (e) { found.push(path + ' (not a JS object: ' + e + ')'); return; }
  for (var i = 0; i < names.length; i++) {
    var n = names[i];
    if (BRIDGE.test(n)) { found.push(path + '.' + n); }
    var d;
    try { d = Object.getOwnPropertyDescriptor(root, n); } catch (e) { continue; }
    if (!d) { continue; }
    if ('value' in d) { walk(d.value, path + '.' + n, depth + 1); }
    if (d.get) { walk(d.get, path + '.get ' + n, depth + 1); }
    if (d.set) { walk(d.set, path + '.set ' + n, depth + 1); }
  }
  walk(Object.getPrototypeOf(root), path + '.__proto__', depth + 1);
}
""";

  static final String PRELUDE =
      String.join(
          "\n",
          "function check(name, cond, detail) {",
          "  console.log((cond ? 'ok ' : 'FAIL ') + name + (cond || detail === undefined ? '' : ':"
              + " ' + detail));",
          "}",
          "function throwsName(name, fn, expected) {",
          "  try { fn(); console.log('FAIL ' + name + ': no exception'); }",
          "  catch (e) { check(name, e.name === expected, 'got ' + e.name + ': ' + e.message); }",
          "}",
          "function done() { console.log('done'); }",
          "");

  private JsChecks() {}

  /** Asserts the outcome of a script using the prelude. */
  static void assertPassed(Runs.Outcome o, int checks) {
    List<String> out = o.out();
    for (String line : out) {
      assertTrue(!line.startsWith("FAIL"), () -> line + "\n" + o);
    }
    long ok = out.stream().filter(l -> l.startsWith("ok ")).count();
    assertEquals(checks, ok, o::toString);
    assertEquals("done", out.isEmpty() ? "" : out.get(out.size() - 1), o::toString);
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
  }

  /** Runs {@code body} (with %ECHO% the server's echo URL) and asserts every check passed. */
  static void assertScript(JsEngine engine, io.w3socket.testserver.TestServer server, String body) {
    String script = PRELUDE + body.replace("%ECHO%", server.url("/echo"));
    assertPassed(Runs.script(engine, script), WebIdlTest.countChecks(body));
  }

  /** Runs {@code body} after the prelude and asserts every check in it passed. */
  static void assertChecks(JsEngine engine, String body) {
    assertPassed(Runs.script(engine, PRELUDE + body), WebIdlTest.countChecks(body));
  }
}
