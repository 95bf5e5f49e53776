package io.w3socket.engine;

/**
 * An uncaught exception escaping a call into the engine (an unhandled Promise rejection in
 * GraalJS), already described in one line ("file:line: Message"); the run reports it as a
 * script error (HTML §8.1.4.6 "report the exception").
 */
final class ScriptError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ScriptError(String message, Throwable cause) {
    super(message, cause);
  }
}
