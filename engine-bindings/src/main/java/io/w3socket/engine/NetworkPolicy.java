package io.w3socket.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where a page's connections go: the embedder's rule, applied below the WebSocket API so that
 * {@code url} (and the {@code Host} header) stay what the page asked for. Asked once per host and
 * port in a run, on a network thread, before the first connection there (other connections there
 * wait for the answer); the answer is kept for the rest of the run. A policy used by several runs
 * at once must be thread-safe.
 *
 * <pre>{@code
 * // every connection to echo.websocket.org goes to a local server's /echo; nothing else leaves
 * NetworkPolicy policy = (host, port) -> host.equals("echo.websocket.org")
 *     ? Route.to("127.0.0.1", 9998, "/echo")
 *     : Route.refused("only echo.websocket.org");
 * }</pre>
 */
@FunctionalInterface
public interface NetworkPolicy {
  /** The default: every connection goes where the page asks. */
  NetworkPolicy DIRECT = (host, port) -> Route.direct();

  /**
   * Decides where connections to {@code host:port} go.
   *
   * @param host the host the page asked for, lower case, an IPv6 address without brackets
   * @param port the port, the scheme's default filled in
   * @return the route; a {@linkplain Route#refused refusal} fails the connection as an unreachable
   *     host does (the page sees {@code error}, then {@code close} 1006)
   */
  Route route(String host, int port);

  /**
   * Whether the run should call {@link #pageIdle()} once the page has been idle for the context's
   * idle grace (no task, no timer, every open socket OPEN with nothing buffered), or sooner when
   * the policy says its servers are {@linkplain #settled() settled}. Asked on the loop thread
   * whenever the page has nothing to run. Default false.
   */
  default boolean waitsForIdle() {
    return false;
  }

  /**
   * Asked when the page has just become idle (see {@link #waitsForIdle()}), before the idle grace:
   * whether the servers this policy started have nothing more to send unless the page sends first,
   * with every frame they sent read by the page's sockets and every frame the page sent read by
   * them. True lets {@link #pageIdle()} come at once if the page is still idle when the answer
   * arrives; false leaves it to the idle grace. Called on the loop thread; the answer may complete
   * on any thread. Default: false.
   *
   * @return the answer (see {@code TestServer.settled()} for one that is exact)
   */
  default CompletionStage<Boolean> settled() {
    return CompletableFuture.completedFuture(false);
  }

  /**
   * The page is idle (see {@link #waitsForIdle()}): a policy that started a server for the page can
   * stop it now, as when the tutorial's server is stopped, which closes the page's sockets and so
   * ends the run. Called on the loop thread. Default: nothing.
   */
  default void pageIdle() {}

  /**
   * A run that used this policy ended (its sockets are closed): release what it started for that
   * run. Called once per run, on the thread that called {@code run*}. Default: nothing.
   */
  default void runEnded() {}
}
