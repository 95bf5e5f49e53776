package io.w3socket;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * How many opening handshakes may run at once to one origin. RFC 6455 §4.1 (client requirements,
 * item 2) has a client keep at most one connection to a host in CONNECTING and queue the rest, so
 * that a page opening thousands of sockets does not flood the server; like that rule, but with a
 * few hundred in flight rather than one, so that a storm opens at the pace the server accepts
 * instead of overflowing its accept backlog, whose dropped SYNs come back only after seconds of TCP
 * backoff and can outlast the handshake deadline. A queued connection's deadline starts when its
 * turn comes; one closed while it waits ends then ({@link Connection#abort}), and its turn, when it
 * comes, only passes the slot on.
 */
final class HandshakeSlots {
  /**
   * Handshakes in flight per origin. A storm of 15,000 sockets to one Node server (the load
   * driver's) opened fastest with 256 to 1,024 where handshakes run on the selector thread (3.6–4.1
   * s, against 4.1–4.5 s with 64); on OkHttp's threads 64, 256 and 1,024 were alike, 16 slower.
   */
  static final int PER_ORIGIN = 256;

  /**
   * The origins with a handshake started and not yet done, and theirs only: an origin leaves when
   * its last handshake ends, so a JVM that connects to many origins over its life keeps none of
   * them. Guarded by itself, as are {@link #inFlight} and {@link #waiting} (a few instructions per
   * handshake start and end, not worth a lock per origin).
   */
  private static final Map<String, HandshakeSlots> ORIGINS = new HashMap<>();

  /** Handshakes started and not yet done; at least 1 while in {@link #ORIGINS}. */
  private int inFlight;

  /** Handshakes waiting for a slot, in the order they were started; null until one waits. */
  private ArrayDeque<Runnable> waiting;

  /** A thread's handshake starts, run one after another rather than one inside another. */
  private static final class Starts {
    /** Whether the thread is running a start (in {@link #run}). */
    boolean running;

    /** Starts that came while it was; null until one did. */
    ArrayDeque<Runnable> deferred;
  }

  /** Per thread: the selector thread, a handshake thread, or a thread that created a socket. */
  private static final ThreadLocal<Starts> STARTS = ThreadLocal.withInitial(Starts::new);

  private HandshakeSlots() {}

  /**
   * Starts a handshake to {@code origin} (which starts a thread or a task on the selector thread,
   * never blocking) now if a slot is free, else once the handshakes started before it have made
   * room, on the thread that ended one. A waiting handshake holds no thread.
   */
  static void start(String origin, Runnable handshake) {
    synchronized (ORIGINS) {
      HandshakeSlots slots = ORIGINS.computeIfAbsent(origin, o -> new HandshakeSlots());
      if (slots.inFlight == PER_ORIGIN) {
        if (slots.waiting == null) {
          slots.waiting = new ArrayDeque<>();
        }
        slots.waiting.add(handshake);
        return;
      }
      slots.inFlight++;
    }
    run(handshake);
  }

  /**
   * A handshake started to {@code origin} has ended, however it ended: its slot goes to the next
   * one waiting, if any.
   */
  static void done(String origin) {
    Runnable next;
    synchronized (ORIGINS) {
      HandshakeSlots slots = ORIGINS.get(origin);
      next = slots.waiting == null ? null : slots.waiting.poll();
      if (next == null && --slots.inFlight == 0) {
        ORIGINS.remove(origin);
      }
    }
    if (next != null) {
      run(next);
    }
  }

  /**
   * Runs a handshake's start, or defers it until the start this thread is running returns. A start
   * can end its handshake at once (a socket closed while it waited for its turn), and so start the
   * next one waiting: nested, ten thousand sockets closed in a queue overflowed the selector
   * thread's stack and never fired their close events; one after another, they need the stack of
   * one.
   */
  private static void run(Runnable start) {
    Starts starts = STARTS.get();
    if (starts.running) {
      if (starts.deferred == null) {
        starts.deferred = new ArrayDeque<>();
      }
      starts.deferred.add(start);
      return;
    }
    starts.running = true;
    Throwable failure = null; // the first start's to throw, thrown once the others have run
    try {
      Runnable next = start;
      while (next != null) {
        try {
          next.run();
        } catch (RuntimeException | Error e) {
          if (failure == null) {
            failure = e;
          }
        }
        next = starts.deferred == null ? null : starts.deferred.poll();
      }
    } finally {
      starts.running = false;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    } else if (failure != null) {
      throw (Error) failure;
    }
  }

  /** Handshakes to {@code origin} started and not yet done (0 when it is not tracked). */
  static int inFlight(String origin) {
    synchronized (ORIGINS) {
      HandshakeSlots slots = ORIGINS.get(origin);
      return slots == null ? 0 : slots.inFlight;
    }
  }

  /** Whether {@code origin} has a handshake started and not yet done (it is tracked). */
  static boolean tracked(String origin) {
    synchronized (ORIGINS) {
      return ORIGINS.containsKey(origin);
    }
  }
}
