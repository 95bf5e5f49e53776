package io.w3socket.tck.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JS suite in headless Chromium: every case passes except the listed Chromium deviations.
 * Chromium is the reference; a case it fails for another reason is a wrong case.
 */
class ChromiumSuiteTest {

  @Test
  void chromiumPassesEverythingButItsListedDeviations() {
    try (TestServer server = TestServer.start();
        SuiteEnv env =
            new SuiteEnv(
                server, System.getProperty("tck.filter"), Duration.ofMinutes(3), System.out)) {
      HostResult r = new ChromiumHost().run(env);
      HostRequirement.require(r, "Chromium");
      assertTrue(r.available(), () -> "Chromium did not run: " + r.note());
      assertEquals("", r.note(), "Chromium's run note");
      List<CaseResult> wrong =
          r.cases().stream()
              .filter(c -> c.status() != CaseResult.Status.PASS && !c.isChromiumDeviation())
              .toList();
      wrong.forEach(c -> System.out.println("WRONG CASE: " + c.name() + " -- " + c.message()));
      assertEquals(
          List.of(),
          wrong.stream().map(c -> c.name() + ": " + c.message()).toList(),
          "cases Chromium does not pass (not listed as deviations)");
      assertTrue(r.cases().size() > 100, "the suite has more than 100 cases: " + r.cases().size());
    }
  }
}
