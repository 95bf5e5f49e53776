package io.w3socket.tck.hosts;

import java.util.List;

/**
 * What one host produced: its case results, or why it could not run.
 *
 * @param host the host id (chromium, node, htmlunit, graaljs, nashorn)
 * @param description what exactly ran (browser version, package versions)
 * @param available false when the host could not run at all (then {@code note} says why)
 * @param note an explanation: why the host is unavailable, or that it did not finish
 * @param cases the results in suite order
 * @param millis the host's wall-clock time
 */
public record HostResult(
    String host,
    String description,
    boolean available,
    String note,
    List<CaseResult> cases,
    long millis) {

  /** A host that could not run the suite. */
  public static HostResult unavailable(String host, String why) {
    return new HostResult(host, host, false, why, List.of(), 0);
  }

  /** Number of cases with the given status. */
  public long count(CaseResult.Status status) {
    return cases.stream().filter(c -> c.status() == status).count();
  }
}
