package io.w3socket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.w3socket.cli.MainTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code w3socket run}'s embedded servers answer {@code wss:} on the port they answer {@code ws:}
 * on, with a certificate the run trusts and nothing else does: a page written for a public {@code
 * wss:} echo server runs unmodified against a mapping to port 0, and the tutorial's port takes
 * {@code wss:} too.
 */
class EmbeddedTlsTest {
  @TempDir Path dir;

  @Test
  void aMappedWssHostIsServedWithACertificateTheRunTrusts() throws IOException {
    Path js = MainTest.echoScript(dir, "wss://echo.example/");
    for (String engine : List.of("graaljs", "nashorn")) {
      Run r =
          MainTest.run(
              "run", js.toString(), "--engine", engine, "--map", "echo.example=127.0.0.1:0");
      assertEquals(0, r.status(), r::toString);
      assertEquals(List.of("got over TLS", "close 1000 true"), r.outLines(), r::toString);
    }
  }

  @Test
  void theTutorialPortTakesWssToo() throws IOException {
    MainTest.assumePort9998Free(); // else the run uses what listens there, not its own server
    Run r = MainTest.run("run", MainTest.echoScript(dir, "wss://localhost:9998/echo").toString());
    assertEquals(0, r.status(), r::toString);
    assertEquals(List.of("got over TLS", "close 1000 true"), r.outLines(), r::toString);
  }

  @Test
  void httpsToAMappedHostReachesTheEmbeddedServer() throws IOException {
    Path js =
        Files.writeString(
            dir.resolve("fetch.js"),
            "fetch('https://echo.example/nowhere').then(function (r) {"
                + " console.log('status ' + r.status); },"
                + " function (e) { console.log('failed ' + e); });\n");
    Run r = MainTest.run("run", js.toString(), "--map", "echo.example=127.0.0.1:0");
    assertEquals(0, r.status(), r::toString);
    assertEquals(List.of("status 404"), r.outLines(), r::toString);
  }

  @Test
  void anotherRunsCertificateIsNotTrusted() throws IOException {
    // A real server on the mapped port is used as it is: its certificate (a private CA's) is not
    // the embedded one, so the page's socket fails as an untrusted one does.
    try (io.w3socket.testserver.TestServer untrusted =
        io.w3socket.testserver.TestServer.startTls(
            new EmbeddedTls(List.of("echo.example")).serverContext())) {
      Run r =
          MainTest.run(
              "run",
              MainTest.echoScript(dir, "wss://echo.example/").toString(),
              "--map",
              "echo.example=127.0.0.1:" + untrusted.port());
      assertEquals(0, r.status(), r::toString);
      assertEquals(List.of("error", "close 1006 false"), r.outLines(), r::toString);
    }
  }
}
