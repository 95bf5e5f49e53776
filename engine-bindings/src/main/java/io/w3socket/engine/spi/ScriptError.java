package io.w3socket.engine.spi;

/**
 * An uncaught exception escaping a call into the engine (an unhandled Promise rejection in
 * GraalJS), already described in one line ("file:line: Message"); the run reports it as a script
 * error (HTML #report-an-exception).
 */
public final class ScriptError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates it.
   *
   * @param message the one-line description ("file:line: Message")
   * @param cause the engine's exception
   */
  public ScriptError(String message, Throwable cause) {
    super(message, cause);
  }
}
