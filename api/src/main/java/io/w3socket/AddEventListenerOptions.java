package io.w3socket;

/**
 * Options of {@link EventTarget#addEventListener(String, EventListener, AddEventListenerOptions)},
 * the Java form of the DOM dictionary of the same name (DOM #dictdef-addeventlisteneroptions). Only
 * {@code once} has a meaning for targets without a tree.
 *
 * @param once if true, the listener is removed just before it is first invoked
 */
public record AddEventListenerOptions(boolean once) {
  /** Options with {@code once} set. */
  public static final AddEventListenerOptions ONCE = new AddEventListenerOptions(true);
}
