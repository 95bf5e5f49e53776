package io.w3socket;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import okio.Buffer;

/**
 * An open connection's plain TCP channel, on the selector thread ({@link IoLoop}): what arrives is
 * handed to the frame reader as it comes, and the connection's writer writes without blocking,
 * waiting for the selector when the kernel's send buffer is full. This is how a connection runs
 * when its handshake ran on the selector thread ({@link ChannelHandshake}), or on OkHttp over a
 * socket from w3socket's socket factory ({@link NoDelaySocketFactory}) without TLS; otherwise it
 * has a reader thread ({@link Connection}).
 *
 * <p>Every method runs on the selector thread, except {@link #start} (before the channel is
 * registered), {@link #dropped} (which only queues a task), and {@link #writeOut} and {@link
 * #awaitWritable}, which the connection's writer calls where it runs (see {@link TaskWrites}).
 */
final class ChannelIo implements IoLoop.Handler {
  /** Reads per readiness report, so one busy connection cannot starve the others. */
  private static final int READS_PER_TURN = 16;

  /** okio segments (8 KiB each) handed to one gathering write. */
  private static final int GATHER = 16;

  final IoLoop loop;
  private final SocketChannel channel;
  private final Connection connection;

  // Selector thread only, once started.
  private SelectionKey key;
  private FrameReader reader;
  private final Buffer in = new Buffer();
  private boolean reading;
  private boolean paused;
  private boolean ended;
  private boolean waitingWritable;

  /** Encoded frames not yet taken by the kernel; the connection's writer's, on this thread. */
  final Buffer out = new Buffer();

  /**
   * The channel under a handshake's socket, if the connection can run on the selector thread: a
   * socket from {@link NoDelaySocketFactory} without TLS, unless the system property {@code
   * io.w3socket.selector=false} keeps every connection on a reader thread.
   */
  static SocketChannel channelOf(java.net.Socket tcp) {
    if (tcp == null
        || tcp instanceof javax.net.ssl.SSLSocket
        || !Boolean.parseBoolean(System.getProperty("io.w3socket.selector", "true"))) {
      return null;
    }
    return tcp.getChannel();
  }

  ChannelIo(IoLoop loop, SocketChannel channel, Connection connection) {
    this.loop = loop;
    this.channel = channel;
    this.connection = connection;
  }

  /**
   * Puts the channel in non-blocking mode: from here on the connection's writer may write, on the
   * selector thread or at the end of an event-loop task, and must never block. Called once, on the
   * thread that ran the opening handshake, before the connection reports that it is open (nothing
   * else uses the channel yet).
   */
  void prepare() {
    try {
      channel.configureBlocking(false);
    } catch (IOException e) {
      // Closed meanwhile (a timer or the page's close dropped TCP): start() finds it closed.
    }
  }

  /**
   * Starts reading on the selector thread: first {@code early} (what the HTTP client read past the
   * 101 response), then the channel as it becomes readable. Called once, on the thread that ran the
   * opening handshake, after the connection has reported that it is open, so no message can be
   * reported before it.
   */
  void start(Buffer early, FrameReader frames) {
    in.write(early, early.size());
    loop.execute(
        () -> {
          if (ended) {
            return; // TCP was dropped before the selector thread got here
          }
          reader = frames;
          reading = true;
          try {
            key = loop.register(channel, SelectionKey.OP_READ, this);
          } catch (IOException | RuntimeException e) {
            readEnded(); // closed meanwhile (a timer or the page's close dropped TCP)
            return;
          }
          interest(); // a writer may already wait for room
          connection.readStarted();
          try {
            parse();
          } finally {
            connection.readDelivered();
          }
        });
  }

  /**
   * Stops or resumes reading from the channel ({@link WebSocket#pause}), from any thread: on the
   * selector thread the read interest is dropped, so the kernel's receive buffer fills and TCP's
   * flow control holds the server back. What a read turn under way has read is still handed over.
   */
  void pause(boolean pause) {
    loop.execute(
        () -> {
          paused = pause;
          interest();
        });
  }

