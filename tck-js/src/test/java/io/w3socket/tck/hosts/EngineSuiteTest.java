package io.w3socket.tck.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** w3socket on GraalJS and Nashorn passes every case it does not skip for language reasons. */
class EngineSuiteTest {

  @ParameterizedTest
  @EnumSource(EngineHost.Kind.class)
  void w3socketPassesEveryCaseItRuns(EngineHost.Kind kind) {
    HostResult r = HostRun.run(new EngineHost(kind));
    assertTrue(r.available(), () -> kind + " did not run: " + r.note());
    assertEquals("", r.note(), "run note");
    List<String> failed = r.cases().stream()
        .filter(c -> c.status() == CaseResult.Status.FAIL)
        .map(c -> c.name() + ": " + c.message())
        .toList();
    failed.forEach(f -> System.out.println("FAILED: " + f));
    assertEquals(List.of(), failed, kind + " failures");
    assertTrue(r.count(CaseResult.Status.PASS) > 100, "cases passed");
  }
}
