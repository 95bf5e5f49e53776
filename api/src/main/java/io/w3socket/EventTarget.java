package io.w3socket;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A DOM {@code EventTarget} (DOM Standard #interface-eventtarget) without a tree: listeners run in
 * registration order, a throwing listener is reported and the others still run, {@code once}
 * listeners are removed before they run, and event handler attributes (HTML
 * #event-handler-attributes) keep the position in the listener list they got when first set.
 *
 * <p>Methods may be called from any thread. {@link #dispatchEvent(Event)} runs the listeners on the
 * calling thread; the WebSocket dispatches its own events on its event loop.
 */
public class EventTarget {
  private static final System.Logger LOG = System.getLogger("io.w3socket");

  /** One entry of the event listener list (DOM #concept-event-listener). */
  private static final class Listener {
    final String type;
    final EventListener callback;
    final boolean once;
    volatile boolean removed;

    Listener(String type, EventListener callback, boolean once) {
      this.type = type;
      this.callback = callback;
      this.once = once;
    }
  }

  /**
   * An event handler (HTML #event-handler-attributes): a value, and the listener that calls it once
   * activated.
   */
  private static final class Handler {
    /** The handler's value; written under {@code lock}, read by dispatch on any thread. */
    volatile EventHandler<?> value;

    /** The event class the value accepts; written with {@link #value}. */
    volatile Class<? extends Event> accepts;

    /** Guarded by {@code lock}. */
    Listener listener;
  }

  private final Object lock = new Object();

  /** Copy-on-write: dispatch iterates a snapshot without locking. */
  private volatile Listener[] listeners = new Listener[0];

  /** Guarded by {@code lock}. */
  private final Map<String, Handler> handlers = new HashMap<>();

  /** Creates an event target, as {@code new EventTarget()} does. */
  public EventTarget() {}

  /**
   * Appends an event listener (DOM #add-an-event-listener). A null listener, or one already
   * registered for this type, is ignored.
   *
   * @param type the event type
   * @param listener the callback
   */
  public void addEventListener(String type, EventListener listener) {
    addEventListener(type, listener, null);
  }

  /**
   * Appends an event listener with options (DOM #add-an-event-listener).
   *
   * @param type the event type
   * @param listener the callback; null is ignored
   * @param options {@code once}; null means defaults
   */
  public void addEventListener(
      String type, EventListener listener, AddEventListenerOptions options) {
    if (type == null) {
      throw new NullPointerException("type");
    }
    // 2. If listener's callback is null, then return.
    if (listener == null) {
      return;
    }
    boolean once = options != null && options.once();
    synchronized (lock) {
      // 5. If the list does not contain an event listener with the same type and callback, append.
      if (indexOf(type, listener) < 0) {
        append(new Listener(type, listener, once));
      }
    }
    listenerAdded(type);
  }

  /**
   * Called after a listener or an event handler for {@code type} was added, on the caller's thread.
   *
   * @param type the event type
   */
  void listenerAdded(String type) {}

  /**
   * Whether a listener or an active event handler for {@code type} is registered.
   *
   * @param type the event type
   * @return true if dispatching an event of this type now would reach someone
   */
  final boolean hasListener(String type) {
    for (Listener l : listeners) {
      if (l.type.equals(type) && !l.removed) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes an event listener (DOM #remove-an-event-listener); unknown listeners are ignored. A
   * removed listener does not run even if a dispatch already in progress reached it.
   *
   * @param type the event type
   * @param listener the callback to remove
   */
  public void removeEventListener(String type, EventListener listener) {
    if (type == null || listener == null) {
      return;
    }
    synchronized (lock) {
      int i = indexOf(type, listener);
      if (i >= 0) {
        removeAt(i);
      }
    }
  }

  /**
   * Dispatches an untrusted event synchronously on the calling thread (DOM
   * #dom-eventtarget-dispatchevent, {@code dispatchEvent}).
   *
   * @param event the event, not already being dispatched
   * @return true, since no event here can be canceled
   * @throws DOMException InvalidStateError if the event is already being dispatched
   */
  public boolean dispatchEvent(Event event) {
    if (event == null) {
      throw new NullPointerException("event");
    }
    // 1. If event's dispatch flag is set, then throw an "InvalidStateError" DOMException.
    if (event.isDispatching()) {
      throw DOMException.invalidStateError("The event is already being dispatched.");
    }
    dispatch(event);
    return !event.isDefaultPrevented();
  }

  /** Fires a trusted event, as the user agent does (HTML "fire an event"). */
  final void fire(Event event) {
    event.markTrusted();
    dispatch(event);
  }

  private void dispatch(Event event) {
    event.beginDispatch(this);
    try {
      // DOM #concept-event-listener-inner-invoke: iterate a clone of the list; skip removed
      // entries.
      for (Listener l : listeners) {
        if (!l.type.equals(event.getType()) || l.removed) {
          continue;
        }
        if (l.once) {
          removeListener(l);
        }
        try {
          l.callback.handleEvent(event);
        } catch (RuntimeException | Error e) {
          // "Report the exception" and go on with the next listener.
          LOG.log(Level.WARNING, "Uncaught exception in '" + event.getType() + "' listener", e);
        }
        if (event.isImmediatePropagationStopped()) {
          break;
        }
      }
    } finally {
      event.endDispatch();
    }
  }

  /**
   * Returns the value of the event handler attribute for {@code type}, or null.
   *
   * @param type the event type
   * @return the handler or null
   */
  final EventHandler<?> getHandler(String type) {
    synchronized (lock) {
      Handler h = handlers.get(type);
      return h == null ? null : h.value;
    }
  }

  /**
   * Sets an event handler attribute (HTML #event-handler-idl-attributes): null deactivates (removes
   * its listener); a non-null value activates it at the end of the list only if it is not already
   * active, otherwise it keeps its position.
   *
   * @param type the event type
   * @param accepts the class of event the handler takes; others (from {@code dispatchEvent}) are
   *     reported and skipped
   * @param value the handler or null
   */
  final <E extends Event> void setHandler(
      String type, Class<E> accepts, EventHandler<? super E> value) {
    synchronized (lock) {
      Handler h = handlers.computeIfAbsent(type, t -> new Handler());
      h.accepts = accepts;
      h.value = value;
      if (value == null) {
        // "deactivate an event handler": remove its listener from the list.
        if (h.listener != null) {
          removeListener(h.listener);
          h.listener = null;
        }
      } else if (h.listener == null) {
        // "activate an event handler": append a listener whose callback runs the handler's value.
        Handler handler = h;
        h.listener =
            new Listener(
                type,
                event -> {
                  @SuppressWarnings("unchecked")
                  EventHandler<Event> current = (EventHandler<Event>) handler.value;
                  if (current == null) {
                    return;
                  }
                  if (!handler.accepts.isInstance(event)) {
                    // Only an untrusted event from dispatchEvent can be of another class.
                    throw new ClassCastException(
                        "the on"
                            + type
                            + " handler takes a "
                            + handler.accepts.getSimpleName()
                            + ", not a "
                            + event.getClass().getSimpleName());
                  }
                  current.handleEvent(event);
                },
                false);
        append(h.listener);
      }
    }
    if (value != null) {
      listenerAdded(type);
    }
  }

  private int indexOf(String type, EventListener callback) {
    Listener[] ls = listeners;
    for (int i = 0; i < ls.length; i++) {
      if (ls[i].type.equals(type) && ls[i].callback == callback) {
        return i;
      }
    }
    return -1;
  }

  private void append(Listener l) {
    Listener[] ls = listeners;
    Listener[] copy = java.util.Arrays.copyOf(ls, ls.length + 1);
    copy[ls.length] = l;
    listeners = copy;
  }

  private void removeListener(Listener l) {
    synchronized (lock) {
      Listener[] ls = listeners;
      for (int i = 0; i < ls.length; i++) {
        if (ls[i] == l) {
          removeAt(i);
          return;
        }
      }
    }
  }

  private void removeAt(int i) {
    Listener[] ls = listeners;
    ls[i].removed = true;
    List<Listener> copy = new ArrayList<>(List.of(ls));
    copy.remove(i);
    listeners = copy.toArray(new Listener[0]);
  }
}
