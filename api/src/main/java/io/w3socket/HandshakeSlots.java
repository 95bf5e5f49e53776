package io.w3socket;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * How many opening handshakes may run at once to one origin. RFC 6455 §4.1 (client requirements,
 * item 2) has a client keep at most one connection to a host in CONNECTING and queue the rest, so
 * that a page opening thousands of sockets does not flood the server; like that rule, but with a
 * few dozen in flight rather than one, so that a storm opens at the pace the server accepts instead
 * of overflowing its accept backlog, whose dropped SYNs come back only after seconds of TCP backoff
 * and can outlast the handshake deadline. A queued connection's deadline starts when its turn
 * comes.
 */
final class HandshakeSlots {
  /** Handshakes in flight per origin. */
  static final int PER_ORIGIN = 64;

  /** One semaphore per origin ever connected to; a few hundred bytes each. Thread-safe. */
  private static final ConcurrentMap<String, Semaphore> SLOTS = new ConcurrentHashMap<>();

  private HandshakeSlots() {}

  static Semaphore forOrigin(String origin) {
    return SLOTS.computeIfAbsent(origin, o -> new Semaphore(PER_ORIGIN, true));
  }
}
