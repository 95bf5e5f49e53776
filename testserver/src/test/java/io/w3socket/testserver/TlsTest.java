package io.w3socket.testserver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TestServer#startTls}: the same endpoints behind TLS, with a certificate made at run time
 * by a private CA (no key files in the tree), checked with the JDK's own WebSocket client.
 */
class TlsTest {
  static final HeldCertificate CA =
      new HeldCertificate.Builder().certificateAuthority(0).commonName("w3socket test CA").build();

  static final TestServer server =
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

  /** A client context that trusts the CA and nothing else. */
  static final SSLContext TRUSTING =
      new HandshakeCertificates.Builder()
          .addTrustedCertificate(CA.certificate())
          .build()
          .sslContext();

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void urlsNameTheTlsSchemes() {
    assertEquals("wss://127.0.0.1:" + server.port() + "/echo", server.url("/echo"));
    assertEquals("https://127.0.0.1:" + server.port() + "/", server.httpUrl("/"));
  }

  @Test
  void echoesOverTls() throws Exception {
    JdkClient c =
        JdkClient.connect(HttpClient.newBuilder().sslContext(TRUSTING), server.url("/echo"));
    c.ws.sendText("héllo over TLS", true).join();
    c.ws.sendBinary(ByteBuffer.wrap(new byte[] {1, 2, (byte) 0xFF}), true).join();
    await().atMost(Duration.ofSeconds(5)).until(() -> c.messages.size() == 2);
    assertEquals("héllo over TLS", c.messages.get(0));
    assertArrayEquals(new byte[] {1, 2, (byte) 0xFF}, (byte[]) c.messages.get(1));
    // RFC 6455 §5.5.1: the server answers the client's Close with the same code and reason.
    c.ws.sendClose(1000, "bye").join();
    assertEquals(1000, c.closed.get(5, TimeUnit.SECONDS)[0]);
    assertEquals("bye", c.closeReason);
  }

  @Test
  void plainHttpAnswersOverTlsToo() throws Exception {
    HttpResponse<String> r =
        HttpClient.newBuilder()
            .sslContext(TRUSTING)
            .connectTimeout(Duration.ofSeconds(5))
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(server.httpUrl("/nowhere"))).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(404, r.statusCode());
  }

  @Test
  void aClientThatDoesNotTrustTheCaIsRefused() {
    // The JDK's default trust store does not hold the test CA: the TLS handshake fails.
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> JdkClient.connect(server.url("/echo")));
    boolean handshakeFailed = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      handshakeFailed |= t instanceof SSLHandshakeException;
    }
    assertTrue(handshakeFailed, () -> "not a TLS handshake failure: " + e);
  }
}
