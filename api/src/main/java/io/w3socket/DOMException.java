package io.w3socket;

/**
 * The WebIDL {@code DOMException}, as thrown by the WebSocket API: an unchecked exception whose
 * {@link #getName() name} is the standard's error name.
 *
 * <p>The WebSockets standard throws three kinds: {@code "SyntaxError"} (bad URL, bad protocol,
 * close reason too long), {@code "InvalidStateError"} ({@code send()} while connecting) and {@code
 * "InvalidAccessError"} (bad close code). See WebIDL #idl-DOMException and its error names table
 * (WebIDL #idl-DOMException-error-names).
 */
public class DOMException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** WebIDL error name of a syntax error: "The string did not match the expected pattern." */
  public static final String SYNTAX_ERROR = "SyntaxError";

  /** WebIDL error name: "The object is in an invalid state." */
  public static final String INVALID_STATE_ERROR = "InvalidStateError";

  /** WebIDL error name: "The object does not support the operation or argument." */
  public static final String INVALID_ACCESS_ERROR = "InvalidAccessError";

  private final String name;

  /**
   * Creates a DOMException.
   *
   * @param message human readable description naming the problem
   * @param name the WebIDL error name, such as {@code "SyntaxError"}
   */
  public DOMException(String message, String name) {
    super(message);
    this.name = name == null ? "Error" : name;
  }

  /** Returns the WebIDL error name, such as {@code "SyntaxError"}. */
  public String getName() {
    return name;
  }

  /**
   * Returns the legacy numeric code of the error name (WebIDL #error-names table), or 0 for names
   * that have none: SyntaxError 12, InvalidStateError 11, InvalidAccessError 15.
   */
  public int getCode() {
    switch (name) {
      case "IndexSizeError":
        return 1;
      case "HierarchyRequestError":
        return 3;
      case "WrongDocumentError":
        return 4;
      case "InvalidCharacterError":
        return 5;
      case "NoModificationAllowedError":
        return 7;
      case "NotFoundError":
        return 8;
      case "NotSupportedError":
        return 9;
      case "InvalidStateError":
        return 11;
      case "SyntaxError":
        return 12;
      case "InvalidModificationError":
        return 13;
      case "NamespaceError":
        return 14;
      case "InvalidAccessError":
        return 15;
      case "TypeMismatchError":
        return 17;
      case "SecurityError":
        return 18;
      case "NetworkError":
        return 19;
      case "AbortError":
        return 20;
      case "URLMismatchError":
        return 21;
      case "QuotaExceededError":
        return 22;
      case "TimeoutError":
        return 23;
      case "InvalidNodeTypeError":
        return 24;
      case "DataCloneError":
        return 25;
      default:
        return 0;
    }
  }

  @Override
  public String toString() {
    return name + ": " + getMessage();
  }

  static DOMException syntaxError(String message) {
    return new DOMException(message, SYNTAX_ERROR);
  }

  static DOMException invalidStateError(String message) {
    return new DOMException(message, INVALID_STATE_ERROR);
  }

  static DOMException invalidAccessError(String message) {
    return new DOMException(message, INVALID_ACCESS_ERROR);
  }
}
