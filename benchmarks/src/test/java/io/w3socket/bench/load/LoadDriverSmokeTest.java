package io.w3socket.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The load driver with tiny figures, so that it cannot rot: every client runs every scenario once
 * against the Node {@code ws} server and accounts for every echo and close. Speed is not judged
 * here (the full run is benchmarks/README.md's).
 */
class LoadDriverSmokeTest {
  private static final int SOCKETS = 20;

  @Test
  void everyClientRunsEveryScenario() throws Exception {
    nodeOrSkip();
    Path out = Path.of("target", "load-smoke.md");
    int status =
        LoadDriver.run(
            new String[] {
              "--build-dir", "target",
              "--sockets", String.valueOf(SOCKETS),
              "--ping-pong", "20",
              "--pipelined", "200",
              "--large", "10",
              "--rounds", "1",
              "--out", out.toString()
            });
    String report = Files.readString(out);
    assertEquals(0, status, report);
    for (String row : List.of("echoes received, of " + SOCKETS, "clean closes, of " + SOCKETS)) {
      String line =
          report.lines().filter(l -> l.startsWith("| " + row + " |")).findFirst().orElseThrow();
      for (String cell : line.split("\\|")) {
        String c = cell.trim();
        if (!c.isEmpty() && !c.equals(row) && !c.equals("skipped")) {
          assertTrue(c.startsWith(SOCKETS + " ") || c.equals(String.valueOf(SOCKETS)), line);
        }
      }
    }
    for (String column : LoadDriver.Clients.NAMES) {
      assertTrue(report.contains(" " + column + " |"), column + " missing from\n" + report);
    }
  }

  /** Node is needed for the server: skipped where it is missing, except in CI. */
  private static void nodeOrSkip() throws InterruptedException {
    boolean node;
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      node = p.waitFor() == 0;
    } catch (java.io.IOException e) {
      node = false;
    }
    if (System.getenv("CI") != null) {
      assertTrue(node, "Node is required in CI");
    }
    Assumptions.assumeTrue(node, "Node.js is not installed");
  }
}
