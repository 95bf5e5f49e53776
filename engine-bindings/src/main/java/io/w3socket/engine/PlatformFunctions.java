package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

/** {@code location}, {@code performance}, {@code navigator} and {@code crypto} (platform.js). */
final class PlatformFunctions implements HostArea {
  /** The most getRandomValues asks for (Web Crypto #Crypto-method-getRandomValues step 2). */
  private static final int MAX_RANDOM_BYTES = 65536;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String locationHref;

  /** The time origin (HR-Time #dfn-time-origin): fixed when the area is made. */
  private final long originNanos = System.nanoTime();

  private final double originEpochMillis = System.currentTimeMillis();

  /** Set by {@link #attach}; read on the loop thread. */
  private Realm realm;

  PlatformFunctions(String locationHref) {
    this.locationHref = locationHref;
  }

  @Override
  public void attach(Realm realm) {
    this.realm = realm;
  }

  @Override
  public void register(HostRegistry r) {
    r.add("locationHref", a -> locationHref);
    r.add("clockNow", a -> clockNow());
    r.add(
        "platformInfo",
        a ->
            List.of(
                realm.engineName(),
                (double) Runtime.getRuntime().availableProcessors(),
                originEpochMillis));
    r.add("randomBytes", a -> randomBytes(a.integer(0)));
  }

  /**
   * Milliseconds since the time origin on a monotonic clock, coarsened to 0.1 ms as HR-Time
   * #dfn-coarsen-time allows for a context that is not cross-origin isolated.
   */
  private double clockNow() {
    long tenthsOfMs = (System.nanoTime() - originNanos) / 100_000L;
    return tenthsOfMs / 10.0;
  }

  /** Cryptographically strong random bytes, in the form the engine takes bytes in. */
  private Object randomBytes(int n) {
    if (n < 0 || n > MAX_RANDOM_BYTES) {
      throw new IllegalArgumentException("randomBytes: " + n + " is not in 0.." + MAX_RANDOM_BYTES);
    }
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return realm.bytesAsBuffers()
        ? ByteBuffer.wrap(bytes)
        : new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
