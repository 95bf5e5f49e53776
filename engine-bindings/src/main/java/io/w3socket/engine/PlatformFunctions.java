package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import java.security.SecureRandom;
import java.util.List;

/** {@code location}, {@code performance}, {@code navigator} and {@code crypto} (platform.js). */
final class PlatformFunctions implements HostArea {
  /** The most getRandomValues asks for (Web Crypto #Crypto-method-getRandomValues step 2). */
  private static final int MAX_RANDOM_BYTES = 65536;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String locationHref;

  private final TimeOrigin origin;

  /** Set by {@link #attach}; read on the loop thread. */
  private Realm realm;

  PlatformFunctions(String locationHref, TimeOrigin origin) {
    this.locationHref = locationHref;
    this.origin = origin;
  }

  @Override
  public void attach(Realm realm) {
    this.realm = realm;
  }

  @Override
  public void register(HostRegistry r) {
    r.add("locationHref", a -> locationHref);
    r.add("clockNow", a -> origin.now());
    r.add(
        "platformInfo",
        a ->
            List.of(
                realm.engineName(),
                (double) Runtime.getRuntime().availableProcessors(),
                origin.epochMillis(),
                // File API #convert-line-endings-to-native: the platform's line ending.
                System.lineSeparator(),
                realm.runsModules()));
    r.add("randomBytes", a -> randomBytes(a.integer(0)));
  }

  /** Cryptographically strong random bytes, in the form the engine takes bytes in. */
  private Object randomBytes(int n) {
    if (n < 0 || n > MAX_RANDOM_BYTES) {
      throw new IllegalArgumentException("randomBytes: " + n + " is not in 0.." + MAX_RANDOM_BYTES);
    }
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return ScriptBytes.of(realm, bytes);
  }
}
