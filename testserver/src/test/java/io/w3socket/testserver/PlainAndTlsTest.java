package io.w3socket.testserver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

/**
 * {@link TestServer#startPlainAndTls}: {@code ws:} and {@code wss:} on one port, the certificate
 * asked for on the first TLS connection only.
 */
class PlainAndTlsTest {
  private final AtomicInteger contextsMade = new AtomicInteger();

  private SSLContext serverContext() {
    contextsMade.incrementAndGet();
    return new HandshakeCertificates.Builder()
        .heldCertificate(
            new HeldCertificate.Builder()
                .signedBy(TlsTest.CA)
                .addSubjectAlternativeName("127.0.0.1")
                .build(),
            TlsTest.CA.certificate())
        .build()
        .sslContext();
  }

  @Test
  void plainAndTlsOnOnePortTheContextMadeOnce() throws Exception {
    try (TestServer server = TestServer.startPlainAndTls("127.0.0.1", 0, this::serverContext)) {
      String plain = server.url("/echo");
      assertEquals("ws://127.0.0.1:" + server.port() + "/echo", plain);
      echo(JdkClient.connect(plain), "plain");
      assertEquals(0, contextsMade.get(), "a context made with no TLS connection");
      String secure = "wss://127.0.0.1:" + server.port() + "/echo";
      for (int i = 0; i < 2; i++) {
        echo(
            JdkClient.connect(HttpClient.newBuilder().sslContext(TlsTest.TRUSTING), secure), "tls");
      }
      echo(JdkClient.connect(plain), "plain again");
      assertEquals(1, contextsMade.get(), "contexts made for two TLS connections");
    }
  }

  private static void echo(JdkClient c, String text) {
    c.ws.sendText(text, true).join();
    await().atMost(Duration.ofSeconds(5)).until(() -> c.messages.size() == 1);
    assertEquals(text, c.messages.get(0));
    c.ws.sendClose(1000, "").join();
  }
}
