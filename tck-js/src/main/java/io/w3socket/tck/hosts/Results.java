package io.w3socket.tck.hosts;

import io.w3socket.testserver.JsonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the harness's JSON results (an array of case objects) into {@link CaseResult}s. */
final class Results {
  /** The prefix of the line with which a driver script prints the results. */
  static final String MARKER = "TCK-RESULTS ";

  /** The line a driver prints when the suite did not finish in time. */
  static final String UNFINISHED = "TCK-UNFINISHED";

  private Results() {}

  /** Parses the JSON array written by the harness. */
  static List<CaseResult> parse(String json) {
    List<CaseResult> out = new ArrayList<>();
    for (Object o : (List<?>) JsonReader.parse(json)) {
      Map<?, ?> m = (Map<?, ?>) o;
      out.add(
          new CaseResult(
              str(m.get("name")),
              str(m.get("area")),
              CaseResult.Status.valueOf(str(m.get("status")).toUpperCase(java.util.Locale.ROOT)),
              str(m.get("message")),
              m.get("ms") instanceof Number n ? n.longValue() : 0,
              str(m.get("deviation"))));
    }
    return out;
  }

  /** Finds the results line in a driver's stdout; null when there is none. */
  static String findResultsLine(String stdout) {
    for (String line : stdout.split("\n")) {
      if (line.startsWith(MARKER)) {
        return line.substring(MARKER.length()).trim();
      }
    }
    return null;
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }
}
