package io.w3socket.engine;

import io.w3socket.CloseEvent;
import io.w3socket.DOMException;
import io.w3socket.MessageEvent;
import io.w3socket.WebSocket;
import io.w3socket.WebSocketOptions;
import io.w3socket.engine.spi.HostArgs;
import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptError;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The api's {@link WebSocket} for websocket.js: sockets cross as integer ids; every rule is the
 * api's, whose {@code DOMException}s the realm throws into the script as they are. Used on the loop
 * thread only.
 */
final class SocketFunctions implements HostArea {
  private final EventLoop loop;
  private final Network network;
  private final TimeOrigin origin;
  private final Consumer<String> errors;

  /**
   * Every socket the page created; id n is at index n - 1 (attributes stay readable after close).
   */
  private final List<WebSocket> all = new ArrayList<>();

  /** Sockets that have not yet fired their close event. */
  private final Map<Integer, WebSocket> live = new HashMap<>();

  /** Set by {@link #attach}. */
  private Realm realm;

  SocketFunctions(EventLoop loop, Network network, TimeOrigin origin, Consumer<String> errors) {
    this.loop = loop;
    this.network = network;
    this.origin = origin;
    this.errors = errors;
  }

  @Override
  public void attach(Realm realm) {
    this.realm = realm;
  }

  @Override
  public void register(HostRegistry r) {
    // The interface creating it names the constructor in exceptions (WebSocket, WebSocketStream).
    r.add(
        "wsCreate",
        a ->
            create(
                a.string(0),
                a.strings(1),
                a.isNull(2) ? "WebSocket" : a.string(2),
                a.length() > 3 ? a.stringOrNull(3) : null));
    r.add("wsUrl", a -> socket(a).getUrl());
    r.add("wsReadyState", a -> socket(a).getReadyState());
    r.add("wsBufferedAmount", a -> (double) socket(a).getBufferedAmount());
    r.add("wsExtensions", a -> socket(a).getExtensions());
    r.add("wsProtocol", a -> socket(a).getProtocol());
    r.add(
        "wsSendText",
        a -> {
          socket(a).send(a.string(1));
          return null;
        });
    r.add(
        "wsSendBinary",
        a -> {
          socket(a).send(a.bytes(1));
          return null;
        });
    // #dom-websocket-close: every rule is the api's; null is an absent argument.
    r.add(
        "wsClose",
        a -> {
          socket(a).close(a.isNull(1) ? null : a.integer(1), a.stringOrNull(2));
          return null;
        });
    registerFlowControl(r);
  }

  /**
   * WebSocketStream's backpressure (websocket-stream.js), through the api's flow control: stop or
   * resume reading from the network; and whether bufferedAmount is at most an amount now, else a
   * call of the shim's socketDrained entry in the event-loop task that brings it there.
   */
  private void registerFlowControl(HostRegistry r) {
    r.add(
        "wsPause",
        a -> {
          socket(a).pause();
          return null;
        });
    r.add(
        "wsResume",
        a -> {
          socket(a).resume();
          return null;
        });
    r.add(
        "wsBufferedAtMost",
        a -> {
          int id = a.integer(0);
          CompletableFuture<Void> low = socket(a).bufferedAmountAtMost((long) a.number(1));
          if (low.isDone()) {
            return true;
          }
          // Completed inside the api's task on this loop (the transmitted bytes', or the close's).
          low.thenRun(() -> drained(id));
          return false;
        });
  }

  private void drained(int id) {
    try {
      realm.callEntry("socketDrained", id);
      realm.afterTask();
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
    }
  }

  /** Sockets that have not yet fired their close event. */
  int liveSockets() {
    return live.size();
  }

  /** True when every live socket is OPEN and has nothing left to send. */
  boolean allQuiet() {
    for (WebSocket ws : live.values()) {
      if (ws.getReadyState() != WebSocket.OPEN || ws.getBufferedAmount() != 0) {
        return false;
      }
    }
    return true;
  }

  /** Starts the closing handshake of every live socket (end of the run). */
  void closeAll() {
    for (WebSocket ws : new ArrayList<>(live.values())) {
      try {
        ws.close();
      } catch (RuntimeException ignored) {
        // already closing
      }
    }
  }

  /**
   * The new socket's id. The api's DOMException (a SyntaxError) crosses with its name and the
   * message browsers give a constructor's exceptions: "Failed to construct 'WebSocket': ...".
   */
  /**
   * A socket; {@code base} is the page's base URL where a base element sets it (HTML
   * #document-base-url, the API base URL of #dom-websocket-websocket step 2), which relative URLs
   * resolve against instead of the run's own, when it is a URL a socket's can be (http(s), ws(s)).
   */
  private int create(String url, List<String> protocols, String constructor, String base) {
    WebSocketOptions.Builder builder = network.prepare().eventLoop(loop);
    if (base != null) {
      try {
        builder.baseUrl(base);
      } catch (IllegalArgumentException notNetwork) {
        // A file: base: the run's own base stands (none for a local page, as before).
      }
    }
    WebSocketOptions options = builder.build();
    WebSocket ws;
    try {
      ws = new WebSocket(url, options, protocols.toArray(new String[0]));
    } catch (DOMException e) {
      throw new DOMException(
          "Failed to construct '" + constructor + "': " + e.getMessage(), e.getName());
    }
    all.add(ws);
    int id = all.size();
    live.put(id, ws);
    // The shim converts binary data per its own binaryType when the task runs ("handle a WebSocket
    // message" step 2, #feedback-from-the-protocol).
    ws.setBinaryType("arraybuffer");
    ws.addEventListener("open", e -> deliver(id, "open", null, null, null));
    ws.addEventListener("error", e -> deliver(id, "error", null, null, null));
    ws.addEventListener(
        "message",
        e -> {
          MessageEvent me = (MessageEvent) e;
          Object data = me.getData();
          if (data instanceof ByteBuffer) {
            ByteBuffer b = ((ByteBuffer) data).duplicate();
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            deliver(id, "message", ScriptBytes.of(realm, bytes), true, me.getOrigin());
          } else {
            deliver(id, "message", String.valueOf(data), false, me.getOrigin());
          }
        });
    ws.addEventListener(
        "close",
        e -> {
          CloseEvent ce = (CloseEvent) e;
          live.remove(id);
          deliver(id, "close", ce.isWasClean(), ce.getCode(), ce.getReason());
        });
    return id;
  }

  /**
   * Hands a socket event to the shim inside the API's task, with the time it is created (DOM
   * #dom-event-timestamp). Each call into the shim runs one listener and answers whether another
   * may follow, with the microtask checkpoint after each ({@link CallbackSteps}); the dispatch's
   * end after the last one is {@link LoopRealm}'s. Exceptions are caught here: the API would only
   * log what escapes a listener, and the run must report it.
   */
  private void deliver(int id, String type, Object a, Object b, Object c) {
    try {
      CallbackSteps.runRest(
          realm,
          realm.callEntryForBoolean(LoopRealm.DISPATCH, id, type, a, b, c, origin.now()),
          LoopRealm.DISPATCH_STEP);
      // The checkpoint after the last listener, which the false answer followed: the API may
      // deliver another event in this task (a failed connection's error, then its close).
      realm.afterTask();
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
    }
  }

  private WebSocket socket(HostArgs a) {
    int id = a.integer(0);
    if (id < 1 || id > all.size()) {
      throw new IllegalArgumentException("no socket " + id);
    }
    return all.get(id - 1);
  }
}
