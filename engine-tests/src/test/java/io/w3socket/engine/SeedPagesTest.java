package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tutorial pages themselves: each seed text in ../shared/seeds that holds a whole page ({@code
 * <!DOCTYPE ...</html>}) is extracted at test time, unmodified, run in both engines and clicked
 * ("Run WebSocket" or its translation). Each must print its four steps in order: the texts of its
 * alert(...) or innerHTML=... statements in source order, without the last one (the "not supported"
 * branch). Hosts the pages use (localhost:9998, echo.websocket.org) go to a test server on a free
 * port ({@link LocalServerPolicy}).
 */
class SeedPagesTest {
  private static final Pattern PAGE = Pattern.compile("(?is)<!DOCTYPE.*?</html>");
  private static final Pattern STEP =
      Pattern.compile("(?:alert\\s*\\(\\s*|innerHTML\\s*=\\s*)\"([^\"]*)\"");

  /** ../shared/seeds from the repository root, or from a directory above it. */
  static Path seedDirectory() {
    Path root = Path.of("").toAbsolutePath();
    if (Files.isRegularFile(root.resolve("../pom.xml"))
        && !Files.isRegularFile(root.resolve("w3socket"))) {
      root = root.getParent();
    }
    for (Path p = root.getParent(); p != null; p = p.getParent()) {
      Path seeds = p.resolve("shared").resolve("seeds");
      if (Files.isDirectory(seeds)) {
        return seeds;
      }
    }
    return null;
  }

  static Stream<Arguments> seeds() throws IOException {
    Path dir = seedDirectory();
    List<Arguments> out = new ArrayList<>();
    if (dir == null) {
      out.add(Arguments.of(null, null));
      return out.stream();
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (JsEngine e : JsEngine.values()) {
          out.add(Arguments.of(f, e));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("seeds")
  void seedPageRunsUnmodified(Path seed, JsEngine engine) throws IOException {
    Assumptions.assumeTrue(
        seed != null,
        "../shared/seeds is absent (it is present in CI): the seed pages are not run");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    Matcher m = PAGE.matcher(text);
    Assumptions.assumeTrue(m.find(), seed.getFileName() + " holds no whole HTML page");
    String html = m.group();

    Document doc = Jsoup.parse(html);
    String label = null;
    for (Element e : doc.select("a[href^=javascript:], [onclick]")) {
      label = e.hasAttr("value") ? e.attr("value") : e.text();
      break;
    }
    assertNotNull(label, "no link or button to click in " + seed);
    List<String> expected = new ArrayList<>();
    Matcher s = STEP.matcher(doc.select("script").html());
    while (s.find()) {
      expected.add(s.group(1));
    }
    assertTrue(expected.size() >= 2, "no steps found in " + seed);
    expected.remove(expected.size() - 1);

    Path dir = Files.createTempDirectory("w3socket-seed");
    Path page = dir.resolve(seed.getFileName().toString().replace(".txt", ".html"));
    Files.writeString(page, html, StandardCharsets.UTF_8);
    String clickLabel = label;
    Runs.Outcome o =
        Runs.run(
            engine,
            b -> b.network(LocalServerPolicy.forExamples()),
            c -> c.runPage(page, clickLabel));
    assertEquals(expected, o.out(), o::toString);
    assertEquals(0, o.result().exitCode(), o::toString);
    assertFalse(expected.isEmpty());
  }
}
