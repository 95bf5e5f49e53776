package io.w3socket;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every event of a socket with the readyState seen inside its listener. */
final class Recorder {
  /** One recorded event. */
  record Seen(String type, Event event, int readyState, String thread) {
    @Override
    public String toString() {
      return type + "@" + readyState;
    }
  }

  final WebSocket ws;
  final List<Seen> events = new CopyOnWriteArrayList<>();

  Recorder(WebSocket ws) {
    this.ws = ws;
    for (String type : List.of("open", "message", "error", "close")) {
      ws.addEventListener(
          type,
          e -> events.add(new Seen(type, e, ws.getReadyState(), Thread.currentThread().getName())));
    }
  }

  static Recorder of(WebSocket ws) {
    return new Recorder(ws);
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
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> types().contains("open") || types().contains("close"));
    if (!types().contains("open")) {
      throw new AssertionError("socket did not open: " + events);
    }
    return this;
  }

  Recorder awaitMessages(int n) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> messages().size() >= n || types().contains("close"));
    if (messages().size() < n) {
      throw new AssertionError("expected " + n + " messages, got " + events);
    }
    return this;
  }

  CloseEvent awaitClose() {
    await().atMost(Duration.ofSeconds(10)).until(() -> types().contains("close"));
    for (Seen s : events) {
      if (s.type().equals("close")) {
        return (CloseEvent) s.event();
      }
    }
    throw new AssertionError();
  }
}
