package io.w3socket.engine.spi;

/**
 * One JavaScript global environment in one engine, used only from its event loop thread. The
 * engine-specific glue is kept to these operations; everything a page sees is defined by the shared
 * shim, which the core hands to {@link #load}.
 */
public interface Realm extends AutoCloseable {
  /** The engine's name, as navigator.userAgent shows it. */
  String engineName();

  /**
   * Creates the global environment and evaluates the shim to the function {@link #install} calls:
   * the longest part of a realm's start, so it runs before the host functions exist, while the
   * caller sets them up. Called once, first, on the thread that then uses the realm.
   *
   * @param shimSource the joined shim: one function expression
   * @param shimName the name the engine gives the shim's source in error locations
   * @param hostAccess whether scripts may reach Java (the embedder's opt-in); without it they reach
   *     nothing of the host
   */
  void load(String shimSource, String shimName, boolean hostAccess);

  /**
   * Calls the function the shim evaluated to ({@link #load}) with {@code (host, hostAccess,
   * bytesAsBuffers())}, keeping the entry points it returns.
   *
   * <p>Each host function is exposed as a script function that wraps its arguments in a {@link
   * HostArgs} and calls the {@link HostFunction}. What the function throws goes to {@link
   * HostFunctions#failed}, with the engine's way to throw into the calling script: call the shim's
   * entry point {@code throwError(constructorName, name, message)}, which throws the shim's {@code
   * DOMException}, {@code TypeError} or {@code RangeError}, and let that exception propagate out of
   * the host function.
   *
   * @param host the host functions the shim calls, exposed as one object of functions
   */
  void install(HostFunctions host);

  /**
   * Evaluates a classic script in the global scope.
   *
   * @param source the script text
   * @param name the name errors report (a file name or URL)
   * @throws ScriptFailure if it does not compile or throws
   */
  void evalScript(String source, String name) throws ScriptFailure;

  /**
   * Whether the engine runs module scripts (ECMAScript modules, HTML #module-script): then the page
   * runs {@code type=module} scripts and skips {@code nomodule} ones, as a browser with modules
   * does; without, the reverse, as a browser without them. False by default.
   */
  default boolean runsModules() {
    return false;
  }

  /**
   * Sets where module specifiers resolve and module texts come from, for this realm's module
   * scripts and dynamic imports (classic scripts' too); before it, an import fails. Called before
   * the run's first script, where {@link #runsModules} is true.
   *
   * @param host the page's modules
   */
  default void moduleHost(ModuleHost host) {}

  /**
   * Runs a module script (HTML #run-a-module-script): fetches its module graph through the {@link
   * ModuleHost}, links it, evaluates it (each module once per realm, by URL), and waits for its
   * top-level await. Only where {@link #runsModules} is true.
   *
   * @param url the module's URL, or for an inline script the document's base URL ({@code
   *     import.meta.url})
   * @param inlineSource an inline script's text, or null for the module at {@code url}
   * @param name the name errors report
   * @throws ScriptFailure if a module does not compile or link (what the evaluation throws, and a
   *     specifier that resolves to nothing, the realm reports as the page's uncaught exception, as
   *     {@link #evalScript} does)
   * @throws ModuleFetchFailure if a module of the graph could not be fetched
   */
  default void evalModule(String url, String inlineSource, String name)
      throws ScriptFailure, ModuleFetchFailure {
    throw new UnsupportedOperationException(engineName() + " runs no module scripts");
  }

  /**
   * Whether bytes cross as buffers (a Java {@code ByteBuffer} in, a JS {@code ArrayBuffer} out)
   * rather than as binary strings.
   */
  boolean bytesAsBuffers();

  /** Calls one of the shim's entry points; the shim reports exceptions itself. */
  void callEntry(String entry, Object... args);

  /** Calls an entry point that answers true or false. */
  boolean callEntryForBoolean(String entry, Object... args);

  /** The microtask checkpoint after each task, for engines that do not run their own. */
  void afterTask();

  /** Stops a running script from another thread, where the engine can. */
  void interrupt();

  @Override
  void close();
}
