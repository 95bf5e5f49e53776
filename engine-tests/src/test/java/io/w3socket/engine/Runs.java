package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs pages and scripts in a real engine, capturing what they print. */
final class Runs {
  /** What a run printed and how it ended. */
  record Outcome(RunResult result, List<String> out, List<String> err) {
    @Override
    public String toString() {
      return result + "\nout: " + out + "\nerr: " + err;
    }
  }

  private Runs() {}

  static Outcome run(
      JsEngine engine,
      Consumer<BrowserContext.Builder> config,
      Function<BrowserContext, RunResult> action) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    BrowserContext.Builder b =
        BrowserContext.builder()
            .engine(engine)
            .timeout(Duration.ofSeconds(30))
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .err(new PrintStream(err, true, StandardCharsets.UTF_8));
    config.accept(b);
    RunResult r = action.apply(b.build());
    return new Outcome(r, lines(out), lines(err));
  }

  /** Runs a script with the default configuration. */
  static Outcome script(JsEngine engine, String source) {
    return run(engine, b -> {}, c -> c.runScriptSource(source, "file:///test/test.js"));
  }

  /**
   * Writes the page into {@code dir} as {@code name}, runs it in the engine and asserts that it
   * printed the expected lines (a text block: what headless Chromium printed for it) and reported
   * no error; the outcome, for what else a test checks (its warnings, on err).
   */
  static Outcome assertPagePrints(
      Path dir, String name, JsEngine engine, String page, String expected) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, page);
    Outcome o = run(engine, b -> {}, c -> c.runPage(file, null));
    assertEquals(lines(expected), o.out(), o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
    return o;
  }

  /** The lines of an expected output (a text block), without the empty one after the last. */
  static List<String> lines(String text) {
    return List.of(text.split("\n"));
  }

  private static List<String> lines(ByteArrayOutputStream s) {
    String text = s.toString(StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\\R", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
