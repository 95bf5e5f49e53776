package io.w3socket.bench.load;

import io.w3socket.testserver.JsonReader;
import io.w3socket.testserver.NpmInstall;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver: one Node {@code ws} echo server, and every client in turn against it, round
 * after round (interleaved, so that the machine's drift touches all alike): w3socket's Java API,
 * OkHttp's WebSocket, w3socket in GraalJS (interpreted, and compiled where a JDK 21+ and the Graal
 * compiler are at hand) and Nashorn, Node's {@code ws} and undici. Each client runs in a process of
 * its own; the medians go into a table with ratios to {@code ws}. See benchmarks/README.md.
 */
public final class LoadDriver {
  private static final String USAGE =
      "usage: LoadDriver [--sockets N] [--ping-pong N] [--pipelined N] [--large N] [--rounds N]\n"
          + "                  [--clients a,b,...] [--out FILE] [--node-dir DIR] [--jdk21"
          + " JAVA_HOME]\n"
          + "                  [--build-dir benchmarks/target]\n"
          + "clients: "
          + String.join(",", Clients.NAMES);

  public static void main(String[] args) throws Exception {
    try {
      System.exit(run(args));
    } catch (UsageError e) {
      System.err.println("load driver: " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Runs the driver; returns 0 when every client run succeeded with every echo and close accounted
   * for, 1 otherwise.
   *
   * @throws UsageError for bad arguments or a missing build, Node or npm package
   */
  public static int run(String[] args) throws IOException, InterruptedException {
    Map<String, String> o = options(args);
    if (o.containsKey("help")) {
      System.out.println(USAGE);
      return 0;
    }
    int rounds = Integer.parseInt(o.getOrDefault("rounds", "3"));
    Path out = Path.of(o.getOrDefault("out", "load-report.md"));
    Clients clients = Clients.find(o);
    List<String> names =
        o.containsKey("clients")
            ? Arrays.asList(o.get("clients").split(","))
            : Arrays.asList(Clients.NAMES);
    for (String n : names) {
      if (!Arrays.asList(Clients.NAMES).contains(n)) {
        fail("unknown client " + n + "\n" + USAGE);
      }
    }
    String installError = clients.node.ensureInstalled();
    if (installError != null) {
      fail(installError);
    }
    String loadBefore = Machine.loadAverage();
    Process server = clients.node.startServer();
    try {
      int port = clients.node.serverPort(server);
      Settings settings =
          new Settings(
              "ws://127.0.0.1:" + port + "/",
              Integer.parseInt(o.getOrDefault("sockets", "10000")),
              Integer.parseInt(o.getOrDefault("ping-pong", "5000")),
              Integer.parseInt(o.getOrDefault("pipelined", "20000")),
              Integer.parseInt(o.getOrDefault("large", "1000")),
              64 * 1024);
      Map<String, List<Run>> runs = new LinkedHashMap<>();
      for (String n : names) {
        runs.put(n, new ArrayList<>());
      }
      for (int r = 1; r <= rounds; r++) {
        for (String n : names) {
          String skip = clients.skipReason(n);
          if (skip != null) {
            if (r == 1) {
              System.err.println(n + ": skipped: " + skip);
            }
            continue;
          }
          System.err.print("round " + r + "/" + rounds + ": " + n + " ... ");
          Run run = Run.of(clients.command(n, settings), clients.directory(n));
          System.err.println(run.error == null ? "done" : "FAILED: " + run.error);
          runs.get(n).add(run);
        }
      }
      String table =
          Report.render(settings, rounds, runs, clients, loadBefore, Machine.loadAverage());
      System.out.print(table);
      Files.writeString(out, table);
      System.err.println("written to " + out.toAbsolutePath());
      boolean anyFailed =
          runs.values().stream().flatMap(List::stream).anyMatch(x -> x.error != null);
      return anyFailed ? 1 : 0;
    } finally {
      server.getOutputStream().close(); // the server exits when its stdin ends
      if (!server.waitFor(5, TimeUnit.SECONDS)) {
        server.destroy();
      }
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--help") || args[i].equals("-h")) {
        o.put("help", "");
        continue;
      }
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        fail("bad argument " + args[i] + "\n" + USAGE);
      }
      o.put(args[i].substring(2), args[++i]);
    }
    return o;
  }

  static void fail(String message) {
    throw new UsageError(message);
  }

  /** Bad arguments, or something the driver needs is missing. */
  public static final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }

  /** One client process's outcome: its measurements by label, its result, or why it failed. */
  static final class Run {
    final Map<String, Map<?, ?>> measures = new LinkedHashMap<>();
    Map<?, ?> result;
    String error;

