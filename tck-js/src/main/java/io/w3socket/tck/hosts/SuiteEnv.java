package io.w3socket.tck.hosts;

import io.w3socket.testserver.Json;
import io.w3socket.testserver.TestServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything a host needs to run the suite: the WebSocket test server, the suite, a scratch folder,
 * where npm packages live, and where progress goes.
 */
public final class SuiteEnv implements AutoCloseable {
  private final TestServer server;
  private final Suite suite;
  private final Path workDir;
  private final NodeRuntime node;
  private final String filter;
  private final Duration hostTimeout;
  private final PrintStream log;
  private SuitePageServer pages;
  private Path extracted;

  /**
   * Creates an environment.
   *
   * @param server the running test server
   * @param filter a regular expression on case names, or null for all cases
   * @param hostTimeout how long one host may take for the whole suite
   * @param log where detail lines (each case's outcome) go; may be a null stream
   */
  public SuiteEnv(TestServer server, String filter, Duration hostTimeout, PrintStream log) {
    this.server = server;
    this.suite = Suite.load();
    this.filter = filter;
    this.hostTimeout = hostTimeout;
    this.log = log;
    this.node = NodeRuntime.fromSystem();
    try {
      this.workDir = Files.createTempDirectory("w3socket-tck-js");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The WebSocket test server. */
  public TestServer server() {
    return server;
  }

  /** The suite. */
  public Suite suite() {
    return suite;
  }

  /** Regular expression on case names, or null. */
  public String filter() {
    return filter;
  }

  /** Time limit for one host. */
  public Duration hostTimeout() {
    return hostTimeout;
  }

  /** Detail output. */
  public PrintStream log() {
    return log;
  }

  /** Node.js and the npm packages the suite's drivers need. */
  public NodeRuntime node() {
    return node;
  }

  /** A fresh scratch folder for one host. */
  public synchronized Path scratch(String name) {
    try {
      return Files.createTempDirectory(workDir, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The suite written to disk, once. */
  public synchronized Path extractedSuite() {
    if (extracted == null) {
      extracted = suite.extractTo(workDir.resolve("suite"));
    }
    return extracted;
  }

  /** The HTTP server that serves the suite page (started on first use). */
  public synchronized SuitePageServer pages() {
    if (pages == null) {
      pages = SuitePageServer.start(suite);
    }
    return pages;
  }

  /**
   * The {@code TCK_ENV} object for a host, as JSON.
   *
   * @param host the host id the harness reports
   */
  public String envJson(String host) {
    return "{\"wsBase\":"
        + Json.string("ws://127.0.0.1:" + server.port())
        + ",\"httpBase\":"
        + Json.string("http://127.0.0.1:" + server.port())
        + ",\"host\":"
        + Json.string(host)
        + (filter == null ? "" : ",\"filter\":" + Json.string(filter))
        + "}";
  }

  @Override
  public synchronized void close() {
    if (pages != null) {
      pages.close();
    }
    deleteTree(workDir);
  }

  private static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temporary folder
    }
  }
}
