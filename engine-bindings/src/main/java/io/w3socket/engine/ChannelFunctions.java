package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One realm's side of the run's {@link BroadcastChannels}, for shim/broadcast-channel.js: the host
 * functions behind {@code BroadcastChannel}, and the tasks that deliver its messages in this realm.
 * Host functions and tasks run on this realm's loop thread; {@link #queueDelivery} is called from
 * any.
 */
final class ChannelFunctions implements HostArea {
  private final BroadcastChannels channels;

  /** Queues a task on this realm's loop (a worker's counts it as work it has); any thread. */
  private final Executor tasks;

  /** The message a task is delivering here (loop thread only). */
  private final MessageDelivery delivery;

  ChannelFunctions(BroadcastChannels channels, Executor tasks, Consumer<String> errors) {
    this.channels = channels;
    this.tasks = tasks;
    this.delivery = new MessageDelivery(errors);
  }

  @Override
  public void attach(Realm realm) {
    delivery.attach(realm);
  }

  @Override
  public void register(HostRegistry r) {
    r.add("broadcastOpen", a -> channels.open(a.string(0), this));
    r.add(
        "broadcastPost",
        a -> {
          channels.post(a.integer(0), a.values(1));
          return null;
        });
    r.add(
        "broadcastClose",
        a -> {
          channels.close(a.integer(0));
          return null;
        });
    r.add("broadcastMessageData", a -> delivery.data());
  }

  /** Queues the task that delivers {@code record} to channel {@code id} here; any thread. */
  void queueDelivery(int id, List<Object> record) {
    tasks.execute(
        () -> {
          if (!channels.isOpen(id)) {
            return; // closed meanwhile (#dom-broadcastchannel-postmessage step 7.1)
          }
          delivery.deliver(record, "broadcastMessage", id);
        });
  }
}
