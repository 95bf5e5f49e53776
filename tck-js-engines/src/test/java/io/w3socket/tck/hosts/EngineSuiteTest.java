package io.w3socket.tck.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * w3socket on GraalJS and Nashorn passes every case it does not skip for language reasons, apart
 * from the open w3socket bugs listed here (each one is a case Chromium passes). A new failure fails
 * the build; a listed bug that is fixed is reported so that the list can shrink.
 */
class EngineSuiteTest {

  /** Open w3socket bugs the suite found, by host id: case name. Remove an entry once fixed. */
  static final Map<String, Set<String>> KNOWN_BUGS =
      Map.of("graaljs", Set.of(), "nashorn", Set.of());

  @ParameterizedTest
  @ValueSource(strings = {"graaljs", "nashorn"})
  void w3socketPassesEveryCaseItRuns(String kind) {
    Host host = Hosts.byId(kind);
    assertTrue(host instanceof EngineHost, () -> kind + " is not registered: " + host);
    HostResult r;
    try (TestServer server = TestServer.start();
        SuiteEnv env =
            new SuiteEnv(
                server, System.getProperty("tck.filter"), Duration.ofMinutes(6), System.out)) {
      r = host.run(env);
    }
    System.out.println(kind + ": " + Matrix.summary(r));
    assertTrue(r.available(), () -> kind + " did not run: " + r.note());
    assertEquals("", r.note(), "run note");
    Set<String> known = KNOWN_BUGS.get(kind);
    List<String> unexpected =
        r.cases().stream()
            .filter(c -> c.status() == CaseResult.Status.FAIL && !known.contains(c.name()))
            .map(c -> c.name() + ": " + c.message())
            .toList();
    r.cases().stream()
        .filter(c -> known.contains(c.name()) && c.status() == CaseResult.Status.PASS)
        .forEach(c -> System.out.println("FIXED (remove from KNOWN_BUGS): " + c.name()));
    assertEquals(List.of(), unexpected, kind + " failures that are not known w3socket bugs");
    assertTrue(r.count(CaseResult.Status.PASS) > 150, "cases passed");
    r.cases().stream()
        .filter(c -> c.status() == CaseResult.Status.SKIP)
        .forEach(c -> assertTrue(c.message().startsWith("host lacks "), c.name()));
  }
}
