package io.w3socket.tck.hosts;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A JavaScript runtime in this JVM ({@link PageRuntime}, e.g. w3socket on GraalJS or Nashorn),
 * loading the same page as the browsers with the suite's scripts inlined. The harness's results
 * come back as a {@code console.log} line.
 */
public final class EngineHost implements Host {
  private final PageRuntime runtime;

  /**
   * A host running the suite in one runtime.
   *
   * @param runtime the runtime
   */
  public EngineHost(PageRuntime runtime) {
    this.runtime = runtime;
  }

  /** The runtime registered with this id, if one is on the class path. */
  static Optional<PageRuntime> find(String id) {
    for (PageRuntime r : ServiceLoader.load(PageRuntime.class, EngineHost.class.getClassLoader())) {
      if (r.id().toLowerCase(Locale.ROOT).equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Override
  public String id() {
    return runtime.id();
  }

  @Override
  public HostResult run(SuiteEnv env) {
    long start = System.currentTimeMillis();
    LineCapture out = new LineCapture(env.log());
    String location = env.pages().pageUrl(env.server().port(), id(), env.filter());
    PageRuntime.Outcome r;
    try {
      r = runtime.runPage(page(env), location, env.hostTimeout(), out.stream());
    } catch (RuntimeException | LinkageError e) {
      return HostResult.unavailable(id(), "the runtime failed: " + e);
    }
    String json = out.results();
    if (json == null) {
      return HostResult.unavailable(id(), "no results: " + r.description());
    }
    List<CaseResult> cases = Results.parse(json);
    String note = r.timedOut() ? "did not finish in time: " + cases.size() + " cases ran" : "";
    return new HostResult(
        id(), runtime.title(), true, note, cases, System.currentTimeMillis() - start);
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
