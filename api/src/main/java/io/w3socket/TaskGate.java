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
 *
 * <p>While the selector thread hands over what it read ({@link #deliveryStarted}), the socket's
 * tasks reach the loop {@value #BATCH_TASKS} at a time: each is still a task of its own, in order,
 * but the loop thread, which has often caught up with the reader and parked, is woken once per
 * batch rather than once per message. The gate also keeps the writers that a burst's tasks leave to
 * their next task ({@link TaskWrites}).
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
   * Tasks a delivery gathers before it hands them to the loop together: the loop thread is woken
   * once for them rather than once for each, and starts on the first few while the rest are read.
   */
  static final int BATCH_TASKS = 16;

  /**
   * Written under {@code this}. The thread handing over what it has just read for this socket
   * ({@link #deliveryStarted}), or null: while set, more of its tasks may be queued any moment.
   */
  private volatile Thread deliverer;

  /**
   * Tasks queued during a delivery and not yet handed to the loop, or null. Only the delivering
   * thread hands them over, so batches reach the loop in order. Guarded by {@code this}.
   */
  private ArrayDeque<Runnable> batch;

  /** The delivering thread is handing a batch to the loop. Guarded by {@code this}. */
  private boolean handingOver;

  /** Tasks waiting for {@link #open()}; null once open. Guarded by {@code this}. */
  private ArrayDeque<Runnable> held;

  TaskGate(Executor loop, String url, boolean closed) {
    this.loop = loop;
    this.url = url;
    this.held = closed ? new ArrayDeque<>() : null;
  }

  /**
   * Queues a task on the loop, or holds it while the gate is closed, or gathers it while the
   * selector thread delivers; keeps the order.
   */
  void execute(Runnable task) {
    boolean gathered;
    synchronized (this) {
      if (held != null) {
        held.add(task);
        return;
      }
      gathered = deliverer != null;
      if (gathered) {
        if (batch == null) {
          batch = new ArrayDeque<>(BATCH_TASKS);
        }
        batch.add(task);
        if (batch.size() < BATCH_TASKS || Thread.currentThread() != deliverer) {
          return;
        }
      }
    }
    if (gathered) {
      submitBatch(); // the deliverer hands a full batch over
    } else {
      submit(task);
    }
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
    return queued.get() > 0 || deliverer != null;
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
   * The selector thread starts handing over what it has read for this socket. Until {@link
   * #deliveryEnded}, the socket's tasks are gathered and reach the loop {@value #BATCH_TASKS} at a
   * time; and a task that sends may leave its messages to the next, even when the loop has caught
   * up with the reader and none is queued yet.
   */
  synchronized void deliveryStarted() {
    deliverer = Thread.currentThread();
  }

  /**
   * The selector thread has handed over what it read: the tasks gathered go to the loop (and any
   * queued meanwhile after them). Writers held for a next task that none will take (no task queued)
   * then go to the selector thread, which writes what the read's answers hold together; a queued
   * task takes them over as in any burst.
   */
  void deliveryEnded() {
    List<Connection> writers;
    while (true) {
      submitBatch();
      synchronized (this) {
        if (batch == null) {
          // Every task gathered is on the loop: later ones go there directly.
          deliverer = null;
          writers = queued.get() > 0 ? List.of() : takeHeldWriters();
          break;
        }
      }
      // Another thread queued a task while the batch went to the loop: it goes next.
    }
    for (int i = 0; i < writers.size(); i++) {
      writers.get(i).releaseWriter(this);
    }
  }

  /**
   * Hands the gathered tasks to the loop, in order; on the delivering thread only, and not again
   * from a task that an inline executor runs meanwhile (its tasks wait for the next hand-over).
   */
  private void submitBatch() {
    ArrayDeque<Runnable> tasks;
    synchronized (this) {
      if (handingOver) {
        return;
      }
      tasks = batch;
      batch = null;
      handingOver = tasks != null;
    }
    if (tasks == null) {
      return;
    }
    try {
      tasks.forEach(this::submit);
    } finally {
      synchronized (this) {
        handingOver = false;
      }
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
