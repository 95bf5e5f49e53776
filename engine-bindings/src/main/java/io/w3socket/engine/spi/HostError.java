package io.w3socket.engine.spi;

import io.w3socket.DOMException;

/**
 * An exception a host function throws into the calling script: a {@code DOMException} (with the
 * name, message and code the api's {@link DOMException} has) or an ECMAScript {@code TypeError} or
 * {@code RangeError}. A realm catches what a {@link HostFunction} throws, turns it into one of
 * these with {@link #from}, and throws the shim's exception of that type into the script (the
 * shim's {@code throwError} entry point); anything else is an internal error ({@link
 * HostFunctions#internalError}).
 */
public final class HostError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The ECMAScript or WebIDL type the script sees. */
  public enum Type {
    /** A {@code DOMException}; {@link HostError#name()} is its name. */
    DOM_EXCEPTION("DOMException"),
    /** An ECMAScript {@code TypeError}. */
    TYPE_ERROR("TypeError"),
    /** An ECMAScript {@code RangeError}. */
    RANGE_ERROR("RangeError");

    private final String constructor;

    Type(String constructor) {
      this.constructor = constructor;
    }

    /** The name of the script's constructor. */
    public String constructorName() {
      return constructor;
    }
  }

  private final Type type;
  private final String name;

  private HostError(Type type, String name, String message) {
    super(message, null, false, false);
    this.type = type;
    this.name = name;
  }

  /** A {@code TypeError} with this message. */
  public static HostError typeError(String message) {
    return new HostError(Type.TYPE_ERROR, "TypeError", message);
  }

  /** A {@code RangeError} with this message. */
  public static HostError rangeError(String message) {
    return new HostError(Type.RANGE_ERROR, "RangeError", message);
  }

  /**
   * What a host function's exception becomes in the script: a {@link DOMException} the same
   * DOMException, a HostError itself; null for anything else (an internal error).
   */
  public static HostError from(RuntimeException e) {
    if (e instanceof HostError) {
      return (HostError) e;
    }
    if (e instanceof DOMException) {
      DOMException d = (DOMException) e;
      return new HostError(Type.DOM_EXCEPTION, d.getName(), d.getMessage());
    }
    return null;
  }

  /** The type the script sees. */
  public Type type() {
    return type;
  }

  /** The exception's name: the DOMException's name, or the constructor's. */
  public String name() {
    return name;
  }
}
