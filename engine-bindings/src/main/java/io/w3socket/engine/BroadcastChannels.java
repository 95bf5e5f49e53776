package io.w3socket.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The run's BroadcastChannel objects (HTML #broadcasting-to-other-browsing-contexts), in the page
 * and its workers — one origin, so one storage key: a message posted on one goes to every other
 * open channel of the same name, in the order they were made, as a task of the realm each lives in
 * ({@link ChannelFunctions}). One per run; every method may be called from any realm's loop thread.
 */
final class BroadcastChannels {
  /** One BroadcastChannel object. */
  private static final class Channel {
    final int id;
    final String name;
    final ChannelFunctions home;

    Channel(int id, String name, ChannelFunctions home) {
      this.id = id;
      this.name = name;
      this.home = home;
    }
  }

  /** Every open channel, in creation order; guarded by this. */
  private final List<Channel> open = new ArrayList<>();

  private int nextId = 1;

  /** #dom-broadcastchannel: a new channel of {@code name} living in {@code home}; its id. */
  synchronized int open(String name, ChannelFunctions home) {
    Channel c = new Channel(nextId++, name, home);
    open.add(c);
    return c.id;
  }

  /**
   * #dom-broadcastchannel-postmessage steps 5-7: the record goes to every other open channel of the
   * source's name, in creation order, one task each in the realm it lives in.
   */
  void post(int from, List<Object> record) {
    List<Channel> destinations = new ArrayList<>();
    synchronized (this) {
      Channel source = find(from);
      if (source == null) {
        return;
      }
      for (Channel c : open) {
        if (c != source && c.name.equals(source.name)) {
          destinations.add(c);
        }
      }
    }
    for (Channel c : destinations) {
      c.home.queueDelivery(c.id, record);
    }
  }

  /** #dom-broadcastchannel-close: it gets nothing more, and what is queued for it is dropped. */
  synchronized void close(int id) {
    Channel c = find(id);
    if (c != null) {
      open.remove(c);
    }
  }

  /** Whether channel {@code id} is still open (a delivery task checks before it runs). */
  synchronized boolean isOpen(int id) {
    return find(id) != null;
  }

  private Channel find(int id) {
    for (Channel c : open) {
      if (c.id == id) {
        return c;
      }
    }
    return null;
  }
}
