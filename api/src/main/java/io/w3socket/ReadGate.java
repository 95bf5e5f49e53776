package io.w3socket;

import java.io.InterruptedIOException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Whether a reader thread may read from the network ({@link WebSocket#pause}): while paused it
 * waits here before its next read, so the kernel's receive buffer fills and TCP's flow control
 * holds the server back. A lock and condition rather than the connection's monitor, so a waiting
 * virtual thread leaves its carrier on every JDK.
 */
final class ReadGate {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition opened = lock.newCondition();

  /** Guarded by lock. */
  private boolean paused;

  void set(boolean pause) {
    lock.lock();
    try {
      paused = pause;
      if (!pause) {
        opened.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Returns once reading is not paused; called by the reader thread before each read. */
  void awaitOpen() throws InterruptedIOException {
    lock.lock();
    try {
      while (paused) {
        opened.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading was paused");
    } finally {
      lock.unlock();
    }
  }
}
