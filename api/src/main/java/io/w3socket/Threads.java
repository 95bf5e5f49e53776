package io.w3socket;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The daemon threads w3socket owns: the default event loop, writers and one timer. */
final class Threads {
  private Threads() {}

  /** The default event loop: one thread for every socket, as a browser tab has one. */
  static final ExecutorService EVENT_LOOP =
      Executors.newSingleThreadExecutor(factory("w3socket-event-loop"));

  /** Runs each connection's writer while it has frames queued; threads idle out after 60 s. */
  static final ExecutorService WRITERS = Executors.newCachedThreadPool(factory("w3socket-writer"));

  /** Handshake, closing-handshake and linger timeouts. */
  static final ScheduledExecutorService TIMER = timer();

  private static ScheduledExecutorService timer() {
    ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, factory("w3socket-timer"));
    t.setRemoveOnCancelPolicy(true);
    return t;
  }

  static Thread newReader(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private static ThreadFactory factory(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
