package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@code bufferedAmount} (WebSockets #dom-websocket-bufferedamount). */
@TckArea(value = "bufferedAmount", order = 5)
public abstract class BufferedAmountVerification extends TckBase {
  private static final int MIB = 1024 * 1024;

  /**
   * #dom-websocket-send step 2: send() increases bufferedAmount by the UTF-8 byte count (or
   * byteLength) inside the call; #dom-websocket-bufferedamount: it only decreases in later tasks,
   * so within one listener it adds up exactly.
   */
  @Test
  @Spec(
      "WebSockets #dom-websocket-send step 2 ('increase the bufferedAmount attribute by the number"
          + " of bytes'); #dom-websocket-bufferedamount")
  void bufferedAmountGrowsInsideSendByTheByteCount() throws Exception {
    List<Long> seen = new CopyOnWriteArrayList<>();
    Probe p =
        probe()
            .on(
                "open",
                (s, e) -> {
                  s.send("h\u00e9llo");
                  seen.add(s.bufferedAmount());
                  s.send(new byte[MIB]);
                  seen.add(s.bufferedAmount());
                  s.send("\uD83D\uDE00");
                  seen.add(s.bufferedAmount());
                });
    connect(p, "/sink").awaitOpen();
    assertEquals(
        List.of(6L, 6L + MIB, 10L + MIB),
        seen,
        "bufferedAmount after send(\"h\u00e9llo\"), send(1 MiB), send(U+1F600)");
  }

  /** #dom-websocket-bufferedamount: bufferedAmount returns to 0 once the data has been sent. */
  @Test
  @Spec("WebSockets #dom-websocket-bufferedamount")
  void bufferedAmountReturnsToZeroOnceTransmitted() throws Exception {
    Probe p = probe().on("open", (s, e) -> s.send(new byte[2 * MIB]));
    connect(p, "/sink").awaitOpen();
    p.awaitUntil("bufferedAmount to return to 0", () -> p.socket().bufferedAmount() == 0);
  }

  /**
   * #dom-websocket-bufferedamount: data the peer has not read yet stays counted in bufferedAmount.
   * (Random bytes, so that permessage-deflate cannot shrink them.)
   */
  @Test
  @Spec(
      "WebSockets #dom-websocket-bufferedamount ('queued ... but ... not yet been transmitted to"
          + " the network')")
  void bufferedAmountCountsDataTheNetworkHasNotTaken() throws Exception {
    byte[] noise = new byte[MIB];
    new Random(3).nextBytes(noise);
    Probe p =
        probe()
            .on(
                "open",
                (s, e) -> {
                  for (int i = 0; i < 12; i++) {
                    s.send(noise);
                  }
                });
    connect(p, "/slow?bytesPerSecond=65536").awaitOpen();
    p.awaitUntil("some data to leave", () -> p.socket().bufferedAmount() < 12L * MIB);
    long now = p.socket().bufferedAmount();
    assertTrue(
        now > 0,
        "a peer reading 64 KiB/s cannot have taken 12 MiB yet, but bufferedAmount is " + now);
  }

  /**
   * #dom-websocket-send step 2: after the closing handshake started, send() still adds to
   * bufferedAmount.
   */
  @Test
  @Spec(
      "WebSockets #dom-websocket-send step 2 ('Any invocation of this method ... that does not"
          + " throw an exception must increase the bufferedAmount attribute')")
  void bufferedAmountGrowsForSendsWhileClosing() throws Exception {
    List<Long> seen = new CopyOnWriteArrayList<>();
    Probe p =
        probe()
            .on(
                "open",
                (s, e) -> {
                  s.close();
                  long before = s.bufferedAmount();
                  s.send("abc");
                  s.send(new byte[5]);
                  seen.add(s.bufferedAmount() - before);
                });
    connect(p, "/echo").awaitOpen();
    assertEquals(
        List.of(8L),
        seen,
        "bufferedAmount growth from send(\"abc\") and send(5 bytes) while CLOSING");
  }

  /**
   * #dom-websocket-send step 2: bufferedAmount does not reset when the connection closes; sends
   * after close add to it.
   */
  @Test
  @Spec(
      "WebSockets #dom-websocket-send step 2; #interface-definition, non-normative note ('does not"
          + " reset to zero once the connection closes')")
  void bufferedAmountIsNotResetWhenClosed() throws Exception {
    Probe p = connect("/echo");
    p.awaitOpen();
    Probe.run(() -> p.socket().close());
    p.awaitClose();
    long before = p.socket().bufferedAmount();
    Probe.run(() -> p.socket().send("12345"));
    assertEquals(
        before + 5,
        p.socket().bufferedAmount(),
        "bufferedAmount after send(\"12345\") when CLOSED");
  }
}
