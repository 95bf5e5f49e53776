package io.w3socket.testserver;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gates of {@code /handshake/hold?key=K}: a held opening handshake is answered once {@link
 * TestServer#releaseHandshake(String)} opened its key's gate, whichever comes first (the request or
 * the release). So a test can act on a socket that is surely still CONNECTING, then let it open,
 * without depending on how fast either side runs.
 *
 * <p>Threading: the map is concurrent; a gate is completed by the releasing thread, and the waiting
 * request hops back to its channel's event loop.
 */
final class HandshakeHolds {
  private final Map<String, CompletableFuture<Void>> gates = new ConcurrentHashMap<>();

  /** Returns the gate of a key, created closed on first use. */
  CompletableFuture<Void> gate(String key) {
    return gates.computeIfAbsent(key, k -> new CompletableFuture<>());
  }

  /**
   * Opens the gate of a key (also one whose request has not arrived yet; if it never arrives, the
   * entry stays: one small future per such key, for the life of a test server).
   */
  void release(String key) {
    gate(key).complete(null);
  }

  /** Forgets a key once its request was answered or its connection closed. */
  void forget(String key) {
    gates.remove(key);
  }
}
