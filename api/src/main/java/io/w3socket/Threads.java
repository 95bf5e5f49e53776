package io.w3socket;

import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daemon threads w3socket owns: the default event loop, handshake threads, readers and writers
 * of connections that have no channel, and one timer. (Open connections on a plain TCP channel need
 * none of these: the selector thread, {@link IoLoop}, carries them.)
 *
 * <p>A handshake thread blocks on OkHttp for one opening handshake; on a connection without a
 * channel (TLS, or an embedder's socket that is no channel's) it goes on as the reader, for the
 * connection's whole life. On a JDK with virtual threads (21+) they are virtual threads, so such a
 * reader costs a parked continuation rather than an OS thread; the JDK is asked at run time, so the
 * bytecode stays Java 17's. Elsewhere they are pooled platform threads with a small stack. The
 * system property {@code io.w3socket.virtualThreads=false} forces platform threads.
 */
final class Threads {
  private Threads() {}

  /**
   * Stack size of a platform handshake or reader thread: a handshake and the frame loop need
   * little.
   */
  private static final long READER_STACK = 256 * 1024;

  /** Makes unstarted virtual threads, or null where the JDK has none (or they are turned off). */
  private static final ThreadFactory VIRTUAL = virtualThreadFactory();

  /** The default event loop: one thread for every socket, as a browser tab has one. */
  static final ExecutorService EVENT_LOOP =
      Executors.newSingleThreadExecutor(factory("w3socket-event-loop"));

  /**
   * Runs the writer of a connection without a channel while it has frames queued: a virtual thread
   * per task where the JDK has them, else a cached pool whose threads idle out after 60 s.
   */
  static final Executor WRITERS =
      VIRTUAL != null
          ? task -> VIRTUAL.newThread(task).start()
          : Executors.newCachedThreadPool(factory("w3socket-writer"));

  /**
   * Handshake, closing-handshake and linger timeouts; the end of a connection closed before its
   * handshake began.
   */
  static final ScheduledExecutorService TIMER = timer();

  private static ScheduledExecutorService timer() {
    ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, factory("w3socket-timer"));
    t.setRemoveOnCancelPolicy(true);
    return t;
  }

  /** Whether readers and writers are virtual threads. */
  static boolean virtual() {
    return VIRTUAL != null;
  }

  /** The name of a platform handshake thread between connections. */
  private static final String IDLE_HANDSHAKE = "w3socket-handshake-idle";

  /**
   * Platform handshake threads, where there are no virtual threads: a pool, so that a storm of
   * connections reuses the few dozen threads its handshakes need at a time ({@link HandshakeSlots})
   * instead of starting and ending a thread per connection (on JDK 17, 15,000 sockets opened at
   * once took 2.3 s more system time than on virtual threads). A thread idles out 10 s after its
   * last connection.
   */
  private static final ExecutorService HANDSHAKES =
      VIRTUAL != null
          ? null
          : new ThreadPoolExecutor(
              0,
              Integer.MAX_VALUE,
              10,
              TimeUnit.SECONDS,
              new SynchronousQueue<>(),
              r -> {
                Thread t = new Thread(null, r, IDLE_HANDSHAKE, READER_STACK);
                t.setDaemon(true);
                return t;
              });

  /**
   * Runs a connection's handshake (and, without a channel, its reader, which goes on on the same
   * thread) on a thread named {@code name} while it runs: a new virtual thread, or a pooled
   * platform one.
   */
  static void startHandshake(Runnable r, String name) {
    if (VIRTUAL != null) {
      startVirtual(r, name);
      return;
    }
    HANDSHAKES.execute(
        () -> {
          Thread t = Thread.currentThread();
          t.setName(name);
          try {
            r.run();
          } finally {
            t.setName(IDLE_HANDSHAKE);
          }
        });
  }

  /** Starts a virtual thread named {@code name}; only where {@link #virtual()}. */
  static void startVirtual(Runnable r, String name) {
    Thread t = VIRTUAL.newThread(r); // virtual threads are always daemon threads
    t.setName(name);
    t.start();
  }

  /** {@code Thread.ofVirtual().name("w3socket-", 1).factory()}, looked up reflectively. */
  private static ThreadFactory virtualThreadFactory() {
    if (!Boolean.parseBoolean(System.getProperty("io.w3socket.virtualThreads", "true"))) {
      return null;
    }
    try {
      Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
      Class<?> type = Class.forName("java.lang.Thread$Builder");
      builder = type.getMethod("name", String.class, long.class).invoke(builder, "w3socket-", 1L);
      Method factory = type.getMethod("factory");
      return (ThreadFactory) factory.invoke(builder);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null; // JDK 17–20 (on 19–20 virtual threads are a preview feature, off by default)
    }
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
