package io.w3socket.engine;

/**
 * One JavaScript global environment in one engine, used only from its event loop thread. The
 * engine-specific glue is kept to these operations; everything a page sees is defined by the shared
 * shim ({@link ShimSource}).
 */
interface Realm extends AutoCloseable {
  /** Evaluates the shim with the bridge and keeps its entry points. */
  void install(HostBridge bridge, String shimSource, boolean hostAccess);

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
