package io.w3socket.engine;

import io.w3socket.WhatwgUrl;
import io.w3socket.engine.spi.HostFunctions;
import io.w3socket.engine.spi.ModuleFetchFailure;
import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.RealmProvider;
import io.w3socket.engine.spi.ScriptError;
import io.w3socket.engine.spi.ScriptFailure;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.net.ssl.X509TrustManager;
import org.jsoup.nodes.Node;

/**
 * A browser tab on the JVM: runs an HTML page or a script in GraalJS or Nashorn with the browser's
 * {@code WebSocket}, events, timers, {@code console}, {@code alert} and a small {@code document}.
 * Each {@code run*} call opens a fresh JavaScript context with its own event loop thread and
 * returns when nothing is left to do (no task, no timer, no open socket, no pending request) or at
 * the timeout. The engine comes from an engine artifact on the class path ({@link
 * JsEngine#artifactId()}); where the page's connections go is the embedder's {@link NetworkPolicy}.
 * Immutable; runs may overlap.
 *
 * <pre>{@code
 * RunResult r = BrowserContext.builder()
 *     .engine(JsEngine.NASHORN)
 *     .network((host, port) -> host.equals("echo.websocket.org")
 *         ? Route.to("127.0.0.1", 9998, "/echo") : Route.direct())
 *     .build()
 *     .runPage(Path.of("examples/tutorial.html"), "Run WebSocket");
 * System.exit(r.exitCode());
 * }</pre>
 */
public final class BrowserContext {
  /**
   * The page shim, read from the class path when first needed: by a run's loop thread, while the
   * engine is still being built (so building a context starts that sooner).
   */
  private static final class Shim {
    static final ShimSource SOURCE = ShimSource.load();
  }

  private final JsEngine engine;
  private final RealmProvider realms;
  private final Duration timeout;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean hostAccess;
  private final NetworkPolicy network;
  private final X509TrustManager trust;
  private final String baseUrl;
  private final Duration idleGrace;

  private BrowserContext(Builder b) {
    this.engine = b.engine != null ? b.engine : Realms.defaultEngine();
    this.realms = Realms.provider(engine);
    this.timeout = b.timeout;
    this.out = b.out;
    this.err = b.err;
    this.hostAccess = b.hostAccess;
    this.network = b.network;
    this.trust = b.trust;
    this.baseUrl = b.baseUrl;
    this.idleGrace = b.idleGrace;
    boolean prepared;
    try {
      prepared = realms.prepared(hostAccess);
    } catch (RuntimeException | LinkageError e) {
      prepared = true; // nothing to start: newRealm reports it
    }
    if (!prepared) {
      startPrepare();
    }
  }

  private void startPrepare() {
    Thread prepare =
        new Thread(
            () -> {
              try {
                realms.prepare(hostAccess);
              } catch (RuntimeException | LinkageError e) {
                // newRealm reports it
              }
            },
            "w3socket-engine-prepare");
    prepare.setDaemon(true);
    prepare.start();
  }

  /**
   * Returns a builder with the defaults: the first engine on the class path (GraalJS before
   * Nashorn), 30 s, System.out/err, no host access, connections go where the page asks.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The engine pages run in. */
  public JsEngine engine() {
    return engine;
  }

  /**
   * Loads an HTML page, runs its scripts in document order, then clicks the element labelled {@code
   * click} (a link's {@code javascript:} URL or an element's {@code onclick}) if given.
   *
   * @param page the HTML file
   * @param click the text of the link or button to click, or null
   * @return how the run ended
   */
  public RunResult runPage(Path page, String click) {
    String html;
    try {
      html = Files.readString(page, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return loadError("no such file: " + page);
    } catch (IOException e) {
      return loadError("cannot read " + page + ": " + e.getMessage());
    }
    Path abs = page.toAbsolutePath().normalize();
    return runPageHtml(html, abs.toUri().toString(), abs.getParent(), click);
  }

  /**
   * Runs an HTML page given as text.
   *
   * @param html the page
   * @param location the page's URL ({@code location.href}; names scripts in error messages)
   * @param directory for a page whose location is not a {@code file:} URL, where its relative
   *     classic {@code src} scripts are read from; null to load them as a browser does (fetched
   *     relative to the location)
   * @param click the text of the link or button to click, or null
   * @return how the run ended
   */
  public RunResult runPageHtml(String html, String location, Path directory, String click) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(location, "location");
    PageThread page = newPageThread();
    try {
      return runPageHtml(page, html, location, directory, click);
    } finally {
      page.abandon(); // if the run did not start
    }
  }

