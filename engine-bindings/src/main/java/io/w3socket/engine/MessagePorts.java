package io.w3socket.engine;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The run's message ports (HTML #message-channels): entangled pairs, each port with its port
 * message queue, and the realm it lives in now — the page's or a worker's ({@link PortFunctions}).
 * A port can move between realms (it is transferred in a message), so its queue lives here rather
 * than in a realm: what was posted to it and not yet delivered follows it. One per run, shared by
 * the page and its workers; every method may be called from any realm's loop thread.
 */
final class MessagePorts {
  private final Map<Integer, Port> ports = new ConcurrentHashMap<>();
  private final AtomicInteger nextId = new AtomicInteger(1);

  /** One port; its fields guarded by the port. */
  private static final class Port {
    /** The entangled port's id, or 0 once disentangled (closed, or the other side was). */
    int entangled;

    /** The realm the port lives in, or null while it is in transit in a message. */
    PortFunctions home;

    /** #port-message-queue: enabled by start() or onmessage (in the port's realm). */
    boolean enabled;

    /** Messages not yet handed to the port's realm as tasks. */
    final ArrayDeque<List<Object>> queue = new ArrayDeque<>();
  }

  /** #dom-messagechannel: two new entangled ports living in {@code home}; their ids. */
  int[] pair(PortFunctions home) {
    int a = nextId.getAndIncrement();
    int b = nextId.getAndIncrement();
    Port pa = new Port();
    Port pb = new Port();
    pa.entangled = b;
    pb.entangled = a;
    pa.home = home;
    pb.home = home;
    ports.put(a, pa);
    ports.put(b, pb);
    return new int[] {a, b};
  }

  /**
   * #message-port-post-message-steps 6-7: the record goes to the port entangled with {@code from},
   * unless there is none or the message transfers that very port ("doomed"); the record's head
   * lists the ports it transfers.
   */
  void post(int from, List<Object> record, List<Integer> transferred) {
    Port source = ports.get(from);
    if (source == null) {
      return;
    }
    int target;
    synchronized (source) {
      target = source.entangled;
    }
    if (target == 0 || transferred.contains(target)) {
      return;
    }
    Port p = ports.get(target);
    if (p == null) {
      return;
    }
    PortFunctions deliverTo;
    synchronized (p) {
      p.queue.add(record);
      deliverTo = p.enabled ? p.home : null;
    }
    if (deliverTo != null) {
      deliverTo.queueDelivery(target);
    }
  }

  /** #dom-messageport-start in {@code home}: queued messages become tasks there, in order. */
  void start(int id, PortFunctions home) {
    Port p = ports.get(id);
    if (p == null) {
      return;
    }
    int n;
    synchronized (p) {
      if (p.home != home || p.enabled) {
        return;
      }
      p.enabled = true;
      n = p.queue.size();
    }
    for (int i = 0; i < n; i++) {
      home.queueDelivery(id);
    }
  }

  /**
   * A delivery task of {@code home} runs: the port's next message if the port still lives there and
   * is enabled, else null (it moved: the realm it moved to delivers it once started there).
   */
  List<Object> take(int id, PortFunctions home) {
    Port p = ports.get(id);
    if (p == null) {
      return null;
    }
    synchronized (p) {
      return p.home == home && p.enabled ? p.queue.poll() : null;
    }
  }

  /** The port is serialized into a message (#transfer-steps of MessagePort): in transit. */
  void ship(int id) {
    Port p = ports.get(id);
    if (p != null) {
      synchronized (p) {
        p.home = null;
        p.enabled = false;
      }
    }
  }

  /** The message carrying the port is deserialized in {@code home}: the port lives there now. */
  void adopt(int id, PortFunctions home) {
    Port p = ports.get(id);
    if (p != null) {
      synchronized (p) {
        p.home = home;
        p.enabled = false;
      }
    }
  }

  /**
   * #dom-messageport-close: the port is forgotten, with what was queued for it, and its other port
   * disentangled (#disentangle): posts from it go nowhere. A port lives here until it is closed or
   * the run ends.
   */
  void close(int id) {
    Port p = ports.remove(id);
    if (p == null) {
      return;
    }
    int other;
    synchronized (p) {
      other = p.entangled;
      p.entangled = 0;
      p.queue.clear();
    }
    Port o = other == 0 ? null : ports.get(other);
    if (o != null) {
      synchronized (o) {
        o.entangled = 0;
      }
    }
  }
}
