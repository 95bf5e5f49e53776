package io.w3socket.tck;

import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * A naive adapter: OkHttp's raw {@code okhttp3.WebSocket} mapped straight onto the SPI, the way one
 * would write it from OkHttp's documentation (answer the server's Close from {@code onClosing},
 * {@code queueSize()} as bufferedAmount, track readyState in the listener). It is not a WHATWG
 * WebSocket, and the TCK shows where: see {@link #knownDeviations()}.
 */
final class OkHttpRawAdapter implements WebSocketAdapter {
  /**
   * A default client with two changes that keep one case from spoiling the next. The dispatcher may
   * run more than 5 calls per host: an OkHttp WebSocket holds its call for its whole life, so the
   * 6th socket to one host would otherwise wait for another to end. And connections are not pooled:
   * with the default pool, the connection of a handshake that failed after a 101 (for example
   * without a Connection header) went back to the pool, and the next socket was sent over it and
   * never opened (seen in the TCK's first runs).
   */
  private static final OkHttpClient CLIENT = client();

  private static OkHttpClient client() {
    OkHttpClient client =
        new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            .build();
    client.dispatcher().setMaxRequests(256);
    client.dispatcher().setMaxRequestsPerHost(256);
    return client;
  }

  @Override
  public String name() {
    return "okhttp-raw";
  }

  @Override
  public TckSocket open(String url, List<String> protocols, TckListener listener) {
    Request.Builder request = new Request.Builder().url(url);
    if (!protocols.isEmpty()) {
      request.header("Sec-WebSocket-Protocol", String.join(", ", protocols));
    }
    Socket socket = new Socket(url);
    socket.ws =
        CLIENT.newWebSocket(
            request.build(),
            new WebSocketListener() {
              @Override
              public void onOpen(WebSocket ws, Response response) {
                socket.protocol = headerOrEmpty(response, "Sec-WebSocket-Protocol");
                socket.extensions = headerOrEmpty(response, "Sec-WebSocket-Extensions");
                socket.state(TckBase.OPEN);
                listener.onEvent(TckEvent.open());
              }

              @Override
              public void onMessage(WebSocket ws, String text) {
                listener.onEvent(TckEvent.text(text));
              }

              @Override
              public void onMessage(WebSocket ws, ByteString bytes) {
                listener.onEvent(TckEvent.binary(bytes.toByteArray(), socket.binaryType));
              }

              @Override
              public void onClosing(WebSocket ws, int code, String reason) {
                socket.state(TckBase.CLOSING);
                ws.close(1000, null);
              }

              @Override
              public void onClosed(WebSocket ws, int code, String reason) {
                socket.state(TckBase.CLOSED);
                listener.onEvent(TckEvent.close(true, code, reason));
              }

              @Override
              public void onFailure(WebSocket ws, Throwable t, Response response) {
                socket.state(TckBase.CLOSED);
                listener.onEvent(TckEvent.error());
                listener.onEvent(TckEvent.close(false, 1006, ""));
              }
            });
    return socket;
  }

  private static String headerOrEmpty(Response response, String name) {
    String value = response.header(name);
    return value == null ? "" : value;
  }

  @Override
  public String domExceptionName(Throwable thrown) {
    return NaiveExceptions.domExceptionName(thrown);
  }

  @Override
  public List<Deviation> knownDeviations() {
    return OkHttpRawDeviations.LIST;
  }

  private static final class Socket implements TckSocket {
    private final String url;
    volatile WebSocket ws;
    volatile int state = TckBase.CONNECTING;
    volatile String protocol = "";
    volatile String extensions = "";
    volatile String binaryType = "blob";

    Socket(String url) {
      this.url = url;
    }

    synchronized void state(int next) {
      if (next > state) {
        state = next;
      }
    }

    @Override
    public String url() {
      return url;
    }

    @Override
    public int readyState() {
      return state;
    }

    @Override
    public long bufferedAmount() {
      return ws.queueSize();
    }

    @Override
    public String protocol() {
      return protocol;
    }

    @Override
    public String extensions() {
      return extensions;
    }

    @Override
    public String binaryType() {
      return binaryType;
    }

    @Override
    public void binaryType(String value) {
      binaryType = value;
    }

    @Override
    public void send(String text) {
      ws.send(text);
    }

    @Override
    public void send(byte[] bytes) {
      ws.send(ByteString.of(bytes));
    }

    @Override
    public void close() {
      close(1000, null);
    }

    @Override
    public void close(int code) {
      close(code, null);
    }

    @Override
    public void close(int code, String reason) {
      ws.close(code, reason);
      state(TckBase.CLOSING);
    }

    @Override
    public void dispose() {
      ws.cancel();
    }
  }
}
