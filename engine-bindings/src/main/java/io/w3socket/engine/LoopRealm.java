package io.w3socket.engine;

import io.w3socket.engine.spi.HostFunctions;
import io.w3socket.engine.spi.ModuleFetchFailure;
import io.w3socket.engine.spi.ModuleHost;
import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptFailure;

/**
 * An engine's realm as a run's host calls it (a page's or a worker's): the same, except that the
 * end of a socket event's dispatch whose last listener has run (DOM #concept-event-dispatch steps
 * 7-10: the event's currentTarget and eventPhase cleared) is left to the next call in. The shim's
 * {@code dispatch} or {@code dispatchStep} entry point answers false after that listener instead of
 * answering true and ending the dispatch on one more call; here every other call in ({@link
 * #callEntry}, {@link #callEntryForBoolean}, {@link #evalScript}) first calls {@code endDispatch}
 * when an answer was false, and the next {@code dispatch} ends it itself. Only the microtask
 * checkpoint ({@link #afterTask}) comes between, and it belongs inside the dispatch (a microtask
 * still sees the event being dispatched), so no script can tell; a pipelined message costs one call
 * into the engine instead of two. Only an outermost call ends it: a call a host function makes
 * while a script runs (a microtask inserting an inline script, which runs at once) is inside the
 * dispatch too. Used on the realm's loop thread, but {@link #interrupt}.
 */
final class LoopRealm implements Realm {
  /** The entry point that dispatches a socket event and runs its first listener. */
  static final String DISPATCH = "dispatch";

  /** The entry point that runs the next listener of the socket event being dispatched. */
  static final String DISPATCH_STEP = "dispatchStep";

  private final Realm engine;

  /** Whether the last socket dispatch call answered false, so its end may be left; loop thread. */
  private boolean endPending;

  /** Calls into the engine in progress (host functions call in again); loop thread. */
  private int depth;

  /**
   * Whether the shim asked for its entry point {@code checkpointCleanup} after the next microtask
   * checkpoint ({@link #askCleanup}); loop thread.
   */
  private boolean cleanupAsked;

  LoopRealm(Realm engine) {
    this.engine = engine;
  }

  @Override
  public String engineName() {
    return engine.engineName();
  }

  @Override
  public void load(String shimSource, String shimName, boolean hostAccess) {
    engine.load(shimSource, shimName, hostAccess);
  }

  @Override
  public void install(HostFunctions host) {
    engine.install(host);
  }

  @Override
  public void evalScript(String source, String name) throws ScriptFailure {
    endDispatch();
    depth++;
    try {
      engine.evalScript(source, name);
    } finally {
      depth--;
    }
  }

  @Override
  public boolean runsModules() {
    return engine.runsModules();
  }

  @Override
  public void moduleHost(ModuleHost host) {
    engine.moduleHost(host);
  }

  @Override
  public void evalModule(String url, String inlineSource, String name)
      throws ScriptFailure, ModuleFetchFailure {
    endDispatch();
    depth++;
    try {
      engine.evalModule(url, inlineSource, name);
    } finally {
      depth--;
    }
  }

  @Override
  public boolean bytesAsBuffers() {
    return engine.bytesAsBuffers();
  }

  @Override
  public void callEntry(String entry, Object... args) {
    endDispatch();
    depth++;
    try {
      engine.callEntry(entry, args);
    } finally {
      depth--;
    }
  }

  @Override
  public boolean callEntryForBoolean(String entry, Object... args) {
    boolean socketEvent = entry.equals(DISPATCH) || entry.equals(DISPATCH_STEP);
    if (socketEvent) {
      // dispatch ends a dispatch left open itself; dispatchStep only follows a true answer.
      endPending = false;
    } else {
      endDispatch();
    }
    boolean more = false;
    depth++;
    try {
      more = engine.callEntryForBoolean(entry, args);
    } finally {
      depth--;
      if (socketEvent) {
        endPending = !more;
      }
    }
    return more;
  }

  /** Ends a dispatch left open, before an outermost call. */
  private void endDispatch() {
    if (endPending && depth == 0) {
      endPending = false;
      engine.callEntry("endDispatch");
    }
  }

  /**
   * Asks for the shim's {@code checkpointCleanup} once the microtask checkpoint in progress or next
   * is done (HTML #perform-a-microtask-checkpoint step 6: "cleanup Indexed Database transactions",
   * which must follow the microtasks a script queued).
   */
  void askCleanup() {
    cleanupAsked = true;
  }

  @Override
  public void afterTask() {
    depth++;
    try {
      engine.afterTask();
      while (cleanupAsked) {
        cleanupAsked = false;
        engine.callEntry("checkpointCleanup");
        engine.afterTask();
      }
    } finally {
      depth--;
    }
  }

  @Override
  public void interrupt() {
    engine.interrupt();
  }

  @Override
  public void close() {
    engine.close();
  }
}
