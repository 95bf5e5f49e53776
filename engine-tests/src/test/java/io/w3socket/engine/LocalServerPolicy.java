package io.w3socket.engine;

import io.w3socket.testserver.TestServer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A network policy for the tests, as the command line's embedded server works: connections to the
 * listed hosts go to a test server started on a free port at the first of them, which is stopped
 * once the page is idle and the server settled (so that pages which never close their socket, as
 * the tutorial, end); other hosts are connected directly.
 */
final class LocalServerPolicy implements NetworkPolicy {
  /** The hosts served, each with where a request for "/" goes (empty: keep paths). */
  private final Map<String, String> rootPaths;

  /** The running server, or null; guarded by this. */
  private TestServer server;

  private LocalServerPolicy(Map<String, String> rootPaths) {
    this.rootPaths = rootPaths;
  }

  /** localhost (paths kept) and echo.websocket.org ("/" goes to the server's "/echo"). */
  static LocalServerPolicy forExamples() {
    return of(Map.of("localhost", "", "echo.websocket.org", "/echo"));
  }

  /**
   * Serves the given hosts.
   *
   * @param rootPaths each host, with where a request for "/" goes on the server ("" keeps paths)
   */
  static LocalServerPolicy of(Map<String, String> rootPaths) {
    return new LocalServerPolicy(Map.copyOf(rootPaths));
  }

  @Override
  public synchronized Route route(String host, int port) {
    String root = rootPaths.get(host);
    if (root == null) {
      return Route.direct();
    }
    if (server == null) {
      server = TestServer.start();
    }
    return Route.to("127.0.0.1", server.port(), root.isEmpty() ? null : root);
  }

  @Override
  public synchronized boolean waitsForIdle() {
    return server != null;
  }

  @Override
  public synchronized CompletionStage<Boolean> settled() {
    return server == null ? CompletableFuture.completedFuture(false) : server.settled();
  }

  @Override
  public synchronized void pageIdle() {
    runEnded();
  }

  @Override
  public synchronized void runEnded() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
