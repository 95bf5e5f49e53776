package io.w3socket;

/**
 * An event handler attribute's value (HTML #event-handler-attributes), typed by the event it
 * receives, so Java code reads {@code e.getData()} or {@code e.getCode()} without a cast:
 *
 * <pre>{@code
 * ws.setOnmessage(e -> System.out.println(e.getData()));   // e is a MessageEvent
 * ws.setOnclose(e -> System.out.println(e.getCode()));     // e is a CloseEvent
 * }</pre>
 *
 * <p>JavaScript engines, Kotlin and Groovy convert a function to it as to any functional interface,
 * so {@code ws.onmessage = function (e) {...}} works as before.
 *
 * @param <E> the event type the handler receives
 */
@FunctionalInterface
public interface EventHandler<E extends Event> {
  /**
   * Called with the event being dispatched; exceptions are reported and the other listeners run.
   *
   * @param event the event
   */
  void handleEvent(E event);
}
