package io.w3socket.tck.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TckCommandTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return TckCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpPrintsUsage() {
    assertEquals(0, run("--help"));
    assertTrue(out().startsWith("usage: w3socket tck --host"), out());
  }

  @Test
  void badArgumentsExitTwo() {
    assertEquals(2, run());
    assertTrue(err().contains("--host is required"), err());
    assertEquals(2, run("--host", "firefox"));
    assertTrue(err().contains("unknown host 'firefox'"), err());
    assertEquals(2, run("--host"));
    assertEquals(2, run("--host", "node", "--bogus"));
  }

  @Test
  void hostListsExpandAllAndDropRepeats() {
    assertEquals(Hosts.ALL, Hosts.parseList("all"));
    assertEquals(
        List.of("chromium", "graaljs", "nashorn", "node", "htmlunit"),
        Hosts.parseList("chromium,all,chromium"));
  }

  @Test
  void w3socketsHostsWithoutTheirArtifactAreNotRunAndFailTheVerdict(@TempDir Path dir) {
    int status = run("--host=graaljs", "--out", dir.toString(), "--filter", "^idl: constants");
    assertEquals(1, status, out() + err());
    assertTrue(
        out()
            .contains(
                "not on the class path: add the dependency io.w3socket:w3socket-tck-js-engines"),
        out());
  }
}
