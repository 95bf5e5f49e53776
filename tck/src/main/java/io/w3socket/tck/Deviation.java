package io.w3socket.tck;

import java.util.Objects;

/**
 * A rule an implementation is known to break, declared by its adapter in {@link
 * WebSocketAdapter#knownDeviations()}.
 *
 * @param rule the TCK case's name (the test method name), e.g. {@code
 *     sendWhileConnectingThrowsInvalidStateError}
 * @param explanation what the implementation does instead
 * @param intermittent true if the case fails only sometimes (a race in the implementation)
 */
public record Deviation(String rule, String explanation, boolean intermittent) {

  /**
   * Checks the fields.
   *
   * @param rule the case name
   * @param explanation what happens instead
   * @param intermittent whether it fails only sometimes
   */
  public Deviation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * A rule the implementation always breaks.
   *
   * @param rule the case name
   * @param explanation what happens instead
   * @return the deviation
   */
  public static Deviation of(String rule, String explanation) {
    return new Deviation(rule, explanation, false);
  }

  /**
   * A rule the implementation breaks in some runs only.
   *
   * @param rule the case name
   * @param explanation what happens instead, and when
   * @return the deviation
   */
  public static Deviation intermittent(String rule, String explanation) {
    return new Deviation(rule, explanation, true);
  }
}
