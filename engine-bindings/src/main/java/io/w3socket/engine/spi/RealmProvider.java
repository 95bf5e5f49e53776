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

  /** A new realm, not yet installed; called on the run's loop thread. */
  Realm newRealm();
}
