package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;

/**
 * One area of host functions (sockets, timers, the DOM, ...): a small class that registers its
 * functions by name in {@link HostBridge}'s registry. Adding an area is a new class and one line in
 * {@link HostBridge}'s constructor.
 */
interface HostArea {
  /** Registers every function of the area. */
  void register(HostRegistry registry);

  /**
   * Hands the area the realm, once it exists (before the shim is installed); on the loop thread.
   */
  default void attach(Realm realm) {}
}
