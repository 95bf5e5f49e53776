package io.w3socket.tck.hosts;

import java.util.List;

/** {@code tck-report.md}: host summary, per-area summary, the matrix, then every failure. */
final class MarkdownReport {
  private MarkdownReport() {}

  static String render(Matrix m, String generated) {
    StringBuilder b =
        new StringBuilder("# w3socket JS TCK report\n\n")
            .append("Generated ")
            .append(generated)
            .append(
                ". One suite, run in each host against the same w3socket test server."
                    + " ✓ pass, ✗ fail, – skip (the host lacks a feature the case needs),"
                    + " ⚑ a known Chromium deviation from the standard.\n\n");
    b.append("## Hosts\n\n| host | what ran | result | time |\n| --- | --- | --- | --- |\n");
    for (HostResult h : m.hosts()) {
      b.append("| ")
          .append(h.host())
          .append(" | ")
          .append(cell(h.description()))
          .append(" | ")
          .append(cell(Matrix.summary(h)))
          .append(" | ")
          .append(String.format(java.util.Locale.ROOT, "%.1f s", h.millis() / 1000.0))
          .append(" |\n");
    }
    b.append("\n## Per area (pass / run, skipped)\n\n| area |");
    for (HostResult h : m.hosts()) {
      b.append(' ').append(h.host()).append(" |");
    }
    b.append("\n| --- |").append(" --- |".repeat(m.hosts().size())).append('\n');
    for (String area : m.areas()) {
      b.append("| ").append(area).append(" |");
      for (HostResult h : m.hosts()) {
        b.append(' ').append(areaCell(m.counts(h, area), h.available())).append(" |");
      }
      b.append('\n');
    }
    b.append("\n## Matrix\n\n| case |");
    for (HostResult h : m.hosts()) {
      b.append(' ').append(h.host()).append(" |");
    }
    b.append("\n| --- |").append(" :---: |".repeat(m.hosts().size())).append('\n');
    for (Matrix.Row row : m.rows()) {
      b.append("| ")
          .append(cell(row.name()))
          .append(row.chromiumDeviation().isEmpty() ? "" : " ⚑")
          .append(" |");
      for (HostResult h : m.hosts()) {
        CaseResult c = row.byHost().get(h.host());
        b.append(' ').append(c == null ? " " : symbol(c.status())).append(" |");
      }
      b.append('\n');
    }
    b.append("\n## Failures and skips\n");
    for (HostResult h : m.hosts()) {
      List<CaseResult> bad =
          h.cases().stream().filter(c -> c.status() != CaseResult.Status.PASS).toList();
      if (bad.isEmpty()) {
        continue;
      }
      b.append("\n### ").append(h.host()).append("\n\n");
      for (CaseResult c : bad) {
        b.append("- ")
            .append(c.status() == CaseResult.Status.FAIL ? "✗ " : "– ")
            .append(c.name())
            .append(": ")
            .append(c.message());
        if (c.isChromiumDeviation() && h.host().equals("chromium")) {
          b.append(" — known deviation: ").append(c.chromiumDeviation());
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  static String areaCell(long[] n, boolean available) {
    if (!available) {
      return "n/a";
    }
    String s = n[0] + " / " + (n[0] + n[1]);
    return n[2] > 0 ? s + ", " + n[2] + " skipped" : s;
  }

  static String symbol(CaseResult.Status s) {
    return switch (s) {
      case PASS -> "✓";
      case FAIL -> "✗";
      case SKIP -> "–";
    };
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
