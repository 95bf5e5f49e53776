package io.w3socket.tck.hosts;

/** {@code tck-report.html}: a static page with the same content as the Markdown report. */
final class HtmlReport {
  private static final String CSS =
      String.join(
          "\n",
          "body{font-family:system-ui,sans-serif;margin:2em;color:#222}",
          "table{border-collapse:collapse;margin:1em 0}",
          "td,th{border:1px solid #ccc;padding:.25em .5em;font-size:14px;vertical-align:top}",
          "th{background:#f3f3f3}",
          "td.pass{background:#dff5df;text-align:center}",
          "td.fail{background:#f9d6d6;text-align:center}",
          "td.skip{background:#eee;text-align:center}",
          "td.dev{background:#fbeccb;text-align:center}",
          ".msg{color:#555;font-size:12px;max-width:24em;overflow-wrap:anywhere}",
          "");

  private HtmlReport() {}

  static String render(Matrix m, String generated) {
    StringBuilder b =
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append("<title>w3socket JS TCK report</title>\n<style>\n")
            .append(CSS)
            .append("</style></head><body>\n<h1>w3socket JS TCK report</h1>\n<p>Generated ")
            .append(esc(generated))
            .append(
                ". Hover a cell for its message. ⚑ marks a known Chromium deviation from the"
                    + " standard.</p>\n"
                    + "<h2>Hosts</h2>\n"
                    + "<table><tr><th>host</th><th>what"
                    + " ran</th><th>result</th><th>time</th></tr>\n");
    for (HostResult h : m.hosts()) {
      b.append("<tr><td>")
          .append(esc(h.host()))
          .append("</td><td>")
          .append(esc(h.description()))
          .append("</td><td>")
          .append(esc(Matrix.summary(h)))
          .append("</td><td>")
          .append(String.format(java.util.Locale.ROOT, "%.1f s", h.millis() / 1000.0))
          .append("</td></tr>\n");
    }
    b.append("</table>\n<h2>Per area (pass / run)</h2>\n<table><tr><th>area</th>");
    for (HostResult h : m.hosts()) {
      b.append("<th>").append(esc(h.host())).append("</th>");
    }
    b.append("</tr>\n");
    for (String area : m.areas()) {
      b.append("<tr><td>").append(esc(area)).append("</td>");
      for (HostResult h : m.hosts()) {
        long[] n = m.counts(h, area);
        String cls =
            !h.available() ? "skip" : n[1] == 0 ? "pass" : onlyDeviations(h, area) ? "dev" : "fail";
        b.append("<td class=\"")
            .append(cls)
            .append("\">")
            .append(esc(MarkdownReport.areaCell(n, h.available())))
            .append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n<h2>Matrix</h2>\n<table><tr><th>case</th>");
    for (HostResult h : m.hosts()) {
      b.append("<th>").append(esc(h.host())).append("</th>");
    }
    b.append("</tr>\n");
    for (Matrix.Row row : m.rows()) {
      b.append("<tr><td>").append(esc(row.name()));
      if (!row.chromiumDeviation().isEmpty()) {
        b.append(" <span title=\"").append(esc(row.chromiumDeviation())).append("\">⚑</span>");
      }
      b.append("</td>");
      for (HostResult h : m.hosts()) {
        CaseResult c = row.byHost().get(h.host());
        if (c == null) {
          b.append("<td></td>");
          continue;
        }
        String cls = c.status().word();
        if (c.status() == CaseResult.Status.FAIL
            && c.isChromiumDeviation()
            && h.host().equals("chromium")) {
          cls = "dev";
        }
        b.append("<td class=\"")
            .append(cls)
            .append("\" title=\"")
            .append(esc(c.message()))
            .append("\">")
            .append(MarkdownReport.symbol(c.status()));
        if (c.status() != CaseResult.Status.PASS) {
          b.append("<div class=\"msg\">").append(esc(c.message())).append("</div>");
        }
        b.append("</td>");
      }
      b.append("</tr>\n");
    }
    return b.append("</table>\n</body></html>\n").toString();
  }

  /** True when every failure of the host in the area is a known Chromium deviation. */
  private static boolean onlyDeviations(HostResult h, String area) {
    return h.host().equals("chromium")
        && h.cases().stream()
            .filter(c -> c.area().equals(area) && c.status() == CaseResult.Status.FAIL)
            .allMatch(CaseResult::isChromiumDeviation);
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
