package io.w3socket.engine;

/** A script that failed to compile or threw at its top level; the message is one line. */
final class ScriptFailure extends Exception {
  private static final long serialVersionUID = 1L;

  ScriptFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