  private RunResult runPageHtml(
      PageThread page, String html, String location, Path directory, String click) {
    PageDocument doc = PageDocument.parse(html, location);
    String pageName = displayName(location);
    UnparsedNodes unparsed = new UnparsedNodes(doc.nodes());
    Network network = newNetwork(location);
    PageScripts scripts = new PageScripts(doc, unparsed, directory, location, pageName, network);
    List<ParserSteps.Step> steps = new ArrayList<>();
    List<ParserSteps.Step> deferred = new ArrayList<>();
    // The body's window-reflecting handler attributes apply when the parser makes the body: before
    // the body's first script.
    boolean bodyHandlersSet = !doc.bodyHasHandlerAttributes();
    for (PageDocument.Script s : doc.scripts()) {
      if (s.deferred) {
        deferred.add(scripts.deferredStep(s));
        continue;
      }
      // A parser-inserted script sees what the parser made before its end tag (UnparsedNodes).
      if (s.inBody && !bodyHandlersSet) {
        steps.add(
            (realm, report) -> {
              unparsed.parsedTo(s.element, realm);
              realm.callEntry("setBodyHandlers");
            });
        bodyHandlersSet = true;
      }
      steps.add(scripts.parserInsertedStep(s));
    }
    steps.add((realm, report) -> unparsed.parsedAll(realm));
    if (!bodyHandlersSet) {
      steps.add((realm, report) -> realm.callEntry("setBodyHandlers"));
    }
    // HTML #the-end: the readiness interactive, the deferred scripts in order, DOMContentLoaded,
    // then load, before any user click; a microtask checkpoint after each listener.
    steps.add(
        (realm, report) ->
            CallbackSteps.runRest(realm, realm.callEntryForBoolean("fireInteractive"), "loadStep"));
    steps.addAll(deferred);
    steps.add(
        (realm, report) ->
            CallbackSteps.runRest(realm, realm.callEntryForBoolean("fireLoad"), "loadStep"));
    PageDocument.ClickTarget target = null;
    if (click != null) {
      target = doc.clickTarget(click);
      if (target == null) {
        return loadError("no link or button labelled '" + click + "' in " + pageName);
      }
    }
    return run(page, doc, location, network, steps, target);
  }

