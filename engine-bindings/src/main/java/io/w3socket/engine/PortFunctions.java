package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One realm's side of the run's {@link MessagePorts}, for shim/message-channel.js: the host
 * functions behind {@code MessageChannel} and {@code MessagePort}, and the tasks that deliver a
 * port's messages in this realm, one task per message. Host functions and tasks run on this realm's
 * loop thread; {@link #queueDelivery} is called from any.
 */
final class PortFunctions implements HostArea {
  private final MessagePorts ports;

  /** Queues a task on this realm's loop (a worker's counts it as work it has); any thread. */
  private final Executor tasks;

  private final Consumer<String> errors;

  /** Set by {@link #attach}; loop thread. */
  private Realm realm;

  /** The message being delivered (loop thread only). */
  private List<Object> message;

  PortFunctions(MessagePorts ports, Executor tasks, Consumer<String> errors) {
    this.ports = ports;
    this.tasks = tasks;
    this.errors = errors;
  }

  @Override
  public void attach(Realm realm) {
    this.realm = realm;
  }

  @Override
  public void register(HostRegistry r) {
    r.add(
        "portPair",
        a -> {
          int[] ids = ports.pair(this);
          return List.of(ids[0], ids[1]);
        });
    r.add(
        "portPost",
        a -> {
          List<Object> record = a.values(1);
          ports.post(a.integer(0), record, transferred(record));
          return null;
        });
    r.add(
        "portStart",
        a -> {
          ports.start(a.integer(0), this);
          return null;
        });
    r.add(
        "portShip",
        a -> {
          ports.ship(a.integer(0));
          return null;
        });
    r.add(
        "portAdopt",
        a -> {
          ports.adopt(a.integer(0), this);
          return null;
        });
    r.add(
        "portClose",
        a -> {
          ports.close(a.integer(0));
          return null;
        });
    r.add("portMessageData", a -> Workers.forRealm(message, realm));
    // window.postMessage (post-message.js): the page's message to its own window, as a task.
    r.add(
        "selfPost",
        a -> {
          List<Object> record = a.values(0);
          tasks.execute(() -> deliverToSelf(record));
          return null;
        });
    r.add("selfMessageData", a -> Workers.forRealm(message, realm));
  }

  private void deliverToSelf(List<Object> record) {
    message = record;
    try {
      realm.callEntry("selfMessage");
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
    } finally {
      message = null;
    }
  }

  /** The ids of the ports a record transfers: its head (structured-clone.js). */
  private static List<Integer> transferred(List<Object> record) {
    int n = record.isEmpty() ? 0 : ((Number) record.get(0)).intValue();
    List<Integer> ids = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      ids.add(((Number) record.get(i)).intValue());
    }
    return ids;
  }

  /** Queues the task that delivers port {@code id}'s next message here; any thread. */
  void queueDelivery(int id) {
    tasks.execute(() -> deliver(id));
  }

  private void deliver(int id) {
    List<Object> record = ports.take(id, this);
    if (record == null) {
      return; // the port moved to another realm, or was closed
    }
    message = record;
    try {
      realm.callEntry("portMessage", id);
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
    } finally {
      message = null;
    }
  }
}
