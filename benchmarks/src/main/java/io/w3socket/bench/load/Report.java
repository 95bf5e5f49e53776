package io.w3socket.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The load driver's table: medians over the rounds, with ratios to Node's {@code ws}. */
final class Report {
  private Report() {}

  /** One row: a figure taken from each run, or null when the run lacks it. */
  private static final class Row {
    final String label;
    final Function<LoadDriver.Run, Double> figure;
    final String format;

    Row(String label, Function<LoadDriver.Run, Double> figure, String format) {
      this.label = label;
      this.figure = figure;
      this.format = format;
    }
  }

  static String render(
      Settings s,
      int rounds,
      Map<String, List<LoadDriver.Run>> runs,
      LoadDriver.Clients clients,
      String loadBefore,
      String loadAfter) {
    int n = s.sockets;
    List<Row> rows =
        List.of(
            new Row(
                String.format(Locale.ROOT, "%,d sockets at once, one echo each: open all (ms)", n),
                r -> result(r, "openMs"),
                "%,.0f"),
            new Row(
                "heap after GC with all open (MB)", r -> measure(r, "open", "heap", 1e6), "%,.1f"),
            new Row(
                "heap per open socket (KB)",
                r -> {
                  Double open = measure(r, "open", "heap", 1e3);
                  Double before = measure(r, "before", "heap", 1e3);
                  return open == null || before == null ? null : (open - before) / n;
                },
                "%,.1f"),
            new Row(
                "resident memory with all open (MB)", r -> measure(r, "open", "rss", 1e6), "%,.0f"),
            new Row("threads with all open", r -> measure(r, "open", "threads", 1), "%,.0f"),
            new Row("echoes received, of " + n, r -> result(r, "socketsEchoed"), "%,.0f"),
            new Row("clean closes, of " + n, r -> result(r, "socketsClosedClean"), "%,.0f"),
            new Row(
                String.format(Locale.ROOT, "ping-pong, 16 B text (round trips/s; %,d)", s.pingPong),
                r -> result(r, "pingPong"),
                "%,.0f"),
            new Row(
                String.format(
                    Locale.ROOT, "pipelined 16 B text, 1,000 in flight (msg/s; %,d)", s.pipelined),
                r -> result(r, "pipelined16"),
                "%,.0f"),
            new Row(
                String.format(
                    Locale.ROOT, "pipelined 64 KiB binary, 16 in flight (msg/s; %,d)", s.large),
                r -> result(r, "pipelined64k"),
                "%,.0f"));

    StringBuilder b = new StringBuilder();
    b.append("| what | ").append(String.join(" | ", runs.keySet())).append(" |\n");
    b.append("|---|").append("---|".repeat(runs.size())).append('\n');
    for (Row row : rows) {
      Double ws = median(runs.get("ws"), row.figure);
      b.append("| ").append(row.label).append(" |");
      for (Map.Entry<String, List<LoadDriver.Run>> e : runs.entrySet()) {
        Double v = median(e.getValue(), row.figure);
        b.append(' ');
        if (v == null) {
          b.append(e.getValue().isEmpty() ? "skipped" : "–");
        } else {
          b.append(String.format(Locale.ROOT, row.format, v));
          if (ws != null && ws != 0 && !e.getKey().equals("ws")) {
            b.append(String.format(Locale.ROOT, " (%.2f×)", v / ws));
          }
        }
        b.append(" |");
      }
      b.append('\n');
    }
    b.append('\n')
        .append(
            String.format(
                Locale.ROOT,
                "Medians of %d interleaved round(s); (×) is the ratio to `ws`'s figure. "
                    + "Heap: JVM heap used after System.gc(); Node heapUsed + external after gc(). "
                    + "Threads and resident memory from /proc/self/status.%n%n",
                rounds));
    b.append("Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores (")
        .append(LoadDriver.Machine.cpu())
        .append("), ")
        .append(LoadDriver.Machine.memoryMb())
        .append(" MB; load average ")
        .append(loadBefore)
        .append(" before, ")
        .append(loadAfter)
        .append(" after; ")
        .append(LoadDriver.Machine.now())
        .append(".\n");
    b.append("JVM clients: ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.version"));
    if (clients.java21 != null) {
      b.append("; w3socket-graaljs-jit: ")
          .append(LoadDriver.Machine.command(clients.java21, "-version"));
    }
    b.append(". Node ")
        .append(LoadDriver.Machine.command(clients.node.node, "--version"))
        .append(", ws ")
        .append(clients.node.packageVersion("ws"))
        .append(" (server and client), undici ")
        .append(clients.node.packageVersion("undici"))
        .append(".\n");
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, List<LoadDriver.Run>> e : runs.entrySet()) {
      for (LoadDriver.Run r : e.getValue()) {
        if (r.error != null) {
          failures.add(e.getKey() + ": " + r.error);
        }
      }
    }
    if (!failures.isEmpty()) {
      b.append("\nFailures:\n");
      for (String f : failures) {
        b.append("- ").append(f).append('\n');
      }
    }
    return b.toString();
  }

  private static Double result(LoadDriver.Run r, String key) {
    Object v = r.result == null ? null : r.result.get(key);
    return v instanceof Double ? (Double) v : null;
  }

  private static Double measure(LoadDriver.Run r, String label, String key, double unit) {
    Map<?, ?> m = r.measures.get(label);
    Object v = m == null ? null : m.get(key);
    return v instanceof Double && (Double) v >= 0 ? (Double) v / unit : null;
  }

  private static Double median(List<LoadDriver.Run> runs, Function<LoadDriver.Run, Double> f) {
    if (runs == null) {
      return null;
    }
    List<Double> v = new ArrayList<>();
    for (LoadDriver.Run r : runs) {
      Double x = f.apply(r);
      if (x != null) {
        v.add(x);
      }
    }
    if (v.isEmpty()) {
      return null;
    }
    Collections.sort(v);
    int m = v.size() / 2;
    return v.size() % 2 == 1 ? v.get(m) : (v.get(m - 1) + v.get(m)) / 2;
  }
}
