package io.w3socket.tck.hosts;

import java.util.List;

/** Turns a driver process's outcome into a {@link HostResult}. */
final class DriverOutput {
  private DriverOutput() {}

  static HostResult toResult(String host, String description, Proc.Outcome o, long millis) {
    String json = Results.findResultsLine(o.stdout());
    if (json == null) {
      String why =
          o.timedOut()
              ? "the driver timed out without results"
              : "the driver printed no results (exit "
                  + o.exitCode()
                  + "): "
                  + lastLines(o.stderrTail());
      return HostResult.unavailable(host, why);
    }
    List<CaseResult> cases = Results.parse(json);
    String note =
        o.stdout().contains(Results.UNFINISHED) || o.timedOut()
            ? "did not finish in time: " + cases.size() + " cases ran"
            : "";
    return new HostResult(host, description, true, note, cases, millis);
  }

  static String lastLines(String text) {
    String[] lines = text.strip().split("\n");
    StringBuilder b = new StringBuilder();
    for (int i = Math.max(0, lines.length - 3); i < lines.length; i++) {
      b.append(lines[i].strip()).append(i < lines.length - 1 ? " / " : "");
    }
    return b.toString();
  }
}
