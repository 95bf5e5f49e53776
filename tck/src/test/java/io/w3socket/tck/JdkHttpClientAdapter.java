package io.w3socket.tck;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A naive adapter: the JDK's {@code java.net.http.WebSocket} mapped straight onto the SPI (whole
 * messages assembled from the parts, one {@code request(1)} per part, the server's Close answered
 * from {@code onClose}, no bufferedAmount). It is not a WHATWG WebSocket, and the TCK shows where:
 * see {@link #knownDeviations()}.
 */
final class JdkHttpClientAdapter implements WebSocketAdapter {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Override
  public String name() {
    return "jdk-httpclient";
  }

  @Override
  public TckSocket open(String url, List<String> protocols, TckListener listener) {
    WebSocket.Builder builder = CLIENT.newWebSocketBuilder();
    if (!protocols.isEmpty()) {
      builder.subprotocols(
          protocols.get(0), protocols.subList(1, protocols.size()).toArray(new String[0]));
    }
    Socket socket = new Socket(url);
    socket.connecting = builder.buildAsync(URI.create(url), new Events(socket, listener));
    socket.connecting.whenComplete(
        (ws, failure) -> {
          if (failure != null) {
            socket.state(TckBase.CLOSED);
            listener.onEvent(TckEvent.error());
            listener.onEvent(TckEvent.close(false, 1006, ""));
          }
        });
    return socket;
  }

  @Override
  public String domExceptionName(Throwable thrown) {
    return NaiveExceptions.domExceptionName(thrown);
  }

  @Override
  public List<Deviation> knownDeviations() {
    return JdkHttpClientDeviations.LIST;
  }

  /** The JDK listener: parts are collected into whole messages. */
  private static final class Events implements WebSocket.Listener {
    private final Socket socket;
    private final TckListener listener;
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

    Events(Socket socket, TckListener listener) {
      this.socket = socket;
      this.listener = listener;
    }

    @Override
    public void onOpen(WebSocket ws) {
      socket.ws = ws;
      socket.protocol = ws.getSubprotocol();
      socket.state(TckBase.OPEN);
      listener.onEvent(TckEvent.open());
      ws.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        listener.onEvent(TckEvent.text(message));
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
      byte[] part = new byte[data.remaining()];
      data.get(part);
      binary.writeBytes(part);
      if (last) {
        byte[] message = binary.toByteArray();
        binary.reset();
        listener.onEvent(TckEvent.binary(message, socket.binaryType));
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      socket.state(TckBase.CLOSED);
      listener.onEvent(TckEvent.close(true, statusCode, reason));
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      socket.state(TckBase.CLOSED);
      listener.onEvent(TckEvent.error());
      listener.onEvent(TckEvent.close(false, 1006, ""));
    }
  }

  private static final class Socket implements TckSocket {
    private final String url;
    volatile CompletableFuture<WebSocket> connecting;
    volatile WebSocket ws;
    volatile int state = TckBase.CONNECTING;
    volatile String protocol = "";
    volatile String binaryType = "blob";

    Socket(String url) {
      this.url = url;
    }

    synchronized void state(int next) {
      if (next > state) {
        state = next;
      }
    }

    private WebSocket open() {
      WebSocket w = ws;
      if (w == null) {
        throw new IllegalStateException("not open yet");
      }
      return w;
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
      return 0;
    }

    @Override
    public String protocol() {
      return protocol;
    }

    @Override
    public String extensions() {
      return "";
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
      open().sendText(text, true);
    }

    @Override
    public void send(byte[] bytes) {
      open().sendBinary(ByteBuffer.wrap(bytes.clone()), true);
    }

    @Override
    public void close() {
      close(WebSocket.NORMAL_CLOSURE, "");
    }

    @Override
    public void close(int code) {
      close(code, "");
    }

    @Override
    public void close(int code, String reason) {
      WebSocket w = ws;
      if (w == null) {
        connecting.cancel(true);
      } else {
        w.sendClose(code, reason);
      }
      state(TckBase.CLOSING);
    }

    @Override
    public void dispose() {
      WebSocket w = ws;
      if (w != null) {
        w.abort();
      } else {
        connecting.cancel(true);
      }
    }
  }
}
