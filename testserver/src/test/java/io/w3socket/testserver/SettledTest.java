package io.w3socket.testserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link TestServer#settled()}: true only when no connection can speak unless its client does, as
 * the Ping/Pong exchange proves (RFC 6455 §5.5.2, §5.5.3). Each test has a server of its own, since
 * the answer covers every connection.
 */
class SettledTest {
  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The next frame, which must be a probe's Ping. */
  private static RawClient.Frame readPing(RawClient c) throws Exception {
    RawClient.Frame ping = c.readFrame();
    assertEquals(0x89, ping.b0, "a Ping with FIN");
    return ping;
  }

  /** Answers {@code ping} with its Pong (RFC 6455 §5.5.3: the same application data). */
  private static void pong(RawClient c, RawClient.Frame ping) throws Exception {
    c.sendFrame(0x8A, ping.payload);
  }

  @Test
  void aServerWithoutConnectionsIsSettled() throws Exception {
    assertTrue(server.settled().get(10, TimeUnit.SECONDS));
  }

  @Test
  void anEchoWhoseClientAnswersThePingAtOnceIsSettled() throws Exception {
    try (RawClient c = new RawClient(server.port())) {
      c.open("/echo");
      c.sendText("one");
      assertEquals("one", c.readFrame().text());
      CompletableFuture<Boolean> answer = server.settled();
      pong(c, readPing(c));
      assertTrue(answer.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void aMessageReadBeforeThePongMeansNotSettled() throws Exception {
    try (RawClient c = new RawClient(server.port())) {
      c.open("/echo");
      CompletableFuture<Boolean> answer = server.settled();
      RawClient.Frame ping = readPing(c);
      c.sendText("late"); // sent before the Pong: the echo has something to say
      pong(c, ping);
      assertFalse(answer.get(10, TimeUnit.SECONDS));
      assertEquals("late", c.readFrame().text());
    }
  }

  @Test
  void anotherPongDoesNotAnswerTheProbe() throws Exception {
    try (RawClient c = new RawClient(server.port())) {
      c.open("/echo");
      CompletableFuture<Boolean> answer = server.settled();
      RawClient.Frame ping = readPing(c);
      c.sendFrame(0x8A, "unsolicited".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      pong(c, ping);
      // §5.5.3: an unsolicited Pong is a frame read meanwhile like any other.
      assertFalse(answer.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void probesMayOverlap() throws Exception {
    try (RawClient c = new RawClient(server.port())) {
      c.open("/echo");
      CompletableFuture<Boolean> first = server.settled();
      RawClient.Frame ping1 = readPing(c);
      CompletableFuture<Boolean> second = server.settled();
      RawClient.Frame ping2 = readPing(c);
      pong(c, ping1); // the first probe's Pong is no frame for the second
      pong(c, ping2);
      assertTrue(first.get(10, TimeUnit.SECONDS));
      assertTrue(second.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void aSkippedPongAnswersFalse() throws Exception {
    try (RawClient c = new RawClient(server.port())) {
      c.open("/echo");
      CompletableFuture<Boolean> first = server.settled();
      readPing(c); // never answered
      CompletableFuture<Boolean> second = server.settled();
      RawClient.Frame ping2 = readPing(c);
      pong(c, ping2);
      assertFalse(first.get(10, TimeUnit.SECONDS));
      assertTrue(second.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void anEndpointThatSpeaksOnItsOwnIsNeverSettled() throws Exception {
    try (RawClient c = new RawClient(server.port())) {
      c.open("/headers");
      c.readFrame(); // the JSON report
      assertFalse(server.settled().get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void aPendingAnswerIsFalseWhenTheConnectionCloses() throws Exception {
    CompletableFuture<Boolean> answer;
    try (RawClient c = new RawClient(server.port())) {
      c.open("/echo");
      answer = server.settled();
      readPing(c); // never answered
      assertFalse(answer.isDone(), "no answer before the Pong");
    }
    assertFalse(answer.get(10, TimeUnit.SECONDS));
  }

  @Test
  void oneUnsettledConnectionMakesTheServerUnsettled() throws Exception {
    try (RawClient quiet = new RawClient(server.port());
        RawClient chatty = new RawClient(server.port())) {
      quiet.open("/echo");
      chatty.open("/echo");
      CompletableFuture<Boolean> answer = server.settled();
      pong(quiet, readPing(quiet));
      RawClient.Frame ping = readPing(chatty);
      chatty.sendText("more");
      pong(chatty, ping);
      assertFalse(answer.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void aClosedServerIsNotSettled() throws Exception {
    server.close();
    assertFalse(server.settled().get(10, TimeUnit.SECONDS));
  }
}
