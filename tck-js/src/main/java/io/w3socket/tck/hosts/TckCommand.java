package io.w3socket.tck.hosts;

import io.w3socket.testserver.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code w3socket tck}: runs the JS suite in the chosen hosts against one test server, prints a
 * progress line per host and writes the side-by-side report.
 *
 * <pre>
 * w3socket tck --host graaljs,nashorn,chromium,node,htmlunit|all [--out DIR]
 *              [--filter REGEXP] [--timeout SECONDS] [--verbose]
 * </pre>
 *
 * <p>Exit status: 0 when the reports were written and w3socket's hosts (graaljs, nashorn) passed
 * every case they ran and Chromium failed only its listed deviations; 1 otherwise (other hosts'
 * failures are findings, not errors); 2 for bad arguments.
 */
public final class TckCommand {
  private static final String USAGE =
      "usage: w3socket tck --host graaljs,nashorn,chromium,node,htmlunit|all [--out DIR]\n"
          + "                    [--filter REGEXP] [--timeout SECONDS] [--verbose]\n"
          + "Runs the JS TCK in each host and writes tck-report.md, tck-report.json and\n"
          + "tck-report.html into DIR (default: the current directory).";

  private TckCommand() {}

  /**
   * Runs the command.
   *
   * @param args the arguments after {@code tck}
   * @param out progress lines and the report paths
   * @param err errors (and, with --verbose, each case's outcome)
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String hostList = null;
    Path outDir = Path.of(".");
    String filter = null;
    long timeoutSeconds = 240;
    boolean verbose = false;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        String value = null;
        int eq = a.indexOf('=');
        if (a.startsWith("--") && eq > 0) {
          value = a.substring(eq + 1);
          a = a.substring(0, eq);
        }
        switch (a) {
          case "-h", "--help" -> {
            out.println(USAGE);
            return 0;
          }
          case "--verbose", "-v" -> verbose = true;
          case "--host", "--hosts" -> hostList = value != null ? value : next(args, ++i, a);
          case "--out", "-o" -> outDir = Path.of(value != null ? value : next(args, ++i, a));
          case "--filter" -> filter = value != null ? value : next(args, ++i, a);
          case "--timeout" ->
              timeoutSeconds = Long.parseLong(value != null ? value : next(args, ++i, a));
          default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
      }
      if (hostList == null) {
        throw new IllegalArgumentException("--host is required");
      }
      if (timeoutSeconds < 10) {
        throw new IllegalArgumentException("--timeout must be at least 10 seconds");
      }
      List<String> ids = Hosts.parseList(hostList);
      return runHosts(ids, outDir, filter, Duration.ofSeconds(timeoutSeconds), verbose, out, err);
    } catch (IllegalArgumentException e) {
      err.println("w3socket tck: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
  }

  /**
   * Runs the command as a program (the {@code w3socket} launcher calls {@link #run} instead).
   *
   * @param args the arguments, as for {@code w3socket tck}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  private static String next(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int runHosts(
      List<String> ids,
      Path outDir,
      String filter,
      Duration timeout,
      boolean verbose,
      PrintStream out,
      PrintStream err) {
    List<HostResult> results = new ArrayList<>();
    PrintStream log = verbose ? err : new PrintStream(OutputStream.nullOutputStream());
    // w3socket logs each failed connection; the suite fails hundreds on purpose.
    java.util.logging.Logger quiet = java.util.logging.Logger.getLogger("io.w3socket");
    java.util.logging.Logger htmlUnit = java.util.logging.Logger.getLogger("org.htmlunit");
    java.util.logging.Level before = quiet.getLevel();
    java.util.logging.Level htmlUnitBefore = htmlUnit.getLevel();
    if (!verbose) {
      quiet.setLevel(java.util.logging.Level.SEVERE);
      htmlUnit.setLevel(java.util.logging.Level.OFF);
      if (System.getProperty("org.htmlunit.jetty.LEVEL") == null) {
        System.setProperty("org.htmlunit.jetty.LEVEL", "WARN");
      }
    }
    try {
      return runHosts(ids, outDir, filter, timeout, results, log, out, err);
    } finally {
      quiet.setLevel(before);
      htmlUnit.setLevel(htmlUnitBefore);
    }
  }

  private static int runHosts(
      List<String> ids,
      Path outDir,
      String filter,
      Duration timeout,
      List<HostResult> results,
      PrintStream log,
      PrintStream out,
      PrintStream err) {
    try (TestServer server = TestServer.start();
        SuiteEnv env = new SuiteEnv(server, filter, timeout, log)) {
      for (String id : ids) {
        out.println(id + ": running...");
        HostResult r;
        try {
          r = Hosts.byId(id).run(env);
        } catch (RuntimeException | LinkageError e) {
          r = HostResult.unavailable(id, "host crashed: " + e);
        }
        results.add(r);
        out.printf(Locale.ROOT, "%s: %s [%.1f s]%n", id, Matrix.summary(r), r.millis() / 1000.0);
      }
    }
    try {
      for (Path p : Reports.write(results, outDir)) {
        out.println("wrote " + p);
      }
    } catch (IOException e) {
      err.println("w3socket tck: cannot write the reports: " + e.getMessage());
      return 1;
    }
    return verdict(results) ? 0 : 1;
  }

  /** True when w3socket's hosts passed all they ran and Chromium failed only deviations. */
  static boolean verdict(List<HostResult> results) {
    for (HostResult r : results) {
      boolean ours = r.host().equals("graaljs") || r.host().equals("nashorn");
      if ((ours || r.host().equals("chromium")) && !r.available()) {
        return false;
      }
      if (ours && r.count(CaseResult.Status.FAIL) > 0) {
        return false;
      }
      if (r.host().equals("chromium")
          && r.cases().stream()
              .anyMatch(c -> c.status() == CaseResult.Status.FAIL && !c.isChromiumDeviation())) {
        return false;
      }
    }
    return true;
  }
}
