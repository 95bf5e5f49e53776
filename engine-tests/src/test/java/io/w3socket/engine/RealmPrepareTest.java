package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.engine.spi.RealmProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a context's engine shares is made ready once: after {@code prepare} the provider says so,
 * and building a context then starts no preparing thread (Nashorn has nothing to prepare).
 */
class RealmPrepareTest {
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void afterPrepareNothingIsLeftToPrepare(JsEngine engine) {
    RealmProvider p = Realms.provider(engine);
    for (boolean hostAccess : new boolean[] {false, true}) {
      p.prepare(hostAccess);
      assertTrue(p.prepared(hostAccess), engine + ", host access " + hostAccess);
    }
  }
}
