package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptError;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The message a task is delivering in one realm (HTML #message-port-post-message-steps and the
 * other posting steps: a serialized record, then a task that deserializes it there): the task hands
 * the record to one of the shim's entry points, which asks for it back through a host function
 * ({@link #data}). Used by the areas that post records between realms ({@link Workers}, {@link
 * DedicatedWorker}, {@link PortFunctions}, {@link ChannelFunctions}). Loop thread only.
 */
final class MessageDelivery {
  /** Where an exception thrown by the entry point is reported. */
  private final Consumer<String> errors;

  private Realm realm;

  /** The record being delivered, during {@link #deliver} only. */
  private List<Object> record;

  MessageDelivery(Consumer<String> errors) {
    this.errors = errors;
  }

  void attach(Realm realm) {
    this.realm = realm;
  }

  /** Calls {@code entry(args…)} with {@code record} as the message being delivered. */
  void deliver(List<Object> record, String entry, Object... args) {
    this.record = record;
    try {
      realm.callEntry(entry, args);
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
    } finally {
      this.record = null;
    }
  }

  /**
   * The record being delivered, as this realm takes it: bytes (byte[] from a buffer) as the buffers
   * its engine uses.
   */
  List<Object> data() {
    if (record == null) {
      throw new IllegalStateException("no message is being delivered");
    }
    List<Object> out = new ArrayList<>(record.size());
    for (Object v : record) {
      out.add(v instanceof byte[] && realm.bytesAsBuffers() ? ByteBuffer.wrap((byte[]) v) : v);
    }
    return out;
  }
}
