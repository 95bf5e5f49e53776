package io.w3socket.engine.spi;

import java.util.List;

/**
 * The arguments of one host-function call, read in place from the engine's values (a realm wraps
 * its argument array; nothing is converted that the function does not read). The shim has already
 * applied the WebIDL conversions, so each accessor only takes the value in the form it has; an
 * absent, {@code undefined} or {@code null} argument reads as the accessor's default. Valid only
 * during the call.
 */
public interface HostArgs {
  /** The number of arguments the script passed. */
  int length();

  /** Whether argument {@code i} is absent, {@code undefined} or {@code null}. */
  boolean isNull(int i);

  /** A string argument; "" when null. */
  String string(int i);

  /** A string argument, or null when null. */
  default String stringOrNull(int i) {
    return isNull(i) ? null : string(i);
  }

  /** A number argument; NaN when it is not a number. */
  double number(int i);

  /** A number argument truncated to an int (Java's {@code (int)} of the double; NaN is 0). */
  default int integer(int i) {
    return (int) number(i);
  }

  /** True only for the boolean {@code true}. */
  boolean bool(int i);

  /**
   * Bytes: an {@code ArrayBuffer} (engines whose {@link Realm#bytesAsBuffers()} is true) or a
   * binary string (one char per byte).
   */
  byte[] bytes(int i);

  /** An array of strings (each element as {@link #string}); empty when it is not an array. */
  List<String> strings(int i);

  /**
   * An array of primitives and bytes, as a worker message's structured-clone record is: each
   * element a String, a Double, a Boolean, null ({@code undefined} or {@code null}) or a byte[] (an
   * {@code ArrayBuffer}, on engines whose {@link Realm#bytesAsBuffers()} is true; a binary string
   * stays a String); empty when it is not an array.
   */
  List<Object> values(int i);
}
