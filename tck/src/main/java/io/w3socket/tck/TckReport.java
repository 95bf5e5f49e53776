package io.w3socket.tck;

import io.w3socket.testserver.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one implementation's run: written as {@code <implementation>.json} and {@code
 * <implementation>.md} (area, cases, passed, failed, skipped, named known deviations).
 */
public final class TckReport {
  private final String implementation;
  private final List<CaseResult> cases;
  private final List<Deviation> declared;
  private final long millis;

  /**
   * Creates a report.
   *
   * @param implementation the implementation's name
   * @param cases the case results
   * @param declared the deviations the adapter declared
   * @param millis the run's duration
   */
  public TckReport(
      String implementation, List<CaseResult> cases, List<Deviation> declared, long millis) {
    this.implementation = implementation;
    List<CaseResult> sorted = new ArrayList<>(cases);
    sorted.sort(
        java.util.Comparator.comparingInt(CaseResult::order).thenComparing(CaseResult::area));
    this.cases = List.copyOf(sorted);
    this.declared = List.copyOf(declared);
    this.millis = millis;
  }

  /** Returns the case results. */
  public List<CaseResult> cases() {
    return cases;
  }

  /**
   * Writes both files into a directory.
   *
   * @param dir the directory, created if needed
   * @throws IOException if writing fails
   */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    String base = implementation.replaceAll("[^A-Za-z0-9._-]", "_");
    Files.writeString(dir.resolve(base + ".json"), toJson(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(base + ".md"), toMarkdown(), StandardCharsets.UTF_8);
  }

  private Map<String, int[]> byArea() {
    Map<String, int[]> areas = new LinkedHashMap<>();
    for (CaseResult c : cases) {
      int[] n = areas.computeIfAbsent(c.area(), a -> new int[4]);
      n[0]++;
      n["passed".equals(c.status()) ? 1 : c.failed() ? 2 : 3]++;
    }
    return areas;
  }

  private int[] totals() {
    int[] t = new int[4];
    for (int[] n : byArea().values()) {
      for (int i = 0; i < 4; i++) {
        t[i] += n[i];
      }
    }
    return t;
  }

  /** Returns the report as JSON. */
  public String toJson() {
    int[] t = totals();
    StringBuilder b = new StringBuilder();
    b.append("{\n  \"implementation\": ")
        .append(Json.string(implementation))
        .append(",\n  \"finished\": ")
        .append(Json.string(Instant.now().toString()))
        .append(",\n  \"timeInCasesMs\": ")
        .append(millis)
        .append(",\n  \"summary\": ")
        .append(counts(t))
        .append(",\n  \"areas\": [");
    String sep = "\n";
    for (Map.Entry<String, int[]> e : byArea().entrySet()) {
      b.append(sep)
          .append("    {\"area\": ")
          .append(Json.string(e.getKey()))
          .append(", ")
          .append(counts(e.getValue()).substring(1));
      sep = ",\n";
    }
    b.append("\n  ],\n  \"cases\": [");
    sep = "\n";
    for (CaseResult c : cases) {
      b.append(sep)
          .append("    {\"area\": ")
          .append(Json.string(c.area()))
          .append(", \"rule\": ")
          .append(Json.string(c.rule()))
          .append(", \"spec\": ")
          .append(Json.string(c.spec()))
          .append(", \"status\": ")
          .append(Json.string(c.status()))
          .append(", \"durationMs\": ")
          .append(c.millis())
          .append(", \"message\": ")
          .append(Json.string(c.message()))
          .append(", \"knownDeviation\": ")
          .append(c.knownDeviation() == null ? "null" : Json.string(c.knownDeviation()))
          .append('}');
      sep = ",\n";
    }
    b.append("\n  ],\n  \"declaredDeviations\": [");
    sep = "\n";
    for (Deviation d : declared) {
      b.append(sep)
          .append("    {\"rule\": ")
          .append(Json.string(d.rule()))
          .append(", \"explanation\": ")
          .append(Json.string(d.explanation()))
          .append(", \"intermittent\": ")
          .append(d.intermittent())
          .append('}');
      sep = ",\n";
    }
    return b.append("\n  ]\n}\n").toString();
  }

  private static String counts(int[] n) {
    return "{\"cases\": "
        + n[0]
        + ", \"passed\": "
        + n[1]
        + ", \"failed\": "
        + n[2]
        + ", \"skipped\": "
        + n[3]
        + "}";
  }

  /** Returns the report as a Markdown summary. */
  public String toMarkdown() {
    int[] t = totals();
    StringBuilder b = new StringBuilder();
    b.append("# w3socket TCK: ")
        .append(implementation)
        .append("\n\n")
        .append(t[0])
        .append(" cases: ")
        .append(t[1])
        .append(" passed, ")
        .append(t[2])
        .append(" failed, ")
        .append(t[3])
        .append(" skipped (")
        .append(millis)
        .append(" ms in cases).\n\n")
        .append(
            "| area | cases | passed | failed | skipped |\n| --- | ---: | ---: | ---: | ---: |\n");
    for (Map.Entry<String, int[]> e : byArea().entrySet()) {
      int[] n = e.getValue();
      b.append("| ")
          .append(e.getKey())
          .append(" | ")
          .append(n[0])
          .append(" | ")
          .append(n[1])
          .append(" | ")
          .append(n[2])
          .append(" | ")
          .append(n[3])
          .append(" |\n");
    }
    List<CaseResult> known = new ArrayList<>();
    List<CaseResult> unexpected = new ArrayList<>();
    for (CaseResult c : cases) {
      if (c.failed()) {
        (c.knownDeviation() != null ? known : unexpected).add(c);
      }
    }
    b.append("\n## Known deviations (failed, declared by the adapter)\n\n");
    list(b, known, true);
    b.append("\n## Unexpected failures\n\n");
    list(b, unexpected, false);
    b.append("\n## Skipped\n\n");
    boolean any = false;
    for (CaseResult c : cases) {
      if ("skipped".equals(c.status())) {
        b.append("- ")
            .append(c.area())
            .append(" / `")
            .append(c.rule())
            .append("`: ")
            .append(oneLine(c.message()))
            .append('\n');
        any = true;
      }
    }
    if (!any) {
      b.append("None.\n");
    }
    return b.toString();
  }

  private static void list(StringBuilder b, List<CaseResult> failures, boolean known) {
    if (failures.isEmpty()) {
      b.append("None.\n");
      return;
    }
    b.append("| area | rule | spec | ")
        .append(known ? "deviation | " : "")
        .append("failure |\n")
        .append(known ? "| --- | --- | --- | --- | --- |\n" : "| --- | --- | --- | --- |\n");
    for (CaseResult c : failures) {
      b.append("| ")
          .append(c.area())
          .append(" | `")
          .append(c.rule())
          .append("` | ")
          .append(cell(c.spec()))
          .append(" | ");
      if (known) {
        b.append(cell(c.knownDeviation())).append(" | ");
      }
      b.append(cell(c.message())).append(" |\n");
    }
  }

  private static String cell(String s) {
    String one = oneLine(s);
    if (one.length() > 300) {
      one = one.substring(0, 300) + "...";
    }
    return one.replace("|", "\\|");
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }
}
