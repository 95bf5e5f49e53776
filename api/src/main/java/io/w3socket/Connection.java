package io.w3socket;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;
import okio.Socket;
import okio.Source;

/**
 * One WebSocket connection: the network side of a {@link WebSocket}, as one state machine ({@link
 * State}) guarded by {@code this}. These threads drive it:
 *
 * <ul>
 *   <li>the selector thread ({@link IoLoop}), which runs the opening handshake of a plain {@code
 *       ws:} connection without an embedder's OkHttp client ({@link ChannelHandshake}), after a
 *       handshake thread resolved its host if it is a name; otherwise a handshake thread, which
 *       runs the opening handshake on OkHttp;
 *   <li>once open, the reader and the writer. On a plain TCP channel ({@link ChannelIo}) both run
 *       on the selector thread ({@link IoLoop}): it hands what arrives to the frame reader, and
 *       runs a writer task whenever frames are queued, which encodes them in order and writes them
 *       without blocking. Otherwise (TLS, or an embedder's socket without a channel) the handshake
 *       thread goes on reading frames until TCP ends, and the writer task runs on a shared pool,
 *       blocking as it writes. Either writer reports how many application bytes left;
 *   <li>callers of {@link #send}, {@link #close} and {@link #abort}, on any thread.
 * </ul>
 *
 * <p>The end is reported exactly once, by {@link #reportEndIfDone}, when the reader has finished
 * and no writer is running; how it ended follows from the state it ended in. It never runs user
 * code: everything it learns goes to {@link Listener}, which turns it into event-loop tasks.
 */
final class Connection {
  private static final System.Logger LOG = System.getLogger("io.w3socket");

  /**
   * After both Close frames, how long to wait for the server to close TCP before closing it
   * ourselves (RFC 6455 §7.1.1: the server should close first). Chromium waits 2 s too.
   */
  private static final Duration LINGER = Duration.ofSeconds(2);

  /**
   * Once the reader has finished, how long a Close frame may take to go out before TCP is dropped
   * anyway.
   */
  private static final Duration FAIL_GRACE = Duration.ofSeconds(1);

  /**
   * Pongs owed but not yet written, at most. Every Ping is answered, in order (as browsers do);
   * past this many unwritten answers the oldest is dropped, which RFC 6455 §5.5.3 allows ("only the
   * most recently processed Ping"), so a peer that pings faster than it reads cannot grow memory.
   */
  private static final int MAX_PENDING_PONGS = 64;

  /** The most a reader thread takes from the network per read. */
  private static final long READ_SIZE = 64 * 1024;

  /** The lifecycle of the connection (RFC 6455 §4–§7). It only moves down this list. */
  enum State {
    /** §4.1: the opening handshake is under way. */
    CONNECTING,
    /** §4.1 "_The WebSocket Connection is Established_": messages flow both ways. */
    OPEN,
    /**
     * §7.1.2 "_Start the WebSocket Closing Handshake_": our Close frame is queued after the
     * messages sent before it; we wait for the server's.
     */
    CLOSE_SENT,
    /**
     * §7.1.3 "_The WebSocket Closing Handshake is Started_": the server's Close frame arrived; ours
     * (an answer, or the one sent first) is queued or written. The reader goes on until TCP ends.
     */
    CLOSE_RECEIVED,
    /**
     * §7.1.7 "_Fail the WebSocket Connection_": during the handshake, on a protocol error, or when
     * TCP was lost while open (§7.2.1). A Close frame may still go out, then TCP is dropped.
     */
    FAILED,
    /** §7.1.4 "_The WebSocket Connection is Closed_", and reported: nothing happens any more. */
    CLOSED
  }

  /** What the connection reports; every method is called from a connection thread. */
  interface Listener {
    /** The WebSocket connection is established (RFC 6455 §4.1). */
    void onOpen(String protocol, String extensions);

    void onText(String text);

    void onBinary(byte[] data);

    /**
     * The selector thread starts handing over what it has read: messages may follow, until {@link
     * #onReadDelivered}. A reader thread does not call it.
     */
    void onReadStarted();

    /** The selector thread has handed over what it had read. */
    void onReadDelivered();

    /** The server's Close frame arrived: the WebSocket closing handshake is started (§7.1.3). */
    void onClosingHandshakeStarted();

    /** {@code bytes} more bytes of application data were transmitted. */
    void onTransmitted(long bytes);

    /** The WebSocket connection is closed (§7.1.4); called exactly once. */
    void onClosed(boolean failed, boolean clean, int code, String reason);
  }

  /** A queued frame: a data message, a Pong, or our Close frame. */
  private record Outgoing(int opcode, byte[] data, int offset, int length) {}

