package io.w3socket;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The WHATWG {@code WebSocket} interface (WebSockets Living Standard §3 "The WebSocket interface"),
 * with the browser's semantics: the same exceptions, the same event order, the same close codes.
 *
 * <pre>{@code
 * WebSocket ws = new WebSocket("ws://localhost:9998/echo");
 * ws.setOnopen(e -> ws.send("Hello"));
 * ws.setOnmessage(e -> { System.out.println(((MessageEvent) e).getData()); ws.close(); });
 * ws.setOnclose(e -> System.out.println("closed " + ((CloseEvent) e).getCode()));
 * }</pre>
 *
 * <h2>Threads</h2>
 *
 * Events are tasks on an event loop: they never run concurrently and arrive in order; a {@code
 * readyState} change and its event happen in the same task. By default every socket shares one
 * daemon event loop thread, as the scripts of a browser tab do; {@link
 * WebSocketOptions.Builder#eventLoop} takes any serial executor instead. Every method may be called
 * from any thread.
 *
 * <p>Events fired before the socket's first listener or handler is added are held and fired, in
 * order, right after it is. Add listeners right after the constructor, as a page does in the same
 * task; to rule out any race, create the socket and add its listeners in one event-loop task.
 *
 * <h2>Accessors</h2>
 *
 * Attributes are bean properties ({@code getReadyState()}, {@code setOnmessage(...)}), so Kotlin,
 * Groovy and Nashorn see them as {@code ws.readyState} and {@code ws.onmessage}.
 */
public class WebSocket extends EventTarget {
  private static final System.Logger LOG = System.getLogger("io.w3socket");

  /** {@code readyState}: the connection has not yet been established. */
  public static final int CONNECTING = 0;

  /** {@code readyState}: the connection is established and communication is possible. */
  public static final int OPEN = 1;

  /** {@code readyState}: the closing handshake is going on, or {@code close()} was called. */
  public static final int CLOSING = 2;

  /** {@code readyState}: the connection has been closed or could not be opened. */
  public static final int CLOSED = 3;

  private final WebSocketUrl url;
  private final String serializedUrl;
  private final String origin;
  private final Executor eventLoop;
  private final Connection connection;

  /** {@link WebSocketOptions#getMaxBufferedAmount()}: 0 for no limit. */
  private final long maxBufferedAmount;

  private final Object stateLock = new Object();
  private volatile int readyState = CONNECTING;
  private volatile String protocol = "";
  private volatile String extensions = "";
  private volatile String binaryType = "blob";
  private final AtomicLong bufferedAmount = new AtomicLong();

  private final Object parkLock = new Object();

  /** Events fired before any listener was added; null once one was (see {@link #dispatch}). */
  private java.util.ArrayDeque<Event> parked = new java.util.ArrayDeque<>();

  private boolean draining;

  /** Bytes transmitted that {@link #bufferedAmount} does not yet reflect. */
  private final AtomicLong transmitted = new AtomicLong();

  /**
   * Creates a WebSocket and starts connecting (WebSockets §3 constructor).
   *
   * @param url a ws, wss, http or https URL
   * @throws DOMException SyntaxError if the URL is invalid, has another scheme or a fragment
   */
  public WebSocket(String url) {
    this(url, WebSocketOptions.defaults());
  }

  /**
   * Creates a WebSocket that asks for one of {@code protocols} (WebSockets §3 constructor).
   *
   * @param url a ws, wss, http or https URL
   * @param protocols subprotocol names, each an RFC 7230 token, no two equal ignoring case
   * @throws DOMException SyntaxError if the URL or a protocol is invalid
   */
  public WebSocket(String url, String... protocols) {
    this(url, WebSocketOptions.defaults(), protocols);
  }

  /**
   * Creates a WebSocket with options (base URL, client, event loop, headers, timeouts).
   *
   * @param url a ws, wss, http or https URL, or one relative to the options' base URL
   * @param options the options
   * @param protocols subprotocol names, each an RFC 7230 token, no two equal ignoring case
   * @throws DOMException SyntaxError if the URL or a protocol is invalid
   */
  public WebSocket(String url, WebSocketOptions options, String... protocols) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(protocols, "protocols");
    // 1.-2. Let urlRecord be the result of parsing url with the API base URL; failure →
    // SyntaxError.
    WebSocketUrl record;
    try {
      record = WebSocketUrl.parse(url, options.baseUrlRecord());
    } catch (WebSocketUrl.ParseException e) {
      throw DOMException.syntaxError("The URL '" + url + "' is invalid: " + e.getMessage() + ".");
    }
    // 3.-4. If urlRecord's scheme is "http", set it to "ws"; if "https", set it to "wss".
    if (record.scheme.equals("http")) {
      record = record.withScheme("ws");
    } else if (record.scheme.equals("https")) {
      record = record.withScheme("wss");
    }
    // 5. If urlRecord's scheme is not "ws" or "wss", then throw a "SyntaxError" DOMException.
    if (!record.scheme.equals("ws") && !record.scheme.equals("wss")) {
      throw DOMException.syntaxError(
          "The URL's scheme must be 'ws', 'wss', 'http' or 'https'; '"
              + record.scheme
              + "' is not allowed.");
    }
    // 6. If urlRecord's fragment is non-null, then throw a "SyntaxError" DOMException.
    if (record.fragment != null) {
      throw DOMException.syntaxError(
          "The URL '"
              + url
              + "' contains a fragment ('#"
              + record.fragment
              + "'); fragments are not allowed in WebSocket URLs.");
    }
    // 7.-8. Each protocol must be a token and occur once (compared ignoring ASCII case).
    List<String> protocolList = checkProtocols(protocols);
    this.url = record;
    this.serializedUrl = record.serialize();
    this.origin = record.origin();
    this.eventLoop = options.getEventLoop() != null ? options.getEventLoop() : Threads.EVENT_LOOP;
    this.maxBufferedAmount = options.getMaxBufferedAmount();
    // 9. Establish a WebSocket connection in parallel; 10. return the object (readyState
    // CONNECTING).
    this.connection = new Connection(record, protocolList, options, new Events());
    connection.start();
  }

  private static List<String> checkProtocols(String[] protocols) {
    List<String> list = new ArrayList<>(protocols.length);
    List<String> seen = new ArrayList<>(protocols.length);
    for (String p : protocols) {
      if (p == null) {
        throw new NullPointerException("protocols contains null");
      }
      if (!isToken(p)) {
        throw DOMException.syntaxError(
            "The subprotocol '"
                + p
                + "' is invalid: it must be a non-empty "
                + "token of RFC 7230 characters.");
      }
      String lower = p.toLowerCase(Locale.ROOT);
      if (seen.contains(lower)) {
        throw DOMException.syntaxError("The subprotocol '" + p + "' is duplicated.");
      }
      seen.add(lower);
      list.add(p);
    }
    return Collections.unmodifiableList(list);
  }

  /** RFC 7230 §3.2.6 token: 1*tchar. */
  private static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean tchar =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!tchar) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Attributes.

  /** Returns the serialized URL (WebSockets §3 {@code url}), e.g. {@code ws://example.com/}. */
  public String getUrl() {
    return serializedUrl;
  }

  /** Returns {@link #CONNECTING}, {@link #OPEN}, {@link #CLOSING} or {@link #CLOSED}. */
  public int getReadyState() {
    return readyState;
  }

  /**
   * Returns the number of bytes of application data queued by {@code send()} but not yet
   * transmitted (WebSockets §3 {@code bufferedAmount}). It grows inside {@code send()}, shrinks in
   * later event-loop tasks as data leaves, and does not reset when the connection closes.
   */
  public long getBufferedAmount() {
    return bufferedAmount.get();
  }

  /** Returns the extensions the server selected, or "" (WebSockets §3 {@code extensions}). */
  public String getExtensions() {
    return extensions;
  }

  /** Returns the subprotocol the server selected, or "" (WebSockets §3 {@code protocol}). */
  public String getProtocol() {
    return protocol;
  }

  /** Returns {@code "blob"} (the default) or {@code "arraybuffer"}. */
  public String getBinaryType() {
    return binaryType;
  }

  /**
   * Sets how binary messages are delivered: {@code "blob"} gives a {@link Blob}, {@code
   * "arraybuffer"} a read-only {@link ByteBuffer}. Other values are ignored, as WebIDL ignores an
   * invalid enumeration value on assignment (WebIDL §3.2.22).
   *
   * @param binaryType {@code "blob"} or {@code "arraybuffer"}
   */
  public void setBinaryType(String binaryType) {
    if ("blob".equals(binaryType) || "arraybuffer".equals(binaryType)) {
      this.binaryType = binaryType;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Event handler attributes (WebSockets §3, HTML §8.1.8.1).

  /** Returns the {@code onopen} event handler, or null. */
  public EventListener getOnopen() {
    return getHandler("open");
  }

  /**
   * Sets the {@code onopen} event handler; null removes it.
   *
   * @param handler the handler or null
   */
  public void setOnopen(EventListener handler) {
    setHandler("open", handler);
  }

  /** Returns the {@code onmessage} event handler, or null. */
  public EventListener getOnmessage() {
    return getHandler("message");
  }

  /**
   * Sets the {@code onmessage} event handler; null removes it. Its events are {@link
   * MessageEvent}s.
   *
   * @param handler the handler or null
   */
  public void setOnmessage(EventListener handler) {
    setHandler("message", handler);
  }

  /** Returns the {@code onerror} event handler, or null. */
  public EventListener getOnerror() {
    return getHandler("error");
  }

  /**
   * Sets the {@code onerror} event handler; null removes it. Its events are plain {@link Event}s.
   *
   * @param handler the handler or null
   */
  public void setOnerror(EventListener handler) {
    setHandler("error", handler);
  }

  /** Returns the {@code onclose} event handler, or null. */
  public EventListener getOnclose() {
    return getHandler("close");
  }

  /**
   * Sets the {@code onclose} event handler; null removes it. Its events are {@link CloseEvent}s.
   *
   * @param handler the handler or null
   */
  public void setOnclose(EventListener handler) {
    setHandler("close", handler);
  }

  // ---------------------------------------------------------------------------------------------
  // send() (WebSockets §3).

  /**
   * Sends a text message: the string as UTF-8, each lone surrogate replaced by U+FFFD (a
   * USVString). {@code bufferedAmount} grows by the UTF-8 byte count.
   *
   * @param data the text
   * @throws DOMException InvalidStateError while {@code readyState} is CONNECTING
   */
  public void send(String data) {
    Objects.requireNonNull(data, "data");
    checkNotConnecting();
    byte[] bytes = Utf8.encode(data);
    transmit(Opcodes.TEXT, bytes, 0, bytes.length);
  }

  /**
   * Sends a binary message holding a copy of {@code data} (an ArrayBuffer).
   *
   * @param data the bytes
   * @throws DOMException InvalidStateError while {@code readyState} is CONNECTING
   */
  public void send(byte[] data) {
    Objects.requireNonNull(data, "data");
    checkNotConnecting();
    transmit(Opcodes.BINARY, data.clone(), 0, data.length);
  }

  /**
   * Sends a binary message holding a copy of the buffer's remaining bytes (an ArrayBufferView:
   * position to limit). The buffer's position is not changed.
   *
   * @param data the bytes
   * @throws DOMException InvalidStateError while {@code readyState} is CONNECTING
   */
  public void send(ByteBuffer data) {
    Objects.requireNonNull(data, "data");
    checkNotConnecting();
    byte[] copy = new byte[data.remaining()];
    data.duplicate().get(copy);
    transmit(Opcodes.BINARY, copy, 0, copy.length);
  }

  /**
   * Sends a binary message holding the Blob's bytes (immutable, so not copied).
   *
   * @param data the Blob
   * @throws DOMException InvalidStateError while {@code readyState} is CONNECTING
   */
  public void send(Blob data) {
    Objects.requireNonNull(data, "data");
    checkNotConnecting();
    transmit(Opcodes.BINARY, data.array(), data.arrayOffset(), (int) data.getSize());
  }

  private void checkNotConnecting() {
    // If readyState is CONNECTING, throw an "InvalidStateError" DOMException.
    if (readyState == CONNECTING) {
      throw DOMException.invalidStateError(
          "Failed to execute 'send' on 'WebSocket': Still in CONNECTING state.");
    }
  }

  private void transmit(int opcode, byte[] data, int offset, int length) {
    // "Any invocation of this method ... that does not throw an exception must increase the
    // bufferedAmount attribute by the number of bytes" — even once closing, when nothing is sent.
    long buffered = bufferedAmount.addAndGet(length);
    // #dom-websocket-send: "if the data cannot be sent, e.g. because it would need to be buffered
    // but the buffer is full, the user agent must flag the WebSocket as full and then close the
    // WebSocket connection" (the opt-in WebSocketOptions.maxBufferedAmount; the connection acts
    // only while OPEN).
    if (maxBufferedAmount > 0 && buffered > maxBufferedAmount) {
      connection.flagFull(buffered);
      return;
    }
    // "If the WebSocket connection is established and the WebSocket closing handshake has not yet
    // started, then the user agent must send a WebSocket Message" — the connection checks both.
    connection.send(opcode, data, offset, length);
  }

  // ---------------------------------------------------------------------------------------------
  // close() (WebSockets §3).

  /** Closes the connection with a Close frame that has no body (the server sees 1005). */
  public void close() {
    closeInternal(null, null);
  }

  /**
   * Closes the connection with a status code.
   *
   * @param code 1000 or 3000–4999
   * @throws DOMException InvalidAccessError for any other code
   */
  public void close(int code) {
    closeInternal(code, null);
  }

  /**
   * Closes the connection with a status code and a reason.
   *
   * @param code 1000 or 3000–4999
   * @param reason at most 123 bytes as UTF-8; null means absent
   * @throws DOMException InvalidAccessError for another code; SyntaxError for a longer reason
   */
  public void close(int code, String reason) {
    closeInternal(code, reason);
  }

  private void closeInternal(Integer code, String reason) {
    // 1. If code is present, but is neither 1000 nor in 3000–4999, throw InvalidAccessError.
    if (code != null && code != 1000 && (code < 3000 || code > 4999)) {
      throw DOMException.invalidAccessError(
          "Failed to execute 'close' on 'WebSocket': The close code must "
              + "be either 1000, or between 3000 and 4999. "
              + code
              + " is neither.");
    }
    // 2. If reason is present: if its UTF-8 encoding is longer than 123 bytes, throw SyntaxError.
    if (reason != null) {
      long length = Utf8.encodedLength(reason);
      if (length > 123) {
        throw DOMException.syntaxError(
            "Failed to execute 'close' on 'WebSocket': The close reason must "
                + "not be greater than 123 UTF-8 bytes (it is "
                + length
                + ").");
      }
      reason = Utf8.toUsvString(reason);
    }
    synchronized (stateLock) {
      // 3. If readyState is CLOSING or CLOSED: do nothing.
      if (readyState == CLOSING || readyState == CLOSED) {
        return;
      }
      // If the connection is not yet established: fail it and set readyState to CLOSING.
      if (connection.abort()) {
        readyState = CLOSING;
        return;
      }
      // If the closing handshake has not yet started: start it and set readyState to CLOSING.
      // "If neither code nor reason is present, the WebSocket Close message must not have a body."
      // (With a reason but no code — possible from JavaScript only — the Close frame also has no
      // body, as in Chromium.)
      connection.close(code, code == null ? null : reason);
      readyState = CLOSING;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Feedback from the protocol (WebSockets §5): each report becomes one task on the event loop.

  /**
   * Fires an event of this socket's own tasks. In a browser no event can reach a socket before the
   * script that created it has added its listeners, since that script is itself a task. Java code
   * usually creates a socket on another thread than the event loop and then adds listeners, so a
   * fast open (or a refused connection) could otherwise fire into an empty listener list. Until the
   * first listener or handler is added, events are therefore kept, in order, and fired right after
   * it is added; readyState and the other attributes still change on time.
   */
  private void dispatch(Event event) {
    synchronized (parkLock) {
      if (parked != null) {
        parked.add(event);
        return;
      }
    }
    fire(event);
  }

  @Override
  void listenerAdded() {
    synchronized (parkLock) {
      if (parked == null || draining) {
        return;
      }
      draining = true;
    }
    queueTask(this::fireParked);
  }

  private void fireParked() {
    while (true) {
      Event next;
      synchronized (parkLock) {
        next = parked.poll();
        if (next == null) {
          parked = null; // from now on events fire directly
          return;
        }
      }
      fire(next);
    }
  }

  private void queueTask(Runnable task) {
    try {
      eventLoop.execute(task);
    } catch (RuntimeException e) {
      // The embedder's event loop refused the task (typically: shut down). Nothing can run the
      // event; say so once per task rather than let the connection's thread die.
      LOG.log(
          System.Logger.Level.WARNING,
          "The event loop of WebSocket '" + serializedUrl + "' rejected an event task: " + e);
    }
  }

  /** The connection's reports, on connection threads; each queues a task. */
  private final class Events implements Connection.Listener {
    @Override
    public void onOpen(String selectedProtocol, String selectedExtensions) {
      queueTask(
          () -> {
            synchronized (stateLock) {
              // close() ran after the connection was established but before this task: no open
              // event.
              if (readyState != CONNECTING) {
                return;
              }
              // 1. Change readyState to OPEN. 2.-3. Set extensions and protocol.
              readyState = OPEN;
              extensions = selectedExtensions;
              protocol = selectedProtocol;
            }
            // 4. Fire an event named open.
            dispatch(new Event("open"));
          });
    }

    @Override
    public void onText(String text) {
      queueTask(
          () -> {
            // 1. If readyState is not OPEN, then return.
            if (readyState != OPEN) {
              return;
            }
            dispatch(new MessageEvent("message", text, origin));
          });
    }

    @Override
    public void onBinary(byte[] data) {
      queueTask(
          () -> {
            if (readyState != OPEN) {
              return;
            }
            // 2. dataForEvent per binaryType as it is when the task runs.
            Object value =
                "arraybuffer".equals(binaryType)
                    ? ByteBuffer.wrap(data).asReadOnlyBuffer()
                    : Blob.wrap(data);
            dispatch(new MessageEvent("message", value, origin));
          });
    }

    @Override
    public void onClosingHandshakeStarted() {
      queueTask(
          () -> {
            synchronized (stateLock) {
              if (readyState == OPEN) {
                readyState = CLOSING;
              }
            }
          });
    }

    @Override
    public void onTransmitted(long bytes) {
      // Coalesce: at most one pending task carries all bytes transmitted since the last one.
      if (bytes > 0 && transmitted.getAndAdd(bytes) == 0) {
        queueTask(() -> bufferedAmount.addAndGet(-transmitted.getAndSet(0)));
      }
    }

    @Override
    public void onClosed(boolean failed, boolean clean, int code, String reason) {
      queueTask(
          () -> {
            // 1. Change readyState to CLOSED.
            synchronized (stateLock) {
              readyState = CLOSED;
            }
            // 2. If the connection was failed, fire an event named error.
            if (failed) {
              dispatch(new Event("error"));
            }
            // 3. Fire close with wasClean, code and reason.
            dispatch(new CloseEvent("close", clean, code, reason));
          });
    }
  }

  @Override
  public String toString() {
    return "WebSocket[" + serializedUrl + ", readyState=" + readyState + "]";
  }
}
