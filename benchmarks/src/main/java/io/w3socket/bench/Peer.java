package io.w3socket.bench;

import io.w3socket.MessageEvent;
import io.w3socket.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocketListener;
import okio.ByteString;

/** One client connection under test: w3socket, or OkHttp's own WebSocket as the baseline. */
interface Peer extends AutoCloseable {
  void sendText(String text);

  void sendBinary(byte[] data);

  @Override
  void close();

  /** Opens a peer whose every received message goes to {@code onMessage} (text as String). */
  static Peer open(String impl, String url, Consumer<Object> onMessage) throws Exception {
    return switch (impl) {
      case "w3socket" -> openW3socket(url, onMessage);
      case "okhttp" -> openOkHttp(url, onMessage);
      default -> throw new IllegalArgumentException("unknown implementation " + impl);
    };
  }

  private static Peer openW3socket(String url, Consumer<Object> onMessage) throws Exception {
    CompletableFuture<Void> opened = new CompletableFuture<>();
    WebSocket ws = new WebSocket(url);
    ws.setBinaryType("arraybuffer");
    ws.setOnopen(e -> opened.complete(null));
    ws.setOnclose(e -> opened.completeExceptionally(new IllegalStateException("closed: " + e)));
    ws.setOnmessage(e -> onMessage.accept(((MessageEvent) e).getData()));
    opened.get(10, TimeUnit.SECONDS);
    return new Peer() {
      @Override
      public void sendText(String text) {
        ws.send(text);
      }

      @Override
      public void sendBinary(byte[] data) {
        ws.send(data);
      }

      @Override
      public void close() {
        ws.close();
      }
    };
  }

  private static Peer openOkHttp(String url, Consumer<Object> onMessage) throws Exception {
    CompletableFuture<Void> opened = new CompletableFuture<>();
    OkHttpClient client = new OkHttpClient();
    okhttp3.WebSocket ws = client.newWebSocket(new Request.Builder().url(url).build(),
        new WebSocketListener() {
          @Override
          public void onOpen(okhttp3.WebSocket webSocket, Response response) {
            opened.complete(null);
          }

          @Override
          public void onMessage(okhttp3.WebSocket webSocket, String text) {
            onMessage.accept(text);
          }

          @Override
          public void onMessage(okhttp3.WebSocket webSocket, ByteString bytes) {
            onMessage.accept(bytes);
          }

          @Override
          public void onFailure(okhttp3.WebSocket webSocket, Throwable t, Response response) {
            opened.completeExceptionally(t);
          }
        });
    opened.get(10, TimeUnit.SECONDS);
    return new Peer() {
      @Override
      public void sendText(String text) {
        ws.send(text);
      }

      @Override
      public void sendBinary(byte[] data) {
        ws.send(ByteString.of(data));
      }

      @Override
      public void close() {
        ws.close(1000, null);
        client.dispatcher().executorService().shutdown();
      }
    };
  }
}
