package io.w3socket.tck;

/**
 * One event as the TCK saw it: the adapter's {@link TckEvent} plus what a listener could read at
 * that moment.
 *
 * @param event the event
 * @param readyState {@code readyState} read inside the listener
 * @param protocol {@code protocol} read inside the listener
 * @param extensions {@code extensions} read inside the listener
 * @param thread the name of the dispatching thread
 * @param synchronous true if the event was dispatched inside a call the TCK made on the socket (for
 *     example inside {@code close()}), which the standard never does
 */
public record Observed(
    TckEvent event,
    int readyState,
    String protocol,
    String extensions,
    String thread,
    boolean synchronous) {

  /** Returns the event's type. */
  public String type() {
    return event.type();
  }

  @Override
  public String toString() {
    return event + "@" + readyState + (synchronous ? "(sync)" : "");
  }
}
