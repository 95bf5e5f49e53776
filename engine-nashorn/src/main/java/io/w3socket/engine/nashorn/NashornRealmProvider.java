package io.w3socket.engine.nashorn;

import io.w3socket.engine.JsEngine;
import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.RealmProvider;

/**
 * Puts Nashorn on w3socket's class path: registered in {@code
 * META-INF/services/io.w3socket.engine.spi.RealmProvider}, found by the core's {@code
 * BrowserContext}. Stateless.
 */
public final class NashornRealmProvider implements RealmProvider {
  /** Called by {@link java.util.ServiceLoader}. */
  public NashornRealmProvider() {}

  @Override
  public JsEngine engine() {
    return JsEngine.NASHORN;
  }

  @Override
  public Realm newRealm() {
    return new NashornRealm();
  }
}
