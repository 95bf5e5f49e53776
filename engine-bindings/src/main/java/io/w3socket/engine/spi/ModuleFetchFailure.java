package io.w3socket.engine.spi;

/**
 * A module script whose graph could not be fetched (HTML #fetch-a-module-script-tree ended in
 * null): the page fires {@code error} at its script element; nothing runs and nothing is
 * reported as a script's exception.
 */
public final class ModuleFetchFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates it.
   *
   * @param message what could not be fetched, and why (one line)
   * @param cause the engine's exception
   */
  public ModuleFetchFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