  @Override
  public void readable() {
    if (!reading || paused) {
      return;
    }
    // Meanwhile the socket's events reach its loop in batches, and answers sent meanwhile may wait
    // for the end of this turn's reads, to leave together (TaskGate#deliveryStarted).
    connection.readStarted();
    try {
      readTurn();
    } finally {
      connection.readDelivered();
    }
  }

  private void readTurn() {
    for (int turn = 0; turn < READS_PER_TURN; turn++) {
      int n;
      try {
        n = loop.read(channel, in);
      } catch (IOException e) {
        readEnded(); // reset, or closed by a timer or by the connection
        return;
      }
      if (n < 0) {
        readEnded();
        return;
      }
      if (n == 0) {
        return;
      }
      if (!parse() || n < IoLoop.READ_BUFFER) {
        return;
      }
    }
  }

  /** Hands what has arrived to the frame reader; false if that ended the reading. */
  private boolean parse() {
    try {
      reader.feed(in);
      return true;
    } catch (ProtocolError e) {
      connection.protocolError(e.closeCode, e.getMessage());
    } catch (RuntimeException e) {
      connection.protocolError(Opcodes.PROTOCOL_ERROR, "Internal error: " + e);
    }
    readEnded();
    return false;
  }

  /** Reading is over (TCP ended, or a protocol error): the connection's reader has finished. */
  private void readEnded() {
    if (ended) {
      return;
    }
    ended = true;
    reading = false;
    reader = null;
    in.clear();
    interest();
    connection.readerFinished();
  }

  /**
   * Writes what {@link #out} holds without blocking; true if the kernel took all of it.
   *
   * @throws IOException if the channel is closed or reset
   */
  boolean writeOut() throws IOException {
    while (out.size() > 0) {
      long n;
      try (Buffer.UnsafeCursor c = out.readUnsafe()) {
        ByteBuffer[] segments = new ByteBuffer[GATHER];
        int count = 0;
        for (int got = c.seek(0); got != -1 && count < GATHER; got = c.next()) {
          segments[count++] = ByteBuffer.wrap(c.data, c.start, c.end - c.start);
        }
        n = channel.write(segments, 0, count);
      }
      if (n == 0) {
        return false;
      }
      out.skip(n);
    }
    return true;
  }

  /**
   * The writer waits for the kernel to take more; it resumes in {@link #writable}, on the selector
   * thread. Called by the writer, on whichever thread it runs.
   */
  void awaitWritable() {
    if (Thread.currentThread() != loop.thread()) {
      loop.execute(this::awaitWritable);
      return;
    }
    if (!channel.isOpen()) {
      // Dropped while the writer was handing over: nothing will report the channel writable.
      out.clear();
      connection.writerAbandoned();
      return;
    }
    waitingWritable = true;
    interest();
  }

  @Override
  public void writable() {
    if (waitingWritable) {
      waitingWritable = false;
      interest();
      connection.drainToChannel();
    }
  }

  private void interest() {
    if (key != null && key.isValid()) {
      key.interestOps(
          (reading && !paused ? SelectionKey.OP_READ : 0)
              | (waitingWritable ? SelectionKey.OP_WRITE : 0));
    }
  }

  /**
   * The connection closed the channel, on whichever thread it ended: the selector thread lets go of
   * its key at its next select, and may then park (no channel left), so it is woken when that was
   * another thread.
   */
  void released() {
    loop.wake();
  }

  /**
   * TCP was dropped (the channel closed, from any thread): the selector reports nothing more for
   * it, so end the reading and a writer that waits for room here, on the selector thread.
   */
  void dropped() {
    loop.execute(
        () -> {
          if (waitingWritable) {
            out.clear();
            waitingWritable = false;
            connection.writerAbandoned();
          }
          readEnded();
        });
  }
}
