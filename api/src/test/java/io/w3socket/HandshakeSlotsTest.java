package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link HandshakeSlots}: at most {@link HandshakeSlots#PER_ORIGIN} handshakes in flight to one
 * origin (RFC 6455 §4.1, client requirements, item 2, with more than one), the rest started in
 * order as slots free up, and an origin forgotten once its last handshake has ended. Each test uses
 * origins of its own, so the sockets of other tests cannot disturb the counts.
 */
class HandshakeSlotsTest {
  @Test
  void handshakesBeyondTheLimitWaitAndStartInOrderAsSlotsFreeUp() {
    String origin = "ws://slots-in-order.test";
    List<Integer> started = new ArrayList<>();
    int n = HandshakeSlots.PER_ORIGIN + 3;
    for (int i = 0; i < n; i++) {
      int id = i;
      HandshakeSlots.start(origin, () -> started.add(id));
    }
    assertEquals(HandshakeSlots.PER_ORIGIN, started.size(), "started at once");
    assertEquals(HandshakeSlots.PER_ORIGIN, HandshakeSlots.inFlight(origin));

    HandshakeSlots.done(origin); // the slot goes to the first waiting, on this thread
    assertEquals(HandshakeSlots.PER_ORIGIN + 1, started.size());
    assertEquals(HandshakeSlots.PER_ORIGIN, started.get(HandshakeSlots.PER_ORIGIN));
    assertEquals(HandshakeSlots.PER_ORIGIN, HandshakeSlots.inFlight(origin));

    HandshakeSlots.done(origin);
    HandshakeSlots.done(origin);
    assertEquals(n, started.size());
    for (int i = 0; i < n; i++) {
      assertEquals(i, started.get(i), "start order");
    }
    assertEquals(HandshakeSlots.PER_ORIGIN, HandshakeSlots.inFlight(origin));
    for (int i = 0; i < HandshakeSlots.PER_ORIGIN; i++) {
      HandshakeSlots.done(origin);
    }
    assertFalse(HandshakeSlots.tracked(origin));
  }

  @Test
  void anOriginIsForgottenWhenItsLastHandshakeEndsAndCountsAfreshAfter() {
    String origin = "ws://slots-forgotten.test";
    int n = HandshakeSlots.PER_ORIGIN + 1;
    int[] started = new int[1];
    for (int i = 0; i < n; i++) {
      HandshakeSlots.start(origin, () -> started[0]++);
    }
    for (int i = 0; i < n; i++) {
      assertTrue(HandshakeSlots.tracked(origin), "tracked with " + (n - i) + " not done");
      HandshakeSlots.done(origin);
    }
    assertEquals(n, started[0]);
    assertFalse(HandshakeSlots.tracked(origin), "forgotten once none is in flight");

    HandshakeSlots.start(origin, () -> started[0]++);
    assertEquals(n + 1, started[0], "a fresh start runs at once");
    assertEquals(1, HandshakeSlots.inFlight(origin));
    HandshakeSlots.done(origin);
    assertFalse(HandshakeSlots.tracked(origin));
  }

  @Test
  void originsCountApart() {
    String a = "ws://slots-a.test";
    String b = "ws://slots-b.test";
    int[] started = new int[1];
    for (int i = 0; i < HandshakeSlots.PER_ORIGIN; i++) {
      HandshakeSlots.start(a, () -> started[0]++);
    }
    HandshakeSlots.start(b, () -> started[0]++);
    assertEquals(HandshakeSlots.PER_ORIGIN + 1, started[0], "b's first starts though a is full");
    HandshakeSlots.done(b);
    assertFalse(HandshakeSlots.tracked(b));
    for (int i = 0; i < HandshakeSlots.PER_ORIGIN; i++) {
      HandshakeSlots.done(a);
    }
    assertFalse(HandshakeSlots.tracked(a));
  }
}
