package io.w3socket.tck.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * w3socket on GraalJS and Nashorn passes every case it does not skip for language reasons, apart
 * from the open w3socket bugs listed here (each one is a case Chromium passes). A new failure fails
 * the build; a listed bug that is fixed is reported so that the list can shrink.
 */
class EngineSuiteTest {

  /** Open w3socket bugs the suite found, by host: case name. Remove an entry once fixed. */
  static final Map<EngineHost.Kind, Set<String>> KNOWN_BUGS =
      Map.of(EngineHost.Kind.GRAALJS, Set.of(), EngineHost.Kind.NASHORN, Set.of());

  @ParameterizedTest
  @EnumSource(EngineHost.Kind.class)
  void w3socketPassesEveryCaseItRuns(EngineHost.Kind kind) {
    HostResult r = HostRun.run(new EngineHost(kind));
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
