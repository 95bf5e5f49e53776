package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.RealmProvider;
import io.w3socket.engine.spi.ScriptError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The page's dedicated workers (HTML #dedicated-workers-and-the-worker-interface): the host
 * functions behind {@code Worker} (shim/worker.js; an area of the page's {@link HostBridge}), and
 * the page's side of each {@link DedicatedWorker}: its messages, errors and load failures become
 * tasks on the page's loop. A worker that still has work keeps the run alive ({@link #busy}); the
 * run's end stops them all ({@link #stopAll}). Host functions run on the page's loop thread; the
 * callbacks from workers on theirs.
 */
final class Workers implements HostArea {
  /** How long the run's end waits for each worker thread to finish. */
  private static final long STOP_WAIT_MS = 5_000;

  private final RealmProvider realms;
  private final boolean hostAccess;
  private final EventLoop loop;
  private final Output output;
  private final Network network;
  private final MessagePorts ports;
  private final BroadcastChannels channels;
  private final String pageLocation;
  private final Consumer<String> errors;

  /** Written on the page's loop thread, read by {@link #busy} and {@link #stopAll} from others. */
  private final Map<Integer, DedicatedWorker> workers = new ConcurrentHashMap<>();

  /** Loop thread only. */
  private int nextId = 1;

  /** The message a task is delivering to the page (loop thread only). */
  private final MessageDelivery delivery;

  /** Set once on the loop thread before any script runs. */
  private Realm realm;

  Workers(
      RealmProvider realms,
      boolean hostAccess,
      EventLoop loop,
      Output output,
      Network network,
      MessagePorts ports,
      BroadcastChannels channels,
      String pageLocation,
      Consumer<String> errors) {
    this.realms = realms;
    this.hostAccess = hostAccess;
    this.loop = loop;
    this.output = output;
    this.network = network;
    this.ports = ports;
    this.channels = channels;
    this.pageLocation = pageLocation;
    this.errors = errors;
    this.delivery = new MessageDelivery(errors);
  }

  @Override
  public void attach(Realm realm) {
    this.realm = realm;
    delivery.attach(realm);
  }

  @Override
  public void register(HostRegistry r) {
    r.add(
        "workerCreate",
        a -> create(a.string(0), a.string(1), a.isNull(2) ? null : a.bytes(2), a.bool(3)));
    r.add(
        "workerPost",
        a -> {
          DedicatedWorker w = workers.get(a.integer(0));
          if (w != null) {
            w.post(a.values(1));
          }
          return null;
        });
    r.add(
        "workerTerminate",
        a -> {
          DedicatedWorker w = workers.remove(a.integer(0));
          if (w != null) {
            w.terminate();
          }
          return null;
        });
    r.add("workerMessageData", a -> delivery.data());
  }

  /** #dom-worker steps 9-12: a new worker whose thread fetches and runs its script. */
  private int create(String url, String name, byte[] blob, boolean module) {
    int id = nextId++;
    DedicatedWorker w =
        new DedicatedWorker(
            this,
            id,
            url,
            name,
            blob,
            module,
            realms,
            hostAccess,
            output,
            network,
            ports,
            channels,
            pageLocation);
    workers.put(id, w);
    w.start();
    return id;
  }

  /** True while a worker has work of its own or a message to handle: the run goes on. */
  boolean busy() {
    for (DedicatedWorker w : workers.values()) {
      if (w.busy()) {
        return true;
      }
    }
    return false;
  }

  /** The run's end or timeout: terminates every worker and waits (bounded) for its thread. */
  void stopAll() {
    List<DedicatedWorker> all = new ArrayList<>(workers.values());
    workers.clear();
    for (DedicatedWorker w : all) {
      w.terminate();
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MS);
    for (DedicatedWorker w : all) {
      w.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    }
  }

  /** A message the worker posted (#dom-dedicatedworkerglobalscope-postmessage); worker thread. */
  void fromWorker(DedicatedWorker w, List<Object> record) {
    loop.execute(
        () -> {
          if (workers.get(w.id()) == w) {
            delivery.deliver(record, "worker", w.id(), "message", "");
          }
        });
  }

  /**
   * An exception the worker did not handle (#runtime-script-errors-in-workers): an ErrorEvent at
   * the Worker object, reported to the run unless canceled. Worker thread.
   */
  void errorFromWorker(DedicatedWorker w, String text) {
    loop.execute(
        () -> {
          if (workers.get(w.id()) != w) {
            return;
          }
          try {
            realm.callEntry("worker", w.id(), "error", text);
          } catch (ScriptError e) {
            errors.accept(e.getMessage());
          }
        });
  }

  /**
   * A rejection the worker did not handle (#unhandled-promise-rejections): reported to the run,
   * with no event at the Worker object. Worker thread.
   */
  void rejectionFromWorker(String text) {
    errors.accept(text);
  }

  /** The worker's script could not be fetched (#dom-worker step 12): error at the Worker. */
  void loadFailed(DedicatedWorker w, String why) {
    output.errorLine(why);
    loop.execute(
        () -> {
          if (workers.get(w.id()) == w) {
            try {
              realm.callEntry("worker", w.id(), "loaderror", why);
            } catch (ScriptError e) {
              errors.accept(e.getMessage());
            }
          }
        });
  }

  /** A worker became idle or ended: the page's loop looks again at whether the run is over. */
  void wake() {
    loop.execute(() -> {});
  }
}
