package io.w3socket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The selector thread that moves the bytes of every open connection on a plain TCP channel ({@link
 * ChannelIo}): one daemon thread for the JVM, as a browser has one network thread, started with the
 * first such connection. An idle connection costs a registration here rather than a thread, and no
 * buffer: reads land in the one buffer this thread owns.
 *
 * <p>Everything a connection does on its channel runs on this thread, as a task ({@link #execute})
 * or when the selector reports the channel ready; the thread never blocks except in {@code select},
 * and never runs user code.
 */
final class IoLoop {
  private static final System.Logger LOG = System.getLogger("io.w3socket");

  /** Bytes taken from a channel per read. */
  private static final int READ_BUFFER = 64 * 1024;

  /** What a registered channel's owner does when the selector reports it ready. */
  interface Handler {
    void readable();

    void writable();
  }

  private final Selector selector;
  private final Thread thread;

  /** Tasks from any thread; run by the loop thread between selects. */
  private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();

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

    private static IoLoop start() {
      IoLoop loop = new IoLoop();
      loop.thread.start();
      return loop;
    }
  }

  /** Runs {@code task} on the loop thread, after the tasks already queued. */
  void execute(Runnable task) {
    tasks.add(task);
    if (Thread.currentThread() != thread) {
      selector.wakeup();
    }
  }

  /** The loop's thread. */
  Thread thread() {
    return thread;
  }

  /** The selector; registrations happen on the loop thread only. */
  Selector selector() {
    return selector;
  }

  /** The loop thread's read buffer, cleared; only the loop thread may call this. */
  ByteBuffer readBuffer() {
    return readBuffer.clear();
  }

  private void run() {
    while (true) {
      try {
        selector.select(IoLoop::ready);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.ERROR, "w3socket's selector failed", e);
      }
      // Below, even an Error is logged and survived: were this thread to die, every open
      // connection of the JVM would hang.
      // The tasks queued so far; one queued by these runs in the next pass, after a select that
      // returns at once (the wakeup flag), so ready channels are not starved.
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
      if (!tasks.isEmpty()) {
        selector.wakeup();
      }
    }
  }

  private static void ready(SelectionKey key) {
    Handler h = (Handler) key.attachment();
    try {
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
