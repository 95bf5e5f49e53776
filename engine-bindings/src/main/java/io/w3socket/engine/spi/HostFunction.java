package io.w3socket.engine.spi;

/**
 * One host function the shim calls, registered by name in {@link HostFunctions}. It reads its
 * arguments through {@link HostArgs} and returns a String, Integer, Double, Boolean, null, a List
 * (of those; the realm turns it into an array) or a {@code ByteBuffer} (bytes, on engines whose
 * {@link Realm#bytesAsBuffers()} is true). To throw into the script it throws an {@link
 * io.w3socket.DOMException} or a {@link HostError}; the realm throws the same exception into the
 * calling script (see {@link HostError#from}). Called on the loop thread.
 */
@FunctionalInterface
public interface HostFunction {
  /**
   * Runs the function.
   *
   * @param args the script's arguments, read in place
   * @return the result, as above
   */
  Object call(HostArgs args);
}
