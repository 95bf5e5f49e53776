package io.w3socket.engine;

import io.w3socket.DOMException;
import io.w3socket.engine.spi.HostError;
import io.w3socket.engine.spi.ModuleFetchFailure;
import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.RealmProvider;
import io.w3socket.engine.spi.ScriptError;
import io.w3socket.engine.spi.ScriptFailure;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One dedicated worker (HTML #dedicated-workers-and-the-worker-interface, #the-worker's-lifetime):
 * a realm of the page's engine with the worker shim (shim/worker-manifest.txt), its own {@link
 * EventLoop} on its own thread, its own {@link HostBridge} (timers, WebSockets, console) and the
 * worker scope's host functions (an area of that bridge: postMessage to the owner, close,
 * importScripts). It lives until it closes itself, is terminated, or the run ends; while it has
 * tasks, timers, open sockets or messages to handle it is {@linkplain #busy busy} and keeps the run
 * alive.
 */
final class DedicatedWorker implements HostArea {
  private static final ShimSource SHIM = ShimSource.loadWorker();

  private final Workers owner;
  private final int id;
  private final String url;
  private final String name;
  private final byte[] blob;

  /** Whether it is a module worker ({@code type: 'module'}, HTML #dom-worker). */
  private final boolean module;

  private final RealmProvider realms;
  private final boolean hostAccess;
  private final Network network;
  private final String pageLocation;
  private final EventLoop loop = new EventLoop();
  private final HostBridge bridge;
  private final Thread thread;

  /** The realm, once made on the worker thread; read by {@link #terminate} from others. */
  private volatile Realm realm;

  /** #dom-workerglobalscope-closing: set by close(), terminate() or the run's end. */
  private volatile boolean closing;

  /** terminate() was called: nothing the worker still does reaches the page. */
  private volatile boolean terminated;

  /** The thread has ended. */
  private volatile boolean ended;

  /**
   * The worker's loop found nothing to run, no timer and no open socket (set on the worker thread;
   * cleared by each message task).
   */
  private volatile boolean idle;

  /** Messages posted to the worker and not yet handled to their end. */
  private final AtomicInteger pending = new AtomicInteger();

  /** The message a task is delivering to the worker's global (worker thread only). */
  private final MessageDelivery delivery;

  DedicatedWorker(
      Workers owner,
      int id,
      String url,
      String name,
      byte[] blob,
      boolean module,
      RealmProvider realms,
      boolean hostAccess,
      Output output,
      Network network,
      MessagePorts ports,
      BroadcastChannels channels,
      String pageLocation) {
    this.owner = owner;
    this.id = id;
    this.url = url;
    this.name = name;
    this.blob = blob;
    this.module = module;
    this.realms = realms;
    this.hostAccess = hostAccess;
    this.network = network;
    this.pageLocation = pageLocation;
    Consumer<String> report =
        text -> {
          if (!closing) {
            owner.errorFromWorker(this, SHIM.relocate(text));
          }
        };
    this.delivery = new MessageDelivery(report);
    this.bridge = new HostBridge(loop, output, network, PageDocument.empty(url), url, url, report);
    bridge.add(this);
    bridge.add(new ShimModules(SHIM));
    bridge.add(new PortFunctions(ports, this::queueTask, report));
    bridge.add(new ChannelFunctions(channels, this::queueTask, report));
    this.thread = new Thread(this::runThread, "w3socket-worker-" + id);
    thread.setDaemon(true);
  }

  int id() {
    return id;
  }

  /**
   * Starts the thread. Fetching and running the script is the loop's first task, so messages the
   * owner posts meanwhile wait for it (#run-a-worker enables the port's queue after the script).
   */
  void start() {
    loop.execute(this::runScript);
    thread.start();
  }

  private void runThread() {
    Realm r = null;
    try {
      r = new LoopRealm(realms.newRealm());
      realm = r;
      if (closing) {
        return;
      }
      bridge.attach(r);
      r.load(SHIM.text(), SHIM.name(), hostAccess);
      r.install(bridge.functions());
      if (r.runsModules()) {
        // import() in a classic worker and a module worker's graph resolve against its script.
        r.moduleHost(new ModuleScripts(() -> url, pageLocation, network));
      }
      loop.run(
          new EventLoop.Activity() {
            @Override
            public boolean hasLiveSockets() {
              if (bridge.liveSockets() == 0 && !bridge.hasPendingRequests() && !idle) {
                idle = true;
                owner.wake();
              }
              // The owner may still post a message: the loop ends by close, terminate or the run.
              return true;
            }

            @Override
            public boolean hasIdleAction() {
              return false;
            }

            @Override
            public void onIdle() {}
          },
          r::afterTask,
          0,
          e -> report(e instanceof ScriptError ? e.getMessage() : "internal error: " + e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | LinkageError e) {
      report("internal error: " + e);
    } finally {
      ended = true;
      bridge.closeAll();
      if (r != null) {
        r.close();
      }
      owner.wake();
    }
  }

  /** #run-a-worker: fetch the script, then run it (its first task). */
  private void runScript() {
    String code;
    try {
      code = ScriptFetch.load(url, pageLocation, network, blob, true);
    } catch (IOException e) {
      owner.loadFailed(this, "Failed to load the worker script '" + url + "': " + e.getMessage());
      close();
      return;
    }
    try {
      if (module) {
        // #run-a-worker for a module worker: its script is the graph's root (fetched above, same
        // origin, so a blob: one works too), its imports fetched as a page's are.
        realm.evalModule(url, code, scriptName(url));
      } else {
        realm.evalScript(code, scriptName(url));
      }
    } catch (ModuleFetchFailure f) {
      owner.loadFailed(this, f.getMessage());
      close();
    } catch (ScriptFailure f) {
      report(f.getMessage());
    }
  }

  /**
   * The name errors give a worker script: its file name, as for the page's own scripts (a blob:
   * URL's is the UUID).
   */
  static String scriptName(String url) {
    String path = url.replaceAll("[?#].*$", "");
    int slash = path.lastIndexOf('/');
    return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : url;
  }

  private void report(String text) {
    if (!closing) {
      owner.errorFromWorker(this, SHIM.relocate(text));
    }
  }

  /** #dom-worker-postmessage: a message task on this worker's loop (owner's loop thread). */
  void post(List<Object> record) {
    if (closing || ended) {
      return;
    }
    queueTask(() -> delivery.deliver(record, "worker", "message"));
  }

  /**
   * Queues a task that comes from outside the worker (a message for it, or for a port that lives in
   * it): until it has run the worker is {@linkplain #busy busy}. Any thread.
   */
  void queueTask(Runnable task) {
    pending.incrementAndGet();
    loop.execute(
        () -> {
          idle = false;
          try {
            task.run();
          } finally {
            pending.decrementAndGet();
          }
        });
  }

  /** True while the worker has work of its own or a message to handle. */
  boolean busy() {
    if (ended || terminated) {
      return false;
    }
    if (closing) {
      // #dom-dedicatedworkerglobalscope-close: the task that called close() finishes, and may
      // still post to the page; the thread ends right after it (ended is written after its last
      // post is queued on the page's loop, then the page is woken).
      return true;
    }
    // pending first: a message task clears idle before it counts itself handled.
    return pending.get() > 0 || !idle;
  }

  /** #dom-dedicatedworkerglobalscope-close: queued tasks are dropped; the current one finishes. */
  private void close() {
    closing = true;
    loop.stop();
  }

  /** #terminate-a-worker: stop the loop, abort a running script where the engine can. */
  void terminate() {
    terminated = true;
    close();
    Realm r = realm;
    if (r != null && !ended) {
      r.interrupt();
    }
    thread.interrupt();
  }

  /** Waits up to {@code ms} for the worker thread to end. */
  void join(long ms) {
    try {
      thread.join(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void attach(Realm realm) {
    delivery.attach(realm);
  }

  @Override
  public void register(HostRegistry r) {
    r.add("workerInfo", a -> List.of(name));
    r.add(
        "workerPostToOwner",
        a -> {
          owner.fromWorker(this, a.values(0));
          return null;
        });
    r.add(
        "workerClose",
        a -> {
          close();
          return null;
        });
    r.add("workerImport", a -> importScript(a.string(0)));
    r.add("workerMessageData", a -> delivery.data());
    r.add(
        "workerReportRejection",
        a -> {
          owner.rejectionFromWorker(SHIM.relocate(a.string(0)));
          return null;
        });
  }

  /**
   * #importscripts step 5: the script's text; a script that cannot be fetched is a NetworkError
   * DOMException in the calling script.
   */
  private String importScript(String scriptUrl) {
    if (module) {
      // #importscripts step 1: a module worker's global has no classic scripts to import.
      throw HostError.typeError(
          "Failed to execute 'importScripts' on 'WorkerGlobalScope': Module scripts don't support"
              + " importScripts().");
    }
    try {
      return ScriptFetch.load(scriptUrl, pageLocation, network, null, false);
    } catch (IOException e) {
      throw new DOMException(
          "Failed to execute 'importScripts' on 'WorkerGlobalScope': The script at '"
              + scriptUrl
              + "' failed to load: "
              + e.getMessage(),
          "NetworkError");
    }
  }
}
