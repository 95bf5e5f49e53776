package io.w3socket.tck;

/**
 * Receives the events of one socket from its adapter: the adapter registers a listener for {@code
 * open}, {@code message}, {@code error} and {@code close} before any can fire and calls {@link
 * #onEvent} from inside it, on the dispatching thread. The TCK records the thread and reads the
 * socket's attributes at that moment.
 */
@FunctionalInterface
public interface TckListener {

  /**
   * Reports one dispatched event. Never throws.
   *
   * @param event the event
   */
  void onEvent(TckEvent event);
}
