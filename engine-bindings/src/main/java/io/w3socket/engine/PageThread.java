package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.RealmProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The loop thread of one run, started before the run is set up: it makes the page's realm and
 * evaluates the shim in it ({@link Realm#load}, most of a run's start) while the caller parses the
 * page and builds the host bridge; then it runs what the caller hands it ({@link #start}) with that
 * realm, and closes the realm. A run that ends before it starts ({@link #abandon}) only closes the
 * realm. The realm is used on this thread alone.
 */
final class PageThread {
  /** A run's work on its loop thread, given the loaded realm. */
  interface Work {
    /**
     * Installs the host functions in {@code realm} and runs the page; the realm is closed after.
     *
     * @param realm the realm, loaded
     */
    void run(Realm realm) throws Exception;
  }

  private final Thread thread;

  /** The run's work, or null once the run is abandoned. */
  private final CompletableFuture<Work> work = new CompletableFuture<>();

  /** The realm, once made; read by {@link #realm} from other threads. */
  private volatile Realm realm;

  /** What making or loading the realm threw, else null; thrown to {@link #start}'s work instead. */
  private Throwable loadFailure;

  /** What the work threw (not an interrupt), else null; read after the thread has ended. */
  private volatile Throwable crash;

  PageThread(RealmProvider realms, Supplier<ShimSource> shim, boolean hostAccess, String name) {
    thread =
        new Thread(
            () -> {
              try {
                Realm r = new LoopRealm(realms.newRealm());
                realm = r;
                ShimSource source = shim.get();
                r.load(source.text(), source.name(), hostAccess);
              } catch (RuntimeException | LinkageError e) {
                loadFailure = e;
              }
              Work w = work.join();
              Realm r = realm;
              try {
                if (w != null) {
                  if (loadFailure != null) {
                    throw loadFailure;
                  }
                  w.run(r);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (Throwable t) {
                crash = t;
              } finally {
                if (r != null) {
                  r.close();
                }
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Hands the thread the run's work, once the run is set up. */
  void start(Work w) {
    work.complete(w);
  }

  /** The run ended before it started (or has started: then nothing changes). */
  void abandon() {
    work.complete(null);
  }

  /** Waits up to {@code ms} for the thread to end. */
  void join(long ms) throws InterruptedException {
    thread.join(ms);
  }

  boolean isAlive() {
    return thread.isAlive();
  }

  /** Stops the run: interrupts the realm's running script, where the engine can, and the thread. */
  void interrupt() {
    Realm r = realm;
    if (r != null) {
      r.interrupt();
    }
    thread.interrupt();
  }

  /** What the run's work threw, once the thread has ended; null if nothing. */
  Throwable crash() {
    return crash;
  }
}
