package io.w3socket.engine.spi;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The host functions the shim calls, as a {@link Realm} exposes them to it: one object whose
 * members are these functions. A realm looks each function up once, at {@link Realm#install}, and
 * calls it directly from then on. Called on the loop thread.
 */
public interface HostFunctions {
  /** The functions by name, fixed for the life of the realm. */
  Map<String, HostFunction> functions();

  /**
   * Reports an exception that is not a {@link HostError} (nor a {@code DOMException}): a fault of
   * the host, never a script's mistake. The realm then returns {@code undefined} to the script.
   *
   * @param name the function's name
   * @param e what it threw
   */
  void internalError(String name, RuntimeException e);

  /**
   * What a realm does with an exception its host function threw, the same in every engine: a {@link
   * HostError} (or a {@code DOMException}, as {@link HostError#from} converts it) goes to {@code
   * throwIntoScript}, which throws the shim's exception into the calling script and does not
   * return; anything else is an {@link #internalError}, and the call returns null ({@code
   * undefined}).
   *
   * @param name the function's name
   * @param e what it threw
   * @param throwIntoScript the engine's way to throw into the script
   * @return null, after an internal error
   */
  default Object failed(String name, RuntimeException e, Consumer<HostError> throwIntoScript) {
    HostError error = HostError.from(e);
    if (error == null) {
      internalError(name, e);
      return null;
    }
    throwIntoScript.accept(error);
    throw new IllegalStateException("the realm did not throw " + error.name(), e);
  }
}
