package io.w3socket.engine.spi;

/** A script that failed to compile or threw at its top level; the message is one line. */
public final class ScriptFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates it.
   *
   * @param message the one-line description ("file:line: Message")
   * @param cause the engine's exception
   */
  public ScriptFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
