package io.w3socket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit statuses and one-line messages. */
class MainTest {
  private static final List<String> TUTORIAL =
      List.of(
          "WebSocket is supported by your Browser!",
          "Message is sent...",
          "Message is received...",
          "Connection is closed...");

  @TempDir Path dir;

  record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * A script in {@code dir} that opens {@code url}, sends "over TLS" and logs the echo ("got ..."),
   * an error event ("error") and the close event ("close CODE WASCLEAN").
   */
  static Path echoScript(Path dir, String url) throws IOException {
    return Files.writeString(
        dir.resolve("echo.js"),
        String.join(
            "\n",
            "var ws = new WebSocket('" + url + "');",
            "ws.onopen = function () { ws.send('over TLS'); };",
            "ws.onmessage = function (e) { console.log('got ' + e.data); ws.close(1000); };",
            "ws.onerror = function () { console.log('error'); };",
            "ws.onclose = function (e) { console.log('close ' + e.code + ' ' + e.wasClean); };",
            ""));
  }

  static Path example(String name) {
    Path p = Path.of("..", "examples", name);
    return Files.exists(p) ? p : Path.of("examples", name);
  }

  @Test
  void helpEverywhere() {
    assertEquals(0, run("--help").status());
    assertTrue(run("--help").out().startsWith("usage: w3socket COMMAND"));
    Run r = run("run", "--help");
    assertEquals(0, r.status());
    assertTrue(r.out().startsWith("usage: w3socket run PAGE.html|SCRIPT.js"), r.out());
    assertEquals(0, run("serve", "--help").status());
    assertEquals(0, run("tck", "--help").status());
  }

  @Test
  void badUsage() {
    Run r = run();
    assertEquals(2, r.status());
    assertEquals("w3socket: missing command (try 'w3socket --help')\n", r.err());
    r = run("frobnicate");
    assertEquals(2, r.status());
    assertEquals("w3socket: unknown command 'frobnicate' (try 'w3socket --help')\n", r.err());
    r = run("run", "x.html", "--engine", "rhino");
    assertEquals(2, r.status());
    assertEquals("w3socket run: unknown engine 'rhino' (use graaljs or nashorn)\n", r.err());
    r = run("run", "x.html", "--timeout", "soon");
    assertEquals(2, r.status());
    assertEquals("w3socket run: --timeout needs a number of seconds, not 'soon'\n", r.err());
    r = run("run", "x.html", "--map", "nohost");
    assertEquals(2, r.status());
  }

  @Test
  void missingFile() {
    Run r = run("run", dir.resolve("absent.html").toString());
    assertEquals(2, r.status());
    assertEquals("w3socket run: no such file: " + dir.resolve("absent.html") + "\n", r.err());
  }

  @Test
  void scriptErrorWithItsLine() throws IOException {
    Path js = Files.writeString(dir.resolve("bad.js"), "var a;\n\nundefinedFunction();\n");
    for (String engine : List.of("graaljs", "nashorn")) {
      Run r = run("run", js.toString(), "--engine", engine);
      assertEquals(1, r.status(), r::toString);
      assertTrue(r.err().startsWith("w3socket run: bad.js:3: ReferenceError: "), r::toString);
      assertEquals(1, r.err().split("\\R").length, r::toString);
    }
  }

  @Test
  void timeout() throws IOException {
    Path js = Files.writeString(dir.resolve("forever.js"), "setInterval(function () {}, 50);\n");
    Run r = run("run", js.toString(), "--timeout", "1");
    assertEquals(3, r.status(), r::toString);
    assertEquals("w3socket run: timed out after 1 s: timers or a script still running\n", r.err());
  }

  @Test
  void everyScriptErrorThenWhyTheRunFailed() throws IOException {
    Path js =
        Files.writeString(
            dir.resolve("throws.js"),
            "setTimeout(function () { throw new Error('first'); }, 0);\n"
                + "setTimeout(function () { throw new TypeError('second'); }, 1);\n"
                + "setInterval(function () {}, 50);\n");
    // The timeout is the run's whole time, the engine's start included: long enough for both
    // throws to come first on a loaded machine (1 s was not, under the flake hunter's load).
    Run r = run("run", js.toString(), "--timeout", "10");
    assertEquals(3, r.status(), r::toString);
    List<String> lines = List.of(r.err().split("\\R"));
    assertEquals(3, lines.size(), r::toString);
    assertTrue(lines.get(0).startsWith("w3socket run: throws.js:1: Error: first"), r::toString);
    assertTrue(
        lines.get(1).startsWith("w3socket run: throws.js:2: TypeError: second"), r::toString);
    assertEquals(
        "w3socket run: timed out after 10 s: timers or a script still running", lines.get(2));
  }

  @Test
  void tckNeedsHostsAndExplainsItself() {
    Run help = run("tck", "--help");
    assertEquals(0, help.status(), help::toString);
    assertTrue(help.out().contains("--host"), help.out());
    Run bad = run("tck");
    assertEquals(2, bad.status(), bad::toString);
    assertTrue(bad.err().contains("--host"), bad.err());
  }

  @Test
  void tutorialExampleBothEnginesOnAFreePort() {
    for (String engine : List.of("graaljs", "nashorn")) {
      Run r =
          run(
              "run",
              example("tutorial.html").toString(),
              "--click",
              "Run WebSocket",
              "--engine",
              engine,
              "--map",
              "localhost=127.0.0.1:0/");
      assertEquals(0, r.status(), r::toString);
      assertEquals(TUTORIAL, r.outLines(), r::toString);
    }
  }

  @Test
  void echoDivExampleWithMap() {
    Run r =
        run(
            "run",
            example("echo-div.html").toString(),
            "--click=Run WebSocket",
            "--map=echo.websocket.org=127.0.0.1:0");
    assertEquals(0, r.status(), r::toString);
    assertEquals(
        List.of(
            "Your browser supports WebSocket!",
            "Sending data...",
            "Received: Hello, echo",
            "Connection closed (code 1000, clean true)..."),
        r.outLines(),
        r::toString);
  }

  /** The README's first command, exactly: the embedded server on 9998 (skipped if 9998 is busy). */
  @Test
  void readmeFirstCommandOnPort9998() {
    assumePort9998Free();
    Run r = run("run", example("tutorial.html").toString(), "--click", "Run WebSocket");
    assertEquals(0, r.status(), r::toString);
    assertEquals(TUTORIAL, r.outLines(), r::toString);
  }

  /**
   * Skips the calling test when something else listens on the tutorial's port 9998, where the run
   * would use it instead of starting its embedded server (a developer's own echo server, say).
   */
  static void assumePort9998Free() {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress("127.0.0.1", 9998));
    } catch (IOException busy) {
      Assumptions.abort("port 9998 is in use here, so the embedded server cannot start on it");
    }
  }
}
