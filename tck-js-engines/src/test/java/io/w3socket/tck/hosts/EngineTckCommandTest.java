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
  @Test
  void aFilteredRunWritesTheReports(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int status =
        TckCommand.run(
            new String[] {
              "--host=graaljs,nashorn", "--out", dir.toString(), "--filter", "^idl: constants"
            },
            both,
            both);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, out);
    assertTrue(out.contains("graaljs: running..."), out);
    assertTrue(out.contains("graaljs: 2 pass, 0 fail, 0 skip (100.0% of 2 run)"), out);
    assertTrue(out.contains("nashorn: 2 pass, 0 fail"), out);
    String md = Files.readString(dir.resolve("tck-report.md"));
    assertTrue(md.contains("| idl: constants on the constructor and the prototype | ✓ | ✓ |"), md);
    assertTrue(Files.size(dir.resolve("tck-report.json")) > 100);
    assertTrue(Files.size(dir.resolve("tck-report.html")) > 100);
  }
}
