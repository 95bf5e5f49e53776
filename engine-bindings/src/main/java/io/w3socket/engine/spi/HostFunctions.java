package io.w3socket.engine.spi;

import java.util.List;
import java.util.Set;

/**
 * The host functions the shim calls, as a {@link Realm} exposes them to it: one object whose
 * members are these functions. Arguments arrive converted to String, Double, Boolean, null, List or
 * byte[] (an {@code ArrayBuffer}, on engines whose {@link Realm#bytesAsBuffers()} is true); results
 * are String, Integer, Double, Boolean, null, List or {@code ByteBuffer}. Called on the loop
 * thread.
 */
public interface HostFunctions {
  /** The function names, fixed for the life of the realm. */
  Set<String> names();

  /**
   * Calls one function. Never throws for a script's mistake: the core reports it and returns null.
   *
   * @param name one of {@link #names()}
   * @param args the converted arguments
   * @return the result
   */
  Object call(String name, List<Object> args);
}
