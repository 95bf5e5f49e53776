package io.w3socket.tck.hosts;

import io.w3socket.engine.BrowserContext;
import io.w3socket.engine.JsEngine;
import io.w3socket.engine.RunResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * w3socket itself: the engine-bindings page runner ({@link BrowserContext}) on GraalJS or Nashorn,
 * loading the same page as the browsers with the suite's scripts inlined. The harness's results
 * come back as a {@code console.log} line.
 */
public final class EngineHost implements Host {

  /** Which engine. */
  public enum Kind {
    /** GraalJS (ECMAScript 2024, Promise jobs). */
    GRAALJS("graaljs", "GraalJS", JsEngine.GRAALJS),
    /** Nashorn 15 (ES5.1 plus part of ES6: no Promise, no class). */
    NASHORN("nashorn", "Nashorn", JsEngine.NASHORN);

    final String id;
    final String title;
    final JsEngine engine;

    Kind(String id, String title, JsEngine engine) {
      this.id = id;
      this.title = title;
      this.engine = engine;
    }
  }

  private final Kind kind;

  /** A host for one engine. */
  public EngineHost(Kind kind) {
    this.kind = kind;
  }

  @Override
  public String id() {
    return kind.id;
  }

  @Override
  public HostResult run(SuiteEnv env) {
    long start = System.currentTimeMillis();
    LineCapture out = new LineCapture(env.log());
    String location = env.pages().pageUrl(env.server().port(), id(), env.filter());
    RunResult r;
    try {
      BrowserContext browser =
          BrowserContext.builder()
              .engine(kind.engine)
              .timeout(env.hostTimeout())
              .autoServe(false)
              .out(out.stream())
              .err(out.stream())
              .build();
      r = browser.runPageHtml(page(env), location, null, null);
    } catch (RuntimeException | LinkageError e) {
      return HostResult.unavailable(id(), "the engine runner failed: " + e);
    }
    String json = out.results();
    if (json == null) {
      return HostResult.unavailable(id(), "no results: " + r);
    }
    List<CaseResult> cases = Results.parse(json);
    String note =
        r.status() == RunResult.Status.TIMEOUT
            ? "did not finish in time: " + cases.size() + " cases ran"
            : "";
    return new HostResult(
        id(),
        "w3socket on " + kind.title + " (engine-bindings page runner)",
        true,
        note,
        cases,
        System.currentTimeMillis() - start);
  }

  /** The suite page with every script inline (the runner reads no network scripts). */
  private String page(SuiteEnv env) {
    StringBuilder b =
        new StringBuilder(
                "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                    + "<title>w3socket JS TCK</title>\n<script>\nvar TCK_ENV = ")
            .append(env.envJson(id()).replace("</", "<\\/"))
            .append(
                ";\nvar __tckProgress = function (line) { console.log(\"  | \" + line); };\n"
                    + "var __tckReport = function (json) { console.log(\""
                    + Results.MARKER
                    + "\" + json); };\n"
                    + "</script>\n");
    for (String f : env.suite().files()) {
      b.append("<script>\n")
          .append(Suite.read(f).replace("</script", "<\\/script"))
          .append("\n</script>\n");
    }
    return b.append("<script>TCK.run();</script>\n</head><body></body></html>\n").toString();
  }

  /** Collects the page's output lines: the results line is kept, others go to the log. */
  private static final class LineCapture {
    private final PrintStream log;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream stream;
    private String results;

    LineCapture(PrintStream log) {
      this.log = log;
      this.stream =
          new PrintStream(
              new java.io.OutputStream() {
                @Override
                public void write(int b) {
                  onByte(b);
                }
              },
              true,
              StandardCharsets.UTF_8);
    }

    PrintStream stream() {
      return stream;
    }

    private synchronized void onByte(int b) {
      if (b != '\n') {
        buffer.write(b);
        return;
      }
      String line = buffer.toString(StandardCharsets.UTF_8);
      buffer.reset();
      if (line.startsWith(Results.MARKER)) {
        results = line.substring(Results.MARKER.length()).trim();
      } else {
        log.println(line);
      }
    }

    synchronized String results() {
      return results;
    }
  }
}
