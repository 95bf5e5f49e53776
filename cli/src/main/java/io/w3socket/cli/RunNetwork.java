package io.w3socket.cli;

import io.w3socket.engine.NetworkPolicy;
import io.w3socket.engine.Route;
import io.w3socket.testserver.TestServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where the connections of {@code w3socket run} go: {@code --map HOST=HOST:PORT[/PATH]}, and the
 * embedded echo server ({@code w3socket-testserver}) started on demand for {@code localhost:9998}
 * (the tutorial's {@code standalone.py -p 9998}) or a mapped target where nothing listens, and
 * stopped once the page is idle and the servers are settled (as when the tutorial's server is
 * stopped). One per run.
 */
final class RunNetwork implements NetworkPolicy {
  /** The port the tutorial's pywebsocket server listens on. */
  static final int TUTORIAL_PORT = 9998;

  /** A mapping target. Immutable. */
  static final class Target {
    final String host;

    /** 0: an embedded server on a free port. */
    final int port;

    /** Where a request for "/" goes, or null to keep paths. */
    final String rootPath;

    Target(String host, int port, String rootPath) {
      this.host = host;
      this.port = port;
      this.rootPath = rootPath;
    }
  }

  /** Mapped page hosts, lower case. Immutable. */
  private final Map<String, Target> mappings;

  private final boolean autoServe;

  /** The embedded servers' certificate for wss: and https:. */
  private final EmbeddedTls tls;

  /**
   * Embedded servers of this run, by what they serve (a mapped host, or "HOST:PORT"); guarded by
   * this.
   */
  private final Map<String, TestServer> started = new LinkedHashMap<>();

  /**
   * Creates the network of one run.
   *
   * @param mappings page host → "HOST:PORT[/PATH]"
   * @param autoServe whether to start the embedded echo server where nothing listens
   * @param tls the embedded servers' certificate
   * @throws IllegalArgumentException for a malformed target
   */
  RunNetwork(Map<String, String> mappings, boolean autoServe, EmbeddedTls tls) {
    Map<String, Target> m = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : mappings.entrySet()) {
      m.put(e.getKey().toLowerCase(Locale.ROOT), parseTarget(e.getValue()));
    }
    this.mappings = Collections.unmodifiableMap(m);
    this.autoServe = autoServe;
    this.tls = tls;
  }

  /**
   * Parses "HOST:PORT[/PATH]". Without a path, a request for "/" goes to "/echo", where the
   * w3socket server echoes (echo.websocket.org echoes at "/"); give "HOST:PORT/" to keep paths.
   * Port 0 is an embedded server on a free port.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static Target parseTarget(String spec) {
    String s = spec.trim();
    String path = "/echo";
    int slash = s.indexOf('/');
    if (slash >= 0) {
      path = s.substring(slash);
      s = s.substring(0, slash);
      if (path.equals("/")) {
        path = null;
      }
    }
    int colon = s.lastIndexOf(':');
    if (colon <= 0 || colon == s.length() - 1) {
      throw new IllegalArgumentException(
          "a mapping target must be HOST:PORT[/PATH], not '" + spec + "'");
    }
    String host = s.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(s.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad port in mapping target '" + spec + "'");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range in mapping target '" + spec + "'");
    }
    return new Target(host, port, path);
  }

  @Override
  public synchronized Route route(String host, int port) {
    Target t = mappings.get(host);
    if (t != null) {
      int targetPort = t.port;
      if (targetPort == 0 || (autoServe && !listening(t.host, targetPort))) {
        TestServer server = serve(host, t.host, targetPort);
        if (server != null) {
          targetPort = server.port();
        } else if (targetPort == 0) {
          return Route.refused("the embedded server could not start on " + t.host);
        }
      }
      return Route.to(t.host, targetPort, t.rootPath);
    }
    if (autoServe && port == TUTORIAL_PORT && isLoopbackName(host)) {
      String key = "127.0.0.1:" + TUTORIAL_PORT;
      if (started.containsKey(key) || !listening("127.0.0.1", TUTORIAL_PORT)) {
        if (serve(key, "127.0.0.1", TUTORIAL_PORT) != null) {
          return Route.to("127.0.0.1", TUTORIAL_PORT);
        }
      }
    }
    return Route.direct();
  }

  private static boolean isLoopbackName(String host) {
    return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
  }

  /** The server already started for key, or a new one; null if it cannot bind. */
  private TestServer serve(String key, String host, int port) {
    TestServer running = started.get(key);
    if (running != null) {
      return running;
    }
    try {
      // ws: and wss: (http: and https:) on one port, as the page's URL says.
      TestServer server = TestServer.startPlainAndTls(host, port, tls::serverContext);
      started.put(key, server);
      return server;
    } catch (IllegalStateException e) {
      // The connection then fails as it would without the embedded server.
      return null;
    }
  }

  private static boolean listening(String host, int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public synchronized boolean waitsForIdle() {
    return !started.isEmpty();
  }

  /** True when every embedded server is {@linkplain TestServer#settled() settled}. */
  @Override
  public CompletionStage<Boolean> settled() {
    List<TestServer> servers;
    synchronized (this) {
      servers = new ArrayList<>(started.values());
    }
    CompletableFuture<Boolean> all = CompletableFuture.completedFuture(!servers.isEmpty());
    for (TestServer s : servers) {
      all = all.thenCombine(s.settled(), Boolean::logicalAnd);
    }
    return all;
  }

  @Override
  public void pageIdle() {
    stopServers();
  }

  @Override
  public void runEnded() {
    stopServers();
  }

  private void stopServers() {
    List<TestServer> stopping;
    synchronized (this) {
      stopping = new ArrayList<>(started.values());
      started.clear();
    }
    for (TestServer s : stopping) {
      s.close();
    }
  }
}
