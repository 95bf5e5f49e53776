package io.w3socket;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/**
 * Derives, once per user client, the OkHttp clients opening handshakes run on: HTTP/1.1 only (RFC
 * 6455 §4.1), no redirects (WebSockets #concept-websocket-establish step 2: redirect mode "error"),
 * no retries, no connect, read or call timeouts (w3socket's one deadline is the opening
 * handshake's, {@link WebSocketOptions#getConnectTimeout}: a connect that waits out a full accept
 * backlog in a connection storm is slow, not failed, until that deadline), and connection pools
 * ({@link #POOLS}) that keep nothing: a WebSocket handshake always runs on a new connection, and a
 * connection that carried one is never reused for another request, even when the handshake failed
 * in a way that leaves the server thinking the connection was upgraded. Every socket it opens has
 * {@code TCP_NODELAY} set ({@link NoDelaySocketFactory}), and its network interceptor tells the
 * handshake which socket its connection is ({@link IdleReadSource#TCP_SOCKET}).
 */
final class UpgradeClients {
  /**
   * Connection pools per user client. OkHttp keeps an upgraded connection in its pool until the
   * socket is released, and every new call scans its pool for a connection to reuse, so with one
   * pool the n-th socket's handshake scans n open ones: a storm of 15,000 spent 40% of its CPU
   * there, and 16% still with 32 pools. Spread over this many a scan is 1/512 as long. A pool is
   * made when a connection first needs it, so a JVM with a few sockets has a few pools.
   */
  static final int POOLS = 512;

  /**
   * How long a pool's cleanup waits between runs while it holds a connection. It only finds leaks
   * (OkHttp's leak detector runs there): a connection that carried a handshake is never reused, and
   * with no idle connection allowed OkHttp closes it as soon as it is released. A run also follows
   * every connection put into the pool.
   */
  private static final long CLEANUP_SECONDS = 10;

  /**
   * The client of sockets whose options give none; made on first use (it loads the TLS trust
   * store).
   */
  private static final class SharedBase {
    static final OkHttpClient CLIENT = new OkHttpClient();
  }

  /**
   * Guarded by the class: per user client, its pools' clients; slot 0 is made with the entry, the
   * others on first use.
   */
  private static final Map<OkHttpClient, OkHttpClient[]> DERIVED = new WeakHashMap<>();

  private static final AtomicInteger NEXT = new AtomicInteger();

  private UpgradeClients() {}

  /**
   * The client for one new connection: one of {@link #POOLS} derived from {@code base}, in turn.
   */
  static OkHttpClient forClient(OkHttpClient base) {
    int slot = Math.floorMod(NEXT.getAndIncrement(), POOLS);
    synchronized (UpgradeClients.class) {
      OkHttpClient[] pools =
          DERIVED.computeIfAbsent(base == null ? SharedBase.CLIENT : base, UpgradeClients::derive);
      if (pools[slot] == null) {
        pools[slot] = pools[0].newBuilder().connectionPool(newPool()).build();
      }
      return pools[slot];
    }
  }

  private static ConnectionPool newPool() {
    return new ConnectionPool(0, CLEANUP_SECONDS, TimeUnit.SECONDS);
  }

  private static OkHttpClient[] derive(OkHttpClient user) {
    OkHttpClient[] pools = new OkHttpClient[POOLS];
    pools[0] =
        user.newBuilder()
            .protocols(List.of(Protocol.HTTP_1_1))
            .connectionPool(newPool())
            .socketFactory(new NoDelaySocketFactory(user.socketFactory()))
            .addNetworkInterceptor(IdleReadSource.TCP_SOCKET)
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .connectTimeout(Duration.ZERO)
            .readTimeout(Duration.ZERO)
            .writeTimeout(Duration.ZERO)
            .callTimeout(Duration.ZERO)
            .build();
    return pools;
  }
}
