package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WebSockets over TLS ({@code wss:}) end to end, against the conformance server behind TLS with
 * certificates a private CA made at run time ({@link LoopbackTlsServer}); the client trusts that CA
 * through the OkHttp client in its options ({@link WebSocketOptions.Builder#client}). A connection
 * over TLS runs on a reader thread with blocking writes ({@link Connection}), so these tests also
 * cover that path with a real TLS socket under it.
 */
class TlsTest {
  static final PrivateCa CA = LoopbackTlsServer.CA;
  static final TestServer server = LoopbackTlsServer.SERVER;
  static final WebSocketOptions TRUSTING =
      WebSocketOptions.builder().client(LoopbackTlsServer.TRUSTING_CLIENT).build();

  /** A server whose certificate another CA signed, one the client does not trust. */
  static final PrivateCa OTHER_CA = new PrivateCa("another CA");

  static final TestServer untrusted = TestServer.startTls(OTHER_CA.serverTls("127.0.0.1"));

  /** A server with a trusted certificate for another name than the one the client connects to. */
  static final TestServer otherName = TestServer.startTls(CA.serverTls("w3socket.test"));

  static {
    ConsoleLog.install(); // failures are logged as a browser prints them; the tests read the reason
  }

  @AfterAll
  static void stop() {
    untrusted.close();
    otherName.close();
  }

  // ---------------------------------------------------------------------------------------------
  // An established connection.

  @Test
  void opensEchoesAndClosesCleanly() {
    List<Object> sent = List.of("héllo over TLS", new byte[] {0, 1, (byte) 0x80, (byte) 0xFF});
    Recorder r = Recorder.sending(server.url("/echo"), TRUSTING, sent);
    r.assertEchoes(sent);
    assertEquals("wss://127.0.0.1:" + server.port() + "/echo", r.ws.getUrl());
    // #concept-websocket-establish: the extensions in use are the server's; /echo accepts
    // permessage-deflate (RFC 7692), which the client offers on wss: as on ws:.
    assertEquals("permessage-deflate", r.ws.getExtensions());
    r.ws.close(1000, "done");
    CloseEvent close = r.awaitClose();
    // RFC 6455 §7.1.6 and #feedback-from-the-protocol: both Close frames went through, so the
    // close is clean and carries the server's echo of our code and reason.
    assertEquals(List.of("open@1", "message@1", "message@1", "close@3"), recorded(r));
    assertEquals(1000, close.getCode());
    assertEquals("done", close.getReason());
    assertTrue(close.isWasClean());
    assertEquals(WebSocket.CLOSED, r.ws.getReadyState());
  }

  @Test
  void aMebibyteMessageSpansManyTlsRecords() {
    // A TLS record holds at most 16 KiB (RFC 8446 §5.1): 1 MiB is 64 or more records each way,
    // uncompressed on /echo-nocompress.
    byte[] big = new byte[1 << 20];
    new Random(8446).nextBytes(big);
    Recorder r = Recorder.sending(server.url("/echo-nocompress"), TRUSTING, List.of(big));
    r.assertEchoes(List.of(big));
    assertEquals("", r.ws.getExtensions());
    r.ws.close();
    assertEquals(1005, r.awaitClose().getCode()); // RFC 6455 §7.1.5: a Close without a code
  }

  @Test
  void aCompressedMebibyteComesBack() {
    // RFC 7692 §6 over TLS: the message is deflated (it repeats), sent, inflated by the server,
    // echoed deflated and inflated again here.
    StringBuilder text = new StringBuilder();
    while (text.length() < 1 << 20) {
      text.append("w3socket over TLS ").append(text.length() % 97).append('\n');
    }
    String sent = text.toString();
    Recorder r = Recorder.sending(server.url("/echo"), TRUSTING, List.of(sent));
    r.assertEchoes(List.of(sent));
    assertEquals("permessage-deflate", r.ws.getExtensions());
    r.ws.close();
    r.awaitClose();
  }

  @Test
  void sixteenMebibytesSentFromTheOpenListenerComeBack() {
    // More than the kernel's socket buffers hold: the blocking writer waits for room while the
    // reader thread reads the echo from the same TLS socket.
    byte[] big = new byte[16 << 20];
    new Random(7692).nextBytes(big);
    Recorder r = Recorder.sending(server.url("/echo-nocompress"), TRUSTING, List.of(big));
    r.assertEchoes(List.of(big));
    r.ws.close();
    r.awaitClose();
  }

  @Test
  void pipelinedMessagesComeBackInOrder() {
    // #dom-websocket-send and RFC 6455 §5.4: messages go out, and come back, in the order sent.
    Random random = new Random(6455);
    List<Object> sent = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      if (i % 2 == 0) {
        sent.add("message " + i + " " + "x".repeat(random.nextInt(2000)));
      } else {
        byte[] b = new byte[random.nextInt(5000)];
        random.nextBytes(b);
        sent.add(b);
      }
    }
    Recorder r = Recorder.sending(server.url("/echo"), TRUSTING, sent);
    r.assertEchoes(sent);
    r.ws.close(1000, "");
    assertTrue(r.awaitClose().isWasClean());
  }

  @Test
  void pingsAreAnsweredInOrder() {
    // RFC 6455 §5.5.2-§5.5.3: each Ping gets a Pong with its payload; the server reports each.
    Recorder r = Recorder.connect(server.url("/hostile/ping?count=10"), TRUSTING, ws -> {});
    List<Object> expected = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      expected.add("pong:hello" + i);
    }
    assertEquals(expected, r.awaitMessages(10).messages());
    r.ws.close();
    r.awaitClose();
  }

  @Test
  void theServersCloseIsAnsweredAndReportedClean() {
    // RFC 6455 §5.5.1 and §7.1.5-§7.1.6: the server's Close is echoed; its code and reason are
    // reported, clean.
    Recorder r = Recorder.connect(server.url("/close?code=4000&reason=bye"), TRUSTING, ws -> {});
    CloseEvent close = r.awaitClose();
    assertEquals(List.of("open@1", "close@3"), recorded(r));
    assertEquals(4000, close.getCode());
    assertEquals("bye", close.getReason());
    assertTrue(close.isWasClean());
  }

  @Test
  void theConnectionLostInsideAMessageFails() {
    // RFC 6455 §7.2.1: TCP (here TLS's close_notify, then TCP) ends without a Close frame while
    // OPEN: fail the WebSocket connection → error, then close 1006 (#feedback-from-the-protocol).
    Recorder r = Recorder.connect(server.url("/drop?when=mid-message"), TRUSTING, ws -> {});
    FailureTest.assertFailsAfterOpen(r);
    assertEquals(List.of("open@1", "error@3", "close@3"), recorded(r));
  }

  @Test
  void aProtocolErrorFailsTheConnection() {
    // RFC 6455 §5.1: a masked server frame fails the connection (§7.1.7: Close 1002, then TCP is
    // dropped): error, then close 1006.
    Recorder r = Recorder.connect(server.url("/hostile/masked-frame"), TRUSTING, ws -> {});
    FailureTest.assertFailsAfterOpen(r);
    assertEquals(List.of("open@1", "error@3", "close@3"), recorded(r));
  }

  // ---------------------------------------------------------------------------------------------
  // Connections that cannot be established: WebSockets #concept-websocket-establish (the fetch is
  // a network error) and RFC 6455 §4.1 ("If the TLS handshake fails, the client MUST Fail the
  // WebSocket Connection"). Each ends as FailureTest.assertFailsBeforeOpen checks: no open,
  // error, then close 1006, not clean, readyState CLOSED (#feedback-from-the-protocol, §7.1.7).

  @Test
  void aCertificateFromAnUntrustedCaFails() {
    String url = untrusted.url("/echo");
    FailureTest.assertFailsBeforeOpen(new WebSocket(url, TRUSTING));
    assertTrue(
        ConsoleLog.about(url).contains("PKIX"),
        () -> "not a certificate failure: " + ConsoleLog.about(url));
  }

  @Test
  void thePlatformsCasDoNotTrustAPrivateCa() {
    // Without a client of its own a socket uses the platform's trust store, which lacks the CA.
    String url = server.url("/echo?default-client");
    FailureTest.assertFailsBeforeOpen(new WebSocket(url));
    assertTrue(
        ConsoleLog.about(url).contains("PKIX"),
        () -> "not a certificate failure: " + ConsoleLog.about(url));
  }

  @Test
  void theUntrustedServerOpensForAClientTrustingItsCa() {
    // The control of the two tests above: the same server, trusted.
    WebSocketOptions trustingOther =
        WebSocketOptions.builder().client(OTHER_CA.trustingClient()).build();
    Recorder r = Recorder.connect(untrusted.url("/echo"), trustingOther, ws -> {}).awaitOpen();
    r.ws.close();
    r.awaitClose();
    assertEquals(List.of("open@1", "close@3"), recorded(r));
  }

  @Test
  void aCertificateForAnotherHostFails() {
    // RFC 6455 §4.1 and RFC 9110 §4.3.4: the certificate must name the URL's host, here the IP
    // address 127.0.0.1; this one names only w3socket.test.
    String url = otherName.url("/echo");
    FailureTest.assertFailsBeforeOpen(new WebSocket(url, TRUSTING));
    assertTrue(
        ConsoleLog.about(url).contains("not verified"),
        () -> "not a name mismatch: " + ConsoleLog.about(url));
  }

  @Test
  void theSameCertificateOpensForTheHostItNames() {
    // The control of the test above: w3socket.test resolved to the server's address.
    OkHttpClient named =
        CA.trustingClient(
            new OkHttpClient.Builder()
                .dns(
                    host ->
                        host.equals("w3socket.test")
                            ? List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}))
                            : okhttp3.Dns.SYSTEM.lookup(host)));
    Recorder r =
        Recorder.connect(
                "wss://w3socket.test:" + otherName.port() + "/echo",
                WebSocketOptions.builder().client(named).build(),
                ws -> ws.setOnopen(e -> ws.send("named")))
            .awaitMessages(1);
    assertEquals(List.of("named"), r.messages());
    r.ws.close();
    r.awaitClose();
  }

  @Test
  void plainHttpOnTheTlsPortFails() {
    // A server that answers the ClientHello in plain HTTP (400, then TCP close).
    FailureTest.assertFailsBeforeOpen(
        new WebSocket("wss://127.0.0.1:" + LoopbackServer.SERVER.port() + "/echo", TRUSTING));
  }

  /**
   * A peer that is no TLS server: it reads the client's first bytes (its ClientHello), completing
   * {@code hello}, then closes the connection, or holds it open and says nothing until closed.
   */
  private static RawPeer helloPeer(boolean closeAfterHello, CompletableFuture<Void> hello)
      throws IOException {
    return RawPeer.beforeRequest(
        (s, none) -> {
          InputStream in = s.getInputStream();
          if (in.read() >= 0) {
            hello.complete(null);
          }
          if (!closeAfterHello) {
            in.transferTo(OutputStream.nullOutputStream()); // until the client leaves or close()
          }
        });
  }

  private static String wssUrl(RawPeer peer) {
    return "wss://127.0.0.1:" + peer.port() + "/echo";
  }

  @Test
  void aServerThatClosesDuringTheTlsHandshakeFails() throws Exception {
    CompletableFuture<Void> hello = new CompletableFuture<>();
    try (RawPeer peer = helloPeer(true, hello)) {
      FailureTest.assertFailsBeforeOpen(new WebSocket(wssUrl(peer), TRUSTING));
      assertTrue(hello.isDone(), "the TLS handshake had begun");
    }
  }

  @Test
  void aServerThatNeverAnswersTheClientHelloFailsAtTheConnectTimeout() throws Exception {
    // WebSocketOptions.connectTimeout bounds the whole opening handshake, TLS included. A second
    // is long enough for TCP and the ClientHello on a loaded machine, so the TLS handshake began.
    CompletableFuture<Void> hello = new CompletableFuture<>();
    try (RawPeer peer = helloPeer(false, hello)) {
      WebSocketOptions options = TRUSTING.toBuilder().connectTimeout(Duration.ofSeconds(1)).build();
      String url = wssUrl(peer);
      FailureTest.assertFailsBeforeOpen(new WebSocket(url, options));
      assertTrue(hello.isDone(), "the TLS handshake had begun");
      assertTrue(
          ConsoleLog.about(url).contains("timed out"),
          () -> "not the timeout: " + ConsoleLog.about(url));
    }
  }

  @Test
  void closeDuringTheTlsHandshakeFailsTheConnection() throws Exception {
    // #dom-websocket-close: "If the WebSocket connection is not yet established, fail the
    // WebSocket connection" — at once, not at the connect timeout (30 s here).
    CompletableFuture<Void> hello = new CompletableFuture<>();
    try (RawPeer peer = helloPeer(false, hello)) {
      WebSocket ws = new WebSocket(wssUrl(peer), TRUSTING);
      Recorder r = Recorder.of(ws);
      await().atMost(Duration.ofSeconds(10)).until(hello::isDone);
      ws.close();
      CloseEvent close = r.awaitClose();
      assertEquals(List.of("error@3", "close@3"), recorded(r));
      assertEquals(1006, close.getCode());
      assertFalse(close.isWasClean());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/handshake/status?code=404", "/drop?when=handshake", "/nowhere"})
  void aBadAnswerAfterTheTlsHandshakeFails(String path) {
    FailureTest.assertFailsBeforeOpen(new WebSocket(server.url(path), TRUSTING));
  }

  private static List<String> recorded(Recorder r) {
    return r.events.stream().map(Object::toString).toList();
  }
}
