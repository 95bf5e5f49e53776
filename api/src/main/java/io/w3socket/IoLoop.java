package io.w3socket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import okio.Buffer;

/**
 * The selector thread that moves the bytes of every open connection on a plain TCP channel ({@link
 * ChannelIo}): one daemon thread for the JVM, as a browser has one network thread, started with the
 * first such connection. An idle connection costs a registration here rather than a thread, and no
 * buffer: reads land in the one buffer this thread owns.
 *
 * <p>Everything a connection does on its channel runs on this thread, as a task ({@link #execute})
 * or when the selector reports the channel ready; the thread never blocks except in {@code select},
 * or parked while no channel is registered, and never runs user code.
 *
 * <p>It parks rather than selects while it has no channel: a thread blocked in {@code select} is in
 * native code, and HotSpot's exit waits up to 300 ms for such threads to come back ({@code
 * VM_Exit::wait_for_threads_in_native_to_block}), so every {@code System.exit} after the last
 * socket closed took 0.3 s longer (the tutorial's run: 1.17–1.24 s on the reader-thread path
 * against 1.45–1.49 s here, all of it after the page's end).
 */
final class IoLoop {
  private static final System.Logger LOG = System.getLogger("io.w3socket");

  /** Bytes taken from a channel per read, at most. */
  static final int READ_BUFFER = 64 * 1024;

  /** What a registered channel's owner does when the selector reports it ready. */
  interface Handler {
    void readable();

    void writable();

    /** A connect started without blocking has finished, or failed ({@link ChannelHandshake}). */
    default void connectable() {}
  }

  private final Selector selector;
  private final Thread thread;

  /** Tasks from any thread; run by the loop thread between selects. */
  private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();

  /** Whether the loop thread is parked (no channel registered); see {@link #wake}. */
  private volatile boolean parked;

  /** Keys the loop checks one by one for an idle selector; more means connections are open. */
  private static final int IDLE_CHECK_KEYS = 8;

  /**
   * The keys {@link #register} made, valid or not, in the order made: what {@link #noChannels}
   * looks through instead of {@code selector.keys()}, a concurrent hash set that keeps the size it
   * once had (after 15,000 sockets, its table of 32,768 bins was walked on every pass: a third of
   * this thread's CPU in a ping-pong that followed). Cancelled keys are dropped from it whenever
   * they outnumber the selector's keys, so it holds at most about twice those; loop thread only.
   */
  private final ArrayList<SelectionKey> registered = new ArrayList<>();

  /** Every read's destination; touched by the loop thread only. */
  private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BUFFER);

  private IoLoop() {
    try {
      selector = Selector.open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    thread = new Thread(this::run, "w3socket-io");
    thread.setDaemon(true);
  }

  /** The JVM's selector thread, started on first use. */
  static IoLoop get() {
    return Shared.LOOP;
  }

  private static final class Shared {
    static final IoLoop LOOP = start();
  }

  /** A new loop with its thread started: the JVM's one, or one of a test's own. */
  static IoLoop start() {
    IoLoop loop = new IoLoop();
    loop.thread.start();
    return loop;
  }

  /** Runs {@code task} on the loop thread, after the tasks already queued. */
  void execute(Runnable task) {
    tasks.add(task);
    wake();
  }

  /**
   * Brings the loop thread out of {@code select} or its park, so that it looks at its tasks and
   * channels again; from any thread (on the loop thread itself there is nothing to do). A channel
   * closed off the loop thread calls it: its key is only let go by the next select, after which the
   * loop may park.
   */
  void wake() {
    if (Thread.currentThread() == thread) {
      return;
    }
    if (parked) {
      LockSupport.unpark(thread);
    } else {
      selector.wakeup();
    }
  }

  /** The loop's thread. */
  Thread thread() {
    return thread;
  }

  /** The selector; registrations happen on the loop thread only, through {@link #register}. */
  Selector selector() {
    return selector;
  }

  /**
   * Registers {@code channel} with the selector, or changes its registration; loop thread only.
   *
   * @throws ClosedChannelException if the channel was closed meanwhile
   */
  SelectionKey register(SelectableChannel channel, int ops, Handler handler)
      throws ClosedChannelException {
    boolean had = channel.keyFor(selector) != null;
    SelectionKey key = channel.register(selector, ops, handler);
    if (!had) {
      if (registered.size() >= 2 * selector.keys().size() + IDLE_CHECK_KEYS) {
        registered.removeIf(k -> !k.isValid());
      }
      registered.add(key);
    }
    return key;
  }

  /**
   * Reads what {@code channel} has, at most {@link #READ_BUFFER} bytes, through the loop thread's
   * direct buffer (a heap buffer would make the JDK copy through a direct one of its own) into
   * {@code to}; only the loop thread may call this.
   *
   * @return the bytes read, 0 if none had arrived, -1 at the end of the stream
   */
  int read(SocketChannel channel, Buffer to) throws IOException {
    int n = channel.read(readBuffer.clear());
    if (n > 0) {
      to.write(readBuffer.flip());
    }
    return n;
  }

  private void run() {
    while (true) {
      if (tasks.isEmpty() && noChannels()) {
        parkWhileIdle();
      }
      try {
        if (tasks.isEmpty()) {
          selector.select(IoLoop::ready);
        } else {
          selector.selectNow(IoLoop::ready); // a task came (while parked, only an unpark)
        }
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.ERROR, "w3socket's selector failed", e);
      }
      // Below, even an Error is logged and survived: were this thread to die, every open
      // connection of the JVM would hang.
      // The tasks queued so far; one queued by these runs in the next pass, after a select that
      // does not block, so ready channels are not starved.
      for (int n = tasks.size(); n > 0; n--) {
        Runnable task = tasks.poll();
        if (task == null) {
          break;
        }
        try {
          task.run();
        } catch (RuntimeException | Error e) {
          LOG.log(Level.ERROR, "A w3socket network task failed", e);
        }
      }
    }
  }

  /**
   * True if no channel is registered any more: only cancelled keys left, which a non-blocking
   * select lets go of now (closing their channels). Cheap when many channels are registered.
   */
  private boolean noChannels() {
    Set<SelectionKey> keys = selector.keys();
    if (keys.size() > IDLE_CHECK_KEYS) {
      return false;
    }
    registered.removeIf(k -> !k.isValid());
    if (!registered.isEmpty()) {
      return false;
    }
    if (!keys.isEmpty()) {
      try {
        selector.selectNow();
      } catch (IOException e) {
        return false;
      }
    }
    return keys.isEmpty();
  }

  /**
   * Parks until a task comes ({@link #execute} unparks). The flag is set before the queue is looked
   * at, and a task is queued before the flag is looked at, so one of the two sides sees the other.
   */
  private void parkWhileIdle() {
    parked = true;
    while (tasks.isEmpty()) {
      LockSupport.park(this);
    }
    parked = false;
  }

  private static void ready(SelectionKey key) {
    Handler h = (Handler) key.attachment();
    try {
      if (key.isValid() && key.isConnectable()) {
        h.connectable();
      }
      if (key.isValid() && key.isWritable()) {
        h.writable();
      }
      if (key.isValid() && key.isReadable()) {
        h.readable();
      }
    } catch (RuntimeException | Error e) {
      LOG.log(Level.ERROR, "A w3socket connection's network handler failed", e);
    }
  }
}
