package io.w3socket.tck.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.JsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
  static final CaseResult.Status P = CaseResult.Status.PASS;
  static final CaseResult.Status F = CaseResult.Status.FAIL;
  static final CaseResult.Status S = CaseResult.Status.SKIP;

  static HostResult host(String id, CaseResult... cases) {
    return new HostResult(id, id + " 1.0", true, "", List.of(cases), 1500);
  }

  static CaseResult c(String name, String area, CaseResult.Status s, String msg, String dev) {
    return new CaseResult(name, area, s, msg, 5, dev);
  }

  static final List<HostResult> RESULTS =
      List.of(
          host(
              "graaljs",
              c("idl: a", "idl", P, "", ""),
              c("send: b|c", "send", P, "", ""),
              c("close: d", "close", P, "", "the sentence")),
          host(
              "chromium",
              c("idl: a", "idl", P, "", ""),
              c("send: b|c", "send", P, "", ""),
              c("close: d", "close", F, "expected <x>", "the sentence")),
          host(
              "nashorn",
              c("idl: a", "idl", S, "host lacks Promise", ""),
              c("send: b|c", "send", F, "boom", ""),
              c("close: d", "close", P, "", "the sentence")),
          HostResult.unavailable("htmlunit", "not installed"));

  @Test
  void writesTheThreeReports(@TempDir Path dir) throws Exception {
    List<Path> files = Reports.write(RESULTS, dir);
    assertEquals(3, files.size());
    String md = Files.readString(dir.resolve("tck-report.md"));
    assertTrue(
        md.contains("| graaljs | graaljs 1.0 | 3 pass, 0 fail, 0 skip (100.0% of 3 run) | 1.5 s |"),
        md);
    assertTrue(md.contains("1 of the failures are known deviations"), md);
    assertTrue(md.contains("| send: b\\|c | ✓ | ✓ | ✗ | "), md);
    assertTrue(md.contains("| close: d ⚑ | ✓ | ✗ | ✓ | "), md);
    assertTrue(md.contains("| idl | 1 / 1 | 1 / 1 | 0 / 0, 1 skipped | n/a |"), md);
    assertTrue(md.contains("not run: not installed"), md);
    assertTrue(md.contains("- ✗ close: d: expected <x> — known deviation: the sentence"), md);
    String json = Files.readString(dir.resolve("tck-report.json"));
    Map<?, ?> parsed = (Map<?, ?>) JsonReader.parse(json);
    assertEquals(4, ((List<?>) parsed.get("hosts")).size());
    assertEquals(3, ((List<?>) parsed.get("cases")).size());
    String html = Files.readString(dir.resolve("tck-report.html"));
    assertTrue(html.contains("expected &lt;x&gt;"), html);
    assertTrue(html.contains("class=\"dev\""), html);
    assertFalse(html.contains("<x>"), html);
  }

  @Test
  void verdictIgnoresOtherHostsButNotOurs() {
    assertTrue(TckCommand.verdict(List.of(RESULTS.get(0), RESULTS.get(1), RESULTS.get(3))));
    assertFalse(TckCommand.verdict(RESULTS), "nashorn failed a case");
    assertFalse(TckCommand.verdict(List.of(host("chromium", c("x", "idl", F, "m", "")))));
  }
}
