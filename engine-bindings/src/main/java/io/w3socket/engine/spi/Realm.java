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
