package io.w3socket;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/**
 * Derives, once per user client, the OkHttp client the opening handshake runs on: HTTP/1.1 only
 * (RFC 6455 §4.1), no redirects (WebSockets §2.2 step 2: redirect mode "error"), no retries, and
 * no read or call timeouts on the upgraded connection (w3socket enforces its own deadlines).
 */
final class UpgradeClients {
  private static final OkHttpClient SHARED_BASE = new OkHttpClient();
  private static final Map<OkHttpClient, OkHttpClient> DERIVED = new WeakHashMap<>();

  private UpgradeClients() {
  }

  static synchronized OkHttpClient forClient(OkHttpClient base) {
    OkHttpClient user = base == null ? SHARED_BASE : base;
    return DERIVED.computeIfAbsent(user, c -> c.newBuilder()
        .protocols(List.of(Protocol.HTTP_1_1))
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .readTimeout(java.time.Duration.ZERO)
        .writeTimeout(java.time.Duration.ZERO)
        .callTimeout(java.time.Duration.ZERO)
        .build());
  }
}
