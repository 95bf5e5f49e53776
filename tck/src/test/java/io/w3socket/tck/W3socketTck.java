package io.w3socket.tck;

import io.w3socket.Blob;
import io.w3socket.CloseEvent;
import io.w3socket.DOMException;
import io.w3socket.Event;
import io.w3socket.EventHandler;
import io.w3socket.EventListener;
import io.w3socket.MessageEvent;
import io.w3socket.WebSocket;
import io.w3socket.WebSocketOptions;
import java.nio.ByteBuffer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs the whole TCK against {@link io.w3socket.WebSocket}; it must pass. The one class an
 * implementor writes: the TCK subclass is its own adapter (the README shows this file).
 */
class W3socketTck extends WebSocketTck implements WebSocketAdapter {
  /**
   * The event loop of every socket. The constructor runs on it too, as a script runs in a task:
   * events are tasks on this loop, so none can be dispatched before the listeners are added.
   * (Constructing on another thread, a fast failure or open can be dispatched on w3socket's loop
   * before the next line adds a listener, and is lost.)
   */
  private static final ExecutorService LOOP =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "tck-event-loop");
            t.setDaemon(true);
            return t;
          });

  private static final WebSocketOptions OPTIONS =
      WebSocketOptions.builder().eventLoop(LOOP).build();

  @Override
  protected WebSocketAdapter adapter() {
    return this;
  }

  @Override
  public String name() {
    return "w3socket";
  }

  @Override
  public TckSocket open(String url, List<String> protocols, TckListener listener) throws Exception {
    try {
      return LOOP.submit(
              () -> {
                WebSocket ws = new WebSocket(url, OPTIONS, protocols.toArray(new String[0]));
                for (String type : List.of("open", "message", "error", "close")) {
                  ws.addEventListener(type, e -> listener.onEvent(convert(e)));
                }
                return new Socket(ws);
              })
          .get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
  }

  @Override
  public String domExceptionName(Throwable thrown) {
    return thrown instanceof DOMException ? ((DOMException) thrown).getName() : null;
  }

  /** Converts a w3socket event to the TCK's record. */
  static TckEvent convert(Event e) {
    TckEvent t;
    if (e instanceof MessageEvent) {
      Object data = ((MessageEvent) e).getData();
      if (data instanceof String) {
        t = TckEvent.text((String) data);
      } else if (data instanceof Blob) {
        t = TckEvent.binary(((Blob) data).toByteArray(), "blob");
      } else {
        ByteBuffer buffer = ((ByteBuffer) data).duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        t = TckEvent.binary(bytes, "arraybuffer");
      }
    } else if (e instanceof CloseEvent) {
      CloseEvent c = (CloseEvent) e;
      t = TckEvent.close(c.isWasClean(), c.getCode(), c.getReason());
    } else if (e.getType().equals("open")) {
      t = TckEvent.open();
    } else {
      t = TckEvent.error();
    }
    return t.withTrusted(e.isTrusted());
  }

  /** The socket: every method is the WebSocket's own. */
  private static final class Socket implements TckSocket {
    private final WebSocket ws;
    private final Map<TckCallback, EventListener> listeners = new IdentityHashMap<>();

    Socket(WebSocket ws) {
      this.ws = ws;
    }

    @Override
    public String url() {
      return ws.getUrl();
    }

    @Override
    public int readyState() {
      return ws.getReadyState();
    }

    @Override
    public long bufferedAmount() {
      return ws.getBufferedAmount();
    }

    @Override
    public String protocol() {
      return ws.getProtocol();
    }

    @Override
    public String extensions() {
      return ws.getExtensions();
    }

    @Override
    public String binaryType() {
      return ws.getBinaryType();
    }

    @Override
    public void binaryType(String value) {
      ws.setBinaryType(value);
    }

    @Override
    public void send(String text) {
      ws.send(text);
    }

    @Override
    public void send(byte[] bytes) {
      ws.send(bytes);
    }

    @Override
    public void sendBlob(byte[] bytes) {
      ws.send(new Blob(bytes));
    }

    @Override
    public void close() {
      ws.close();
    }

    @Override
    public void close(int code) {
      ws.close(code);
    }

    @Override
    public void close(int code, String reason) {
      ws.close(code, reason);
    }

    // Optional: the event target, for the "event handlers" area.

    @Override
    public boolean hasHandler(String type) {
      switch (type) {
        case "open":
          return ws.getOnopen() != null;
        case "message":
          return ws.getOnmessage() != null;
        case "error":
          return ws.getOnerror() != null;
        case "close":
          return ws.getOnclose() != null;
        default:
          throw new IllegalArgumentException(type);
      }
    }

    @Override
    public void setHandler(String type, TckCallback callback) {
      EventHandler<Event> handler = callback == null ? null : e -> callback.handle(convert(e));
      switch (type) {
        case "open" -> ws.setOnopen(handler);
        case "message" -> ws.setOnmessage(handler);
        case "error" -> ws.setOnerror(handler);
        case "close" -> ws.setOnclose(handler);
        default -> throw new IllegalArgumentException(type);
      }
    }

    @Override
    public synchronized void addEventListener(String type, TckCallback callback) {
      ws.addEventListener(
          type, listeners.computeIfAbsent(callback, c -> e -> c.handle(convert(e))));
    }

    @Override
    public synchronized void removeEventListener(String type, TckCallback callback) {
      EventListener l = listeners.get(callback);
      if (l != null) {
        ws.removeEventListener(type, l);
      }
    }
  }
}
