package io.w3socket;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;
import okio.Socket;
import okio.Source;

/**
 * One WebSocket connection: the network side of a {@link WebSocket}, as one state machine ({@link
 * State}) guarded by {@code this}. Three kinds of thread drive it:
 *
 * <ul>
 *   <li>its reader thread, which runs the opening handshake on OkHttp, then reads frames until the
 *       TCP connection ends;
 *   <li>a writer task, scheduled on a shared pool whenever frames are queued, which writes them in
 *       order, flushes once the queue is drained, and reports how many application bytes left;
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
  private final OkHttpClient client;
  private final Listener listener;

  /** Guarded by this. Only moves forward (see {@link State}). */
  private State state = State.CONNECTING;

  /** Guarded by this. The handshake's call while CONNECTING, so {@link #abort} can cancel it. */
  private Call call;

  /** Guarded by this. The upgraded connection; set when OPEN is entered, never cleared. */
  private Socket socket;

  /** Guarded by this; set with {@link #socket}. Used only by the running writer task. */
  private FrameWriter writer;

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

  /** Guarded by this. A writer task is scheduled or running; at most one at a time. */
  private boolean writerRunning;

  /** Guarded by this. The reader thread has finished: TCP ended, or was never upgraded. */
  private boolean readerDone;

  /** Guarded by this. The pending close timeout or linger, which drops TCP when it fires. */
  private ScheduledFuture<?> timer;

  Connection(
      WebSocketUrl url, List<String> protocols, WebSocketOptions options, Listener listener) {
    this.url = url;
    this.protocols = protocols;
    this.options = options;
    this.client = UpgradeClients.forClient(options.getClient());
    this.listener = listener;
  }

  void start() {
    Threads.newReader(this::run, "w3socket reader " + url.origin()).start();
  }

  // ---------------------------------------------------------------------------------------------
  // Reader thread.

  private void run() {
    BufferedSource source = openingHandshake();
    if (source == null) {
      readerFinished();
    } else if (Threads.virtual()) {
      // A fresh virtual thread for the frame loop: parked, it keeps the stack of that loop only,
      // not the chunks the handshake's deeper stack left behind.
      Threads.newReader(() -> readUntilEnd(source), Thread.currentThread().getName()).start();
    } else {
      readUntilEnd(source);
    }
  }

  private void readUntilEnd(BufferedSource source) {
    readFrames(source);
    readerFinished();
  }

  /**
   * Runs the opening handshake (RFC 6455 §4.1); returns the frame source in state OPEN, or null in
   * state FAILED.
   */
  private BufferedSource openingHandshake() {
    // RFC 6455 §4.1 item 2: a bounded number of connections to one origin in CONNECTING at once.
    Semaphore slot = HandshakeSlots.forOrigin(url.origin());
    slot.acquireUninterruptibly();
    try {
      return runOpeningHandshake();
    } finally {
      slot.release();
    }
  }

  private BufferedSource runOpeningHandshake() {
    Handshake handshake = new Handshake(protocols);
    IdleReadSource.TcpSocket tcp = new IdleReadSource.TcpSocket();
    Call c;
    synchronized (this) {
      if (state != State.CONNECTING) {
        return null; // close() came before the handshake began (or the port is a bad port)
      }
      Request request = handshake.request(url, options);
      c = client.newCall(request.newBuilder().tag(IdleReadSource.TcpSocket.class, tcp).build());
      call = c;
    }
    ScheduledFuture<?> deadline =
        Threads.TIMER.schedule(
            c::cancel, options.getConnectTimeout().toMillis(), TimeUnit.MILLISECONDS);
    Response response;
    try {
      response = c.execute();
    } catch (IOException e) {
      deadline.cancel(false);
      boolean timedOut = deadline.isDone() && !deadline.isCancelled();
      handshakeFailed(
          timedOut
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
    BufferedSink sink = Okio.buffer(s.getSink());
    synchronized (this) {
      if (state != State.CONNECTING) {
        release(s); // close() failed the connection while the 101 was on its way
        return null;
      }
      state = State.OPEN;
      socket = s;
      writer = new FrameWriter(sink);
      deflate = handshake.deflate;
    }
    Source frames;
    try {
      frames = IdleReadSource.of(s.getSource(), tcp.socket);
    } catch (IOException e) {
      frames = s.getSource(); // the socket is closing: the first read will say so
    }
    listener.onOpen(handshake.protocol, handshake.extensions);
    return Okio.buffer(frames);
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

  private void readFrames(BufferedSource source) {
    FrameReader reader =
        new FrameReader(source, deflate(), options.getMaxMessageSize(), new Frames());
    try {
      while (true) {
        reader.readFrame();
      }
    } catch (ProtocolError e) {
      fail(e.closeCode, e.getMessage());
    } catch (IOException e) {
      // The TCP connection ended: EOF, reset, or cancelled by a timer or by us.
    } catch (RuntimeException e) {
      fail(Opcodes.PROTOCOL_ERROR, "Internal error: " + e);
    }
  }

  private synchronized PerMessageDeflate deflate() {
    return deflate;
  }

  /** What the reader delivers, on the reader thread. */
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
      dropData();
      if (was == State.OPEN) {
        queueClose(closeCode, "");
      }
    }
  }

  /** The reader thread is finishing: TCP ended (or never opened), so the end can be reported. */
  private void readerFinished() {
    synchronized (this) {
      readerDone = true;
      if (state == State.OPEN) {
        // §7.2.1: "If at any point the underlying transport layer connection is unexpectedly lost,
        // the client MUST Fail the WebSocket Connection" (no Close frame: TCP is gone).
        state = State.FAILED;
      }
      dropData(); // a Close frame still queued is still sent
      if (socket != null) {
        if (writerRunning) {
          // Let the writer finish a Close frame; it drops TCP after writing, or this does.
          Threads.TIMER.schedule(socket::cancel, FAIL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } else {
          socket.cancel();
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
    }
    if (s != null) {
      release(s); // neither the reader nor a writer uses it any more
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
    synchronized (this) {
      if (socket != null) {
        return false;
      }
      if (state != State.CONNECTING) {
        return true;
      }
      state = State.FAILED;
      c = call;
    }
    if (c != null) {
      c.cancel();
    }
    return true;
  }

  /**
   * Queues a data message after those already queued, if the connection is OPEN; otherwise (the
   * closing handshake started, or the connection is gone) nothing is sent (#dom-websocket-send).
   */
  synchronized void send(int opcode, byte[] data, int offset, int length) {
    if (state == State.OPEN) {
      queue.add(new Outgoing(opcode, data, offset, length));
      scheduleWriter();
    }
  }

  /**
   * The send buffer is full (#dom-websocket-send: "flag the WebSocket as full and then close the
   * WebSocket connection"): if OPEN, drop TCP without a Close frame (RFC 6455 §7.1.1 "_Close the
   * WebSocket Connection_"), sending nothing more. The end is reported as failed
   * (#feedback-from-the-protocol: "if the WebSocket connection was closed after being flagged as
   * full, fire an event named error"), then close 1006.
   */
  void flagFull(long bufferedAmount) {
    Socket s;
    synchronized (this) {
      if (state != State.OPEN) {
        return;
      }
      state = State.FAILED;
      dropData();
      s = socket;
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
    s.cancel(); // the reader sees the connection end, and the end is reported as failed
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

  /** Caller holds the lock. */
  private void scheduleWriter() {
    if (!writerRunning) {
      writerRunning = true;
      Threads.WRITERS.execute(this::writeLoop);
    }
  }

  /** Drops TCP after {@code delay} unless the connection ends first. Caller holds the lock. */
  private void startTimer(Duration delay) {
    if (timer != null) {
      timer.cancel(false);
    }
    timer = Threads.TIMER.schedule(socket::cancel, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  // ---------------------------------------------------------------------------------------------
  // Writer task: one at a time per connection.

  private void writeLoop() {
    FrameWriter w;
    PerMessageDeflate d;
    synchronized (this) {
      w = writer;
      d = deflate;
    }
    boolean unflushed = false;
    try {
      while (true) {
        Outgoing next = nextFrame(unflushed);
        if (next != null) {
          write(w, d, next);
          unflushed = next.opcode() != Opcodes.CLOSE;
        } else if (unflushed) {
          w.flush(); // one flush per drained queue: frames queued together leave together
          unflushed = false;
        } else {
          break; // nextFrame() has cleared writerRunning
        }
      }
    } catch (IOException | RuntimeException e) {
      Socket s;
      synchronized (this) {
        writerRunning = false;
        queue.clear();
        pongs.clear();
        s = socket;
      }
      s.cancel(); // the reader sees the connection end
    }
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

  private void write(FrameWriter w, PerMessageDeflate d, Outgoing o) throws IOException {
    byte[] compressed;
    if (o.opcode() == Opcodes.CLOSE) {
      w.writeFrame(Opcodes.CLOSE, false, o.data(), o.offset(), o.length(), null);
      w.flush();
      closeFrameWritten();
    } else if (o.opcode() == Opcodes.PONG) {
      w.writeFrame(Opcodes.PONG, false, o.data(), o.offset(), o.length(), null);
    } else if (d != null
        && d.shouldCompress(o.data(), o.offset(), o.length())
        && (compressed = d.compress(o.data(), o.offset(), o.length())) != null) {
      // bufferedAmount counts application bytes: report them in proportion to the frame's progress.
      long total = compressed.length;
      long[] done = {0, 0};
      w.writeFrame(
          o.opcode(),
          true,
          compressed,
          0,
          compressed.length,
          n -> {
            done[0] += n;
            long app = o.length() * done[0] / total;
            listener.onTransmitted(app - done[1]);
            done[1] = app;
          });
    } else {
      w.writeFrame(o.opcode(), false, o.data(), o.offset(), o.length(), listener::onTransmitted);
    }
  }

  /** Our Close frame is on the wire: now wait for the server's Close, or for TCP to end. */
  private synchronized void closeFrameWritten() {
    closeWritten = true;
    if (state == State.FAILED || readerDone) {
      socket.cancel();
    } else if (state == State.CLOSE_RECEIVED) {
      startTimer(LINGER); // both Close frames are through (§7.1.1: the server ends TCP first)
    } else {
      startTimer(options.getCloseTimeout()); // CLOSE_SENT: wait for the server's Close
    }
  }
}
