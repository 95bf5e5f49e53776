package io.w3socket.tck;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Records the events of one socket and runs the TCK's actions inside chosen events, as a script
 * does in its event handlers. Created by {@link TckBase#probe()}.
 */
public final class Probe implements TckListener {
  /** Something the TCK does inside an event listener. */
  @FunctionalInterface
  public interface Action {
    /**
     * Runs inside the listener.
     *
     * @param socket the socket
     * @param event the event being dispatched
     * @throws Exception anything; it is recorded and fails the case
     */
    void run(TckSocket socket, Observed event) throws Exception;
  }

  private static final ThreadLocal<int[]> CALL_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private final WebSocketAdapter adapter;
  private final Duration wait;
  private final CountDownLatch opened = new CountDownLatch(1);
  private volatile TckSocket socket;
  private volatile Thread openingThread;
  private volatile String url;
  private final List<Observed> events = new CopyOnWriteArrayList<>();
  private final Map<String, List<Action>> actions = new ConcurrentHashMap<>();
  private final List<Throwable> actionFailures = new CopyOnWriteArrayList<>();
  private final AtomicInteger inside = new AtomicInteger();
  private final AtomicInteger overlaps = new AtomicInteger();

  Probe(WebSocketAdapter adapter, Duration wait) {
    this.adapter = adapter;
    this.wait = wait;
  }

  /**
   * Runs {@code action} inside every later event of {@code type}, after recording it.
   *
   * @param type the event type
   * @param action the action
   * @return this probe
   */
  public Probe on(String type, Action action) {
    actions.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(action);
    return this;
  }

  /**
   * Creates the socket through the adapter ({@code new WebSocket(url, protocols)}).
   *
   * @param url the URL
   * @param protocols the protocols
   * @return this probe
   * @throws Exception what the adapter's constructor throws
   */
  public Probe open(String url, List<String> protocols) throws Exception {
    this.url = url;
    openingThread = Thread.currentThread();
    try {
      socket = call(() -> adapter.open(url, protocols, this));
    } finally {
      openingThread = null;
      opened.countDown();
    }
    return this;
  }

  /** Returns the socket. */
  public TckSocket socket() {
    return socket;
  }

  @Override
  public void onEvent(TckEvent event) {
    boolean synchronous = CALL_DEPTH.get()[0] > 0;
    if (openingThread != Thread.currentThread()) {
      try {
        opened.await(wait.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (inside.incrementAndGet() > 1) {
      overlaps.incrementAndGet();
    }
    try {
      TckSocket s = socket;
      Observed o =
          s == null
              ? new Observed(event, -1, null, null, Thread.currentThread().getName(), synchronous)
              : new Observed(
                  event,
                  s.readyState(),
                  s.protocol(),
                  s.extensions(),
                  Thread.currentThread().getName(),
                  synchronous);
      for (Action a : actions.getOrDefault(event.type(), List.of())) {
        int[] depth = CALL_DEPTH.get();
        depth[0]++;
        try {
          a.run(s, o);
        } catch (Throwable t) {
          actionFailures.add(t);
        } finally {
          depth[0]--;
        }
      }
      // Recorded once its actions ran, so that a waiting case sees their effects.
      events.add(o);
    } catch (Throwable t) {
      actionFailures.add(t);
    } finally {
      inside.decrementAndGet();
    }
  }

  /**
   * Calls the socket, marking the call so that an event dispatched inside it is flagged as
   * {@linkplain Observed#synchronous() synchronous}.
   *
   * @param <T> the result type
   * @param body the call
   * @return its result
   * @throws Exception what it throws
   */
  public static <T> T call(java.util.concurrent.Callable<T> body) throws Exception {
    int[] depth = CALL_DEPTH.get();
    depth[0]++;
    try {
      return body.call();
    } finally {
      depth[0]--;
    }
  }

  /**
   * Runs a call on the socket, marked as in {@link #call(java.util.concurrent.Callable)}.
   *
   * @param body the call
   * @throws Throwable what it throws
   */
  static void invoke(org.junit.jupiter.api.function.Executable body) throws Throwable {
    int[] depth = CALL_DEPTH.get();
    depth[0]++;
    try {
      body.execute();
    } finally {
      depth[0]--;
    }
  }

  /**
   * Runs a call on the socket, marked as in {@link #call(java.util.concurrent.Callable)}.
   *
   * @param body the call
   */
  public static void run(Runnable body) {
    int[] depth = CALL_DEPTH.get();
    depth[0]++;
    try {
      body.run();
    } finally {
      depth[0]--;
    }
  }

  /** Returns every event recorded so far. */
  public List<Observed> events() {
    return List.copyOf(events);
  }

  /** Returns the types of the events so far, in order. */
  public List<String> types() {
    List<String> types = new ArrayList<>();
    for (Observed o : events) {
      types.add(o.type());
    }
    return types;
  }

  /** Returns the message events so far. */
  public List<TckEvent> messages() {
    List<TckEvent> messages = new ArrayList<>();
    for (Observed o : events) {
      if (o.type().equals("message")) {
        messages.add(o.event());
      }
    }
    return messages;
  }

  /** Returns how many times two events of this socket were dispatched at the same time. */
  public int overlaps() {
    return overlaps.get();
  }

  /** Returns what the TCK's actions threw inside listeners. */
  public List<Throwable> actionFailures() {
    return List.copyOf(actionFailures);
  }

  /**
   * Returns the number of events of a type so far.
   *
   * @param type the event type
   * @return the count
   */
  public long count(String type) {
    return events.stream().filter(o -> o.type().equals(type)).count();
  }

  /**
   * Returns the first event of a type, or null.
   *
   * @param type the event type
   * @return the event or null
   */
  public Observed first(String type) {
    for (Observed o : events) {
      if (o.type().equals(type)) {
        return o;
      }
    }
    return null;
  }

  /** Waits for {@code open}; fails if the socket closed instead or nothing happened in time. */
  public Observed awaitOpen() {
    awaitUntil("the open event", () -> count("open") > 0 || count("close") > 0);
    Observed open = first("open");
    if (open == null) {
      throw new AssertionError("expected the socket to open, but it closed: " + events);
    }
    return open;
  }

  /**
   * Waits for {@code n} messages; fails if the socket closed first.
   *
   * @param n the number of messages
   * @return the messages
   */
  public List<TckEvent> awaitMessages(int n) {
    awaitUntil(n + " message events", () -> messages().size() >= n || count("close") > 0);
    List<TckEvent> messages = messages();
    if (messages.size() < n) {
      throw new AssertionError("expected " + n + " messages before close, got " + summary());
    }
    return messages;
  }

  /** Waits for the {@code close} event and returns it. */
  public Observed awaitClose() {
    awaitUntil("the close event", () -> count("close") > 0);
    return first("close");
  }

  /**
   * Waits for the close event, then checks for a short while that no other event follows.
   *
   * @return the close event
   */
  public Observed awaitCloseAndQuiet() {
    Observed close = awaitClose();
    int size = events.size();
    try {
      await()
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(20))
          .during(Duration.ofMillis(250))
          .atMost(Duration.ofMillis(600))
          .until(() -> events.size() == size);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("events were dispatched after the close event: " + events);
    }
    return close;
  }

  /**
   * Waits for a condition with the TCK's deadline.
   *
   * @param what what is awaited, for the failure message
   * @param condition the condition
   */
  public void awaitUntil(String what, Supplier<Boolean> condition) {
    try {
      await()
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(10))
          .atMost(wait)
          .until(condition::get);
    } catch (ConditionTimeoutException e) {
      dumpThreadsIfAsked(what);
      throw new AssertionError(
          "timed out after "
              + wait.toMillis()
              + " ms waiting for "
              + what
              + "; events so far: "
              + summary());
    }
  }

  /** With -Dw3socket.tck.threadDumps=DIR, writes every thread's stack there on a timeout. */
  private void dumpThreadsIfAsked(String what) {
    String dir = System.getProperty("w3socket.tck.threadDumps");
    if (dir == null) {
      return;
    }
    StringBuilder b =
        new StringBuilder("waiting for " + what + " on " + url + ", events " + events + "\n\n");
    for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
      b.append('"')
          .append(t.getKey().getName())
          .append("\" ")
          .append(t.getKey().getState())
          .append('\n');
      for (StackTraceElement s : t.getValue()) {
        b.append("    at ").append(s).append('\n');
      }
      b.append('\n');
    }
    try {
      java.nio.file.Path d = java.nio.file.Path.of(dir);
      java.nio.file.Files.createDirectories(d);
      java.nio.file.Files.writeString(d.resolve("threads-" + System.nanoTime() + ".txt"), b);
    } catch (java.io.IOException ignored) {
      // Diagnostics only.
    }
  }

  /** Returns a one-line description of the events so far. */
  public String summary() {
    List<Observed> all = events;
    if (all.size() <= 12) {
      return all + " (" + url + ")";
    }
    return "("
        + url
        + ") ["
        + all.subList(0, 6)
        + " ... "
        + (all.size() - 12)
        + " more ... "
        + all.subList(all.size() - 6, all.size())
        + "]";
  }

  /** Closes the socket if it is not closed yet, ignoring anything it throws. */
  void dispose() {
    TckSocket s = socket;
    if (s == null) {
      return;
    }
    try {
      if (s.readyState() != 3) {
        s.close();
      }
    } catch (Throwable ignored) {
      // Cleanup only.
    }
    try {
      s.dispose();
    } catch (Throwable ignored) {
      // Cleanup only.
    }
  }
}
