package io.w3socket.tck.hosts;

/**
 * The outcome of one JS case in one host.
 *
 * @param name the case's name, unique in the suite
 * @param area the coverage area (idl, constructor, send, ...)
 * @param status pass, fail or skip
 * @param message the failure or skip reason, empty on pass
 * @param millis how long the case ran
 * @param chromiumDeviation when non-empty, the standard's sentence Chromium is known to break
 */
public record CaseResult(
    String name,
    String area,
    Status status,
    String message,
    long millis,
    String chromiumDeviation) {

  /** A case's outcome. */
  public enum Status {
    /** Every assertion held. */
    PASS,
    /** An assertion failed, an exception escaped or the case timed out. */
    FAIL,
    /** The host lacks something the case needs (a language feature, a document). */
    SKIP;

    /** The lower-case word used in reports. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Whether Chromium is known to fail this case for a documented deviation from the standard. */
  public boolean isChromiumDeviation() {
    return !chromiumDeviation.isEmpty();
  }
}
