package io.w3socket.engine;

import io.w3socket.engine.spi.HostFunctions;
import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.RealmProvider;
import io.w3socket.engine.spi.ScriptError;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The page's dedicated workers (HTML #dedicated-workers-and-the-worker-interface): the host
 * functions behind {@code Worker} (shim/worker.js), and the page's side of each {@link
 * DedicatedWorker}: its messages, errors and load failures become tasks on the page's loop. A
 * worker that still has work keeps the run alive ({@link #busy}); the run's end stops them all
 * ({@link #stopAll}). Host functions run on the page's loop thread; the callbacks from workers on
 * theirs.
 */
final class Workers implements HostFunctions {
  private static final Set<String> NAMES =
      Set.of("workerCreate", "workerPost", "workerTerminate", "workerMessageData");

  /** How long the run's end waits for each worker thread to finish. */
  private static final long STOP_WAIT_MS = 5_000;

  private final RealmProvider realms;
  private final boolean hostAccess;
  private final EventLoop loop;
  private final Output output;
  private final Network network;
  private final String pageLocation;
  private final Consumer<String> errors;

  /** Written on the page's loop thread, read by {@link #busy} and {@link #stopAll} from others. */
  private final Map<Integer, DedicatedWorker> workers = new ConcurrentHashMap<>();

  /** Loop thread only. */
  private int nextId = 1;

  /** The message being delivered to the page (loop thread only). */
  private List<Object> message;

  /** Set once on the loop thread before any script runs. */
  private Realm realm;

  Workers(
      RealmProvider realms,
      boolean hostAccess,
      EventLoop loop,
      Output output,
      Network network,
      String pageLocation,
      Consumer<String> errors) {
    this.realms = realms;
    this.hostAccess = hostAccess;
    this.loop = loop;
    this.output = output;
    this.network = network;
    this.pageLocation = pageLocation;
    this.errors = errors;
  }

  void attach(Realm realm) {
    this.realm = realm;
  }

  @Override
  public Set<String> names() {
    return NAMES;
  }

  @Override
  public Object call(String name, List<Object> a) {
    try {
      switch (name) {
        case "workerCreate":
          return create(
              String.valueOf(a.get(0)), String.valueOf(a.get(1)), a.size() > 2 ? a.get(2) : null);
        case "workerPost":
          {
            DedicatedWorker w = workers.get(id(a));
            if (w != null) {
              w.post(record(a.get(1)));
            }
            return null;
          }
        case "workerTerminate":
          {
            DedicatedWorker w = workers.remove(id(a));
            if (w != null) {
              w.terminate();
            }
            return null;
          }
        case "workerMessageData":
          return forRealm(message, realm);
        default:
          throw new IllegalArgumentException("no host function " + name);
      }
    } catch (RuntimeException e) {
      // No Java exception object ever reaches a script: report it and return nothing.
      errors.accept("internal error in " + name + ": " + e);
      return name.equals("workerCreate") ? "Error: internal error: " + e.getMessage() : null;
    }
  }

  /** #dom-worker steps 9-12: a new worker whose thread fetches and runs its script. */
  private Object create(String url, String name, Object blob) {
    int id = nextId++;
    byte[] bytes = blob == null ? null : bytes(blob);
    DedicatedWorker w =
        new DedicatedWorker(
            this, id, url, name, bytes, realms, hostAccess, output, network, pageLocation);
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
            message = record;
            try {
              realm.callEntry("worker", w.id(), "message", "");
            } catch (ScriptError e) {
              errors.accept(e.getMessage());
            } finally {
              message = null;
            }
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

  /** A record from a realm: the list the engine glue made of the shim's token array. */
  static List<Object> record(Object value) {
    if (!(value instanceof List)) {
      throw new IllegalArgumentException("a message record must be a list");
    }
    return new ArrayList<>((List<?>) value);
  }

  /** A record for {@code realm}: bytes (byte[] from a buffer) as the buffers it takes. */
  static List<Object> forRealm(List<Object> record, Realm realm) {
    if (record == null) {
      throw new IllegalStateException("no message is being delivered");
    }
    List<Object> out = new ArrayList<>(record.size());
    for (Object v : record) {
      out.add(v instanceof byte[] && realm.bytesAsBuffers() ? ByteBuffer.wrap((byte[]) v) : v);
    }
    return out;
  }

  /** Bytes from the shim: a byte array (from an ArrayBuffer) or a binary string. */
  static byte[] bytes(Object data) {
    if (data instanceof byte[]) {
      return (byte[]) data;
    }
    return String.valueOf(data).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static int id(List<Object> a) {
    return ((Number) a.get(0)).intValue();
  }
}
