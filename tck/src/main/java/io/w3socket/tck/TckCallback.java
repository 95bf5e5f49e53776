package io.w3socket.tck;

/**
 * A listener or event handler the TCK registers on a socket through {@link
 * TckSocket#addEventListener} or {@link TckSocket#setHandler}. The adapter calls it with the event
 * converted to a {@link TckEvent} and lets whatever it throws propagate to the implementation's
 * dispatcher, as a throwing JavaScript listener would.
 */
@FunctionalInterface
public interface TckCallback {

  /**
   * Handles an event.
   *
   * @param event the event
   */
  void handle(TckEvent event);
}
