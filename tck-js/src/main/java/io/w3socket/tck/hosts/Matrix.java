package io.w3socket.tck.hosts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cases × hosts: the side-by-side view behind every report format. */
public final class Matrix {
  private final List<HostResult> hosts;
  private final Map<String, Row> rows = new LinkedHashMap<>();
  private final Set<String> areas = new LinkedHashSet<>();

  /** One case across hosts. */
  public record Row(
      String name, String area, String chromiumDeviation, Map<String, CaseResult> byHost) {}

  /** Builds the matrix; cases appear in the order the hosts ran them. */
  public Matrix(List<HostResult> hosts) {
    this.hosts = List.copyOf(hosts);
    for (HostResult h : hosts) {
      for (CaseResult c : h.cases()) {
        Row row =
            rows.computeIfAbsent(
                c.name(), n -> new Row(n, c.area(), c.chromiumDeviation(), new LinkedHashMap<>()));
        row.byHost().put(h.host(), c);
        areas.add(c.area());
      }
    }
  }

  /** The hosts in column order. */
  public List<HostResult> hosts() {
    return hosts;
  }

  /** Every case, in suite order. */
  public List<Row> rows() {
    return new ArrayList<>(rows.values());
  }

  /** The coverage areas in suite order. */
  public List<String> areas() {
    return new ArrayList<>(areas);
  }

  /** Counts [pass, fail, skip] of a host within an area (null area: all). */
  public long[] counts(HostResult host, String area) {
    long[] n = new long[3];
    for (CaseResult c : host.cases()) {
      if (area == null || area.equals(c.area())) {
        n[c.status().ordinal()]++;
      }
    }
    return n;
  }

  /** Chromium failures that are listed deviations. */
  public static long knownDeviations(HostResult host) {
    return host.cases().stream()
        .filter(c -> c.status() == CaseResult.Status.FAIL && c.isChromiumDeviation())
        .count();
  }

  /** A one-line summary of a host, as printed in progress lines and reports. */
  public static String summary(HostResult h) {
    if (!h.available()) {
      return "not run: " + h.note();
    }
    long pass = h.count(CaseResult.Status.PASS);
    long fail = h.count(CaseResult.Status.FAIL);
    long skip = h.count(CaseResult.Status.SKIP);
    long ran = pass + fail;
    String pct =
        ran == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * pass / ran);
    StringBuilder b =
        new StringBuilder()
            .append(pass)
            .append(" pass, ")
            .append(fail)
            .append(" fail, ")
            .append(skip)
            .append(" skip (")
            .append(pct)
            .append(" of ")
            .append(ran)
            .append(" run)");
    if (h.host().equals("chromium") && fail > 0) {
      b.append(", ").append(knownDeviations(h)).append(" of the failures are known deviations");
    }
    if (!h.note().isEmpty()) {
      b.append("; ").append(h.note());
    }
    return b.toString();
  }
}
