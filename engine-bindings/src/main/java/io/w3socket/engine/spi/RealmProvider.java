package io.w3socket.engine.spi;

import io.w3socket.engine.JsEngine;

/**
 * Makes realms of one JavaScript engine. An engine artifact ({@code w3socket-engine-graaljs},
 * {@code w3socket-engine-nashorn}) registers its provider in {@code
 * META-INF/services/io.w3socket.engine.spi.RealmProvider}; {@link
 * io.w3socket.engine.BrowserContext} finds it with {@link java.util.ServiceLoader}. Implementations
 * are stateless and thread-safe.
 */
public interface RealmProvider {
  /** The engine this provider runs. */
  JsEngine engine();

  /** A new realm, not yet loaded; called on the thread that will use it (a run's loop thread). */
  Realm newRealm();

  /**
   * Makes ready what the engine's realms share, so that the first one starts sooner; called on a
   * thread of its own when a {@link io.w3socket.engine.BrowserContext} is built, while the caller
   * goes on preparing its run. Failures are left for {@link #newRealm} to report. Does nothing by
   * default.
   *
   * @param hostAccess the context's host access setting
   */
  default void prepare(boolean hostAccess) {}

  /**
   * Whether {@link #prepare} has nothing (left) to do for that host access setting; then no thread
   * is started for it. True by default.
   *
   * @param hostAccess the context's host access setting
   */
  default boolean prepared(boolean hostAccess) {
    return true;
  }
}
