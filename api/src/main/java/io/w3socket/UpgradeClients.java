package io.w3socket;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/**
 * Derives, once per user client, the OkHttp client the opening handshake runs on: HTTP/1.1 only
 * (RFC 6455 §4.1), no redirects (WebSockets #concept-websocket-establish step 2: redirect mode
 * "error"), no retries, no connect, read or call timeouts (w3socket's one deadline is the opening
 * handshake's, {@link WebSocketOptions#getConnectTimeout}: a connect that waits out a full accept
 * backlog in a connection storm is slow, not failed, until that deadline), and a connection pool
 * that keeps nothing: a WebSocket handshake always runs on a new connection, and a connection that
 * carried one is never reused for another request, even when the handshake failed in a way that
 * leaves the server thinking the connection was upgraded. Every socket it opens has {@code
 * TCP_NODELAY} set ({@link NoDelaySocketFactory}), and its network interceptor tells the handshake
 * which socket its connection is ({@link IdleReadSource#TCP_SOCKET}).
 */
final class UpgradeClients {
  private static final OkHttpClient SHARED_BASE = new OkHttpClient();
  private static final Map<OkHttpClient, OkHttpClient> DERIVED = new WeakHashMap<>();

  private UpgradeClients() {}

  static synchronized OkHttpClient forClient(OkHttpClient base) {
    OkHttpClient user = base == null ? SHARED_BASE : base;
    return DERIVED.computeIfAbsent(
        user,
        c ->
            c.newBuilder()
                .protocols(List.of(Protocol.HTTP_1_1))
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .socketFactory(new NoDelaySocketFactory(c.socketFactory()))
                .addNetworkInterceptor(IdleReadSource.TCP_SOCKET)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(java.time.Duration.ZERO)
                .readTimeout(java.time.Duration.ZERO)
                .writeTimeout(java.time.Duration.ZERO)
                .callTimeout(java.time.Duration.ZERO)
                .build());
  }
}
