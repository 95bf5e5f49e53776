package io.w3socket.engine;

import io.w3socket.CloseEvent;
import io.w3socket.DOMException;
import io.w3socket.MessageEvent;
import io.w3socket.WebSocket;
import io.w3socket.WebSocketOptions;
import io.w3socket.WhatwgUrl;
import io.w3socket.engine.spi.HostFunctions;
import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptError;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The only host object the shim gets: named functions taking and returning strings, numbers,
 * booleans, null and lists (of those; the engine glue turns lists into arrays). No Java object
 * crosses into JavaScript but bytes (message data, random bytes), where the engine can take them as
 * a buffer (GraalJS: a {@code ByteBuffer} in, an {@code ArrayBuffer} read back in bulk); elsewhere
 * bytes cross as "binary strings" (one char per byte, ISO-8859-1). DOM nodes cross as integer
 * handles ({@link DomNodes}). Called on the loop thread.
 */
final class HostBridge {
  /** The function names the engine glue exposes. */
  static final Set<String> FUNCTIONS =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              Arrays.asList(
                  "print",
                  "printError",
                  "reportError",
                  "wsCreate",
                  "wsUrl",
                  "wsReadyState",
                  "wsBufferedAmount",
                  "wsExtensions",
                  "wsProtocol",
                  "wsSendText",
                  "wsSendBinary",
                  "wsClose",
                  "timerSchedule",
                  "timerCancel",
                  "domFind",
                  "domAttribute",
                  "domTagName",
                  "domText",
                  "domSetText",
                  "domHtml",
                  "domSetHtml",
                  "domTitle",
                  "locationHref",
                  "clockNow",
                  "platformInfo",
                  "randomBytes",
                  "urlParse",
                  "domDocument",
                  "domInfo",
                  "domParent",
                  "domChildren",
                  "domCreate",
                  "domInsertError",
                  "domInsert",
                  "domRemove",
                  "domData",
                  "domSetData",
                  "domTextContent",
                  "domSetTextContent",
                  "domOuterHtml",
                  "domAttributeNames",
                  "domSetAttribute",
                  "domRemoveAttribute",
                  "domSelectorError",
                  "domQuery",
                  "domByTag",
                  "domByClass",
                  "domRoots",
                  "domRunScript")));

  /** The most getRandomValues asks for (Web Crypto #Crypto-method-getRandomValues step 2). */
  private static final int MAX_RANDOM_BYTES = 65536;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final EventLoop loop;
  private final Output output;
  private final Network network;
  private final PageDocument document;
  private final String locationHref;
  private final Consumer<String> errors;
  private final InsertedScripts scripts;

  /** Every socket the page created, by id (attributes stay readable after close). */
  private final Map<Integer, WebSocket> all = new HashMap<>();

  /** Sockets that have not yet fired their close event. */
  private final Map<Integer, WebSocket> sockets = new HashMap<>();

  private int nextSocketId = 1;

  /** The time origin (HR-Time #dfn-time-origin): fixed when the bridge is made. */
  private final long originNanos = System.nanoTime();

  private final double originEpochMillis = System.currentTimeMillis();

  private Realm realm;

  HostBridge(
      EventLoop loop,
      Output output,
      Network network,
      PageDocument document,
      String locationHref,
      String pageName,
      Consumer<String> errors) {
    this.loop = loop;
    this.output = output;
    this.network = network;
    this.document = document;
    this.locationHref = locationHref;
    this.errors = errors;
    this.scripts =
        new InsertedScripts(document.nodes(), loop, network, locationHref, pageName, errors);
  }

  /** The bridge as the host functions a realm exposes. */
  static HostFunctions functions(HostBridge bridge) {
    return new HostFunctions() {
      @Override
      public Set<String> names() {
        return FUNCTIONS;
      }

      @Override
      public Object call(String name, List<Object> args) {
        return bridge.call(name, args);
      }
    };
  }

  void attach(Realm realm) {
    this.realm = realm;
    scripts.attach(realm);
  }

  /** Sockets that have not yet fired their close event. */
  int liveSockets() {
    return sockets.size();
  }

  /** True when every live socket is OPEN and has nothing left to send. */
  boolean allSocketsQuiet() {
    for (WebSocket ws : sockets.values()) {
      if (ws.getReadyState() != WebSocket.OPEN || ws.getBufferedAmount() != 0) {
        return false;
      }
    }
    return true;
  }

  /** Starts the closing handshake of every live socket (end of the run). */
  void closeAll() {
    for (WebSocket ws : new ArrayList<>(sockets.values())) {
      try {
        ws.close();
      } catch (RuntimeException ignored) {
        // already closing
      }
    }
  }

  /**
   * Calls the function {@code name}.
   *
   * @param name one of {@link #FUNCTIONS}
   * @param a the arguments, converted to String, Double, Boolean, null or List
   * @return a String, Integer, Double, Boolean or null
   */
  Object call(String name, List<Object> a) {
    try {
      return dispatch(name, a);
    } catch (RuntimeException e) {
      // No Java exception object ever reaches a script: report it and return nothing.
      errors.accept("internal error in " + name + ": " + e);
      return name.equals("wsCreate") ? "Error: internal error: " + e.getMessage() : null;
    }
  }

  private Object dispatch(String name, List<Object> a) {
    switch (name) {
      case "print":
        output.line(str(a, 0));
        return null;
      case "printError":
        output.errorLine(str(a, 0));
        return null;
      case "reportError":
        errors.accept(str(a, 0));
        return null;
      case "wsCreate":
        return wsCreate(str(a, 0), arg(a, 1));
      case "wsUrl":
        return socket(a).getUrl();
      case "wsReadyState":
        return socket(a).getReadyState();
      case "wsBufferedAmount":
        return (double) socket(a).getBufferedAmount();
      case "wsExtensions":
        return socket(a).getExtensions();
      case "wsProtocol":
        return socket(a).getProtocol();
      case "wsSendText":
        return guard(() -> socket(a).send(str(a, 1)));
      case "wsSendBinary":
        return guard(() -> socket(a).send(bytes(a.get(1))));
      case "wsClose":
        return wsClose(socket(a), arg(a, 1), arg(a, 2));
      case "timerSchedule":
        {
          int id = num(a, 0);
          loop.schedule(
              id,
              num(a, 1),
              () -> {
                try {
                  realm.callEntry("fireTimer", id);
                } catch (ScriptError e) {
                  errors.accept(e.getMessage());
                }
              });
          return null;
        }
      case "timerCancel":
        loop.cancel(num(a, 0));
        return null;
      case "domFind":
        return document.find(str(a, 0));
      case "domAttribute":
        return document.attribute(num(a, 0), str(a, 1));
      case "domTagName":
        return document.tagName(num(a, 0));
      case "domText":
        return document.text(num(a, 0));
      case "domSetText":
        {
          // A change to an element in the document prints its new text: the page's output.
          String shown = document.setText(num(a, 0), str(a, 1));
          if (shown != null) {
            output.line(shown);
          }
          return null;
        }
      case "domHtml":
        return document.html(num(a, 0));
      case "domSetHtml":
        {
          // A change to an element in the document prints its new text: the page's output.
          String shown = document.setHtml(num(a, 0), str(a, 1));
          if (shown != null) {
            output.line(shown);
          }
          return null;
        }
      case "domDocument":
        return (double) dom().documentHandle();
      case "domInfo":
        return dom().info(num(a, 0));
      case "domParent":
        return (double) dom().parent(num(a, 0));
      case "domChildren":
        return dom().children(num(a, 0));
      case "domCreate":
        return (double) create(str(a, 0), str(a, 1));
      case "domInsertError":
        return dom().insertError(num(a, 0), num(a, 1), num(a, 2));
      case "domInsert":
        return dom().insert(num(a, 0), num(a, 1), num(a, 2));
      case "domRemove":
        return dom().remove(num(a, 0), num(a, 1));
      case "domData":
        return dom().data(num(a, 0));
      case "domSetData":
        dom().setData(num(a, 0), str(a, 1));
        return null;
      case "domTextContent":
        return dom().textContent(num(a, 0));
      case "domSetTextContent":
        dom().setTextContent(num(a, 0), str(a, 1));
        return null;
      case "domOuterHtml":
        return dom().outerHtml(num(a, 0));
      case "domAttributeNames":
        return dom().attributeNames(num(a, 0));
      case "domSetAttribute":
        dom().setAttribute(num(a, 0), str(a, 1), str(a, 2));
        return null;
      case "domRemoveAttribute":
        dom().removeAttribute(num(a, 0), str(a, 1));
        return null;
      case "domSelectorError":
        return DomNodes.selectorError(str(a, 0));
      case "domQuery":
        return dom().query(num(a, 0), str(a, 1), Boolean.TRUE.equals(arg(a, 2)));
      case "domByTag":
        return dom().byTag(num(a, 0), str(a, 1));
      case "domByClass":
        return dom().byClass(num(a, 0), str(a, 1));
      case "domRoots":
        return List.of(
            (double) dom().documentElement(), (double) dom().head(), (double) dom().body());
      case "domRunScript":
        scripts.run(num(a, 0));
        return null;
      case "domTitle":
        return document.title();
      case "locationHref":
        return locationHref;
      case "clockNow":
        return clockNow();
      case "platformInfo":
        return List.of(
            realm.engineName(),
            (double) Runtime.getRuntime().availableProcessors(),
            originEpochMillis);
      case "randomBytes":
        return randomBytes(num(a, 0));
      case "urlParse":
        return urlParse(str(a, 0), (String) (arg(a, 1) == null ? null : str(a, 1)));
      default:
        throw new IllegalArgumentException("no host function " + name);
    }
  }

  private Object wsCreate(String url, Object protocolList) {
    List<String> protocols = new ArrayList<>();
    if (protocolList instanceof List) {
      for (Object p : (List<?>) protocolList) {
        protocols.add(String.valueOf(p));
      }
    }
    WebSocket ws;
    try {
      WebSocketOptions options = network.prepare().eventLoop(loop).build();
      ws = new WebSocket(url, options, protocols.toArray(new String[0]));
    } catch (DOMException e) {
      return e.getName() + ": " + e.getMessage();
    }
    int id = nextSocketId++;
    sockets.put(id, ws);
    all.put(id, ws);
    // The shim converts binary data per its own binaryType when the task runs (WebSockets §3.2).
    ws.setBinaryType("arraybuffer");
    ws.addEventListener("open", e -> deliver(id, "open"));
    ws.addEventListener("error", e -> deliver(id, "error"));
    ws.addEventListener(
        "message",
        e -> {
          MessageEvent me = (MessageEvent) e;
          Object data = me.getData();
          if (data instanceof ByteBuffer) {
            ByteBuffer b = ((ByteBuffer) data).duplicate();
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            Object payload =
                realm.bytesAsBuffers()
                    ? ByteBuffer.wrap(bytes)
                    : new String(bytes, StandardCharsets.ISO_8859_1);
            deliver(id, "message", payload, true, me.getOrigin());
          } else {
            deliver(id, "message", String.valueOf(data), false, me.getOrigin());
          }
        });
    ws.addEventListener(
        "close",
        e -> {
          CloseEvent ce = (CloseEvent) e;
          sockets.remove(id);
          deliver(id, "close", ce.isWasClean(), ce.getCode(), ce.getReason());
        });
    return id;
  }

  /**
   * Hands a socket event to the shim inside the API's task. Exceptions are caught here: the API
   * would only log what escapes a listener, and the run must report it.
   */
  private void deliver(Object... args) {
    try {
      realm.callEntry("dispatch", args);
      // One call per listener, each followed by a microtask checkpoint (HTML "clean up after
      // running script": the stack is empty after every listener the user agent invokes).
      while (realm.callEntryForBoolean("dispatchStep")) {
        realm.afterTask();
      }
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
    }
  }

  /**
   * Milliseconds since the time origin on a monotonic clock, coarsened to 0.1 ms as HR-Time
   * #dfn-coarsen-time allows for a context that is not cross-origin isolated.
   */
  private double clockNow() {
    long tenthsOfMs = (System.nanoTime() - originNanos) / 100_000L;
    return tenthsOfMs / 10.0;
  }

  /** Cryptographically strong random bytes, in the form the engine takes bytes in. */
  private Object randomBytes(int n) {
    if (n < 0 || n > MAX_RANDOM_BYTES) {
      throw new IllegalArgumentException("randomBytes: " + n + " is not in 0.." + MAX_RANDOM_BYTES);
    }
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return realm.bytesAsBuffers()
        ? ByteBuffer.wrap(bytes)
        : new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /**
   * The URL Standard's parser (the api's one): the URL interface's getters in the order href,
   * origin, protocol, username, password, host, hostname, port, pathname, search, hash; or, when
   * parsing fails, a list of one element, the message naming the problem.
   */
  private static List<String> urlParse(String input, String base) {
    try {
      WhatwgUrl u = WhatwgUrl.parse(input, base);
      return List.of(
          u.href(),
          u.origin(),
          u.protocol(),
          u.username(),
          u.password(),
          u.host(),
          u.hostname(),
          u.port(),
          u.pathname(),
          u.search(),
          u.hash());
    } catch (IllegalArgumentException e) {
      return List.of(e.getMessage());
    }
  }

  private DomNodes dom() {
    return document.nodes();
  }

  /** #dom-document-createelement etc.: kind "element", "text" or "comment". */
  private int create(String kind, String value) {
    switch (kind) {
      case "element":
        return dom().createElement(value);
      case "text":
        return dom().createText(value);
      case "comment":
        return dom().createComment(value);
      default:
        throw new IllegalArgumentException("no node kind " + kind);
    }
  }

  /** Binary data from the shim: a byte array (read from an ArrayBuffer) or a binary string. */
  private static byte[] bytes(Object data) {
    if (data instanceof byte[]) {
      return (byte[]) data;
    }
    return String.valueOf(data).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static Object wsClose(WebSocket ws, Object code, Object reason) {
    return guard(
        () -> {
          if (code == null) {
            ws.close();
          } else if (reason == null) {
            ws.close(((Number) code).intValue());
          } else {
            ws.close(((Number) code).intValue(), String.valueOf(reason));
          }
        });
  }

  /** Runs an API call; a DOMException becomes the "Name: message" string the shim rethrows. */
  private static Object guard(Runnable r) {
    try {
      r.run();
      return null;
    } catch (DOMException e) {
      return e.getName() + ": " + e.getMessage();
    }
  }

  private WebSocket socket(List<Object> a) {
    WebSocket ws = all.get(num(a, 0));
    if (ws == null) {
      throw new IllegalArgumentException("no socket " + num(a, 0));
    }
    return ws;
  }

  private static Object arg(List<Object> a, int i) {
    return i < a.size() ? a.get(i) : null;
  }

  private static String str(List<Object> a, int i) {
    Object v = arg(a, i);
    return v == null ? "" : String.valueOf(v);
  }

  private static int num(List<Object> a, int i) {
    Object v = arg(a, i);
    return v instanceof Number ? ((Number) v).intValue() : 0;
  }
}
