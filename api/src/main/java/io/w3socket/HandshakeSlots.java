package io.w3socket;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How many opening handshakes may run at once to one origin. RFC 6455 §4.1 (client requirements,
 * item 2) has a client keep at most one connection to a host in CONNECTING and queue the rest, so
 * that a page opening thousands of sockets does not flood the server; like that rule, but with a
 * few hundred in flight rather than one, so that a storm opens at the pace the server accepts
 * instead of overflowing its accept backlog, whose dropped SYNs come back only after seconds of TCP
 * backoff and can outlast the handshake deadline. A queued connection's deadline starts when its
 * turn comes.
 */
final class HandshakeSlots {
  /**
   * Handshakes in flight per origin. A storm of 15,000 sockets to one Node server (the load
   * driver's) opened fastest with 256 to 1,024 where handshakes run on the selector thread (3.6–4.1
   * s, against 4.1–4.5 s with 64); on OkHttp's threads 64, 256 and 1,024 were alike, 16 slower.
   */
  static final int PER_ORIGIN = 256;

  /** One queue per origin ever connected to; a few hundred bytes each. Thread-safe. */
  private static final ConcurrentMap<String, HandshakeSlots> SLOTS = new ConcurrentHashMap<>();

  /** Guarded by this. Handshakes started and not yet done. */
  private int inFlight;

  /** Guarded by this. Handshakes waiting for a slot, in the order they were started. */
  private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();

  private HandshakeSlots() {}

  static HandshakeSlots forOrigin(String origin) {
    return SLOTS.computeIfAbsent(origin, o -> new HandshakeSlots());
  }

  /**
   * Starts a handshake (which starts a thread or a task on the selector thread, never blocking) now
   * if a slot is free, else once the handshakes started before it have made room, on the thread
   * that ended one. A waiting handshake holds no thread.
   */
  void start(Runnable handshake) {
    synchronized (this) {
      if (inFlight == PER_ORIGIN) {
        waiting.add(handshake);
        return;
      }
      inFlight++;
    }
    handshake.run();
  }

  /** A handshake started here has ended, however it ended: its slot goes to the next one. */
  void done() {
    Runnable next;
    synchronized (this) {
      next = waiting.poll();
      if (next == null) {
        inFlight--;
        return;
      }
    }
    next.run();
  }
}