  // Set before start(), then only read.
  private final WebSocketUrl url;
  private final List<String> protocols;
  private final WebSocketOptions options;
  private final Listener listener;

  /** Guarded by this. Only moves forward (see {@link State}). */
  private State state = State.CONNECTING;

  /** Guarded by this. The handshake's call while CONNECTING, so {@link #abort} can cancel it. */
  private Call call;

  /** Guarded by this. Likewise, a handshake on the selector thread. */
  private ChannelHandshake channelHandshake;

  /** Guarded by this. The upgraded connection; set when OPEN is entered, never cleared. */
  private Socket socket;

  /** Guarded by this; set with {@link #socket}. Used only by the running writer task. */
  private FrameWriter writer;

  /**
   * Guarded by this; set with {@link #socket}: the selector thread's side of a plain TCP channel,
   * or null where a reader thread and blocking writes carry the connection (then {@link #sink} is
   * set).
   */
  private ChannelIo io;

  /**
   * Guarded by this; set with {@link #socket} when {@link #io} is null. Used by the writer task.
   */
  private BufferedSink sink;

  /** Guarded by this; set with {@link #socket}, null unless permessage-deflate was negotiated. */
  private PerMessageDeflate deflate;

  /** Guarded by this. Data messages in order, then at most one Close frame. */
  private final ArrayDeque<Outgoing> queue = new ArrayDeque<>();

  /** Guarded by this. Pongs owed (RFC 6455 §5.5.2), written before the queued messages. */
  private final ArrayDeque<Outgoing> pongs = new ArrayDeque<>();

  /** Guarded by this. Our Close frame has been written and flushed. */
  private boolean closeWritten;

  /** Guarded by this. The server's Close frame, from CLOSE_RECEIVED on (§7.1.5, §7.1.6). */
  private int receivedCode;

  private String receivedReason;

  /**
   * Guarded by this. A writer task is scheduled or running (or, on a channel, waits for room in the
   * kernel's send buffer); at most one at a time.
   */
  private boolean writerRunning;

  /**
   * Guarded by this. The event-loop task gate whose next task takes over the writer ({@link
   * TaskWrites}); meanwhile {@link #writerRunning} is set and no thread runs the writer.
   */
  private TaskGate writerHeldBy;

  /**
   * Guarded by this. The application paused reading ({@link WebSocket#pause}); only while
   * CONNECTING or OPEN: starting the closing handshake or failing resumes it for good.
   */
  private boolean readPaused;

  /**
   * Where a reader thread waits while {@link #readPaused} (a channel pauses in {@link #io}); made
   * by the first pause, so an unpaused connection carries none. Written under this, read by the
   * reader thread without it.
   */
  private volatile ReadGate readGate;

  /** Guarded by this. The reader has finished: TCP ended, or was never upgraded. */
  private boolean readerDone;

  /** Guarded by this. The pending close timeout or linger, which drops TCP when it fires. */
  private ScheduledFuture<?> timer;

  Connection(
      WebSocketUrl url, List<String> protocols, WebSocketOptions options, Listener listener) {
    this.url = url;
    this.protocols = protocols;
    this.options = options;
    this.listener = listener;
  }

