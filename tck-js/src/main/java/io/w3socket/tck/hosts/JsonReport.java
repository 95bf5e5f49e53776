package io.w3socket.tck.hosts;

import io.w3socket.testserver.Json;

/** {@code tck-report.json}: hosts with their summaries, and every case with each host's result. */
final class JsonReport {
  private JsonReport() {}

  static String render(Matrix m, String generated) {
    StringBuilder b =
        new StringBuilder("{\n  \"generated\": ")
            .append(Json.string(generated))
            .append(",\n  \"hosts\": [");
    String sep = "\n";
    for (HostResult h : m.hosts()) {
      long[] n = m.counts(h, null);
      b.append(sep)
          .append("    {\"id\": ")
          .append(Json.string(h.host()))
          .append(", \"description\": ")
          .append(Json.string(h.description()))
          .append(", \"available\": ")
          .append(h.available())
          .append(", \"note\": ")
          .append(Json.string(h.note()))
          .append(", \"millis\": ")
          .append(h.millis())
          .append(", \"pass\": ")
          .append(n[0])
          .append(", \"fail\": ")
          .append(n[1])
          .append(", \"skip\": ")
          .append(n[2])
          .append(", \"knownDeviations\": ")
          .append(h.host().equals("chromium") ? Matrix.knownDeviations(h) : 0)
          .append(", \"areas\": {");
      String asep = "";
      for (String area : m.areas()) {
        long[] a = m.counts(h, area);
        b.append(asep)
            .append(Json.string(area))
            .append(": {\"pass\": ")
            .append(a[0])
            .append(", \"fail\": ")
            .append(a[1])
            .append(", \"skip\": ")
            .append(a[2])
            .append('}');
        asep = ", ";
      }
      b.append("}}");
      sep = ",\n";
    }
    b.append("\n  ],\n  \"cases\": [");
    sep = "\n";
    for (Matrix.Row row : m.rows()) {
      b.append(sep)
          .append("    {\"name\": ")
          .append(Json.string(row.name()))
          .append(", \"area\": ")
          .append(Json.string(row.area()))
          .append(", \"chromiumDeviation\": ")
          .append(Json.string(row.chromiumDeviation()))
          .append(", \"results\": {");
      String rsep = "";
      for (HostResult h : m.hosts()) {
        CaseResult c = row.byHost().get(h.host());
        if (c == null) {
          continue;
        }
        b.append(rsep)
            .append(Json.string(h.host()))
            .append(": {\"status\": ")
            .append(Json.string(c.status().word()))
            .append(", \"message\": ")
            .append(Json.string(c.message()))
            .append(", \"ms\": ")
            .append(c.millis())
            .append('}');
        rsep = ", ";
      }
      b.append("}}");
      sep = ",\n";
    }
    return b.append("\n  ]\n}\n").toString();
  }
}
