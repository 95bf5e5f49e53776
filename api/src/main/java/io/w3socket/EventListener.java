package io.w3socket;

/**
 * A DOM event listener (DOM #callbackdef-eventlistener, the callback interface of DOM
 * #interface-eventtarget). A lambda works: {@code ws.setOnmessage(e -> ...)}.
 */
@FunctionalInterface
public interface EventListener {
  /**
   * Called with the event being dispatched. Exceptions thrown here are reported and do not stop the
   * other listeners (DOM #concept-event-listener-inner-invoke step 2, "report an exception").
   *
   * @param event the event
   */
  void handleEvent(Event event);
}
