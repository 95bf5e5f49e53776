package io.w3socket.engine;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Web Crypto's digests, HMAC, AES modes and key derivations on the JDK's providers
 * (https://w3c.github.io/webcrypto/#sha, #hmac, #aes-ctr, #aes-cbc, #aes-gcm, #aes-kw, #hkdf,
 * #pbkdf2). Keys are raw bytes (the CryptoKey's material, held by the shim). HKDF (RFC 5869) and
 * PBKDF2 (RFC 8018 §5.2) are written here over {@link Mac}: the JDK has no HKDF, and its PBKDF2
 * takes the password as characters (encoded as UTF-8) and refuses an empty salt, where Web Crypto
 * takes any bytes for both. Stateless; called on the crypto thread.
 */
final class SymmetricCrypto {
  private static final SecureRandom RANDOM = new SecureRandom();

  private SymmetricCrypto() {}

  /** The host functions (arguments in the order the shim's crypto-*.js files pass them). */
  static void register(SubtleCryptoFunctions.Registrar add) {
    add.job(
        "cryptoDigest",
        a -> {
          String hash = a.string(0);
          byte[] data = a.bytes(1);
          return () -> List.of(digest(hash, data));
        });
    add.job(
        "cryptoRandom",
        a -> {
          int n = a.integer(0);
          return () -> {
            byte[] bytes = new byte[n];
            RANDOM.nextBytes(bytes);
            return List.of(bytes);
          };
        });
    add.job(
        "cryptoHmacSign",
        a -> {
          String hash = a.string(0);
          byte[] key = a.bytes(1);
          byte[] data = a.bytes(2);
          return () -> List.of(hmac(hash, key, data));
        });
    add.job(
        "cryptoHmacVerify",
        a -> {
          String hash = a.string(0);
          byte[] key = a.bytes(1);
          byte[] signature = a.bytes(2);
          byte[] data = a.bytes(3);
          return () -> List.of(hmacVerify(hash, key, signature, data));
        });
    add.job(
        "cryptoAesCbc",
        a -> {
          boolean encrypt = a.bool(0);
          byte[] key = a.bytes(1);
          byte[] iv = a.bytes(2);
          byte[] data = a.bytes(3);
          return () -> List.of(aesCbc(encrypt, key, iv, data));
        });
    add.job(
        "cryptoAesGcm",
        a -> {
          boolean encrypt = a.bool(0);
          byte[] key = a.bytes(1);
          byte[] iv = a.bytes(2);
          byte[] data = a.bytes(3);
          byte[] additionalData = a.bytes(4);
          int tagBits = a.integer(5);
          return () -> List.of(aesGcm(encrypt, key, iv, data, additionalData, tagBits));
        });
    add.job(
        "cryptoAesCtr",
        a -> {
          byte[] key = a.bytes(0);
          byte[] counter = a.bytes(1);
          int lengthBits = a.integer(2);
          byte[] data = a.bytes(3);
          return () -> List.of(aesCtr(key, counter, lengthBits, data));
        });
    add.job(
        "cryptoAesKw",
        a -> {
          boolean wrap = a.bool(0);
          byte[] key = a.bytes(1);
          byte[] data = a.bytes(2);
          return () -> List.of(aesKw(wrap, key, data));
        });
    add.job(
        "cryptoHkdf",
        a -> {
          String hash = a.string(0);
          byte[] key = a.bytes(1);
          byte[] salt = a.bytes(2);
          byte[] info = a.bytes(3);
          int lengthBits = a.integer(4);
          return () -> List.of(hkdf(hash, key, salt, info, lengthBits));
        });
    add.job(
        "cryptoPbkdf2",
        a -> {
          String hash = a.string(0);
          byte[] password = a.bytes(1);
          byte[] salt = a.bytes(2);
          int iterations = a.integer(3);
          int lengthBits = a.integer(4);
          return () -> List.of(pbkdf2(hash, password, salt, iterations, lengthBits));
        });
  }

  /** #sha-operations-digest: the hash's JCA name is the Web Crypto name. */
  static byte[] digest(String hash, byte[] data) throws GeneralSecurityException {
    return MessageDigest.getInstance(hash).digest(data);
  }

  /** #hmac-operations-sign: HMAC with the key's hash. */
  static byte[] hmac(String hash, byte[] key, byte[] data) throws GeneralSecurityException {
    Mac mac = Mac.getInstance(macName(hash));
    mac.init(new RawKey(key, mac.getAlgorithm()));
    return mac.doFinal(data);
  }

  /**
   * #hmac-operations-verify step 2: the MAC compared in constant time (MessageDigest.isEqual's time
   * depends only on the length).
   */
  static boolean hmacVerify(String hash, byte[] key, byte[] signature, byte[] data)
      throws GeneralSecurityException {
    return MessageDigest.isEqual(hmac(hash, key, data), signature);
  }

  private static String macName(String hash) {
    return "Hmac" + hash.replace("-", "");
  }

  /**
   * #aes-cbc-operations-encrypt/decrypt: CBC with PKCS #7 padding (JCA calls it PKCS5Padding).
   * Decrypting ciphertext with bad padding or of a length no multiple of 16 is an OperationError.
   */
  static byte[] aesCbc(boolean encrypt, byte[] key, byte[] iv, byte[] data)
      throws GeneralSecurityException {
    if (iv.length != 16) {
      throw CryptoFailure.operation("The \"iv\" has an unexpected length -- must be 16 bytes");
    }
    Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
    c.init(mode(encrypt), aesKey(key), new IvParameterSpec(iv));
    try {
      return c.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw CryptoFailure.operation("");
    }
  }

  /**
   * #aes-gcm-operations-encrypt/decrypt. The JDK's GCM takes tags of 96 to 128 bits only; a 32 or
   * 64-bit tag is the leading bits of the 128-bit one (NIST SP 800-38D §7.1: T = MSB_t(...)), so
   * encryption truncates it, and decryption recovers the plaintext (GCM's keystream does not depend
   * on the data: encrypting the ciphertext gives it back) and compares the leading bits of its
   * recomputed tag in constant time.
   */
  static byte[] aesGcm(
      boolean encrypt, byte[] key, byte[] iv, byte[] data, byte[] additionalData, int tagBits)
      throws GeneralSecurityException {
    // #aes-gcm-operations-encrypt step 4 (and decrypt step 1): the tag lengths the standard allows.
    if (tagBits != 32
        && tagBits != 64
        && tagBits != 96
        && tagBits != 104
        && tagBits != 112
        && tagBits != 120
        && tagBits != 128) {
      throw CryptoFailure.operation(
          "The tag length is invalid: Must be 32, 64, 96, 104, 112, 120, or 128 bits");
    }
    if (iv.length == 0) {
      throw CryptoFailure.operation(""); // GCM needs an IV; Chromium's message is empty
    }
    int tagBytes = tagBits / 8;
    if (!encrypt && data.length < tagBytes) {
      // #aes-gcm-operations-decrypt step 2: shorter than the tag.
      throw CryptoFailure.operation("The provided data is too small");
    }
    boolean shortTag = tagBits < 96;
    if (encrypt) {
      byte[] out = gcm(true, key, iv, data, additionalData, shortTag ? 128 : tagBits);
      return shortTag ? Arrays.copyOf(out, data.length + tagBytes) : out;
    }
    if (!shortTag) {
      try {
        return gcm(false, key, iv, data, additionalData, tagBits);
      } catch (GeneralSecurityException e) {
        throw CryptoFailure.operation("");
      }
    }
    int n = data.length - tagBytes;
    byte[] ciphertext = Arrays.copyOf(data, n);
    byte[] plaintext = Arrays.copyOf(gcm(true, key, iv, ciphertext, new byte[0], 128), n);
    byte[] again = gcm(true, key, iv, plaintext, additionalData, 128);
    byte[] tag = Arrays.copyOfRange(again, n, n + tagBytes);
    if (!MessageDigest.isEqual(tag, Arrays.copyOfRange(data, n, data.length))) {
      throw CryptoFailure.operation("");
    }
    return plaintext;
  }

  private static byte[] gcm(
      boolean encrypt, byte[] key, byte[] iv, byte[] data, byte[] additionalData, int tagBits)
      throws GeneralSecurityException {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(mode(encrypt), aesKey(key), new GCMParameterSpec(tagBits, iv));
    if (additionalData.length > 0) {
      c.updateAAD(additionalData);
    }
    return c.doFinal(data);
  }

  /**
   * #aes-ctr-operations-encrypt: the rightmost {@code lengthBits} bits of the counter block are the
   * counter, which wraps to zero without carrying into the rest (the JDK's CTR increments the whole
   * block, so the data is encrypted in two runs where the counter wraps); more blocks than the
   * counter has values is an error (Chromium: a DataError).
   */
  static byte[] aesCtr(byte[] key, byte[] counter, int lengthBits, byte[] data)
      throws GeneralSecurityException {
    if (counter.length != 16) {
      throw CryptoFailure.operation("The \"counter\" has an unexpected length -- must be 16 bytes");
    }
    if (lengthBits < 1 || lengthBits > 128) {
      throw CryptoFailure.operation("The \"length\" member must be >= 1 and <= 128");
    }
    BigInteger values = BigInteger.ONE.shiftLeft(lengthBits);
    BigInteger block = new BigInteger(1, counter);
    BigInteger low = block.mod(values);
    BigInteger blocks = BigInteger.valueOf((data.length + 15L) / 16);
    if (blocks.compareTo(values) > 0) {
      throw CryptoFailure.data("The input is too large for the counter length.");
    }
    BigInteger beforeWrap = values.subtract(low);
    if (blocks.compareTo(beforeWrap) <= 0) {
      return ctr(key, counter, data);
    }
    int first = beforeWrap.intValueExact() * 16;
    byte[] wrapped = toBlock(block.subtract(low));
    byte[] out = new byte[data.length];
    System.arraycopy(ctr(key, counter, Arrays.copyOf(data, first)), 0, out, 0, first);
    byte[] rest = ctr(key, wrapped, Arrays.copyOfRange(data, first, data.length));
    System.arraycopy(rest, 0, out, first, rest.length);
    return out;
  }

  private static byte[] ctr(byte[] key, byte[] counter, byte[] data)
      throws GeneralSecurityException {
    Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
    c.init(Cipher.ENCRYPT_MODE, aesKey(key), new IvParameterSpec(counter));
    return c.doFinal(data);
  }

  /** A 16-byte big-endian block of {@code v} (less than 2^128). */
  private static byte[] toBlock(BigInteger v) {
    byte[] b = v.toByteArray();
    byte[] out = new byte[16];
    int n = Math.min(b.length, 16);
    System.arraycopy(b, b.length - n, out, 16 - n, n);
    return out;
  }

  /**
   * #aes-kw-operations-wrap-key/unwrap-key: RFC 3394 key wrap with the default IV. Wrapped data
   * must be a multiple of 8 bytes; a wrapped key whose integrity check fails is an OperationError.
   */
  static byte[] aesKw(boolean wrap, byte[] key, byte[] data) throws GeneralSecurityException {
    if (wrap && (data.length % 8 != 0 || data.length < 16)) {
      throw CryptoFailure.data(
          "The AES-KW input data length is invalid: not a multiple of 8 bytes");
    }
    if (!wrap && data.length < 24) {
      throw CryptoFailure.operation("The provided data is too small");
    }
    if (!wrap && data.length % 8 != 0) {
      throw CryptoFailure.operation("The ciphertext length is not a multiple of 8 bytes");
    }
    Cipher c = Cipher.getInstance("AES/KW/NoPadding");
    c.init(mode(wrap), aesKey(key));
    try {
      return c.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw CryptoFailure.operation("");
    }
  }

  /**
   * #hkdf-operations-derive-bits steps 3-5: RFC 5869's extract (PRK = HMAC(salt, IKM)) and expand
   * (T(i) = HMAC(PRK, T(i-1) | info | i)) to {@code lengthBits} bits; at most 255 blocks.
   */
  static byte[] hkdf(String hash, byte[] key, byte[] salt, byte[] info, int lengthBits)
      throws GeneralSecurityException {
    Mac mac = Mac.getInstance(macName(hash));
    int hashLength = mac.getMacLength();
    int length = lengthBits / 8;
    if (length > 255 * hashLength) {
      throw CryptoFailure.operation("The length provided for HKDF is too large.");
    }
    // RFC 5869 §2.2: an absent salt is HashLen zeros, which HMAC's key padding makes the same as
    // an empty one.
    mac.init(new RawKey(salt, mac.getAlgorithm()));
    byte[] prk = mac.doFinal(key);
    mac.init(new RawKey(prk, mac.getAlgorithm()));
    byte[] out = new byte[length];
    byte[] t = new byte[0];
    for (int i = 1, at = 0; at < length; i++) {
      mac.update(t);
      mac.update(info);
      mac.update((byte) i);
      t = mac.doFinal();
      int n = Math.min(t.length, length - at);
      System.arraycopy(t, 0, out, at, n);
      at += n;
    }
    return out;
  }

  /**
   * #pbkdf2-operations-derive-bits step 4: RFC 8018 §5.2's PBKDF2 with HMAC of the hash as the PRF:
   * each block T_i is the XOR of U_1 = PRF(P, S | INT(i)) and U_j = PRF(P, U_{j-1}).
   */
  static byte[] pbkdf2(String hash, byte[] password, byte[] salt, int iterations, int lengthBits)
      throws GeneralSecurityException {
    Mac mac = Mac.getInstance(macName(hash));
    mac.init(new RawKey(password, mac.getAlgorithm()));
    int length = lengthBits / 8;
    byte[] out = new byte[length];
    for (int i = 1, at = 0; at < length; i++) {
      mac.update(salt);
      mac.update(new byte[] {(byte) (i >>> 24), (byte) (i >>> 16), (byte) (i >>> 8), (byte) i});
      byte[] u = mac.doFinal();
      byte[] t = u.clone();
      for (int j = 1; j < iterations; j++) {
        u = mac.doFinal(u);
        for (int k = 0; k < t.length; k++) {
          t[k] ^= u[k];
        }
      }
      int n = Math.min(t.length, length - at);
      System.arraycopy(t, 0, out, at, n);
      at += n;
    }
    return out;
  }

  private static int mode(boolean encrypt) {
    return encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
  }

  private static SecretKeySpec aesKey(byte[] key) {
    return new SecretKeySpec(key, "AES");
  }

  /**
   * Raw key bytes for a Mac, which may be empty (an empty HKDF salt or PBKDF2 password; {@link
   * SecretKeySpec} refuses those).
   */
  private static final class RawKey implements SecretKey {
    private static final long serialVersionUID = 1L;

    private final byte[] bytes;
    private final String algorithm;

    RawKey(byte[] bytes, String algorithm) {
      this.bytes = bytes.clone();
      this.algorithm = algorithm;
    }

    @Override
    public String getAlgorithm() {
      return algorithm;
    }

    @Override
    public String getFormat() {
      return "RAW";
    }

    @Override
    public byte[] getEncoded() {
      return bytes.clone();
    }
  }
}
