package io.w3socket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.cli.MainTest.Run;
import io.w3socket.testserver.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code w3socket run --trust FILE}: a page's {@code wss:} socket to a server whose certificate a
 * private CA signed opens once the CA is trusted, as in a browser with the CA in its store, and
 * fails as an untrusted one does without it.
 */
class TrustOptionTest {
  /** A CA made at run time (no key files in the tree), and a server certificate it signed. */
  private static final HeldCertificate CA =
      new HeldCertificate.Builder().certificateAuthority(0).commonName("w3socket cli CA").build();

  private static final TestServer server =
      TestServer.startTls(
          new HandshakeCertificates.Builder()
              .heldCertificate(
                  new HeldCertificate.Builder()
                      .signedBy(CA)
                      .addSubjectAlternativeName("127.0.0.1")
                      .build(),
                  CA.certificate())
              .build()
              .sslContext());

  @TempDir Path dir;

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aTrustedCaLetsThePageEchoOverTls() throws IOException {
    Path pem = Files.writeString(dir.resolve("ca.pem"), CA.certificatePem());
    Run r =
        MainTest.run(
            "run",
            MainTest.echoScript(dir, server.url("/echo")).toString(),
            "--trust",
            pem.toString());
    assertEquals(0, r.status(), r::toString);
    // RFC 6455 §7.1.6, WebSockets #feedback-from-the-protocol: both Close frames passed: clean.
    assertEquals(List.of("got over TLS", "close 1000 true"), r.outLines(), r::toString);
  }

  @Test
  void withoutItTheConnectionFails() throws IOException {
    Run r = MainTest.run("run", MainTest.echoScript(dir, server.url("/echo")).toString());
    assertEquals(0, r.status(), r::toString);
    // #feedback-from-the-protocol: an establishment that fails (here the server's certificate)
    // fails the WebSocket connection: error, then close 1006, not clean.
    assertEquals(List.of("error", "close 1006 false"), r.outLines(), r::toString);
  }

  @Test
  void aMissingOrEmptyFileIsABadArgument() throws IOException {
    Path js = MainTest.echoScript(dir, server.url("/echo"));
    Run missing = MainTest.run("run", js.toString(), "--trust", dir.resolve("no.pem").toString());
    assertEquals(2, missing.status(), missing::toString);
    assertEquals(
        "w3socket run: --trust: no such file: " + dir.resolve("no.pem") + "\n", missing.err());
    Path notCert = Files.writeString(dir.resolve("not.pem"), "hello\n");
    Run bad = MainTest.run("run", js.toString(), "--trust=" + notCert);
    assertEquals(2, bad.status(), bad::toString);
    assertTrue(
        bad.err().startsWith("w3socket run: --trust: " + notCert + " holds no"), bad::toString);
    assertEquals("", bad.out(), bad::toString);
  }
}
