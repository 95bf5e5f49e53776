package io.w3socket.tck.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * HtmlUnit runs the whole suite (slow: its failures are mostly per-case timeouts, about 2.5
 * minutes). Its failures are findings, listed in the README.
 */
class HtmlUnitSuiteTest {

  @Test
  void htmlUnitRunsTheWholeSuite() {
    HostResult r = HostRun.run(new HtmlUnitHost());
    assertTrue(r.available(), () -> "HtmlUnit did not run: " + r.note());
    assertEquals("", r.note(), "run note");
    r.cases().stream()
        .filter(c -> c.status() != CaseResult.Status.PASS)
        .forEach(
            c -> System.out.println(c.status().word() + ": " + c.name() + " -- " + c.message()));
    assertTrue(r.cases().size() > 150, "cases run");
  }
}
