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
}