    static Run of(List<String> command, Path dir) throws IOException, InterruptedException {
      Run run = new Run();
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
      pb.redirectErrorStream(true);
      List<String> other = new ArrayList<>(); // other output, for the failure message
      Process p = pb.start();
      p.getOutputStream().close();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = r.readLine()) != null) {
                    if (line.startsWith("@@measure ")) {
                      Map<?, ?> m = (Map<?, ?>) JsonReader.parse(line.substring(10));
                      synchronized (run) {
                        run.measures.put((String) m.get("label"), m);
                      }
                    } else if (line.startsWith("@@result ")) {
                      Map<?, ?> m = (Map<?, ?>) JsonReader.parse(line.substring(9));
                      synchronized (run) {
                        run.result = m;
                      }
                    } else {
                      synchronized (run) {
                        other.add(line);
                        if (other.size() > 5) {
                          other.remove(0);
                        }
                      }
                    }
                  }
                } catch (IOException | RuntimeException e) {
                  synchronized (run) {
                    run.error = "unreadable output: " + e.getMessage();
                  }
                }
              });
      reader.start();
      if (!p.waitFor(15, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        run.error = "did not finish in 15 minutes";
      }
      reader.join();
      synchronized (run) {
        if (run.error == null && (p.exitValue() != 0 || run.result == null)) {
          run.error = "exit " + p.exitValue() + ": " + String.join(" | ", other);
        } else if (run.error == null) {
          List<?> errors = (List<?>) run.result.get("errors");
          if (errors != null && !errors.isEmpty()) {
            run.error = "errors: " + errors;
          }
        }
      }
      return run;
    }
  }

  /** Where the clients come from and how each is started. */
  static final class Clients {
    static final String[] NAMES = {
      "w3socket-java",
      "okhttp",
      "w3socket-graaljs",
      "w3socket-graaljs-jit",
      "w3socket-nashorn",
      "ws",
      "undici"
    };

    final NodeSide node;
    final String java;
    final String classPath;

    /** JDK 21+ java, or null. */
    final String java21;

    /** The Graal compiler jar, or null. */
    final Path compiler;

    private Clients(NodeSide node, String java, String classPath, String java21, Path compiler) {
      this.node = node;
      this.java = java;
      this.classPath = classPath;
      this.java21 = java21;
      this.compiler = compiler;
    }

    static Clients find(Map<String, String> o) throws IOException {
      Path build = Path.of(o.getOrDefault("build-dir", defaultBuildDir()));
      Path cpFile = build.resolve("classpath.txt");
      if (!Files.isRegularFile(cpFile)) {
        fail("no " + cpFile + ": build first (mvn -B -q -pl benchmarks -am package -DskipTests)");
      }
      String cp = build.resolve("classes").toAbsolutePath() + ":" + Files.readString(cpFile).trim();
      Path compilerJar = build.resolve("jvmci").resolve("compiler.jar");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String java21 = o.containsKey("jdk21") ? o.get("jdk21") + "/bin/java" : Machine.jdk21();
      Path nodeDir =
          Path.of(
              o.getOrDefault(
                  "node-dir",
                  Path.of(System.getProperty("user.home"), ".cache", "w3socket", "load-node")
                      .toString()));
      return new Clients(
          new NodeSide(nodeDir.toAbsolutePath()),
          java,
          cp,
          java21,
          Files.isRegularFile(compilerJar) ? compilerJar.toAbsolutePath() : null);
    }

    private static String defaultBuildDir() {
      return Files.isDirectory(Path.of("benchmarks", "target")) ? "benchmarks/target" : "target";
    }

    String skipReason(String name) {
      if (name.equals("w3socket-graaljs-jit")) {
        if (java21 == null) {
          return "no JDK 21 or later found (--jdk21 JAVA_HOME)";
        }
        if (compiler == null) {
          return "no Graal compiler jar in the build's jvmci folder";
        }
      }
      return null;
    }

    Path directory(String name) {
      return node.dir;
    }

    List<String> command(String name, Settings s) {
      String json = s.toJson();
      switch (name) {
        case "w3socket-java":
          return List.of(java, "-cp", classPath, JvmClient.class.getName(), "w3socket", json);
        case "okhttp":
          return List.of(java, "-cp", classPath, JvmClient.class.getName(), "okhttp", json);
        case "w3socket-graaljs":
          return List.of(
              java,
              "-Dpolyglot.engine.WarnInterpreterOnly=false",
              "-cp",
              classPath,
              JsClient.class.getName(),
              "graaljs",
              json);
        case "w3socket-nashorn":
          return List.of(java, "-cp", classPath, JsClient.class.getName(), "nashorn", json);
        case "w3socket-graaljs-jit":
          return graalJit(json);
        case "ws":
        case "undici":
          return List.of(node.node, "--expose-gc", "node-client.js", name, json);
        default:
          throw new IllegalArgumentException(name);
      }
    }

    /** GraalJS on its optimizing compiler: the flags engine-bindings/README.md gives embedders. */
    private List<String> graalJit(String json) {
      List<String> modules = new ArrayList<>();
      List<String> rest = new ArrayList<>();
      for (String jar : classPath.split(":")) {
        if (jar.endsWith(".pom")) {
          continue; // js-community is a pom that only gathers the language's jars
        }
        (jar.contains("/org/graalvm/") ? modules : rest).add(jar);
      }
      List<String> cmd = new ArrayList<>();
      cmd.addAll(
          List.of(
              java21,
              "-XX:+UnlockExperimentalVMOptions",
              "-XX:+EnableJVMCI",
              "--enable-native-access=org.graalvm.truffle"));
      if (Machine.featureVersion(java21) >= 24) {
        cmd.add("--sun-misc-unsafe-memory-access=allow");
      }
      cmd.addAll(
          List.of(
              "--upgrade-module-path=" + compiler,
              "--module-path=" + String.join(":", modules),
              "--add-modules=org.graalvm.polyglot",
              "-Dpolyglot.engine.Mode=latency",
              "-cp",
              String.join(":", rest),
              JsClient.class.getName(),
              "graaljs",
              json));
      return cmd;
    }
  }

  /** Node, the npm packages (installed on first use into a folder of their own), the server. */
  static final class NodeSide {
    final Path dir;
    final String node = System.getProperty("w3socket.bench.node", "node");

    NodeSide(Path dir) {
      this.dir = dir;
    }

    /** Returns null when ready, else why not. */
    String ensureInstalled() throws IOException {
      Files.createDirectories(dir);
      for (String f : List.of("server.js", "node-client.js", "client.js")) {
        Files.writeString(dir.resolve(f), resource(f));
      }
      try {
        NpmInstall.ensure(dir, resource("package.json"));
        return null;
      } catch (IOException e) {
        return e.getMessage();
      }
    }

    Process startServer() throws IOException {
      return new ProcessBuilder(node, "server.js")
          .directory(dir.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
    }

    int serverPort(Process server) throws IOException {
      BufferedReader r =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String line = r.readLine();
      if (line == null || !line.startsWith("@@listening ")) {
        fail("the ws echo server did not start: " + line);
      }
      // Keep draining its output so that it never blocks on a full pipe.
      Thread drain =
          new Thread(
              () -> {
                try {
                  while (r.readLine() != null) {
                    // nothing else is expected
                  }
                } catch (IOException e) {
                  // the server ended
                }
              });
      drain.setDaemon(true);
      drain.start();
      return Integer.parseInt(line.substring("@@listening ".length()).trim());
    }

    String packageVersion(String name) {
      try {
        Matcher m =
            Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(Files.readString(dir.resolve("node_modules/" + name + "/package.json")));
        return m.find() ? m.group(1) : "?";
      } catch (IOException e) {
        return "?";
      }
    }

    private static String resource(String name) throws IOException {
      try (InputStream in = LoadDriver.class.getResourceAsStream(name)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  /** Facts about the machine for the report. */
  static final class Machine {
    private Machine() {}

    static String loadAverage() {
      try {
        String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return f[0] + " " + f[1] + " " + f[2];
      } catch (IOException e) {
        return "?";
      }
    }

    static String cpu() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).trim();
          }
        }
      } catch (IOException e) {
        // not Linux
      }
      return System.getProperty("os.arch");
    }

    static long memoryMb() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
          if (line.startsWith("MemTotal:")) {
            return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
          }
        }
      } catch (IOException | NumberFormatException e) {
        // not Linux
      }
      return -1;
    }

    /** This JVM if it is 21 or later, else a Temurin 21+ under /usr/lib/jvm, else null. */
    static String jdk21() {
      if (Runtime.version().feature() >= 21) {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
      }
      try (var s = Files.list(Path.of("/usr/lib/jvm"))) {
        return s.filter(p -> p.getFileName().toString().matches("temurin-(2[1-9]|[3-9]\\d)-.*"))
            .sorted()
            .map(p -> p.resolve("bin/java"))
            .filter(Files::isExecutable)
            .map(Path::toString)
            .reduce((a, b) -> b)
            .orElse(null);
      } catch (IOException e) {
        return null;
      }
    }

    /** The feature version of the JDK whose {@code bin/java} this is (its release file), or 0. */
    static int featureVersion(String java) {
      Path release = Path.of(java).getParent().getParent().resolve("release");
      try {
        for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
          if (line.startsWith("JAVA_VERSION=")) {
            return Integer.parseInt(line.replaceAll("^JAVA_VERSION=\"?(\\d+).*$", "$1"));
          }
        }
      } catch (IOException | NumberFormatException e) {
        // no release file: assume the oldest
      }
      return 0;
    }

    static String command(String... cmd) {
      try {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return s.lines().findFirst().orElse("?").trim();
      } catch (IOException e) {
        return "?";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "?";
      }
    }

    static String now() {
      return Instant.now().toString().replaceFirst("\\.\\d+Z$", "Z");
    }
  }
}
