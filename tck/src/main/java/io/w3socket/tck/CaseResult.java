package io.w3socket.tck;

/**
 * The outcome of one TCK case, as written to the report.
 *
 * @param order the area's position ({@link TckArea#order()})
 * @param area the area ({@link TckArea})
 * @param rule the case name (the test method)
 * @param spec the citation ({@link Spec}), or ""
 * @param status {@code passed}, {@code failed} or {@code skipped}
 * @param message the failure or skip message, or ""
 * @param knownDeviation the adapter's explanation if the case is a declared deviation, else null
 * @param millis how long the case took
 */
public record CaseResult(
    int order,
    String area,
    String rule,
    String spec,
    String status,
    String message,
    String knownDeviation,
    long millis) {

  /** Returns whether the case failed. */
  public boolean failed() {
    return "failed".equals(status);
  }
}