  void start() {
    // RFC 6455 §4.1 item 2: a bounded number of connections to one origin in CONNECTING at once;
    // the others wait their turn, in order, without a thread.
    String origin = url.origin();
    if (ChannelHandshake.usable(url, options)) {
      // The request is made now, on the caller's thread, rather than when its turn comes (most
      // turns of a storm come on the selector thread, as earlier handshakes end).
      ChannelHandshake h =
          new ChannelHandshake(IoLoop.get(), this, new Handshake(protocols), url, options);
      HandshakeSlots.start(origin, () -> startOnChannel(h));
    } else {
      HandshakeSlots.start(
          origin, () -> Threads.startHandshake(this::run, "w3socket reader " + origin));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Opening handshake on the selector thread.

  /** The handshake's turn has come ({@link HandshakeSlots}). */
  private void startOnChannel(ChannelHandshake h) {
    boolean connecting;
    synchronized (this) {
      connecting = state == State.CONNECTING;
      if (connecting) {
        channelHandshake = h;
      }
    }
    if (connecting) {
      h.start(options.getConnectTimeout(), "w3socket resolver " + url.origin());
    } else {
      handshakeEnded(); // close() came before the handshake began (or the port is a bad port)
    }
  }

  /**
   * The server's response head arrived on the selector thread: if it accepts the handshake, the
   * connection is OPEN on {@code channel}, its frames read from {@code early} (what came after the
   * head) on.
   */
  void channelHandshakeDone(
      Handshake handshake, SocketChannel channel, ResponseHead response, Buffer early) {
    String error = handshake.validate(response.code, response.headers);
    ChannelSocket s = new ChannelSocket(channel);
    if (error != null) {
      s.cancel();
      handshakeFailed(error);
      handshakeEnded();
      return;
    }
    boolean connecting;
    synchronized (this) {
      connecting = state == State.CONNECTING;
      if (connecting) {
        state = State.OPEN;
        channelHandshake = null;
        socket = s;
        writer = new FrameWriter();
        deflate = handshake.deflate;
        io = new ChannelIo(IoLoop.get(), channel, this); // the channel is non-blocking already
        if (readPaused) {
          io.pause(true);
        }
      }
    }
    if (!connecting) {
      s.cancel(); // close() failed the connection while the 101 was on its way
      handshakeEnded();
      return;
    }
    listener.onOpen(handshake.protocol, handshake.extensions);
    io.start(early, newFrameReader());
    HandshakeSlots.done(url.origin());
  }

  /** The handshake on the selector thread failed, or {@link #abort} cancelled it. */
  void channelHandshakeFailed(String why) {
    handshakeFailed(why);
    handshakeEnded();
  }

  /**
   * The selector thread's handshake resolved a name to several addresses: OkHttp runs the handshake
   * instead, on a handshake thread, with a deadline of its own; the slot goes with it.
   */
  void channelHandshakeHandedOver() {
    synchronized (this) {
      channelHandshake = null;
    }
    Threads.startHandshake(this::run, "w3socket reader " + url.origin());
  }

  /** A handshake that did not open the connection has ended: the next may start; this one ends. */
  private void handshakeEnded() {
    synchronized (this) {
      channelHandshake = null;
    }
    HandshakeSlots.done(url.origin());
    readerFinished();
  }

  // ---------------------------------------------------------------------------------------------
  // Handshake thread, and the reader (a reader thread, or the selector thread).

  private void run() {
    Opened opened = openingHandshake();
    if (opened == null) {
      readerFinished();
    } else if (opened.frames == null) {
      return; // the selector thread reads from here on
    } else if (Threads.virtual()) {
      // A fresh virtual thread for the frame loop: parked, it keeps the stack of that loop only,
      // not the chunks the handshake's deeper stack left behind.
      Threads.startVirtual(() -> readUntilEnd(opened.frames), Thread.currentThread().getName());
    } else {
      readUntilEnd(opened.frames);
    }
  }

  /**
   * The handshake's outcome in state OPEN: where a reader thread reads frames, or null (a channel).
   */
  private record Opened(Source frames) {}

  private void readUntilEnd(Source source) {
    readFrames(source);
    readerFinished();
  }

  /**
   * Runs the opening handshake (RFC 6455 §4.1); returns how frames are read in state OPEN, or null
   * in state FAILED.
   */
  private Opened openingHandshake() {
    try {
      return runOpeningHandshake();
    } finally {
      HandshakeSlots.done(url.origin());
    }
  }

  private Opened runOpeningHandshake() {
    Handshake handshake = new Handshake(protocols);
    IdleReadSource.TcpSocket tcp = new IdleReadSource.TcpSocket();
    OkHttpClient client = UpgradeClients.forClient(options.getClient(), url.host);
    Call c;
    synchronized (this) {
      if (state != State.CONNECTING) {
        return null; // close() came before the handshake began (or the port is a bad port)
      }
      Request request = handshake.request(url, options);
      c = client.newCall(request.newBuilder().tag(IdleReadSource.TcpSocket.class, tcp).build());
      call = c;
    }
    // The flag is set before the call is cancelled: the cancel (closing a TLS socket) may still be
    // running when execute() throws, and a running timer task reads as cancelled, not done.
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        Threads.TIMER.schedule(
            () -> {
              timedOut.set(true);
              c.cancel();
            },
            options.getConnectTimeout().toMillis(),
            TimeUnit.MILLISECONDS);
    Response response;
    try {
      response = c.execute();
    } catch (IOException e) {
      deadline.cancel(false);
      handshakeFailed(
          timedOut.get()
              ? "opening handshake timed out"
              : String.valueOf(e.getMessage() == null ? e : e.getMessage()));
      return null;
    }
    deadline.cancel(false);
    String error = handshake.validate(response);
    Socket s = response.socket();
    if (error == null && s == null) {
      error = "Error during WebSocket handshake: the connection was not upgraded";
    }
    if (error != null) {
      if (s != null) {
        release(s);
      }
      response.close();
      handshakeFailed(error);
      return null;
    }
    SocketChannel channel = ChannelIo.channelOf(tcp.socket);
    synchronized (this) {
      if (state != State.CONNECTING) {
        release(s); // close() failed the connection while the 101 was on its way
        return null;
      }
      state = State.OPEN;
      socket = s;
      writer = new FrameWriter();
      deflate = handshake.deflate;
      if (channel != null) {
        io = new ChannelIo(IoLoop.get(), channel, this);
        io.prepare();
        if (readPaused) {
          io.pause(true);
        }
      } else {
        sink = Okio.buffer(s.getSink());
      }
    }
    listener.onOpen(handshake.protocol, handshake.extensions);
    if (channel != null) {
      io.start(IdleReadSource.early(s.getSource()), newFrameReader());
      return new Opened(null);
    }
    Source frames;
    try {
      frames = IdleReadSource.of(s.getSource(), tcp.socket);
    } catch (IOException e) {
      frames = s.getSource(); // the socket is closing: the first read will say so
    }
    return new Opened(frames);
  }

  /** The handshake failed: CONNECTING → FAILED, logged unless {@link #abort} asked for it. */
  private void handshakeFailed(String why) {
    synchronized (this) {
      if (state != State.CONNECTING) {
        return; // abort(): the page asked for it, nothing to tell
      }
      state = State.FAILED;
    }
    LOG.log(Level.WARNING, "WebSocket connection to '" + url + "' failed: " + why);
  }

  /** The reader thread's loop: each read goes to the frame reader, until TCP ends. */
  private void readFrames(Source source) {
    FrameReader reader = newFrameReader();
    Buffer in = new Buffer();
    try {
      while (true) {
        ReadGate gate = readGate;
        if (gate != null) {
          gate.awaitOpen();
        }
        if (source.read(in, READ_SIZE) == -1) {
          break;
        }
        reader.feed(in);
      }
    } catch (ProtocolError e) {
      fail(e.closeCode, e.getMessage());
    } catch (IOException e) {
      // The TCP connection ended: reset, or cancelled by a timer or by us.
    } catch (RuntimeException e) {
      fail(Opcodes.PROTOCOL_ERROR, "Internal error: " + e);
    }
  }

  private FrameReader newFrameReader() {
    return new FrameReader(deflate(), options.getMaxMessageSize(), new Frames());
  }

  /**
   * Pauses or resumes reading from the network ({@link WebSocket#pause}, {@link WebSocket#resume}).
   * A pause asked for once the closing handshake has started or the connection failed is ignored:
   * the server's Close frame must still be read.
   */
  synchronized void pauseReading(boolean pause) {
    if (pause && state != State.CONNECTING && state != State.OPEN) {
      return;
    }
    setReadPaused(pause);
  }

  /** Caller holds the lock. */
  private void setReadPaused(boolean pause) {
    if (readPaused == pause) {
      return;
    }
    readPaused = pause;
    if (readGate == null) {
      readGate = new ReadGate();
    }
    readGate.set(pause);
    if (io != null) {
      io.pause(pause);
    }
  }

  /** The selector thread starts handing what it has read to the frame reader. */
  void readStarted() {
    listener.onReadStarted();
  }

  /** The selector thread has handed what it had read to the frame reader. */
  void readDelivered() {
    listener.onReadDelivered();
  }

  /** The selector thread's frame reader found a protocol error; its reading ends next. */
  void protocolError(int closeCode, String message) {
    fail(closeCode, message);
  }

  private synchronized PerMessageDeflate deflate() {
    return deflate;
  }

  /** What the reader delivers, on the reader thread or the selector thread. */
  private final class Frames implements FrameReader.Callback {
    @Override
    public void onText(String text) {
      if (acceptsMessages()) {
        listener.onText(text);
      }
    }

    @Override
    public void onBinary(byte[] data) {
      if (acceptsMessages()) {
        listener.onBinary(data);
      }
    }

    @Override
    public void onPing(byte[] payload) {
      pingReceived(payload);
    }

    @Override
    public void onClose(int code, String reason) {
      closeFrameReceived(code, reason);
    }
  }

  /** Messages count until the server's Close frame (RFC 6455 §5.5.1: nothing follows it). */
  private synchronized boolean acceptsMessages() {
    return state == State.OPEN || state == State.CLOSE_SENT;
  }

  private synchronized void pingReceived(byte[] payload) {
    // RFC 6455 §5.5.2: answer each Ping with a Pong carrying the same payload, until we close.
    if (state == State.OPEN) {
      if (pongs.size() == MAX_PENDING_PONGS) {
        pongs.poll();
      }
      pongs.add(new Outgoing(Opcodes.PONG, payload, 0, payload.length));
      scheduleWriter();
    }
  }

  private void closeFrameReceived(int code, String reason) {
    synchronized (this) {
      switch (state) {
        case OPEN:
          // §5.5.1: answer with a Close frame, echoing the status code (no body if there was none).
          queueClose(code == Opcodes.NO_STATUS_RECEIVED ? null : code, reason);
          break;
        case CLOSE_SENT:
          if (closeWritten) {
            startTimer(LINGER); // both Close frames are through: the server should end TCP now
          }
          break;
        default:
          return; // §5.5.1: nothing may follow a Close frame; a second one is ignored
      }
      state = State.CLOSE_RECEIVED;
      receivedCode = code;
      receivedReason = reason;
    }
    listener.onClosingHandshakeStarted();
  }

  /**
   * Fail the WebSocket Connection (RFC 6455 §7.1.7) on a protocol error: send a Close frame if the
   * closing handshake had not started, then drop TCP (the reader is about to finish).
   */
  private void fail(int closeCode, String message) {
    LOG.log(Level.WARNING, "WebSocket connection to '" + url + "' failed: " + message);
    synchronized (this) {
      State was = state;
      state = State.FAILED;
      setReadPaused(false);
      dropData();
      if (was == State.OPEN) {
        queueClose(closeCode, "");
      }
    }
  }

  /**
   * The reader has finished: TCP ended (or never opened), so the end can be reported. Called once,
   * by the reader thread, the handshake thread, or the selector thread ({@link ChannelIo}).
   */
  void readerFinished() {
    synchronized (this) {
      readerDone = true;
      if (state == State.OPEN) {
        // §7.2.1: "If at any point the underlying transport layer connection is unexpectedly lost,
        // the client MUST Fail the WebSocket Connection" (no Close frame: TCP is gone).
        state = State.FAILED;
      }
      dropData(); // a Close frame still queued is still sent
      releaseHeldWriter();
      if (socket != null) {
        if (writerRunning) {
          // Let the writer finish a Close frame; it drops TCP after writing, or this does.
          Threads.TIMER.schedule(this::dropTcp, FAIL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } else {
          dropTcp();
        }
      }
    }
    reportEndIfDone();
  }

  /** Drops queued data and Pongs, keeping a queued Close frame. Caller holds the lock. */
  private void dropData() {
    queue.removeIf(o -> o.opcode() != Opcodes.CLOSE);
    pongs.clear();
  }

  /**
   * Reports how the connection ended (RFC 6455 §7.1.4–§7.1.6, WebSockets
   * #feedback-from-the-protocol), once the reader has finished and no writer is running: the only
   * caller of {@link Listener#onClosed}, so it happens exactly once.
   */
  private void reportEndIfDone() {
    boolean failed = false;
    boolean clean = false;
    int code = Opcodes.ABNORMAL_CLOSURE;
    String reason = "";
    Socket s;
    PerMessageDeflate d;
    ChannelIo i;
    synchronized (this) {
      if (!readerDone || writerRunning || state == State.CLOSED) {
        return;
      }
      switch (state) {
        case CLOSE_RECEIVED:
          // Closed after the closing handshake: the code is the one received; clean if our Close
          // frame went out too (§7.1.6 wasClean).
          clean = closeWritten;
          code = receivedCode;
          reason = receivedReason;
          break;
        case CLOSE_SENT:
          // We started closing; the server dropped TCP or the close timeout fired: abnormal (1006).
          // The page asked for the end of the connection, so its loss is not unexpected (§7.2.1)
          // and, as in Chromium, no error event fires.
          break;
        default:
          failed = true; // FAILED: error, then close 1006
          break;
      }
      state = State.CLOSED;
      if (timer != null) {
        timer.cancel(false);
      }
      s = socket;
      d = deflate;
      i = io;
    }
    if (s != null) {
      release(s); // neither the reader nor a writer uses it any more
      if (i != null) {
        i.released();
      }
    }
    if (d != null) {
      d.end(); // RFC 7692 §7.2: the contexts end with the connection; free zlib's memory now
    }
    listener.onClosed(failed, clean, code, reason);
  }

  /**
   * Drops TCP and ends OkHttp's exchange: closing the upgraded socket's source and sink is what
   * completes the call and lets go of its connection (OkHttp 5 {@code Exchange.upgradeToSocket}),
   * so OkHttp's leak detector does not report the connection once the call is garbage.
   */
  private static void release(Socket s) {
    s.cancel();
    try {
      s.getSource().close();
    } catch (IOException | RuntimeException ignored) {
      // Cancelled: the socket is closed either way.
    }
    try {
      s.getSink().close();
    } catch (IOException | RuntimeException ignored) {
      // Likewise.
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Callers' side.

  /**
   * Fails the connection if it is not yet established (#dom-websocket-close: "If the WebSocket
   * connection is not yet established, fail the WebSocket connection").
   *
   * @return true if it was not established (and is now failing), false if it is established
   */
  boolean abort() {
    Call c;
    ChannelHandshake h;
    synchronized (this) {
      if (socket != null) {
        return false;
      }
      if (state != State.CONNECTING) {
        return true;
      }
      state = State.FAILED;
      c = call;
      h = channelHandshake;
    }
    if (c != null) {
      c.cancel();
    } else if (h != null) {
      h.cancel("aborted"); // not logged: the state is FAILED already
    } else {
      // Not begun: waiting for its turn (HandshakeSlots), which may be a whole deadline away, or
      // about to begin (it will see FAILED and stop). Ended now, as the standard's "fail the
      // WebSocket connection" asks, on another thread: the caller holds the socket's state lock,
      // and its event loop may run tasks inline. The turn, when it comes, only passes the slot on.
      Threads.TIMER.execute(this::readerFinished);
    }
    return true;
  }

  /**
   * Queues a data message after those already queued, if the connection is OPEN; otherwise (the
   * closing handshake started, or the connection is gone) nothing is sent (#dom-websocket-send).
   */
  synchronized void send(int opcode, byte[] data, int offset, int length) {
    if (state != State.OPEN) {
      return;
    }
    queue.add(new Outgoing(opcode, data, offset, length));
    if (io != null && !writerRunning && TaskWrites.defer(this)) {
      writerRunning = true; // this event-loop task writes it when it ends
      return;
    }
    scheduleWriter();
  }

  /**
   * The send buffer is full (#dom-websocket-send: "flag the WebSocket as full and then close the
   * WebSocket connection"): if OPEN, drop TCP without a Close frame (RFC 6455 §7.1.1 "_Close the
   * WebSocket Connection_"), sending nothing more. The end is reported as failed
   * (#feedback-from-the-protocol: "if the WebSocket connection was closed after being flagged as
   * full, fire an event named error"), then close 1006.
   */
  void flagFull(long bufferedAmount) {
    synchronized (this) {
      if (state != State.OPEN) {
        return;
      }
      state = State.FAILED;
      dropData();
    }
    LOG.log(
        Level.WARNING,
        "WebSocket connection to '"
            + url
            + "' closed: the send buffer is full (bufferedAmount "
            + bufferedAmount
            + " exceeds maxBufferedAmount "
            + options.getMaxBufferedAmount()
            + ")");
    dropTcp(); // the reader sees the connection end, and the end is reported as failed
  }

  /**
   * Starts the WebSocket closing handshake (RFC 6455 §7.1.2) if the connection is OPEN: queues a
   * Close frame after the messages already queued; nothing is queued after it.
   *
   * @param code the status code, or null for a Close frame with no body
   */
  synchronized void close(Integer code, String reason) {
    if (state == State.OPEN) {
      state = State.CLOSE_SENT;
      queueClose(code, reason);
    }
    setReadPaused(false); // the server's Close frame is read even if the application paused
  }

  /** Queues our Close frame (§5.5.1). Caller holds the lock. */
  private void queueClose(Integer code, String reason) {
    byte[] body;
    if (code == null) {
      body = new byte[0];
    } else {
      byte[] reasonBytes = Utf8.encode(reason == null ? "" : reason);
      body = new byte[2 + reasonBytes.length];
      body[0] = (byte) (code >>> 8);
      body[1] = (byte) (int) code;
      System.arraycopy(reasonBytes, 0, body, 2, reasonBytes.length);
    }
    queue.add(new Outgoing(Opcodes.CLOSE, body, 0, body.length));
    scheduleWriter();
  }

  /**
   * Starts the writer for what was just queued, or, if a task gate holds it, sends it to the
   * selector thread now: a Pong, a Close, or a send from outside the burst does not wait for the
   * burst's end. Caller holds the lock.
   */
  private void scheduleWriter() {
    if (!writerRunning) {
      writerRunning = true;
      if (io != null) {
        io.loop.execute(this::drainToChannel);
      } else {
        Threads.WRITERS.execute(this::writeLoop);
      }
    } else {
      releaseHeldWriter();
    }
  }

  /**
   * At the end of an event-loop task that holds the writer, during a burst ({@link TaskWrites}):
   * leaves it to {@code gate}'s next task if only a few small data messages wait, and true; false
   * if the task should write them now.
   */
  synchronized boolean holdWriter(TaskGate gate) {
    if (state != State.OPEN || !pongs.isEmpty() || !smallQueue() || !gate.hold(this)) {
      return false;
    }
    writerHeldBy = gate;
    return true;
  }

  /** Whether the queue holds at most {@link TaskGate#HOLD_TASKS} messages, of under a chunk. */
  private boolean smallQueue() {
    if (queue.size() > TaskGate.HOLD_TASKS) {
      return false;
    }
    long bytes = 0;
    for (Outgoing o : queue) {
      bytes += o.length();
    }
    return bytes < FrameWriter.CHUNK;
  }

  /** At the start of {@code gate}'s task: true if it takes over the writer held for it. */
  synchronized boolean resumeWriter(TaskGate gate) {
    if (writerHeldBy != gate) {
      return false; // sent to the selector thread meanwhile
    }
    writerHeldBy = null;
    return true;
  }

  /** {@code gate}'s next task will not run (the loop refused it): the selector thread writes. */
  synchronized void releaseWriter(TaskGate gate) {
    if (writerHeldBy == gate) {
      releaseHeldWriter();
    }
  }

  /** A writer held for a task gate runs on the selector thread instead. Caller holds the lock. */
  private void releaseHeldWriter() {
    if (writerHeldBy != null) {
      writerHeldBy = null;
      io.loop.execute(this::drainToChannel);
    }
  }

  /** Drops TCP after {@code delay} unless the connection ends first. Caller holds the lock. */
  private void startTimer(Duration delay) {
    if (timer != null) {
      timer.cancel(false);
    }
    timer = Threads.TIMER.schedule(this::dropTcp, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Drops TCP (RFC 6455 §7.1.1 "_Close the WebSocket Connection_"), from any thread: a reader
   * thread's read or a blocked write then fails; on a channel, the selector thread is told, since
   * it hears nothing from a closed channel. The end is reported once the reader and writer stop.
   */
  private void dropTcp() {
    Socket s;
    ChannelIo i;
    synchronized (this) {
      s = socket;
      i = io;
    }
    ReadGate gate = readGate;
    if (gate != null) {
      gate.set(false); // a paused reader thread reads again, and finds TCP gone
    }
    if (s != null) {
      s.cancel();
    }
    if (i != null) {
      i.dropped();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Writer task: one at a time per connection.

  private void writeLoop() {
    FrameWriter w;
    PerMessageDeflate d;
    BufferedSink out;
    synchronized (this) {
      w = writer;
      d = deflate;
      out = sink;
    }
    boolean unflushed = false;
    try {
      while (true) {
        Outgoing next = nextFrame(unflushed);
        if (next != null) {
          write(w, d, out, next);
          unflushed = next.opcode() != Opcodes.CLOSE;
        } else if (unflushed) {
          out.flush(); // one flush per drained queue: frames queued together leave together
          unflushed = false;
        } else {
          break; // nextFrame() has cleared writerRunning
        }
      }
    } catch (IOException | RuntimeException e) {
      writerFailed();
      dropTcp(); // the reader sees the connection end
    }
    reportEndIfDone();
  }

  /** The writer stopped on an error. */
  private synchronized void writerFailed() {
    writerRunning = false;
    queue.clear();
    pongs.clear();
  }

  /**
   * TCP was dropped while the writer waited for room in the kernel's send buffer: it is over, and
   * the end may now be reported.
   */
  void writerAbandoned() {
    writerFailed();
    reportEndIfDone();
  }

  /**
   * The next frame to write: a Pong first, then the queue's head; null when there is none. With
   * nothing to write and nothing to flush the writer stops, atomically with the check, so a frame
   * queued a moment later schedules a new one.
   */
  private synchronized Outgoing nextFrame(boolean unflushed) {
    Outgoing next = pongs.isEmpty() ? queue.poll() : pongs.poll();
    if (next == null && !unflushed) {
      writerRunning = false;
    }
    return next;
  }

  private void write(FrameWriter w, PerMessageDeflate d, BufferedSink out, Outgoing o)
      throws IOException {
    byte[] compressed = compressed(d, o);
    if (o.opcode() == Opcodes.CLOSE) {
      w.writeFrame(out, Opcodes.CLOSE, false, o.data(), o.offset(), o.length(), null);
      out.flush();
      closeFrameWritten();
    } else if (o.opcode() == Opcodes.PONG) {
      w.writeFrame(out, Opcodes.PONG, false, o.data(), o.offset(), o.length(), null);
    } else if (compressed != null) {
      // bufferedAmount counts application bytes: report them in proportion to the frame's progress.
      Proportion p = new Proportion(o.length(), compressed.length);
      w.writeFrame(
          out,
          o.opcode(),
          true,
          compressed,
          0,
          compressed.length,
          n -> listener.onTransmitted(p.app(n)));
    } else {
      w.writeFrame(
          out, o.opcode(), false, o.data(), o.offset(), o.length(), listener::onTransmitted);
    }
  }

  /** A data message compressed by permessage-deflate, or null if it goes uncompressed. */
  private static byte[] compressed(PerMessageDeflate d, Outgoing o) {
    boolean data = o.opcode() == Opcodes.TEXT || o.opcode() == Opcodes.BINARY;
    return data && d != null && d.shouldCompress(o.data(), o.offset(), o.length())
        ? d.compress(o.data(), o.offset(), o.length())
        : null;
  }

  /** Maps a compressed frame's progress to application bytes; one per frame, for its writer. */
  private static final class Proportion {
    private final long app;
    private final long wire;
    private long wireDone;
    private long appDone;

    Proportion(long app, long wire) {
      this.app = app;
      this.wire = wire;
    }

    /** Application bytes that {@code n} more wire bytes stand for. */
    long app(long n) {
      wireDone += n;
      long now = wireDone == wire ? app : app * wireDone / wire;
      long delta = now - appDone;
      appDone = now;
      return delta;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Writer task on a channel: on the selector thread, never blocking.

  /** Guarded by the writer role: the frame being encoded maps its progress through this. */
  private Proportion encoding;

  /** Guarded by the writer role: application bytes in {@code io.out}, reported once written. */
  private long encodedApp;

  /** Guarded by the writer role: {@code io.out} ends with our Close frame. */
  private boolean encodedClose;

  /**
   * Encodes queued frames into the channel's output a chunk at a time and writes them without
   * blocking; if the kernel's send buffer fills, waits for the selector and resumes here. Frames
   * queued together are written together, up to a chunk per write. Runs on the selector thread, or
   * on the event loop at the end of the task that sent or of a later task of its burst ({@link
   * TaskWrites}); whoever set {@link #writerRunning} for it.
   */
  void drainToChannel() {
    FrameWriter w;
    PerMessageDeflate d;
    ChannelIo c;
    synchronized (this) {
      w = writer;
      d = deflate;
      c = io;
    }
    Buffer out = c.out;
    try {
      while (true) {
        while (out.size() < FrameWriter.CHUNK) {
          if (!w.frameDone()) {
            int n = w.encodeChunk(out);
            encodedApp += encoding == null ? 0 : encoding.app(n);
            continue;
          }
          if (encodedClose) {
            break; // nothing follows our Close frame
          }
          Outgoing next = nextFrame(out.size() > 0);
          if (next == null) {
            break; // with nothing to write, nextFrame() has cleared writerRunning
          }
          begin(w, d, out, next);
        }
        if (out.size() == 0) {
          break;
        }
        if (!c.writeOut()) {
          c.awaitWritable();
          return; // still the writer: writable() resumes here
        }
        if (encodedApp > 0) {
          listener.onTransmitted(encodedApp);
          encodedApp = 0;
        }
        if (encodedClose) {
          encodedClose = false;
          closeFrameWritten();
        }
      }
    } catch (IOException | RuntimeException e) {
      out.clear();
      encodedApp = 0;
      writerFailed();
      dropTcp();
    }
    reportEndIfDone();
  }

  /** Hands the writer, claimed by an event-loop task, to the selector thread. */
  void drainOnSelector() {
    ChannelIo c;
    synchronized (this) {
      c = io;
    }
    c.loop.execute(this::drainToChannel);
  }

  /** Starts encoding {@code o}: its header goes to {@code out}, its payload chunk by chunk. */
  private void begin(FrameWriter w, PerMessageDeflate d, Buffer out, Outgoing o) {
    byte[] compressed = compressed(d, o);
    if (compressed != null) {
      w.begin(out, o.opcode(), true, compressed, 0, compressed.length);
      encoding = new Proportion(o.length(), compressed.length);
    } else {
      w.begin(out, o.opcode(), false, o.data(), o.offset(), o.length());
      boolean data = o.opcode() == Opcodes.TEXT || o.opcode() == Opcodes.BINARY;
      encoding = data ? new Proportion(o.length(), o.length()) : null;
    }
    encodedClose = o.opcode() == Opcodes.CLOSE;
  }

  /** Our Close frame is on the wire: now wait for the server's Close, or for TCP to end. */
  private synchronized void closeFrameWritten() {
    closeWritten = true;
    if (state == State.FAILED || readerDone) {
      dropTcp();
    } else if (state == State.CLOSE_RECEIVED) {
      startTimer(LINGER); // both Close frames are through (§7.1.1: the server ends TCP first)
    } else {
      startTimer(options.getCloseTimeout()); // CLOSE_SENT: wait for the server's Close
    }
  }
}
