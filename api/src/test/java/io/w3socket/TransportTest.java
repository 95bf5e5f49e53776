package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.w3socket.testserver.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two ways an open connection's bytes move ({@link Connection}): on the selector thread, for a
 * plain TCP socket from w3socket's own socket factory, and on a reader thread with blocking writes,
 * where the embedder's client brings its own socket factory (as it does for TLS). Each scenario
 * runs on both, with the same outcome.
 */
class TransportTest {
  static final TestServer server = LoopbackServer.SERVER;

  enum Transport {
    SELECTOR(WebSocketOptions.defaults()),
    READER_THREAD(
        WebSocketOptions.builder()
            .client(new OkHttpClient.Builder().socketFactory(new PlainSocketFactory()).build())
            .build());

    final WebSocketOptions options;

    Transport(WebSocketOptions options) {
      this.options = options;
    }
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void messagesOfEverySizeComeBackInOrder(Transport t) {
    Random random = new Random(6455);
    List<Object> sent = new ArrayList<>();
    // Around the 125/126 and 65535/65536 length forms, a 64 KiB encoding chunk and 1 MiB.
    for (int size : new int[] {0, 1, 125, 126, 65535, 65536, 65537, 200_000, 1 << 20}) {
      byte[] b = new byte[size];
      random.nextBytes(b);
      sent.add(b);
      sent.add("text of " + size);
    }
    Recorder r = Recorder.sending(server.url("/echo"), t.options, sent);
    r.assertEchoes(sent);
    r.ws.close(1000, "done");
    CloseEvent c = r.awaitClose();
    assertEquals(1000, c.getCode());
    assertTrue(c.isWasClean());
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void sixteenMebibytesSentFromTheOpenListenerComeBack(Transport t) {
    // More than the kernel's socket buffers hold: the writer must wait for room without blocking
    // the thread that reads the echo (the selector thread, when it is also the writer's).
    byte[] big = new byte[16 << 20];
    new Random(7692).nextBytes(big);
    Recorder r = Recorder.sending(server.url("/echo-nocompress"), t.options, List.of(big));
    r.assertEchoes(List.of(big));
    r.ws.close();
    r.awaitClose();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void pingsAreAnsweredInOrder(Transport t) {
    // The server writes ten Pings in one flush and sends "pong:" + payload for each Pong it gets.
    Recorder r = Recorder.connect(server.url("/hostile/ping?count=10"), t.options, ws -> {});
    List<Object> expected = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      expected.add("pong:hello" + i);
    }
    assertEquals(expected, r.awaitMessages(10).messages());
    r.ws.close();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void theServersCloseIsAnsweredAndReported(Transport t) {
    Recorder r = Recorder.connect(server.url("/close?code=4000&reason=bye"), t.options, ws -> {});
    CloseEvent c = r.awaitClose();
    assertEquals(List.of("open", "close"), r.types());
    assertEquals(4000, c.getCode());
    assertEquals("bye", c.getReason());
    assertTrue(c.isWasClean());
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void tcpDroppedInsideAMessageFailsTheConnection(Transport t) {
    // RFC 6455 §7.2.1 and §6.2: the message never completes; error, then close 1006.
    Recorder r = Recorder.connect(server.url("/drop?when=mid-message"), t.options, ws -> {});
    CloseEvent c = r.awaitClose();
    assertEquals(List.of("open", "error", "close"), r.types());
    assertEquals(1006, c.getCode());
    assertFalse(c.isWasClean());
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aProtocolErrorSendsACloseFrameAndFails(Transport t) {
    // RFC 6455 §5.1: a masked server frame fails the connection (§7.1.7: a Close frame with 1002
    // goes out, then TCP is dropped): error, then close 1006.
    Recorder r = Recorder.connect(server.url("/hostile/masked-frame"), t.options, ws -> {});
    CloseEvent c = r.awaitClose();
    assertEquals(List.of("open", "error", "close"), r.types());
    assertEquals(1006, c.getCode());
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void onlyTheReaderThreadTransportKeepsAThreadPerOpenSocket(Transport t) {
    // On JDK 21+ reader threads are virtual, which Thread.getAllStackTraces does not list.
    assumeFalse(Threads.virtual(), "virtual reader threads are not listed");
    List<Recorder> open = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      open.add(
          Recorder.connect(server.url("/echo"), t.options, ws -> ws.setOnopen(e -> ws.send("x"))));
    }
    for (Recorder r : open) {
      assertEquals(List.of("x"), r.awaitMessages(1).messages());
    }
    long readers =
        Thread.getAllStackTraces().keySet().stream()
            .filter(th -> th.getName().startsWith("w3socket reader"))
            .count();
    if (t == Transport.SELECTOR) {
      // Handshake threads end with their handshake; some may still be finishing.
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(10))
          .until(
              () ->
                  Thread.getAllStackTraces().keySet().stream()
                      .noneMatch(th -> th.getName().startsWith("w3socket reader")));
    } else {
      assertTrue(readers >= 20, readers + " reader threads for 20 open sockets");
    }
    for (Recorder r : open) {
      r.ws.close();
      r.awaitClose();
    }
  }

  /** An embedder's socket factory: plain sockets, not w3socket's channel-backed ones. */
  static final class PlainSocketFactory extends SocketFactory {
    @Override
    public Socket createSocket() {
      return new Socket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return new Socket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
        throws IOException {
      return new Socket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return new Socket(host, port);
    }

    @Override
    public Socket createSocket(
        InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
      return new Socket(address, port, localAddress, localPort);
    }
  }
}
