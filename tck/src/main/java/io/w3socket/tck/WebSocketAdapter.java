package io.w3socket.tck;

import java.util.List;

/**
 * The one class an implementor writes: it creates a socket of the implementation under test, drives
 * it through {@link TckSocket} and reports its events to a {@link TckListener}.
 *
 * <p>{@link #open} is the WebSocket constructor: it must return at once (connecting happens in
 * parallel) or throw what the constructor throws. Every event of the socket is reported with {@link
 * TckListener#onEvent} on the thread, and at the moment, the implementation dispatches it.
 */
public interface WebSocketAdapter {

  /** Returns the implementation's name, used to name the report files, e.g. {@code "w3socket"}. */
  String name();

  /**
   * Creates a socket as {@code new WebSocket(url, protocols)} does and starts observing it.
   *
   * @param url the URL, passed through unchanged
   * @param protocols the subprotocols to request, possibly empty
   * @param listener receives every event the socket dispatches, in order
   * @return the socket
   * @throws Exception whatever the constructor throws; {@link #domExceptionName} names it
   */
  TckSocket open(String url, List<String> protocols, TckListener listener) throws Exception;

  /**
   * Returns the WebIDL {@code DOMException} name ({@code "SyntaxError"}, {@code
   * "InvalidStateError"}, {@code "InvalidAccessError"}, ...) of an exception thrown by the
   * implementation, or null if it is not a DOMException.
   *
   * @param thrown what {@link #open} or a {@link TckSocket} method threw
   * @return the DOMException name, or null
   */
  String domExceptionName(Throwable thrown);

  /**
   * Returns the rules this implementation is known to break, each with its explanation. They still
   * fail; the report names them as known deviations instead of surprises.
   *
   * @return the known deviations, empty by default
   */
  default List<Deviation> knownDeviations() {
    return List.of();
  }
}
