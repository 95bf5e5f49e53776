package io.w3socket;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The WHATWG {@code WebSocket} interface (WebSockets Standard #the-websocket-interface), with the
 * browser's semantics: the same exceptions, the same event order, the same close codes.
 *
 * <pre>{@code
 * WebSocket.connect("ws://localhost:9998/echo", ws -> {
 *   ws.setOnopen(e -> ws.send("Hello"));
 *   ws.setOnmessage(e -> { System.out.println(e.getData()); ws.close(); });
 *   ws.setOnclose(e -> System.out.println("closed " + e.getCode()));
 * });
 * }</pre>
 *
 * <h2>Threads</h2>
 *
 * Events are tasks on an event loop: they never run concurrently and arrive in order; a {@code
 * readyState} change and its event happen in the same task. By default every socket shares one
 * daemon event loop thread ({@link #defaultEventLoop()}), as the scripts of a browser tab do;
 * {@link WebSocketOptions.Builder#eventLoop} takes any serial executor instead. Every method may be
 * called from any thread.
 *
 * <p>No event is lost to a listener added late in either of these forms:
 *
 * <ul>
 *   <li>{@link #connect(String, Consumer)} runs its setup as one event-loop task before any task of
 *       the socket, exactly as a page creates a socket and adds listeners in one script. This is
 *       the form to use from Java.
 *   <li>{@code new WebSocket(url)} followed by {@code setOn...} calls on the same thread: an event
 *       whose type has no listener yet is held (with every later event, in order) until one is
 *       added, for at most one second after the constructor; after that, events without listeners
 *       go to nobody, as in a browser. Later events wait behind a held one: a socket with no {@code
 *       open} listener gets its events up to one second after the constructor. A socket created
 *       inside a task of its own event loop holds nothing: there the browser's semantics apply
 *       unchanged.
 * </ul>
 *
 * <p>Read from a thread other than the event loop, attributes can change at any moment: {@code
 * readyState} (in event-loop tasks, and to CLOSING in {@code close()} on any thread), {@code
 * bufferedAmount} (up in {@code send()} on any thread, down in event-loop tasks), {@code protocol}
 * and {@code extensions} (in the task of the open event). Inside an event-loop task only that
 * task's own calls change them, as in a page — unless another thread calls {@code close()} or
 * {@code send()} meanwhile. {@code url} never changes; {@code binaryType} only when set.
 *
 * <h2>Accessors</h2>
 *
 * Attributes are bean properties ({@code getReadyState()}, {@code setOnmessage(...)}), so Kotlin,
 * Groovy and Nashorn see them as {@code ws.readyState} and {@code ws.onmessage}. Event handlers are
 * typed by their event ({@link EventHandler}): {@code e.getData()} and {@code e.getCode()} need no
 * cast.
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

  private final String serializedUrl;
  private final String origin;
  private final Connection connection;

  /** {@link WebSocketOptions#getMaxBufferedAmount()}: 0 for no limit. */
  private final long maxBufferedAmount;

  private final Object stateLock = new Object();
  private volatile int readyState = CONNECTING;
  private volatile String protocol = "";
  private volatile String extensions = "";
  private volatile String binaryType = "blob";
  private final AtomicLong bufferedAmount = new AtomicLong();

  /** Queues this socket's tasks on its event loop; holds them while {@link #connect} wires it. */
  private final TaskGate tasks;

  /** Holds early events of sockets created off their loop; null for {@link #connect}'s sockets. */
  private final EarlyEvents early;

  /** Bytes transmitted that {@link #bufferedAmount} does not yet reflect. */
  private final AtomicLong transmitted = new AtomicLong();

  /**
   * Guarded by stateLock; null until {@link #bufferedAmountAtMost} first waits. What waits for
   * {@link #bufferedAmount} to come down; completed in event-loop tasks.
   */
  private List<Drain> drains;

  /**
   * Set (before its check of bufferedAmount) by the first {@link #bufferedAmountAtMost}, so that
   * until then the transmitted bytes' tasks take no lock: either such a task reads it set, or the
   * waiter's check reads the amount that task brought down (both are volatile accesses).
   */
  private volatile boolean drainsWanted;

  private record Drain(long amount, CompletableFuture<Void> done) {}

  /**
   * Creates a WebSocket and starts connecting (WebSockets #dom-websocket-websocket).
   *
   * @param url a ws, wss, http or https URL
   * @throws DOMException SyntaxError if the URL is invalid, has another scheme or a fragment
   */
  public WebSocket(String url) {
    this(url, WebSocketOptions.defaults());
  }

  /**
   * Creates a WebSocket that asks for one of {@code protocols} (#dom-websocket-websocket).
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
    this(url, options, protocols, false);
  }

  private WebSocket(String url, WebSocketOptions options, String[] protocols, boolean wired) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(protocols, "protocols");
    // #dom-websocket-websocket steps 1-3: parse url with the API base URL; failure → SyntaxError.
    WebSocketUrl record;
    try {
      record = WebSocketUrl.parse(url, options.baseUrlRecord());
    } catch (WebSocketUrl.ParseException e) {
      throw DOMException.syntaxError("The URL '" + url + "' is invalid: " + e.getMessage() + ".");
    }
    // Steps 4-5: if urlRecord's scheme is "http", set it to "ws"; if "https", set it to "wss".
    if (record.scheme.equals("http")) {
      record = record.withScheme("ws");
    } else if (record.scheme.equals("https")) {
      record = record.withScheme("wss");
    }
    // Step 6: if urlRecord's scheme is not "ws" or "wss", then throw a "SyntaxError" DOMException.
    if (!record.scheme.equals("ws") && !record.scheme.equals("wss")) {
      throw DOMException.syntaxError(
          "The URL's scheme must be 'ws', 'wss', 'http' or 'https'; '"
              + record.scheme
              + "' is not allowed.");
    }
    // Step 7: if urlRecord's fragment is non-null, then throw a "SyntaxError" DOMException.
    if (record.fragment != null) {
      throw DOMException.syntaxError(
          "The URL '"
              + url
              + "' contains a fragment ('#"
              + record.fragment
              + "'); fragments are not allowed in WebSocket URLs.");
    }
    // Steps 8-9: each protocol must be a token and occur once (compared ignoring ASCII case).
    List<String> protocolList = checkProtocols(protocols);
    this.serializedUrl = record.serialize();
    this.origin = record.origin();
    this.maxBufferedAmount = options.getMaxBufferedAmount();
    Executor eventLoop = loopOf(options);
    this.tasks = new TaskGate(eventLoop, serializedUrl, wired);
    this.early =
        wired
            ? null
            : new EarlyEvents(
                tasks, this::hasListener, this::fire, serializedUrl, options.earlyEventWindow());
    // Steps 10-12: set the url; establish a WebSocket connection in parallel (readyState stays
    // CONNECTING).
    this.connection = new Connection(record, protocolList, options, new Events());
    // Fetch #block-bad-port: a request to a bad port gets a network error, which fails the
    // WebSocket connection (#concept-websocket-establish step 11.1) in parallel: no exception
    // here; error, then close 1006, in later tasks, as for a refused connection.
    if (BadPort.blocks(record)) {
      LOG.log(
          System.Logger.Level.WARNING,
          "WebSocket connection to '"
              + serializedUrl
              + "' failed: port "
              + record.port
              + " is a bad port (Fetch #bad-port)");
      connection.abort();
    }
    connection.start();
  }

  /**
   * Creates a WebSocket and wires it before any of its events can fire: {@code setup} runs as one
   * task of the socket's event loop, and every task of the socket (its {@code readyState} changes
   * and events) comes after it — what a page gets when it creates a socket and adds listeners in
   * one script. Nothing can be lost, whatever thread calls this.
   *
   * <pre>{@code
   * WebSocket.connect("ws://localhost:9998/echo", ws -> {
   *   ws.setOnopen(e -> ws.send("Hello"));
   *   ws.setOnmessage(e -> System.out.println(e.getData()));
   * });
   * }</pre>
   *
   * @param url a ws, wss, http or https URL
   * @param setup adds the socket's listeners; it runs before the socket's first task, so {@code
   *     readyState} is CONNECTING there; an exception it throws is reported as a listener's is
   * @return the socket, already connecting
   * @throws DOMException SyntaxError if the URL is invalid, has another scheme or a fragment
   */
  public static WebSocket connect(String url, Consumer<? super WebSocket> setup) {
    return connect(url, WebSocketOptions.defaults(), setup);
  }

  /**
   * Creates a WebSocket with options and protocols and wires it before any of its events can fire
   * (see {@link #connect(String, Consumer)}).
   *
   * @param url a ws, wss, http or https URL, or one relative to the options' base URL
   * @param options the options
   * @param setup adds listeners; runs as one task of the options' event loop
   * @param protocols subprotocol names, each an RFC 7230 token, no two equal ignoring case
   * @return the socket, already connecting
   * @throws DOMException SyntaxError if the URL or a protocol is invalid
   */
  public static WebSocket connect(
      String url,
      WebSocketOptions options,
      Consumer<? super WebSocket> setup,
      String... protocols) {
    Objects.requireNonNull(setup, "setup");
    WebSocket ws = new WebSocket(url, options, protocols, true);
    try {
      loopOf(options)
          .execute(
              () -> {
                try {
                  setup.accept(ws);
                } catch (RuntimeException | Error e) {
                  LOG.log(System.Logger.Level.WARNING, "Uncaught exception in WebSocket setup", e);
                } finally {
                  ws.tasks.open(); // the setup task is over: the socket's own tasks may now run
                }
              });
    } catch (RuntimeException e) {
      ws.connection.abort(); // the loop refused the setup task: nothing could ever run
      throw e;
    }
    return ws;
  }

  /**
   * Returns the default event loop: the one daemon thread that runs the events of every socket
   * created without {@link WebSocketOptions.Builder#eventLoop}. Code that creates a socket and adds
   * its listeners inside one of its tasks is race-free, as in a page; so is code that reads {@code
   * readyState} or {@code bufferedAmount} there and expects them to stay put.
   *
   * @return an executor that queues tasks on the default event loop
   */
  public static Executor defaultEventLoop() {
    return DEFAULT_LOOP;
  }

  private static final Executor DEFAULT_LOOP = task -> Threads.EVENT_LOOP.execute(task);

  private static Executor loopOf(WebSocketOptions options) {
    return options.getEventLoop() != null ? options.getEventLoop() : Threads.EVENT_LOOP;
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

  /** Returns the serialized URL (#dom-websocket-url), e.g. {@code ws://example.com/}. */
  public String getUrl() {
    return serializedUrl;
  }

  /** Returns {@link #CONNECTING}, {@link #OPEN}, {@link #CLOSING} or {@link #CLOSED}. */
  public int getReadyState() {
    return readyState;
  }

  /**
   * Returns the number of bytes of application data queued by {@code send()} but not yet
   * transmitted (#dom-websocket-bufferedamount). It grows inside {@code send()}, shrinks in later
   * event-loop tasks as data leaves, and does not reset when the connection closes.
   */
  public long getBufferedAmount() {
    return bufferedAmount.get();
  }

  /** Returns the extensions the server selected, or "" (#dom-websocket-extensions). */
  public String getExtensions() {
    return extensions;
  }

  /** Returns the subprotocol the server selected, or "" (#dom-websocket-protocol). */
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
   * invalid enumeration value on assignment (WebIDL #es-enumeration).
   *
   * @param binaryType {@code "blob"} or {@code "arraybuffer"}
   */
  public void setBinaryType(String binaryType) {
    if ("blob".equals(binaryType) || "arraybuffer".equals(binaryType)) {
      this.binaryType = binaryType;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Event handler attributes (WebSockets #dom-websocket-onopen and the other three; HTML
  // #event-handler-attributes).

  /** Returns the {@code onopen} event handler, or null. */
  public EventHandler<Event> getOnopen() {
    @SuppressWarnings("unchecked")
    EventHandler<Event> h = (EventHandler<Event>) getHandler("open");
    return h;
  }

  /**
   * Sets the {@code onopen} event handler; null removes it. Its events are plain {@link Event}s.
   *
   * @param handler the handler or null
   */
  public void setOnopen(EventHandler<Event> handler) {
    setHandler("open", Event.class, handler);
  }

  /** Returns the {@code onmessage} event handler, or null. */
  public EventHandler<? super MessageEvent> getOnmessage() {
    @SuppressWarnings("unchecked")
    EventHandler<? super MessageEvent> h =
        (EventHandler<? super MessageEvent>) getHandler("message");
    return h;
  }

  /**
   * Sets the {@code onmessage} event handler; null removes it. Its events are {@link
   * MessageEvent}s.
   *
   * @param handler the handler or null
   */
  public void setOnmessage(EventHandler<? super MessageEvent> handler) {
    setHandler("message", MessageEvent.class, handler);
  }

  /** Returns the {@code onerror} event handler, or null. */
  public EventHandler<Event> getOnerror() {
    @SuppressWarnings("unchecked")
    EventHandler<Event> h = (EventHandler<Event>) getHandler("error");
    return h;
  }

  /**
   * Sets the {@code onerror} event handler; null removes it. Its events are plain {@link Event}s.
   *
   * @param handler the handler or null
   */
  public void setOnerror(EventHandler<Event> handler) {
    setHandler("error", Event.class, handler);
  }

  /** Returns the {@code onclose} event handler, or null. */
  public EventHandler<? super CloseEvent> getOnclose() {
    @SuppressWarnings("unchecked")
    EventHandler<? super CloseEvent> h = (EventHandler<? super CloseEvent>) getHandler("close");
    return h;
  }

  /**
   * Sets the {@code onclose} event handler; null removes it. Its events are {@link CloseEvent}s.
   *
   * @param handler the handler or null
   */
  public void setOnclose(EventHandler<? super CloseEvent> handler) {
    setHandler("close", CloseEvent.class, handler);
  }

  // ---------------------------------------------------------------------------------------------
  // send() (WebSockets #dom-websocket-send).

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
    // #dom-websocket-send step 1: if readyState is CONNECTING, throw an "InvalidStateError".
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
  // close() (WebSockets #dom-websocket-close).

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
   * Closes the connection with a status code and a reason, either of them absent when null: the
   * WebIDL operation {@code close(optional code, optional reason)} with every combination of its
   * arguments (a reason without a code, possible from JavaScript, is checked and then sent with no
   * Close body, as Chromium does).
   *
   * @param code 1000 or 3000–4999; null means absent
   * @param reason at most 123 bytes as UTF-8; null means absent
   * @throws DOMException InvalidAccessError for another code; SyntaxError for a longer reason
   */
  public void close(Integer code, String reason) {
    closeInternal(code, reason);
  }

  private void closeInternal(Integer code, String reason) {
    // #dom-websocket-close step 1: code present, but neither 1000 nor in 3000–4999 →
    // InvalidAccessError.
    if (code != null && code != 1000 && (code < 3000 || code > 4999)) {
      throw DOMException.invalidAccessError(
          "Failed to execute 'close' on 'WebSocket': The close code must "
              + "be either 1000, or between 3000 and 4999. "
              + code
              + " is neither.");
    }
    // Step 2: if reason is present and its UTF-8 encoding is longer than 123 bytes → SyntaxError.
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
      // Step 3, the first matching case: readyState CLOSING or CLOSED: do nothing.
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
      // (With a reason but no code, close(null, reason), the Close frame also has no body, as in
      // Chromium: the standard puts a reason only "after the status code".)
      connection.close(code, code == null ? null : reason);
      readyState = CLOSING;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Flow control: not in the WHATWG interface, which has none; WebSocketStream's backpressure
  // (whatwg/websockets#48) needs both directions, and Node's ws offers the same pause and resume.

  /**
   * Stops reading from the network until {@link #resume()}: the kernel's receive buffer fills and
   * TCP's flow control holds the server back. Messages already read still arrive (at most what a
   * read took, up to a few hundred KiB); so do Pings' answers, later. Called before the connection
   * opens, it takes effect when it opens; once {@code close()} was called, or the connection
   * failed, reading goes on regardless (the server's Close frame must be read). Not part of the
   * WHATWG interface. Any thread.
   */
  public void pause() {
    connection.pauseReading(true);
  }

  /** Resumes reading from the network after {@link #pause()}; nothing if not paused. Any thread. */
  public void resume() {
    connection.pauseReading(false);
  }

  /**
   * A future completed once {@link #getBufferedAmount()} is at most {@code amount}: at once if it
   * is now, else in the event-loop task that brings it there; also in the task of the close event
   * (after which nothing is transmitted). So a producer can wait for room instead of polling {@code
   * bufferedAmount}. Not part of the WHATWG interface. Any thread.
   */
  public CompletableFuture<Void> bufferedAmountAtMost(long amount) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    drainsWanted = true;
    synchronized (stateLock) {
      if (bufferedAmount.get() > amount && readyState != CLOSED) {
        if (drains == null) {
          drains = new ArrayList<>(1);
        }
        drains.add(new Drain(amount, done));
        return done;
      }
    }
    done.complete(null);
    return done;
  }

  /** Completes the waiters whose amount {@code bufferedAmount} has come down to (all if closed). */
  private void completeDrains() {
    if (!drainsWanted) {
      return;
    }
    List<Drain> ready = null;
    synchronized (stateLock) {
      if (drains == null) {
        return;
      }
      long now = bufferedAmount.get();
      for (Iterator<Drain> it = drains.iterator(); it.hasNext(); ) {
        Drain d = it.next();
        if (now <= d.amount() || readyState == CLOSED) {
          it.remove();
          if (ready == null) {
            ready = new ArrayList<>(1);
          }
          ready.add(d);
        }
      }
    }
    if (ready != null) {
      for (Drain d : ready) {
        d.done().complete(null);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // WebSockets #feedback-from-the-protocol: each report becomes one task on the event loop.

  /** Fires an event of this socket's own tasks (on the event loop). */
  private void dispatch(Event event) {
    if (early == null) {
      fire(event);
    } else {
      early.dispatch(event);
    }
  }

  @Override
  void listenerAdded(String type) {
    if (early != null) {
      early.listenerAdded();
    }
  }

  private void queueTask(Runnable task) {
    tasks.execute(task);
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
              // "Handle connection establishment" steps 1-3: readyState OPEN; extensions and
              // protocol.
              readyState = OPEN;
              extensions = selectedExtensions;
              protocol = selectedProtocol;
            }
            // Step 4: fire an event named open.
            dispatch(new Event("open"));
          });
    }

    @Override
    public void onText(String text) {
      queueTask(
          () -> {
            // "Handle a WebSocket message" step 1: if readyState is not OPEN, then return.
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
            // Step 2: dataForEvent per binaryType as it is when the task runs.
            Object value =
                "arraybuffer".equals(binaryType)
                    ? ByteBuffer.wrap(data).asReadOnlyBuffer()
                    : Blob.wrap(data);
            dispatch(new MessageEvent("message", value, origin));
          });
    }

    @Override
    public void onReadStarted() {
      tasks.deliveryStarted();
    }

    @Override
    public void onReadDelivered() {
      tasks.deliveryEnded();
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
        queueTask(
            () -> {
              bufferedAmount.addAndGet(-transmitted.getAndSet(0));
              completeDrains();
            });
      }
    }

    @Override
    public void onClosed(boolean failed, boolean clean, int code, String reason) {
      queueTask(
          () -> {
            // #closeWebSocket ("handle connection close") step 1: readyState CLOSED.
            synchronized (stateLock) {
              readyState = CLOSED;
            }
            completeDrains();
            // Step 2: if the connection was failed, fire an event named error.
            if (failed) {
              dispatch(new Event("error"));
            }
            // Step 3: fire close with wasClean, code and reason.
            dispatch(new CloseEvent("close", clean, code, reason));
          });
    }
  }

  @Override
  public String toString() {
    return "WebSocket[" + serializedUrl + ", readyState=" + readyState + "]";
  }
}
