package io.w3socket.tck.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Node with npm undici runs the whole suite. Its failures are findings about undici (listed in the
 * README), so this test only checks that the host works and that undici gets the bulk right.
 */
class NodeSuiteTest {

  @Test
  void undiciRunsTheWholeSuite() {
    HostResult r = HostRun.run(new NodeHost());
    HostRequirement.require(r, "Node");
    assertTrue(r.available(), () -> "Node did not run: " + r.note());
    assertEquals("", r.note(), "run note");
    r.cases().stream()
        .filter(c -> c.status() != CaseResult.Status.PASS)
        .forEach(
            c -> System.out.println(c.status().word() + ": " + c.name() + " -- " + c.message()));
    assertTrue(r.count(CaseResult.Status.PASS) > 150, "undici passes most cases");
  }
}
