package io.w3socket;

/**
 * A DOM event listener (DOM Standard §2.7 "Interface EventTarget": callback interface {@code
 * EventListener}). A lambda works: {@code ws.setOnmessage(e -> ...)}.
 */
@FunctionalInterface
public interface EventListener {
  /**
   * Called with the event being dispatched. Exceptions thrown here are reported and do not stop the
   * other listeners (DOM §2.10 "inner invoke", step "report the exception").
   *
   * @param event the event
   */
  void handleEvent(Event event);
}
