package io.w3socket;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;
import okio.Socket;

/**
 * One WebSocket connection: the network side of a {@link WebSocket}. A single state machine guarded
 * by {@code this}, driven by three kinds of thread:
 *
 * <ul>
 *   <li>its reader thread, which runs the opening handshake on OkHttp, then reads frames until the
 *       TCP connection ends and reports the closure exactly once;
 *   <li>a writer, scheduled on a shared pool whenever frames are queued, which writes them in order
 *       and reports how many application bytes left;
 *   <li>callers of {@link #send}, {@link #close} and {@link #abort}, on any thread.
 * </ul>
 *
 * <p>It never runs user code: everything it learns goes to {@link Listener}, which turns it into
 * event-loop tasks.
 */
final class Connection {
  private static final System.Logger LOG = System.getLogger("io.w3socket");

  /**
   * After both Close frames, how long to wait for the server to close TCP before closing it
   * ourselves (RFC 6455 §7.1.1: the server should close first). Chromium waits 2 s too.
   */
  private static final Duration LINGER = Duration.ofSeconds(2);

  /** After failing, how long the Close frame may take to go out before TCP is dropped anyway. */
  private static final Duration FAIL_GRACE = Duration.ofSeconds(1);

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

  /** A queued frame: a data message, or our Close frame. */
  private static final class Outgoing {
    final int opcode;
    final byte[] data;
    final int offset;
    final int length;

    Outgoing(int opcode, byte[] data, int offset, int length) {
      this.opcode = opcode;
      this.data = data;
      this.offset = offset;
      this.length = length;
    }
  }

  private final WebSocketUrl url;
  private final List<String> protocols;
  private final WebSocketOptions options;
  private final OkHttpClient client;
  private final Listener listener;

  // Guarded by this.
  private Call call;
  private Socket socket;
  private FrameWriter writer;
  private PerMessageDeflate deflate;
  private boolean established;
  private boolean aborted;
  private boolean failed;
  private final ArrayDeque<Outgoing> queue = new ArrayDeque<>();
  private byte[] pendingPong;
  private boolean writerRunning;
  private boolean closeQueued;
  private boolean closeWritten;
  private boolean closeReceived;
  private int receivedCode = Opcodes.ABNORMAL_CLOSURE;
  private String receivedReason = "";
  private boolean readerDone;

  /** The reader finished while our Close frame was being written: report once it is out. */
  private boolean reportAfterCloseWrite;

  private ScheduledFuture<?> timer;