  /**
   * Runs a script file: a classic script, or a module script (with its imports) where its name ends
   * in {@code .mjs}, as Node and Deno take such a file.
   *
   * @param script the JavaScript file
   * @return how the run ended
   */
  public RunResult runScript(Path script) {
    String code;
    try {
      code = Files.readString(script, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return loadError("no such file: " + script);
    } catch (IOException e) {
      return loadError("cannot read " + script + ": " + e.getMessage());
    }
    Path abs = script.toAbsolutePath().normalize();
    String location = abs.toUri().toString();
    if (abs.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mjs")) {
      return runModuleScript(location);
    }
    return runScriptSource(code, location);
  }

  /** HTML #run-a-module-script for the module at {@code location}, in an empty document. */
  private RunResult runModuleScript(String location) {
    String name = displayName(location);
    ParserSteps.Step module =
        (realm, report) -> {
          if (!realm.runsModules()) {
            throw new ScriptFailure(
                name + ": " + realm.engineName() + " runs no module scripts", null);
          }
          try {
            realm.evalModule(location, null, name);
          } catch (ModuleFetchFailure f) {
            report.accept(name + ": cannot load module script: " + f.getMessage());
          }
        };
    PageThread page = newPageThread();
    try {
      return run(
          page,
          PageDocument.empty(location),
          location,
          newNetwork(location),
          List.of(module),
          null);
    } finally {
      page.abandon(); // if the run did not start
    }
  }

  /**
   * Runs a script given as text.
   *
   * @param source the script
   * @param location its URL ({@code location.href}; names it in error messages)
   * @return how the run ended
   */
  public RunResult runScriptSource(String source, String location) {
    Objects.requireNonNull(source, "source");
    String name = displayName(location);
    List<ParserSteps.Step> steps = List.of((realm, report) -> realm.evalScript(source, name));
    PageThread page = newPageThread();
    try {
      return run(page, PageDocument.empty(location), location, newNetwork(location), steps, null);
    } finally {
      page.abandon(); // if the run did not start
    }
  }

  private static String displayName(String location) {
    int slash = location.lastIndexOf('/');
    String name =
        slash >= 0 && slash < location.length() - 1 ? location.substring(slash + 1) : location;
    return name.isEmpty() ? "script" : name;
  }

  private static RunResult loadError(String message) {
    return new RunResult(RunResult.Status.LOAD_ERROR, message, List.of());
  }

  /** A run's loop thread, which starts loading its realm at once. */
  private PageThread newPageThread() {
    return new PageThread(
        realms,
        () -> Shim.SOURCE,
        hostAccess,
        "w3socket-page-" + engine.name().toLowerCase(Locale.ROOT));
  }

  /** A run's network: its API base URL is the builder's, or an http(s) page's own URL. */
  private Network newNetwork(String location) {
    String apiBase =
        baseUrl != null
            ? baseUrl
            : location.toLowerCase(Locale.ROOT).startsWith("http") ? location : null;
    return new Network(this.network, trust, apiBase);
  }

  private RunResult run(
      PageThread page,
      PageDocument doc,
      String location,
      Network network,
      List<ParserSteps.Step> steps,
      PageDocument.ClickTarget click) {
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    // Set when the run has timed out, before the page is stopped: what stopping it makes fail (a
    // task cancelled mid-script) is the timeout's doing, not an error of the page's.
    AtomicBoolean stopping = new AtomicBoolean();
    // Every error is reported through here, with shim locations turned into file and line.
    Consumer<String> report =
        message -> {
          if (!stopping.get()) {
            errors.add(Shim.SOURCE.relocate(message));
          }
        };
    EventLoop loop = new EventLoop();
    Output output = new Output(out, err);
    HostBridge bridge =
        new HostBridge(loop, output, network, doc, location, displayName(location), report);
    bridge.add(new ShimModules(Shim.SOURCE));
    MessagePorts ports = new MessagePorts();
    BroadcastChannels channels = new BroadcastChannels();
    bridge.add(new PortFunctions(ports, loop::execute, report));
    bridge.add(new ChannelFunctions(channels, loop::execute, report));
    Workers workers =
        new Workers(realms, hostAccess, loop, output, network, ports, channels, location, report);
    bridge.add(workers);
    ModuleScripts modules = new ModuleScripts(() -> doc.baseUrl(location), location, network);
    bridge.add(modules);
    // HTML #the-end: the runner's click comes once the document has completely loaded (its load
    // event waits for the page's images and style sheets), as a user's click comes after the page
    // loaded; the shim's load steps call documentLoaded (dom-document.js fireLoad).
    AtomicReference<Realm> loaded = new AtomicReference<>();
    bridge.add(
        r ->
            r.add(
                "documentLoaded",
                a -> {
                  Realm realm = loaded.getAndSet(null);
                  if (realm != null && click != null) {
                    loop.execute(() -> runClick(realm, click, report));
                  }
                  return null;
                }));
    ParserSteps parser = new ParserSteps(loop, report, steps);
    // HTML #contributes-a-script-blocking-style-sheet: a link element of the page's markup whose
    // style sheet starts loading while the page is parsed holds back its scripts
    // (html-link-element.js)
    Set<Node> parserLinks = Collections.newSetFromMap(new IdentityHashMap<>());
    parserLinks.addAll(doc.nodes().document().getElementsByTag("link"));
    bridge.add(
        r -> {
          r.add(
              "pageSheetBlocksScripts",
              a -> parserLinks.contains(doc.nodes().node(a.integer(0))) && parser.sheetLoading());
          r.add(
              "pageSheetDone",
              a -> {
                parser.sheetDone();
                return null;
              });
          r.add("pageHoldUntilParsed", a -> parser.holdUntilParsed());
        });
    HostFunctions functions = bridge.functions();
    page.start(
        realm -> {
          try {
            loaded.set(realm);
            bridge.attach(realm);
            realm.install(functions);
            if (realm.runsModules()) {
              realm.moduleHost(modules);
            }
            parser.start(realm);
            loop.run(
                new EventLoop.Activity() {
                  @Override
                  public boolean hasLiveSockets() {
                    // A pending fetch or XMLHttpRequest, or a busy worker, keeps the run
                    // alive as a socket does.
                    return bridge.liveSockets() > 0
                        || bridge.hasPendingRequests()
                        || workers.busy();
                  }

                  @Override
                  public boolean hasIdleAction() {
                    // A pending fetch or XMLHttpRequest is not idle: its answer may yet be
                    // sent on a socket to the embedded server.
                    return network.waitsForIdle()
                        && bridge.allSocketsQuiet()
                        && !bridge.hasPendingRequests()
                        && !workers.busy();
                  }

                  @Override
                  public CompletionStage<Boolean> settled() {
                    // A pending fetch or XMLHttpRequest may yet be answered: the grace decides.
                    return bridge.hasPendingRequests()
                        ? CompletableFuture.completedFuture(false)
                        : network.settled();
                  }

                  @Override
                  public void onIdle() {
                    network.pageIdle();
                  }
                },
                () -> {
                  realm.afterTask();
                  // HTML #the-details-element: the toggle tasks of the details elements the task's
                  // parses, clones and insertions opened or closed (DetailsElements).
                  String toggles = doc.nodes().details().take();
                  if (!toggles.isEmpty()) {
                    realm.callEntry("detailsToggles", toggles);
                  }
                  // HTML #img-load, #link-type-stylesheet: the img elements the task's parses,
                  // clones and adoptions made with a source update their image data, and the
                  // link elements they connected fetch their style sheets (ResourceElements);
                  // the image update's microtask runs before the next task.
                  ResourceElements resources = doc.nodes().resources();
                  if (!resources.isEmpty()) {
                    realm.callEntry("resourcesMade", resources.hasImages(), resources.hasLinks());
                    realm.afterTask();
                  }
                  // Selection API #selectionchange-event: the task's changes of the tree moved
                  // the selection's range (LiveRanges; selection.js).
                  if (doc.nodes().ranges().takeSelectionMoved()) {
                    realm.callEntry("selectionMoved");
                  }
                },
                idleGrace.toMillis(),
                e ->
                    report.accept(
                        e instanceof ScriptError ? e.getMessage() : "internal error: " + e));
          } finally {
            workers.stopAll();
            bridge.closeAll();
          }
        });
    try {
      page.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      if (page.isAlive()) {
        stopping.set(true);
        // Asked before the loop stops: its end closes every source and cancels every request.
        String open = bridge.stillOpen();
        boolean working = workers.busy();
        loop.stop();
        page.interrupt();
        workers.stopAll();
        String why =
            open != null
                ? open
                : working ? "a worker still running" : "timers or a script still running";
        return new RunResult(
            RunResult.Status.TIMEOUT,
            "timed out after " + seconds(timeout) + ": " + why,
            new ArrayList<>(errors));
      }
    } finally {
      network.close();
    }
    Throwable t = page.crash();
    if (t != null) {
      return new RunResult(
          RunResult.Status.SCRIPT_ERROR,
          "internal error: " + Shim.SOURCE.relocate(firstLine(String.valueOf(t))),
          new ArrayList<>(errors));
    }
    if (!errors.isEmpty()) {
      int more = errors.size() - 1;
      String message = errors.get(0) + (more > 0 ? " (and " + more + " more errors)" : "");
      return new RunResult(RunResult.Status.SCRIPT_ERROR, message, new ArrayList<>(errors));
    }
    return new RunResult(RunResult.Status.OK, "", List.of());
  }

  private static void runClick(
      Realm realm, PageDocument.ClickTarget click, Consumer<String> errors) {
    boolean activate;
    try {
      CallbackSteps.runRest(
          realm, realm.callEntryForBoolean("userClick", click.handle), "clickStep");
      activate = realm.callEntryForBoolean("clickActivates");
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
      activate = false;
    }
    if (activate && click.javascriptUrl != null) {
      // A link's activation behaviour, unless the click was canceled; HTML
      // #evaluate-a-javascript:-url: the UTF-8 decoding of the percent-decoding of the script
      // source, run as a classic script.
      try {
        realm.evalScript(WhatwgUrl.percentDecode(click.javascriptUrl), "javascript: URL");
      } catch (ScriptFailure f) {
        errors.accept(f.getMessage());
      }
    }
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : (ms / 1000.0) + " s";
  }

  private static String firstLine(String s) {
    return s.split("\\R", 2)[0];
  }

  /** Builds a {@link BrowserContext}. */
  public static final class Builder {
    private JsEngine engine;
    private Duration timeout = Duration.ofSeconds(30);
    private PrintStream out = System.out;
    private PrintStream err = System.err;
    private boolean hostAccess;
    private NetworkPolicy network = NetworkPolicy.DIRECT;
    private X509TrustManager trust;
    private String baseUrl;
    private Duration idleGrace = Duration.ofMillis(500);

    private Builder() {}

    /**
     * Sets the engine; its artifact ({@link JsEngine#artifactId()}) must be on the class path.
     *
     * @param engine GraalJS or Nashorn (default: the first on the class path, GraalJS first)
     * @return this builder
     */
    public Builder engine(JsEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /**
     * Sets how long a run may take; then it ends with {@link RunResult.Status#TIMEOUT}.
     *
     * @param timeout a positive duration (default 30 s)
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets where alerts, console.log/info and element text changes are printed.
     *
     * @param out the stream (default System.out)
     * @return this builder
     */
    public Builder out(PrintStream out) {
      this.out = Objects.requireNonNull(out, "out");
      return this;
    }

    /**
     * Sets where console.warn/error are printed.
     *
     * @param err the stream (default System.err)
     * @return this builder
     */
    public Builder err(PrintStream err) {
      this.err = Objects.requireNonNull(err, "err");
      return this;
    }

    /**
     * Lets scripts reach Java ({@code Java.type}, {@code Packages}, host objects). Off by default:
     * only trusted pages should get it.
     *
     * @param allow true to allow
     * @return this builder
     */
    public Builder allowHostAccess(boolean allow) {
      this.hostAccess = allow;
      return this;
    }

    /**
     * Sets where the page's connections go (WebSocket handshakes and any other request of the
     * page), decided below the API so that {@code url} stays what the page asked for.
     *
     * @param policy the policy (default {@link NetworkPolicy#DIRECT}: where the page asks)
     * @return this builder
     */
    public Builder network(NetworkPolicy policy) {
      this.network = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets which server certificates the page's TLS connections trust ({@code wss:} sockets, and
     * scripts and requests over {@code https:}) in place of the platform's trust store, as a
     * browser trusts a private CA once it is in its certificate store. Host names are verified as
     * ever.
     *
     * @param trust the trust manager, such as one a {@code TrustManagerFactory} made from a key
     *     store holding the CA, or null for the platform's (default)
     * @return this builder
     */
    public Builder trustManager(X509TrustManager trust) {
      this.trust = trust;
      return this;
    }

    /**
     * Sets the API base URL relative WebSocket URLs resolve against (default: the page's URL when
     * it is http or https).
     *
     * @param baseUrl an absolute http(s) or ws(s) URL, or null
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * How long the page must be quiet, with only open sockets left, before the network policy's
     * {@link NetworkPolicy#pageIdle()} is called, if it {@linkplain NetworkPolicy#waitsForIdle()
     * waits for it} (default 500 ms). A policy that knows its servers are {@linkplain
     * NetworkPolicy#settled() settled} has it called at once instead.
     *
     * @param grace a non-negative duration
     * @return this builder
     */
    public Builder idleGrace(Duration grace) {
      if (grace.isNegative()) {
        throw new IllegalArgumentException("idle grace must not be negative");
      }
      this.idleGrace = grace;
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     * @throws IllegalStateException naming the artifact to add when the engine is not on the class
     *     path
     */
    public BrowserContext build() {
      return new BrowserContext(this);
    }
  }
}
