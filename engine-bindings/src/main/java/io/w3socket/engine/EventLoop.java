package io.w3socket.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The event loop of one JS context (HTML #event-loops): one thread runs tasks one at a time. Tasks
 * come from any thread through {@link #execute} (the WebSocket API posts its events here); timers
 * (HTML #timers) are kept in a queue ordered by due time and owned by the loop thread. Waiting is a
 * timed poll on a blocking queue, never a busy wait.
 */
final class EventLoop implements Executor {
  /** What the loop asks its owner when it has nothing to run. */
  interface Activity {
    /**
     * True while a WebSocket may still produce events (it has not fired its close event) or a fetch
     * or XMLHttpRequest is pending.
     */
    boolean hasLiveSockets();

    /**
     * True when the page waits only on the network and something can be done about it after a quiet
     * period (the network policy waits for it: e.g. an embedded server to stop).
     */
    boolean hasIdleAction();

    /** Runs the idle action (on the loop thread). */
    void onIdle();

    /**
     * Asked once when the page becomes idle with an idle action waiting: true lets the action run
     * at once (if nothing ran meanwhile) instead of after the grace. May complete on any thread.
     */
    default CompletionStage<Boolean> settled() {
      return CompletableFuture.completedFuture(false);
    }
  }

  /**
   * The answer to {@link Activity#settled()}, queued as a task but handled by the loop itself: it
   * is not page activity.
   */
  private static final class SettledAnswer implements Runnable {
    /** The number of tasks run when the question was asked. */
    final long asked;

    final boolean settled;

    SettledAnswer(long asked, boolean settled) {
      this.asked = asked;
      this.settled = settled;
    }

    @Override
    public void run() {
      throw new IllegalStateException("handled by the loop");
    }
  }

  private static final class Timer implements Comparable<Timer> {
    final int id;
    final long due;
    final long seq;
    final Runnable task;

    Timer(int id, long due, long seq, Runnable task) {
      this.id = id;
      this.due = due;
      this.seq = seq;
      this.task = task;
    }

    @Override
    public int compareTo(Timer o) {
      int c = Long.compare(due, o.due);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private final Map<Integer, Timer> timersById = new HashMap<>();
  private long timerSeq;
  private volatile boolean stopped;

  /** The last id {@link #hostTimerId} gave; any thread. */
  private final AtomicInteger lastHostTimerId = new AtomicInteger();

  /** Queues a task; callable from any thread. */
  @Override
  public void execute(Runnable task) {
    if (!stopped) {
      tasks.add(task);
    }
  }

  /** Schedules (or reschedules) timer {@code id} to run {@code task} after {@code delayMs}. */
  void schedule(int id, long delayMs, Runnable task) {
    cancel(id);
    Timer t =
        new Timer(
            id,
            System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, delayMs)),
            timerSeq++,
            task);
    timers.add(t);
    timersById.put(id, t);
  }

  /**
   * A new id for a timer of the host's own (an animation frame, an EventSource's reconnection):
   * negative, so never one of the ids timers.js gives (#timer-initialisation-steps: from 1).
   */
  int hostTimerId() {
    return lastHostTimerId.decrementAndGet();
  }

  /** Cancels timer {@code id} if it is pending. */
  void cancel(int id) {
    Timer t = timersById.remove(id);
    if (t != null) {
      timers.remove(t);
    }
  }

  /** Makes {@link #run} return at its next step; queued tasks are dropped. */
  void stop() {
    stopped = true;
    tasks.add(() -> {});
  }

  /**
   * Runs tasks and timers until nothing is left to do: no task, no timer, no live socket and no
   * pending request.
   *
   * @param activity the owner's view of sockets and idle actions
   * @param afterTask run after every task (HTML #perform-a-microtask-checkpoint)
   * @param idleGraceMs how long the loop must be quiet before {@link Activity#onIdle} runs, unless
   *     {@link Activity#settled} says sooner
   * @param failures receives exceptions escaping a task
   * @throws InterruptedException if the loop thread is interrupted
   */
  void run(
      Activity activity, Runnable afterTask, long idleGraceMs, Consumer<RuntimeException> failures)
      throws InterruptedException {
    long lastActivity = System.nanoTime();
    long grace = TimeUnit.MILLISECONDS.toNanos(idleGraceMs);
    long tasksRun = 0;
    boolean asked = false; // whether settled() was asked since the last task
    while (!stopped) {
      Runnable task = tasks.poll();
      if (task == null) {
        task = dueTimer(System.nanoTime());
      }
      if (task == null) {
        long now = System.nanoTime();
        if (timers.isEmpty() && !activity.hasLiveSockets()) {
          if (tasks.isEmpty()) {
            return;
          }
          // A thread queued a task between the poll above and its activity ending (a worker that
          // posts a message and then closes itself): run it.
          continue;
        }
        long wait = Long.MAX_VALUE;
        if (!timers.isEmpty()) {
          wait = Math.max(0, timers.peek().due - now);
        }
        if (timers.isEmpty() && activity.hasIdleAction()) {
          if (!asked) {
            asked = true;
            askSettled(activity, tasksRun);
            continue;
          }
          long quiet = now - lastActivity;
          if (quiet >= grace) {
            activity.onIdle();
            lastActivity = System.nanoTime();
            continue;
          }
          wait = Math.min(wait, grace - quiet);
        }
        task = wait == Long.MAX_VALUE ? tasks.take() : tasks.poll(wait, TimeUnit.NANOSECONDS);
        if (task == null) {
          continue;
        }
      }
      if (stopped) {
        return;
      }
      if (task instanceof SettledAnswer) {
        SettledAnswer answer = (SettledAnswer) task;
        // Only if no task ran since the question, and the page is still waiting on the network.
        if (answer.settled
            && answer.asked == tasksRun
            && timers.isEmpty()
            && activity.hasIdleAction()) {
          activity.onIdle();
          lastActivity = System.nanoTime();
        }
        continue;
      }
      try {
        task.run();
        afterTask.run();
      } catch (RuntimeException e) {
        failures.accept(e);
      }
      lastActivity = System.nanoTime();
      tasksRun++;
      asked = false;
    }
  }

  /**
   * Asks {@link Activity#settled()}; its answer comes back through the task queue (a failed answer
   * is false: the grace decides). The embedder's policy is guarded in {@link Network#settled()}.
   */
  private void askSettled(Activity activity, long tasksRun) {
    activity
        .settled()
        .whenComplete(
            (settled, failure) ->
                tasks.add(new SettledAnswer(tasksRun, Boolean.TRUE.equals(settled))));
  }

  private Runnable dueTimer(long now) {
    Timer t = timers.peek();
    if (t == null || t.due > now) {
      return null;
    }
    timers.poll();
    timersById.remove(t.id);
    return t.task;
  }
}
