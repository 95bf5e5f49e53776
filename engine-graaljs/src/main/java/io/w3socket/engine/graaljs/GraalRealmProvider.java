package io.w3socket.engine.graaljs;

import io.w3socket.engine.JsEngine;
import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.RealmProvider;

/**
 * Puts GraalJS on w3socket's class path: registered in {@code
 * META-INF/services/io.w3socket.engine.spi.RealmProvider}, found by the core's {@code
 * BrowserContext}. Stateless.
 */
public final class GraalRealmProvider implements RealmProvider {
  /** Called by {@link java.util.ServiceLoader}. */
  public GraalRealmProvider() {}

  @Override
  public JsEngine engine() {
    return JsEngine.GRAALJS;
  }

  @Override
  public Realm newRealm() {
    return new GraalRealm();
  }

  /** Builds the shared {@code Engine} of that host access setting (a tenth of a realm's start). */
  @Override
  public void prepare(boolean hostAccess) {
    GraalRealm.engine(hostAccess);
  }

  @Override
  public boolean prepared(boolean hostAccess) {
    return GraalRealm.engineBuilt(hostAccess);
  }
}
