package io.w3socket;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Makes {@code new WebSocket(url)} followed by {@code setOnopen}, {@code setOnmessage}, {@code
 * setOnclose} on a thread other than the event loop as safe as the same code in a page, where no
 * event can come between the constructor and the listeners (WebSockets #feedback-from-the-protocol,
 * the note after "handle connection establishment").
 *
 * <p>During a window ({@link #WINDOW} unless the options say otherwise) after the constructor, an
 * event whose type has no listener yet is held, with every later event behind it (the order never
 * changes), until a listener for its type is added or the window ends. Then held events are fired
 * to whoever listens, and from then on every event fires at once, as in a browser. A socket created
 * inside its own event loop never holds anything: there, the browser's semantics apply unchanged.
 *
 * <p>Only touched on the event loop, except {@link #listenerAdded}, which only queues a task.
 */
final class EarlyEvents {
  private static final System.Logger LOG = System.getLogger("io.w3socket");

  /** How long after the constructor an event may wait for its type's first listener. */
  static final Duration WINDOW = Duration.ofSeconds(1);

  private final Duration window;

  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private final TaskGate loop;
  private final Predicate<String> listened;
  private final Consumer<Event> fire;
  private final String url;
  private final long deadline;

  /** The thread that ran the constructor; null once the window is over. Loop thread only. */
  private Thread creator;

  /** Held events, in order; null once holding is over. Loop thread only. */
  private ArrayDeque<Event> held = new ArrayDeque<>();

  /** Whether the end-of-window timer is set. Loop thread only. */
  private boolean timerSet;

  /** Whether a release task is queued; written on any thread. */
  private final AtomicBoolean releaseQueued = new AtomicBoolean();

  EarlyEvents(
      TaskGate loop,
      Predicate<String> listened,
      Consumer<Event> fire,
      String url,
      Duration window) {
    this.window = window;
    this.loop = loop;
    this.listened = listened;
    this.fire = fire;
    this.url = url;
    this.creator = Thread.currentThread();
    this.deadline = System.nanoTime() + window.toNanos();
  }

  /** Fires the event now, or holds it (event loop only). */
  void dispatch(Event event) {
    if (held != null && Thread.currentThread() == creator) {
      held = null; // created inside this loop's own task: a browser's semantics, nothing is held
      creator = null;
    }
    if (held != null
        && (!held.isEmpty() || !listened.test(event.getType()))
        && System.nanoTime() - deadline < 0) {
      held.add(event);
      if (!timerSet) {
        timerSet = true;
        Threads.TIMER.schedule(
            () -> loop.execute(this::release), deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      }
      return;
    }
    release();
    fire.accept(event);
  }

  /** A listener for {@code type} was added (any thread): fire what it releases, on the loop. */
  void listenerAdded() {
    if (releaseQueued.compareAndSet(false, true)) {
      loop.execute(
          () -> {
            releaseQueued.set(false);
            release();
          });
    }
  }

  /** Fires held events from the head while their type is listened to or the window is over. */
  private void release() {
    if (held == null) {
      return;
    }
    boolean over = System.nanoTime() - deadline >= 0;
    Event next;
    while ((next = held.peek()) != null && (over || listened.test(next.getType()))) {
      held.poll();
      if (!listened.test(next.getType())) {
        warnOnce(next);
      }
      fire.accept(next);
    }
    if (over) {
      held = null;
      creator = null;
    }
  }

  private void warnOnce(Event event) {
    if (WARNED.compareAndSet(false, true)) {
      LOG.log(
          System.Logger.Level.INFO,
          "WebSocket '"
              + url
              + "': a '"
              + event.getType()
              + "' event had no listener "
              + window.toMillis()
              + " ms after the constructor, so it went to nobody (logged once). To add listeners"
              + " before any event can fire, create sockets with WebSocket.connect(url, ws -> {"
              + " ws.setOnmessage(...); ... }).");
    }
  }
}
