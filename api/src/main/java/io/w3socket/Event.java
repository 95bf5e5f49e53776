package io.w3socket;

/**
 * A DOM {@code Event} (DOM #interface-event). The WebSocket fires plain {@code Event}s named {@code
 * open} and {@code error}; these neither bubble nor are cancelable (DOM #concept-event-fire leaves
 * bubbles and cancelable at their default, false).
 */
public class Event {
  /** {@link #getEventPhase()} when the event is not being dispatched. */
  public static final int NONE = 0;

  /** {@link #getEventPhase()} value for the capture phase (never used by a WebSocket). */
  public static final int CAPTURING_PHASE = 1;

  /** {@link #getEventPhase()} while listeners of the target run. */
  public static final int AT_TARGET = 2;

  /** {@link #getEventPhase()} value for the bubble phase (never used by a WebSocket). */
  public static final int BUBBLING_PHASE = 3;

  private final String type;
  private final long timeStamp = System.currentTimeMillis();
  private EventTarget target;
  private EventTarget currentTarget;
  private int eventPhase = NONE;
  private boolean trusted;
  private boolean dispatching;
  private boolean stopImmediate;
  private boolean stopPropagation;

  /**
   * Creates an untrusted event, as {@code new Event(type)} does in a browser.
   *
   * @param type the event type, such as {@code "open"}
   */
  public Event(String type) {
    if (type == null) {
      throw new NullPointerException("type");
    }
    this.type = type;
  }

  /** Returns the event's type, such as {@code "message"}. */
  public String getType() {
    return type;
  }

  /** Returns the object the event was dispatched to, or null before dispatch. */
  public EventTarget getTarget() {
    return target;
  }

  /**
   * Returns the object whose listeners are running; null outside dispatch (DOM
   * #concept-event-dispatch step 8).
   */
  public EventTarget getCurrentTarget() {
    return currentTarget;
  }

  /** Returns one of {@link #NONE} or {@link #AT_TARGET}. */
  public int getEventPhase() {
    return eventPhase;
  }

  /** Always false: WebSocket events do not bubble. */
  public boolean isBubbles() {
    return false;
  }

  /** Always false: WebSocket events are not cancelable. */
  public boolean isCancelable() {
    return false;
  }

  /** Always false, since no event here is cancelable (DOM #canceled-flag). */
  public boolean isDefaultPrevented() {
    return false;
  }

  /** Does nothing: the event is not cancelable (DOM #set-the-canceled-flag). */
  public void preventDefault() {
    // Not cancelable: nothing to do.
  }

  /**
   * Returns true for events fired by the user agent (the WebSocket), false for user-created ones.
   */
  public boolean isTrusted() {
    return trusted;
  }

  /** Returns the creation time in milliseconds since the epoch. */
  public long getTimeStamp() {
    return timeStamp;
  }

  /** Stops propagation to other targets (there are none for a WebSocket). */
  public void stopPropagation() {
    stopPropagation = true;
  }

  /**
   * Stops the remaining listeners on the current target from being called (DOM
   * #dom-event-stopimmediatepropagation).
   */
  public void stopImmediatePropagation() {
    stopPropagation = true;
    stopImmediate = true;
  }

  boolean isImmediatePropagationStopped() {
    return stopImmediate;
  }

  boolean isDispatching() {
    return dispatching;
  }

  void beginDispatch(EventTarget target) {
    this.dispatching = true;
    this.target = target;
    this.currentTarget = target;
    this.eventPhase = AT_TARGET;
  }

  void endDispatch() {
    // DOM #concept-event-dispatch steps 7, 8 and 10: clear the phase, currentTarget, and the stop
    // flags.
    this.dispatching = false;
    this.currentTarget = null;
    this.eventPhase = NONE;
    this.stopPropagation = false;
    this.stopImmediate = false;
  }

  void markTrusted() {
    this.trusted = true;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[type=" + type + "]";
  }
}
