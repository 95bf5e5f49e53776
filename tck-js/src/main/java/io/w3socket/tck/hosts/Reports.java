package io.w3socket.tck.hosts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Writes {@code tck-report.md}, {@code tck-report.json} and {@code tck-report.html}. */
public final class Reports {
  private Reports() {}

  /**
   * Writes the three reports into dir (created if needed).
   *
   * @return the paths written
   */
  public static List<Path> write(List<HostResult> results, Path dir) throws IOException {
    Files.createDirectories(dir);
    Matrix m = new Matrix(results);
    String when = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    Path md = dir.resolve("tck-report.md");
    Path json = dir.resolve("tck-report.json");
    Path html = dir.resolve("tck-report.html");
    Files.writeString(md, MarkdownReport.render(m, when));
    Files.writeString(json, JsonReport.render(m, when));
    Files.writeString(html, HtmlReport.render(m, when));
    return List.of(md, json, html);
  }
}
