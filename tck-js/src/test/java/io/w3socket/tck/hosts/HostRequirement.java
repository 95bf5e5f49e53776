package io.w3socket.tck.hosts;

import org.junit.jupiter.api.Assumptions;

/**
 * A reference host (Chromium, Node) that is not installed skips its test with the reason on a
 * developer's machine, and fails it in CI ({@code CI} set in the environment), where {@code
 * .ci/run} installs it.
 */
final class HostRequirement {
  private HostRequirement() {}

  static void require(HostResult r, String host) {
    if (!r.available() && System.getenv("CI") == null) {
      Assumptions.abort(
          host
              + " is not available here ("
              + r.note()
              + "); .ci/run installs it, and CI=true makes its absence a failure");
    }
  }
}
