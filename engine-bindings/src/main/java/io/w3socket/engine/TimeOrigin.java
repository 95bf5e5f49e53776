package io.w3socket.engine;

/**
 * A realm's time origin (HR-Time #dfn-time-origin), fixed when it is made: {@code
 * performance.now()} and every event's {@code timeStamp} (DOM #dom-event-timestamp) count from it.
 * Immutable.
 */
final class TimeOrigin {
  private final long originNanos = System.nanoTime();

  private final double epochMillis = System.currentTimeMillis();

  /** The origin on the wall clock, for {@code performance.timeOrigin}. */
  double epochMillis() {
    return epochMillis;
  }

  /**
   * Milliseconds since the time origin on a monotonic clock, coarsened to 0.1 ms as HR-Time
   * #dfn-coarsen-time allows for a context that is not cross-origin isolated.
   */
  double now() {
    long tenthsOfMs = (System.nanoTime() - originNanos) / 100_000L;
    return tenthsOfMs / 10.0;
  }
}
