package io.w3socket.testserver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A JDK java.net.http.WebSocket with a listener that records what arrives. */
final class JdkClient implements WebSocket.Listener {
  /** A received message: String for text, byte[] for binary. */
  final List<Object> messages = new CopyOnWriteArrayList<>();

  final CompletableFuture<int[]> closed = new CompletableFuture<>();
  volatile String closeReason;
  final CompletableFuture<Throwable> error = new CompletableFuture<>();
  private final StringBuilder text = new StringBuilder();
  private java.io.ByteArrayOutputStream binary = new java.io.ByteArrayOutputStream();
  WebSocket ws;

  /** Whether to answer the server's Close automatically. */
  volatile boolean autoReplyClose = true;

  static JdkClient connect(String url, String... protocols) throws Exception {
    return connect(HttpClient.newBuilder(), url, protocols);
  }

  /** Connects with a client from {@code client} (for TLS: one with the test CA's context). */
  static JdkClient connect(HttpClient.Builder client, String url, String... protocols)
      throws Exception {
    JdkClient c = new JdkClient();
    WebSocket.Builder b =
        client.connectTimeout(Duration.ofSeconds(5)).build().newWebSocketBuilder();
    if (protocols.length > 0) {
      b.subprotocols(protocols[0], java.util.Arrays.copyOfRange(protocols, 1, protocols.length));
    }
    c.ws = b.buildAsync(URI.create(url), c).get(10, TimeUnit.SECONDS);
    return c;
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    text.append(data);
    if (last) {
      messages.add(text.toString());
      text.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    byte[] b = new byte[data.remaining()];
    data.get(b);
    binary.writeBytes(b);
    if (last) {
      messages.add(binary.toByteArray());
      binary = new java.io.ByteArrayOutputStream();
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closeReason = reason;
    closed.complete(new int[] {statusCode});
    if (autoReplyClose) {
      return webSocket.sendClose(statusCode == WebSocket.NORMAL_CLOSURE ? statusCode : 1000, "");
    }
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    this.error.complete(error);
  }
}
