package io.w3socket;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/**
 * Queues a socket's tasks on its event loop, holding them while the socket is being wired by {@link
 * WebSocket#connect}: as in a browser, where the page's task that created a socket runs to its end
 * before any task of that socket (WebSockets #feedback-from-the-protocol, note: "there is no race
 * condition between the WebSocket connection being established and the script setting up an event
 * listener").
 */
final class TaskGate {
  private static final System.Logger LOG = System.getLogger("io.w3socket");

  private final Executor loop;
  private final String url;

  /** Tasks handed to the loop and not yet started. */
  private final java.util.concurrent.atomic.AtomicInteger queued =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Tasks waiting for {@link #open()}; null once open. Guarded by {@code this}. */
  private ArrayDeque<Runnable> held;

  TaskGate(Executor loop, String url, boolean closed) {
    this.loop = loop;
    this.url = url;
    this.held = closed ? new ArrayDeque<>() : null;
  }

  /** Queues a task on the loop, or holds it while the gate is closed; keeps the order. */
  void execute(Runnable task) {
    synchronized (this) {
      if (held != null) {
        held.add(task);
        return;
      }
    }
    submit(task);
  }

  /**
   * Queues the held tasks, in order, and every later task directly. Tasks arriving meanwhile join
   * the held ones, so the order holds; nothing runs under the lock (an executor may run inline).
   */
  void open() {
    while (true) {
      ArrayDeque<Runnable> batch;
      synchronized (this) {
        batch = held;
        if (batch == null || batch.isEmpty()) {
          held = null;
          return;
        }
        held = new ArrayDeque<>();
      }
      batch.forEach(this::submit);
    }
  }

  /** More of this socket's tasks wait on the loop: a burst of events is being delivered. */
  boolean hasQueued() {
    return queued.get() > 0;
  }

  private void submit(Runnable task) {
    try {
      queued.incrementAndGet();
      loop.execute(
          () -> {
            queued.decrementAndGet();
            TaskWrites.run(task, this);
          });
    } catch (RuntimeException e) {
      // The embedder's event loop refused the task (typically: shut down). Nothing can run the
      // event; say so rather than let the connection's thread die.
      LOG.log(
          System.Logger.Level.WARNING,
          "The event loop of WebSocket '" + url + "' rejected an event task: " + e);
    }
  }
}
