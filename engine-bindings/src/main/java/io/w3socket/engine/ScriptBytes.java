package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Bytes handed to the shim as its realm takes them ({@link Realm#bytesAsBuffers()}): a {@code
 * ByteBuffer} over them, or a Latin-1 string with one character per byte; bytes.js's fromHostBytes
 * reads either.
 */
final class ScriptBytes {
  private ScriptBytes() {}

  static Object of(Realm realm, byte[] bytes) {
    return realm.bytesAsBuffers()
        ? ByteBuffer.wrap(bytes)
        : new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
