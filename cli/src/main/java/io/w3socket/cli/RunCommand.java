package io.w3socket.cli;

import io.w3socket.engine.BrowserContext;
import io.w3socket.engine.JsEngine;
import io.w3socket.engine.RunResult;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code w3socket run}: runs a page or a script in GraalJS or Nashorn. */
final class RunCommand {
  static final String USAGE =
      String.join(
          "\n",
          "usage: w3socket run PAGE.html|SCRIPT.js [options]",
          "",
          "Runs an HTML page (its scripts in document order, then an optional click) or a script"
              + " with",
          "the browser's WebSocket, until nothing is left to do or the timeout. A script whose name"
              + " ends",
          "in .mjs runs as a module script (GraalJS).",
          "",
          "options:",
          "  --engine graaljs|nashorn  the JavaScript engine (default graaljs)",
          "  --click TEXT              click the link or button labelled TEXT after loading",
          "  --map HOST=HOST:PORT[/PATH]",
          "                            connect to HOST:PORT instead of HOST (repeatable); a"
              + " request",
          "                            for / goes to /echo unless PATH is given; port 0 = embedded",
          "                            server on a free port",
          "  --timeout S               give up after S seconds (default 30)",
          "  --no-serve                never start the embedded echo server",
          "  --trust FILE              also trust the X.509 certificates in FILE (PEM or DER) for",
          "                            wss: and https: (repeatable), as a CA added to a browser",
          "  --allow-host-access       let scripts reach Java (trusted pages only)",
          "  -h, --help                show this help",
          "",
          "Connections to localhost:9998 (or a mapped target) where nothing listens start the",
          "embedded echo server there; it is stopped once the page is idle.",
          "Exit status: 0 done, 1 script error, 2 bad arguments or missing file, 3 timeout.");

  private RunCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    BrowserContext.Builder b = BrowserContext.builder().out(out).err(err);
    String file = null;
    String click = null;
    Map<String, String> mappings = new LinkedHashMap<>();
    boolean autoServe = true;
    List<Path> trust = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      try {
        switch (name) {
          case "-h":
          case "--help":
            out.println(USAGE);
            return 0;
          case "--engine":
            b.engine(JsEngine.parse(value != null ? value : next(args, ++i, name)));
            break;
          case "--click":
            click = value != null ? value : next(args, ++i, name);
            break;
          case "--map":
            {
              String m = value != null ? value : next(args, ++i, name);
              int at = m.indexOf('=');
              if (at <= 0) {
                throw new IllegalArgumentException("--map needs HOST=HOST:PORT, not '" + m + "'");
              }
              RunNetwork.parseTarget(m.substring(at + 1));
              mappings.put(m.substring(0, at), m.substring(at + 1));
              break;
            }
          case "--timeout":
            {
              String t = value != null ? value : next(args, ++i, name);
              double seconds;
              try {
                seconds = Double.parseDouble(t);
              } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                    "--timeout needs a number of seconds, not '" + t + "'");
              }
              if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException("--timeout must be positive, not '" + t + "'");
              }
              b.timeout(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
              break;
            }
          case "--no-serve":
            autoServe = false;
            break;
          case "--trust":
            trust.add(Path.of(value != null ? value : next(args, ++i, name)));
            break;
          case "--allow-host-access":
            b.allowHostAccess(true);
            break;
          default:
            if (a.startsWith("-") && a.length() > 1) {
              throw new IllegalArgumentException(
                  "unknown option '" + a + "' (try 'w3socket run --help')");
            }
            if (file != null) {
              throw new IllegalArgumentException(
                  "only one page or script can be run, got '" + file + "' and '" + a + "'");
            }
            file = a;
        }
      } catch (IllegalArgumentException e) {
        err.println("w3socket run: " + e.getMessage());
        return 2;
      }
    }
    if (file == null) {
      err.println("w3socket run: missing PAGE.html or SCRIPT.js (try 'w3socket run --help')");
      return 2;
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      err.println("w3socket run: no such file: " + file);
      return 2;
    }
    BrowserContext context;
    try {
      EmbeddedTls embeddedTls = new EmbeddedTls(mappings.keySet());
      b.trustManager(
          new RunTrust(embeddedTls, trust.isEmpty() ? null : TrustFiles.trusting(trust)));
      context = b.network(new RunNetwork(mappings, autoServe, embeddedTls)).build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("w3socket run: " + e.getMessage());
      return 2;
    }
    String lower = file.toLowerCase(Locale.ROOT);
    boolean page = lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
    if (!page && click != null) {
      err.println("w3socket run: --click needs an HTML page");
      return 2;
    }
    RunResult result = page ? context.runPage(path, click) : context.runScript(path);
    if (!result.ok()) {
      // Every uncaught script error, in order, as a browser's console shows them, even when the run
      // then failed for another reason (a timeout after a listener threw); then that reason.
      for (String error : result.errors()) {
        err.println("w3socket run: " + error);
      }
      if (result.status() != RunResult.Status.SCRIPT_ERROR || result.errors().isEmpty()) {
        err.println("w3socket run: " + result.message());
      }
    }
    return result.exitCode();
  }

  private static String next(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException("missing value for " + option);
    }
    return args[i];
  }
}
