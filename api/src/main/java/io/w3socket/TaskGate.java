package io.w3socket;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Queues a socket's tasks on its event loop, holding them while the socket is being wired by {@link
 * WebSocket#connect}: as in a browser, where the page's task that created a socket runs to its end
 * before any task of that socket (WebSockets #feedback-from-the-protocol, note: "there is no race
 * condition between the WebSocket connection being established and the script setting up an event
 * listener").
 */
final class TaskGate {
  private static final System.Logger LOG = System.getLogger("io.w3socket");

  /**
   * Consecutive tasks of a burst that may leave their messages to the next ({@link TaskWrites}).
   */
  static final int HOLD_TASKS = 64;

  private final Executor loop;
  private final String url;

  /** Tasks handed to the loop and not yet started. */
  private final AtomicInteger queued = new AtomicInteger();

  /**
   * Connections whose writer a task left to the next one ({@link Connection#holdWriter}), or null.
   * Guarded by {@code this}.
   */
  private ArrayList<Connection> heldWriters;

  /** Consecutive tasks that ended holding writers, at most {@link #HOLD_TASKS}. Guarded by this. */
  private int holdingTasks;

  /**
   * Written under {@code this}. The selector thread is handing over what it has just read for this
   * socket ({@link #deliveryStarted}): more of its tasks may be queued any moment.
   */
  private volatile boolean delivering;

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

  /**
   * A burst of events is being delivered: more of this socket's tasks wait on the loop, or the
   * selector thread is still handing over a read that may queue more.
   */
  boolean inBurst() {
    return queued.get() > 0 || delivering;
  }

  /**
   * At the end of a task that sent: whether its writers may wait for this socket's next task (a
   * burst), unless {@link #HOLD_TASKS} tasks in a row did. No burst, or the budget spent, starts
   * the count again.
   */
  synchronized boolean holdForNext() {
    if (inBurst() && holdingTasks < HOLD_TASKS) {
      holdingTasks++;
      return true;
    }
    holdingTasks = 0;
    return false;
  }

  /**
   * Keeps {@code c}'s writer for the next task, if one is still queued or the selector thread may
   * yet queue one (checked under the lock that {@link #submit}'s refusal and {@link #deliveryEnded}
   * take, so neither strands a writer).
   */
  synchronized boolean hold(Connection c) {
    if (!inBurst()) {
      return false;
    }
    if (heldWriters == null) {
      heldWriters = new ArrayList<>(2);
    }
    heldWriters.add(c);
    return true;
  }

  /**
   * The selector thread starts handing over what it has read for this socket: a task that sends
   * meanwhile may leave its messages to the next, even when the loop has caught up with the reader
   * and none is queued yet.
   */
  synchronized void deliveryStarted() {
    delivering = true;
  }

  /**
   * The selector thread has handed over what it read. Writers held for a next task that none will
   * take (no task queued) go to the selector thread, which writes what the read's answers hold
   * together; a queued task takes them over as in any burst.
   */
  void deliveryEnded() {
    List<Connection> held;
    synchronized (this) {
      delivering = false;
      if (queued.get() > 0) {
        return;
      }
      held = takeHeldWriters();
    }
    for (int i = 0; i < held.size(); i++) {
      held.get(i).releaseWriter(this);
    }
  }

  /** At the start of a task: the writers held for it join {@code into}. */
  void resumeWriters(List<Connection> into) {
    List<Connection> held = takeHeldWriters();
    for (int i = 0; i < held.size(); i++) {
      Connection c = held.get(i);
      if (c.resumeWriter(this)) {
        into.add(c);
      }
    }
  }

  private synchronized List<Connection> takeHeldWriters() {
    List<Connection> held = heldWriters;
    heldWriters = null;
    return held == null ? List.of() : held;
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
      // event; say so rather than let the connection's thread die. A writer held for a next task
      // goes to the selector thread instead.
      List<Connection> held;
      synchronized (this) {
        queued.decrementAndGet();
        held = takeHeldWriters();
      }
      for (Connection c : held) {
        c.releaseWriter(this);
      }
      LOG.log(
          System.Logger.Level.WARNING,
          "The event loop of WebSocket '" + url + "' rejected an event task: " + e);
    }
  }
}
