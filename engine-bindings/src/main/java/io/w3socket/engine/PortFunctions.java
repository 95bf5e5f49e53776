package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
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

  /** The message a task is delivering here (loop thread only). */
  private final MessageDelivery delivery;

  PortFunctions(MessagePorts ports, Executor tasks, Consumer<String> errors) {
    this.ports = ports;
    this.tasks = tasks;
    this.delivery = new MessageDelivery(errors);
  }

  @Override
  public void attach(Realm realm) {
    delivery.attach(realm);
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
    r.add("portMessageData", a -> delivery.data());
    // window.postMessage (post-message.js): the page's message to its own window, as a task.
    r.add(
        "selfPost",
        a -> {
          List<Object> record = a.values(0);
          tasks.execute(() -> delivery.deliver(record, "selfMessage"));
          return null;
        });
    r.add("selfMessageData", a -> delivery.data());
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
    delivery.deliver(record, "portMessage", id);
  }
}
