package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.awaitility.core.ConditionTimeoutException;

/** Records every event of a socket with the readyState seen inside its listener. */
final class Recorder {
  /** One recorded event. */
  record Seen(String type, Event event, int readyState, String thread) {
    @Override
    public String toString() {
      return type + "@" + readyState;
    }
  }

  /** The socket; set before the test reads it (by {@link #connect}'s caller thread). */
  volatile WebSocket ws;

  final List<Seen> events = new CopyOnWriteArrayList<>();

  private Recorder() {}

  private void listenTo(WebSocket socket) {
    for (String type : List.of("open", "message", "error", "close")) {
      socket.addEventListener(
          type,
          e ->
              events.add(
                  new Seen(type, e, socket.getReadyState(), Thread.currentThread().getName())));
    }
  }

  /** Records a socket's events from now on (for sockets whose early events do not matter). */
  static Recorder of(WebSocket ws) {
    Recorder r = new Recorder();
    r.ws = ws;
    r.listenTo(ws);
    return r;
  }

  /**
   * Creates a socket with {@link WebSocket#connect}: the recorder's listeners, then {@code
   * wiring}'s, are added in one event-loop task before any event of the socket, as a page adds its
   * listeners.
   */
  static Recorder connect(
      String url, WebSocketOptions options, Consumer<WebSocket> wiring, String... protocols) {
    Recorder r = new Recorder();
    r.ws =
        WebSocket.connect(
            url,
            options,
            ws -> {
              r.listenTo(ws);
              wiring.accept(ws);
            },
            protocols);
    return r;
  }

  static Recorder connect(String url, Consumer<WebSocket> wiring) {
    return connect(url, WebSocketOptions.defaults(), wiring);
  }

  /**
   * Runs {@code checks} inside the setup task of {@link WebSocket#connect}, where the socket is
   * CONNECTING by construction (no task of it can run before), as a page's script sees a socket it
   * just created; rethrows what they throw. Closes the socket afterwards.
   */
  static void whileConnecting(String url, Consumer<WebSocket> checks) {
    java.util.concurrent.CompletableFuture<Void> done =
        new java.util.concurrent.CompletableFuture<>();
    WebSocket.connect(
        url,
        ws -> {
          try {
            checks.accept(ws);
            done.complete(null);
          } catch (Throwable t) {
            done.completeExceptionally(t);
          } finally {
            ws.close();
          }
        });
    try {
      done.get(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new AssertionError(e.getCause());
    } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the setup task did not run", e);
    }
  }

  static Recorder connect(String url) {
    return connect(url, WebSocketOptions.defaults(), ws -> {});
  }

  /**
   * Connects a socket with binaryType "arraybuffer" that sends {@code messages} (each a byte[] or a
   * String), in order, from its open listener.
   */
  static Recorder sending(String url, WebSocketOptions options, List<?> messages) {
    return connect(
        url,
        options,
        ws -> {
          ws.setBinaryType("arraybuffer");
          ws.setOnopen(
              e -> {
                for (Object m : messages) {
                  if (m instanceof byte[] b) {
                    ws.send(b);
                  } else {
                    ws.send((String) m);
                  }
                }
              });
        });
  }

  /** Awaits one message for each of {@code sent} and checks each equals it, byte for byte. */
  void assertEchoes(List<?> sent) {
    List<Object> got = awaitMessages(sent.size()).messages();
    assertEquals(sent.size(), got.size());
    for (int i = 0; i < sent.size(); i++) {
      if (sent.get(i) instanceof byte[] b) {
        ByteBuffer back = ((ByteBuffer) got.get(i)).duplicate();
        byte[] bytes = new byte[back.remaining()];
        back.get(bytes);
        assertArrayEquals(b, bytes, "message " + i);
      } else {
        assertEquals(sent.get(i), got.get(i), "message " + i);
      }
    }
  }

  List<String> types() {
    List<String> t = new ArrayList<>();
    for (Seen s : events) {
      t.add(s.type());
    }
    return t;
  }

  List<Object> messages() {
    List<Object> data = new ArrayList<>();
    for (Seen s : events) {
      if (s.type().equals("message")) {
        data.add(((MessageEvent) s.event()).getData());
      }
    }
    return data;
  }

  Recorder awaitOpen() {
    awaitUntil(5, "open or close", () -> types().contains("open") || types().contains("close"));
    if (!types().contains("open")) {
      throw new AssertionError("socket did not open: " + events);
    }
    return this;
  }

  Recorder awaitMessages(int n) {
    awaitUntil(
        10, n + " messages or close", () -> messages().size() >= n || types().contains("close"));
    if (messages().size() < n) {
      throw new AssertionError("expected " + n + " messages, got " + events);
    }
    return this;
  }

  CloseEvent awaitClose() {
    awaitUntil(10, "close", () -> types().contains("close"));
    for (Seen s : events) {
      if (s.type().equals("close")) {
        return (CloseEvent) s.event();
      }
    }
    throw new AssertionError();
  }

  /** Awaits {@code condition}; on timeout the error names what was awaited and what was seen. */
  private void awaitUntil(int seconds, String what, Callable<Boolean> condition) {
    try {
      await().atMost(Duration.ofSeconds(seconds)).until(condition);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("no " + what + " within " + seconds + " s; events: " + events, e);
    }
  }
}
