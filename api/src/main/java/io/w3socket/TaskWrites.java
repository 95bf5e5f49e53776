package io.w3socket;

import java.util.ArrayList;

/**
 * Messages sent inside one of w3socket's event-loop tasks leave when that task ends, written by the
 * loop thread itself: a listener that answers a message costs no hand-over to another thread, and
 * the messages a task sends together go out together, in one write where they fit, as a page's do.
 * A connection's frames still leave in the order they were sent. Sends from other threads, and
 * frames the kernel cannot take at once, go to the selector thread ({@link IoLoop}).
 *
 * <p>While a burst of messages is being delivered (more of the socket's tasks wait on the loop, or
 * the selector thread is still handing over what it read), a task that sent small messages leaves
 * them to the socket's next task ({@link TaskGate#holdForNext}, {@link Connection#holdWriter});
 * after {@value TaskGate#HOLD_TASKS} such tasks in a row, or for larger messages, the writing goes
 * to the selector thread, so that the loop goes on delivering while it writes. When the burst ends
 * the last task writes, or, if the loop had caught up with the reader, the selector thread writes
 * once it has handed over its read ({@link TaskGate#deliveryEnded}). So a burst's answers leave in
 * few writes with one hand-over to the selector thread per {@value TaskGate#HOLD_TASKS} rather than
 * per answer (as Netty's {@code FlushConsolidationHandler} consolidates flushes while a read is in
 * progress). Anything that must not wait (a Pong, a Close, a send from another thread, the end of
 * TCP, a task the loop refused) takes a held writer to the selector thread at once.
 */
final class TaskWrites {
  /** The task running on this thread, if it is one of ours. */
  private static final ThreadLocal<TaskWrites> CURRENT = ThreadLocal.withInitial(TaskWrites::new);

  /** This thread runs one of our tasks now. */
  private boolean inTask;

  /** Connections whose writer this task holds, to run when it ends; this thread only. */
  private final ArrayList<Connection> pending = new ArrayList<>();

  private TaskWrites() {}

  /**
   * Runs one of a socket's tasks, with the writers its gate held for it; then writes what they
   * hold, or holds them for the gate's next task.
   */
  static void run(Runnable task, TaskGate gate) {
    TaskWrites w = CURRENT.get();
    if (w.inTask) {
      task.run(); // an executor that runs tasks inline, inside another of ours
      return;
    }
    w.inTask = true;
    try {
      gate.resumeWriters(w.pending);
      task.run();
    } finally {
      w.inTask = false;
      // Asked at the end of every task that sent, so that a burst's end resets the count of
      // holding tasks in a row.
      boolean hold = !w.pending.isEmpty() && gate.holdForNext();
      boolean burst = hold || gate.inBurst();
      // A writer may queue nothing here: it writes only, on this thread, never running user code.
      for (int i = 0; i < w.pending.size(); i++) {
        Connection c = w.pending.get(i);
        if (hold && c.holdWriter(gate)) {
          continue;
        }
        if (burst) {
          c.drainOnSelector(); // the burst goes on here while the selector thread writes
        } else {
          c.drainToChannel();
        }
      }
      w.pending.clear();
    }
  }

  /**
   * If the calling thread runs one of our tasks, takes {@code c}'s writer (just claimed) to run
   * when the task ends, and returns true; else false.
   */
  static boolean defer(Connection c) {
    TaskWrites w = CURRENT.get();
    if (!w.inTask) {
      return false;
    }
    w.pending.add(c);
    return true;
  }
}
