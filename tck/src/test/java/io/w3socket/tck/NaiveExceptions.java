package io.w3socket.tck;

/**
 * The naive adapters' mapping of library exceptions to DOMException names: an invalid argument is
 * taken for a SyntaxError, a call in the wrong state for an InvalidStateError.
 */
final class NaiveExceptions {
  private NaiveExceptions() {}

  static String domExceptionName(Throwable thrown) {
    if (thrown instanceof IllegalArgumentException) {
      return "SyntaxError";
    }
    if (thrown instanceof IllegalStateException) {
      return "InvalidStateError";
    }
    return null;
  }
}
