package io.w3socket.tck.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code w3socket tck} with w3socket's engines registered through the host interface. */
class EngineTckCommandTest {
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
  void aFilteredRunWritesTheReports(@TempDir Path dir) throws Exception {
    int status =
        run("--host=graaljs,nashorn", "--out", dir.toString(), "--filter", "^idl: constants");
    assertEquals(0, status, out() + err());
    assertTrue(out().contains("graaljs: running..."), out());
    assertTrue(out().contains("graaljs: 2 pass, 0 fail, 0 skip (100.0% of 2 run)"), out());
    assertTrue(out().contains("nashorn: 2 pass, 0 fail"), out());
    String md = Files.readString(dir.resolve("tck-report.md"));
    assertTrue(md.contains("| idl: constants on the constructor and the prototype | ✓ | ✓ |"), md);
    assertTrue(Files.size(dir.resolve("tck-report.json")) > 100);
    assertTrue(Files.size(dir.resolve("tck-report.html")) > 100);
  }
}
