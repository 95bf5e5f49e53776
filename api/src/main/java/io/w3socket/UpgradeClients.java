package io.w3socket;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
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
   * store). It asks the JVM's proxy selector of the moment, as {@link ChannelHandshake#usable}
   * does, where OkHttp would keep the one in place when the client was built.
   */
  private static final class SharedBase {
    static final OkHttpClient CLIENT =
        new OkHttpClient.Builder().proxySelector(new CurrentProxySelector()).build();
  }

  /** Whatever {@link ProxySelector#getDefault} is at each call; none is DIRECT. */
  private static final class CurrentProxySelector extends ProxySelector {
    @Override
    public List<Proxy> select(URI uri) {
      ProxySelector current = ProxySelector.getDefault();
      return current == null || current == this ? List.of(Proxy.NO_PROXY) : current.select(uri);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
      ProxySelector current = ProxySelector.getDefault();
      if (current != null && current != this) {
        current.connectFailed(uri, address, failure);
      }
    }
  }

  /**
   * Guarded by the class: per user client, its pools' clients (slot 0 made with the entry, the
   * others on first use), then at {@code POOLS + slot} the same pool's client for IP-address hosts.
   */
  private static final Map<OkHttpClient, OkHttpClient[]> DERIVED = new WeakHashMap<>();

  private static final AtomicInteger NEXT = new AtomicInteger();

  private UpgradeClients() {}

  /**
   * The client for one new connection: one of {@link #POOLS} derived from {@code base}, in turn. A
   * host that is an IP address has one route, so its client connects on the calling thread rather
   * than racing routes on OkHttp's task threads (fast fallback, for names that resolve to several
   * addresses).
   *
   * @param host the URL's serialized host (WHATWG URL #concept-host-serializer)
   */
  static OkHttpClient forClient(OkHttpClient base, String host) {
    return forSlot(base, Math.floorMod(NEXT.getAndIncrement(), POOLS), host);
  }

  /** The client of pool {@code slot} (0 to {@link #POOLS} - 1) for {@code host}. */
  static OkHttpClient forSlot(OkHttpClient base, int slot, String host) {
    synchronized (UpgradeClients.class) {
      OkHttpClient[] pools =
          DERIVED.computeIfAbsent(base == null ? SharedBase.CLIENT : base, UpgradeClients::derive);
      if (pools[slot] == null) {
        pools[slot] = pools[0].newBuilder().connectionPool(newPool()).build();
      }
      if (!isIpAddress(host)) {
        return pools[slot];
      }
      if (pools[POOLS + slot] == null) {
        pools[POOLS + slot] = pools[slot].newBuilder().fastFallback(false).build();
      }
      return pools[POOLS + slot];
    }
  }

  /**
   * A serialized IPv6 address is bracketed; a special URL's host ending in a number was parsed as
   * an IPv4 address (WHATWG URL #concept-host-parser step 8), serialized as four dotted numbers.
   */
  static boolean isIpAddress(String host) {
    if (host == null || host.isEmpty()) {
      return false;
    }
    if (host.charAt(0) == '[') {
      return true;
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c != '.' && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static ConnectionPool newPool() {
    return new ConnectionPool(0, CLEANUP_SECONDS, TimeUnit.SECONDS);
  }

  private static OkHttpClient[] derive(OkHttpClient user) {
    OkHttpClient[] pools = new OkHttpClient[2 * POOLS];
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
