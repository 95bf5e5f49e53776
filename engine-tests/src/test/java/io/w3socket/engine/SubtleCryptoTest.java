package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * crypto.subtle (Web Crypto, https://w3c.github.io/webcrypto/) in both engines. Each script of
 * resources/.../subtle/ runs after keys.js (keys and signatures headless Chromium 156 made) and
 * prints, line for line, what Chromium 156 printed for the same two files run as a page
 * (NAME.chromium.txt): digests, MACs, ciphertexts, derived bits and shared secrets of fixed keys,
 * exported keys, Chromium's signatures verified, round trips of generated keys, and every error's
 * name and message. Where this host follows the standard and Chromium does not (192-bit AES keys,
 * the cached algorithm and usages objects), the scripts do not look; engine-bindings/README.md
 * lists those.
 */
class SubtleCryptoTest {
  /** The interfaces' shape; SHA digests; HMAC; AES-GCM, AES-CBC, AES-CTR, AES-KW; wrapping. */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void digestsHmacAndAes(JsEngine engine) {
    assertChromiumLines(engine, "symmetric");
  }

  /** PBKDF2 and HKDF: derived bits and keys, binary and empty passwords, their errors. */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void pbkdf2AndHkdf(JsEngine engine) {
    assertChromiumLines(engine, "kdf");
  }

  /**
   * ECDSA, ECDH, Ed25519 and X25519 with Chromium's keys: every format, its signatures verified,
   * Ed25519's signature made again, shared secrets, and the errors of bad keys.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void ellipticCurves(JsEngine engine) {
    assertChromiumLines(engine, "ec-okp");
  }

  /** RSASSA-PKCS1-v1_5, RSA-PSS and RSA-OAEP with Chromium's key: formats, signatures, errors. */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void rsa(JsEngine engine) {
    assertChromiumLines(engine, "rsa");
  }

  /** Keys generated in the run, of every key pair algorithm: shapes and round trips. */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void generatedKeyPairs(JsEngine engine) {
    assertChromiumLines(engine, "generated");
  }

  /** The methods' argument errors and algorithm normalization's, as promise rejections. */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void argumentErrors(JsEngine engine) {
    assertChromiumLines(engine, "argument-errors");
  }

  /** The parameter dictionaries' errors and the operations' own. */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void parameterErrors(JsEngine engine) {
    assertChromiumLines(engine, "parameter-errors");
  }

  /** A dedicated worker has crypto.subtle, SubtleCrypto and CryptoKey too. */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void workersHaveSubtleCrypto(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
var code = "var s = crypto.subtle, enc = new TextEncoder();"
  + "s.importKey('raw', enc.encode('key'), {name: 'HMAC', hash: 'SHA-256'}, false, ['sign']).then(function (k) {"
  + "  return s.sign('HMAC', k, enc.encode('The quick brown fox jumps over the lazy dog')).then(function (sig) {"
  + "    postMessage([typeof SubtleCrypto, k instanceof CryptoKey, s === crypto.subtle, Array.prototype.slice.call(new Uint8Array(sig), 0, 4).join()].join(' '));"
  + "  });"
  + "});";
var worker = new Worker(URL.createObjectURL(new Blob([code], {type: 'text/javascript'})));
worker.onmessage = function (e) { console.log('worker: ' + e.data); worker.terminate(); };
console.log('page: ' + typeof SubtleCrypto + ' ' + typeof CryptoKey + ' ' + (crypto.subtle instanceof SubtleCrypto));
""");
    assertEquals(
        List.of("page: function function true", "worker: function true true 247,188,131,244"),
        o.out(),
        o::toString);
    assertEquals(List.of(), o.err(), o::toString);
  }

  private static void assertChromiumLines(JsEngine engine, String name) {
    Runs.Outcome o = Runs.script(engine, read("keys.js") + read(name + ".js"));
    List<String> expected = Arrays.asList(read(name + ".chromium.txt").split("\n"));
    assertEquals(expected, o.out(), o::toString);
    assertEquals(List.of(), o.err(), o::toString);
  }

  private static String read(String file) {
    try (InputStream in = SubtleCryptoTest.class.getResourceAsStream("subtle/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