  /** Touched only by the writer that is running. */
  private boolean needsFlush;

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
      return;
    }
    FrameReader reader =
        new FrameReader(
            source,
            deflate,
            new FrameReader.Callback() {
              @Override
              public void onText(String text) {
                if (!closeReceived()) {
                  listener.onText(text);
                }
              }

              @Override
              public void onBinary(byte[] data) {
                if (!closeReceived()) {
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
            });
    try {
      while (true) {
        reader.readFrame();
      }
    } catch (ProtocolError e) {
      fail(e.closeCode, e.getMessage());
    } catch (IOException e) {
      // The TCP connection ended: EOF, reset, or cancelled by a timeout or by us.
    } catch (RuntimeException e) {
      fail(Opcodes.PROTOCOL_ERROR, "Internal error: " + e);
    }
    readerFinished();
    if (deflate != null) {
      deflate.end(); // RFC 7692 §7.2: the contexts end with the connection; free zlib's memory now
    }
  }

  /** Runs the opening handshake; returns the frame source, or null after reporting failure. */
  private BufferedSource openingHandshake() {
    Handshake handshake = new Handshake(protocols);
    Call c = null;
    synchronized (this) {
      if (!aborted) {
        c = client.newCall(handshake.request(url, options));
        call = c;
      }
    }
    if (c == null) {
      report(true, false, Opcodes.ABNORMAL_CLOSURE, ""); // close() ran before the handshake began
      return null;
    }
    ScheduledFuture<?> deadline =
        Threads.TIMER.schedule(
            c::cancel, options.getConnectTimeout().toMillis(), TimeUnit.MILLISECONDS);
    Response response;
    try {
      response = c.execute();
    } catch (IOException e) {
      deadline.cancel(false);
      String why =
          deadline.isDone() && !deadline.isCancelled()
              ? "opening handshake timed out"
              : String.valueOf(e.getMessage() == null ? e : e.getMessage());
      failHandshake(c.isCanceled() && isAborted() ? null : why);
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
        s.cancel();
      }
      response.close();
      failHandshake(error);
      return null;
    }
    BufferedSink sink = Okio.buffer(s.getSink());
    synchronized (this) {
      if (aborted) {
        s.cancel();
      } else {
        socket = s;
        writer = new FrameWriter(sink);
        deflate = handshake.deflate;
        established = true;
      }
    }
    if (!established()) {
      report(true, false, Opcodes.ABNORMAL_CLOSURE, "");
      return null;
    }
    listener.onOpen(handshake.protocol, handshake.extensions);
    return Okio.buffer(s.getSource());
  }

  private void failHandshake(String why) {
    if (why != null) {
      LOG.log(Level.WARNING, "WebSocket connection to '" + url + "' failed: " + why);
    }
    report(true, false, Opcodes.ABNORMAL_CLOSURE, "");
  }

  private synchronized boolean established() {
    return established;
  }

  private synchronized boolean isAborted() {
    return aborted;
  }

  private synchronized boolean closeReceived() {
    return closeReceived;
  }

  private synchronized void pingReceived(byte[] payload) {
    // RFC 6455 §5.5.2: answer a Ping with a Pong carrying the same payload, unless closing.
    if (!closeQueued) {
      pendingPong = payload;
      scheduleWriter();
    }
  }

  private void closeFrameReceived(int code, String reason) {
    synchronized (this) {
      if (closeReceived) {
        return; // RFC 6455 §5.5.1: nothing may follow a Close frame; ignore a second one.
      }
      closeReceived = true;
      receivedCode = code;
      receivedReason = reason;
      if (!closeQueued) {
        // §5.5.1: answer with a Close frame, echoing the status code (no body if there was none).
        queueClose(code == Opcodes.NO_STATUS_RECEIVED ? null : code, reason);
      } else if (closeWritten) {
        startTimer(LINGER);
      }
    }
    listener.onClosingHandshakeStarted();
  }

  /**
   * Fail the WebSocket Connection (RFC 6455 §7.1.7): send a Close frame if we can, then drop TCP.
   */
  private void fail(int closeCode, String message) {
    LOG.log(Level.WARNING, "WebSocket connection to '" + url + "' failed: " + message);
    synchronized (this) {
      failed = true;
      queue.clear();
      pendingPong = null;
      if (!closeQueued) {
        queueClose(closeCode, "");
      }
    }
  }

  private void readerFinished() {
    synchronized (this) {
      readerDone = true;
      // Data can no longer matter; a Close frame still queued (after a failure) is still sent.
      queue.removeIf(o -> o.opcode != Opcodes.CLOSE);
      pendingPong = null;
      if (timer != null) {
        timer.cancel(false);
      }
      if (writerRunning) {
        // Let the writer finish a Close frame; it drops TCP after writing, or this does.
        Threads.TIMER.schedule(socket::cancel, FAIL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        if (closeReceived && !failed && closeQueued && !closeWritten) {
          // Our answer to the server's Close is being written: the outcome decides wasClean.
          reportAfterCloseWrite = true;
          return;
        }
      } else {
        socket.cancel();
      }
    }
    reportClosure();
  }

  /** Reports how the connection ended (RFC 6455 §7.1.4–§7.1.5, WebSockets §5). */
  private void reportClosure() {
    boolean reportFailed;
    boolean clean;
    int code;
    String reason = "";
    synchronized (this) {
      if (failed) {
        reportFailed = true;
        clean = false;
        code = Opcodes.ABNORMAL_CLOSURE;
      } else if (closeReceived) {
        // Closed after the closing handshake; the code is the one received.
        reportFailed = false;
        clean = closeWritten;
        code = receivedCode;
        reason = receivedReason;
      } else if (closeQueued) {
        // We started closing; the server dropped TCP or the close timeout fired: abnormal (1006).
        // The page asked for the end of the connection, so its loss is not unexpected (§7.2.1)
        // and, as in Chromium, no error event fires.
        reportFailed = false;
        clean = false;
        code = Opcodes.ABNORMAL_CLOSURE;
      } else {
        // RFC 6455 §7.2.1: "If at any point the underlying transport layer connection is
        // unexpectedly lost, the client MUST Fail the WebSocket Connection": error, then close
        // 1006. (Chromium 156 fires no error here; the standard's text decides.)
        reportFailed = true;
        clean = false;
        code = Opcodes.ABNORMAL_CLOSURE;
      }
    }
    report(reportFailed, clean, code, reason);
  }

  private void report(boolean reportFailed, boolean clean, int code, String reason) {
    listener.onClosed(reportFailed, clean, code, reason);
  }

  // ---------------------------------------------------------------------------------------------
  // Callers' side.

  /**
   * Fails the connection if it is not yet established (WebSockets §4 {@code close()}: "If the
   * WebSocket connection is not yet established, fail the WebSocket connection").
   *
   * @return true if it was not established (and is now failing), false if it is established
   */
  boolean abort() {
    Call c;
    synchronized (this) {
      if (established) {
        return false;
      }
      if (aborted) {
        return true;
      }
      aborted = true;
      failed = true;
      c = call;
    }
    if (c != null) {
      c.cancel();
    }
    return true;
  }

  /**
   * Queues a data message after those already queued.
   *
   * @return false if nothing will be sent because the closing handshake started or the connection
   *     is gone
   */
  synchronized boolean send(int opcode, byte[] data, int offset, int length) {
    if (!established || closeQueued || readerDone) {
      return false;
    }
    queue.add(new Outgoing(opcode, data, offset, length));
    scheduleWriter();
    return true;
  }

  /**
   * Starts the WebSocket closing handshake (RFC 6455 §7.1.2): queues a Close frame after the
   * messages already queued; nothing is queued after it.
   *
   * @param code the status code, or null for a Close frame with no body
   */
  synchronized void close(Integer code, String reason) {
    if (!closeQueued && !readerDone) {
      queueClose(code, reason);
    }
  }

  private void queueClose(Integer code, String reason) {
    closeQueued = true;
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

  private void scheduleWriter() {
    if (!writerRunning && socket != null) {
      writerRunning = true;
      Threads.WRITERS.execute(this::writeLoop);
    }
  }

  private void startTimer(Duration delay) {
    if (timer != null) {
      timer.cancel(false);
    }
    Socket s = socket;
    timer = Threads.TIMER.schedule(s::cancel, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  // ---------------------------------------------------------------------------------------------
  // Writer.

  private void writeLoop() {
    FrameWriter w;
    PerMessageDeflate d;
    synchronized (this) {
      w = writer;
      d = deflate;
    }
    try {
      while (true) {
        byte[] pong;
        Outgoing item;
        byte[] compressed;
        boolean report = false;
        synchronized (this) {
          pong = pendingPong;
          pendingPong = null;
          item = pong == null ? queue.poll() : null;
          if (pong == null && item == null && !needsFlush) {
            writerRunning = false;
            report = reportAfterCloseWrite;
            reportAfterCloseWrite = false;
          }
        }
        if (pong == null && item == null && !needsFlush) {
          if (report) {
            reportClosure(); // the reader finished and the Close frame was dropped unwritten
          }
          return;
        }
        if (pong != null) {
          w.writeFrame(Opcodes.PONG, false, pong, 0, pong.length, null);
          needsFlush = true;
        } else if (item == null) {
          w.flush();
          needsFlush = false;
        } else if (item.opcode == Opcodes.CLOSE) {
          w.writeFrame(Opcodes.CLOSE, false, item.data, item.offset, item.length, null);
          w.flush();
          needsFlush = false;
          closeFrameWritten();
        } else if (d != null
            && d.shouldCompress(item.data, item.offset, item.length)
            && (compressed = d.compress(item.data, item.offset, item.length)) != null) {
          // bufferedAmount counts application bytes: report them in proportion to the frame's
          // progress.
          long total = compressed.length;
          long[] done = {0, 0};
          w.writeFrame(
              item.opcode,
              true,
              compressed,
              0,
              compressed.length,
              n -> {
                done[0] += n;
                long app = item.length * done[0] / total;
                listener.onTransmitted(app - done[1]);
                done[1] = app;
              });
          needsFlush = true;
        } else {
          w.writeFrame(
              item.opcode, false, item.data, item.offset, item.length, listener::onTransmitted);
          needsFlush = true;
        }
      }
    } catch (IOException | RuntimeException e) {
      Socket s;
      boolean report;
      synchronized (this) {
        writerRunning = false;
        needsFlush = false;
        queue.clear();
        s = socket;
        report = reportAfterCloseWrite;
        reportAfterCloseWrite = false;
      }
      s.cancel(); // the reader sees the connection end and reports it
      if (report) {
        reportClosure();
      }
    }
  }

  private void closeFrameWritten() {
    boolean report;
    synchronized (this) {
      closeWritten = true;
      report = reportAfterCloseWrite;
      reportAfterCloseWrite = false;
      if (failed || readerDone) {
        socket.cancel();
      } else if (closeReceived) {
        startTimer(LINGER);
      } else {
        startTimer(options.getCloseTimeout());
      }
    }
    if (report) {
      reportClosure();
    }
  }
}
