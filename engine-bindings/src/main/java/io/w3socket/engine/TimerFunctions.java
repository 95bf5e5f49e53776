package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptError;
import java.util.function.Consumer;

/**
 * The event loop's timers, for timers.js (HTML #timers): the shim keeps the callbacks by id; and
 * plain tasks for the shim's own steps (history traversal, IndexedDB requests), and the cleanup
 * after a microtask checkpoint.
 */
final class TimerFunctions implements HostArea {
  private final EventLoop loop;
  private final Consumer<String> errors;

  /** Set by {@link #attach}; read on the loop thread. */
  private Realm realm;

  TimerFunctions(EventLoop loop, Consumer<String> errors) {
    this.loop = loop;
    this.errors = errors;
  }

  @Override
  public void attach(Realm realm) {
    this.realm = realm;
  }

  @Override
  public void register(HostRegistry r) {
    r.add(
        "timerSchedule",
        a -> {
          int id = a.integer(0);
          loop.schedule(id, a.integer(1), () -> fire(id));
          return null;
        });
    r.add(
        "timerCancel",
        a -> {
          loop.cancel(a.integer(0));
          return null;
        });
    // A task for the shim's own steps (timers.js queueTask): it runs the oldest queued callback.
    r.add(
        "taskQueue",
        a -> {
          loop.execute(this::runTask);
          return null;
        });
    // A task of a source that comes after the timers already due (timers.js queueDatabaseTask:
    // IndexedDB's results, which a browser's database answers a round trip later): a 0 ms timer of
    // the host's, so a setTimeout(0) a script set first runs first, as in Chromium.
    r.add(
        "databaseTaskQueue",
        a -> {
          loop.schedule(loop.hostTimerId(), 0, this::runDatabaseTask);
          return null;
        });
    // HTML #perform-a-microtask-checkpoint step 6: the shim's cleanup after the checkpoint.
    r.add(
        "checkpointCleanup",
        a -> {
          if (realm instanceof LoopRealm loopRealm) {
            loopRealm.askCleanup();
          }
          return null;
        });
  }

  /**
   * A queued task; one whose callback dispatches events (an IndexedDB request's) runs one listener
   * per call, with the microtask checkpoint after each ({@link CallbackSteps}).
   */
  private void runTask() {
    try {
      CallbackSteps.runRest(realm, realm.callEntryForBoolean("runTask"), "taskStep");
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
    }
  }

  private void runDatabaseTask() {
    try {
      CallbackSteps.runRest(realm, realm.callEntryForBoolean("runDatabaseTask"), "taskStep");
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
    }
  }

  private void fire(int id) {
    try {
      realm.callEntry("fireTimer", id);
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
    }
  }
}
