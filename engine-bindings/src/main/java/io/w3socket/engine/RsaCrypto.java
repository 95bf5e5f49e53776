package io.w3socket.engine;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * RSASSA-PKCS1-v1_5, RSA-PSS and RSA-OAEP keys and operations (Web Crypto #rsassa-pkcs1, #rsa-pss,
 * #rsa-oaep) on the JDK's SunRsaSign and SunJCE. A key's material is its SubjectPublicKeyInfo or
 * PKCS #8 PrivateKeyInfo with the rsaEncryption identifier, as the JDK and Chromium encode them.
 * Stateless; crypto thread.
 */
final class RsaCrypto {
  private RsaCrypto() {}

  /** The host functions (subtle's crypto-rsa.js). */
  static void register(SubtleCryptoFunctions.Registrar add) {
    add.job(
        "cryptoRsaGenerate",
        a -> {
          int bits = a.integer(0);
          byte[] exponent = a.bytes(1);
          return () -> generate(bits, exponent);
        });
    add.job(
        "cryptoRsaImport",
        a -> {
          String format = a.string(0);
          byte[] data = a.bytes(1);
          return () -> importKey(format, data);
        });
    add.job(
        "cryptoRsaImportJwk",
        a -> {
          List<String> members = a.strings(0);
          return () -> importJwk(members);
        });
    add.job(
        "cryptoRsaExportJwk",
        a -> {
          byte[] material = a.bytes(0);
          boolean isPrivate = a.bool(1);
          return () -> exportJwk(material, isPrivate);
        });
    add.job(
        "cryptoRsaSign",
        a -> {
          String scheme = a.string(0);
          String hash = a.string(1);
          byte[] key = a.bytes(2);
          byte[] data = a.bytes(3);
          int saltLength = a.integer(4);
          return () -> {
            Signature s = signature(scheme, hash, saltLength);
            s.initSign(privateKey(key));
            s.update(data);
            try {
              return List.of(s.sign());
            } catch (SignatureException e) {
              throw CryptoFailure.operation(""); // e.g. a salt too long for the modulus
            }
          };
        });
    add.job(
        "cryptoRsaVerify",
        a -> {
          String scheme = a.string(0);
          String hash = a.string(1);
          byte[] key = a.bytes(2);
          byte[] signature = a.bytes(3);
          byte[] data = a.bytes(4);
          int saltLength = a.integer(5);
          return () -> {
            Signature s = signature(scheme, hash, saltLength);
            s.initVerify(publicKey(key));
            s.update(data);
            try {
              return List.of(s.verify(signature));
            } catch (SignatureException e) {
              return List.of(false);
            }
          };
        });
    add.job(
        "cryptoRsaOaep",
        a -> {
          boolean encrypt = a.bool(0);
          String hash = a.string(1);
          byte[] key = a.bytes(2);
          byte[] data = a.bytes(3);
          byte[] label = a.bytes(4);
          return () -> List.of(oaep(encrypt, hash, key, data, label));
        });
  }

  /**
   * E.g. #rsassa-pkcs1-operations-generate-key step 2: [spki, pkcs8, modulusLength,
   * publicExponent], with Chromium's limits (a modulus of 256 to 8192 bits, a multiple of 8; an
   * exponent of 3 or 65537). The JDK makes no key under 512 bits: an OperationError.
   */
  static List<Object> generate(int bits, byte[] exponent) throws GeneralSecurityException {
    if (bits % 8 != 0 || bits < 256 || bits > 8192) {
      throw CryptoFailure.operation(
          "The modulus length must be a multiple of 8 bits and >= 256 and <= 8192");
    }
    BigInteger e = new BigInteger(1, exponent);
    if (!e.equals(BigInteger.valueOf(3)) && !e.equals(RSAKeyGenParameterSpec.F4)) {
      throw CryptoFailure.operation("The \"publicExponent\" must be either 3 or 65537");
    }
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    try {
      g.initialize(new RSAKeyGenParameterSpec(bits, e));
    } catch (GeneralSecurityException | RuntimeException ex) {
      throw CryptoFailure.operation("");
    }
    KeyPair pair = g.generateKeyPair();
    return List.of(
        pair.getPublic().getEncoded(), pair.getPrivate().getEncoded(), (double) bits, unsigned(e));
  }

  /** E.g. #rsassa-pkcs1-operations-import-key, "spki" and "pkcs8": [material, bits, exponent]. */
  static List<Object> importKey(String format, byte[] data) {
    try {
      KeyFactory f = KeyFactory.getInstance("RSA");
      if (format.equals("spki")) {
        return described(f.generatePublic(new X509EncodedKeySpec(data)));
      }
      return described(f.generatePrivate(new PKCS8EncodedKeySpec(data)));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw CryptoFailure.data("");
    }
  }

  /**
   * E.g. #rsassa-pkcs1-operations-import-key, "jwk": n and e, or n, e, d, p, q, dp, dq and qi
   * (base64url); a private key whose primes do not make its modulus is a DataError.
   */
  static List<Object> importJwk(List<String> members) {
    BigInteger[] v = new BigInteger[members.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = new BigInteger(1, Base64.getUrlDecoder().decode(members.get(i)));
    }
    try {
      KeyFactory f = KeyFactory.getInstance("RSA");
      if (v.length == 2) {
        return described(f.generatePublic(new RSAPublicKeySpec(v[0], v[1])));
      }
      if (!v[3].multiply(v[4]).equals(v[0])) {
        throw CryptoFailure.data("");
      }
      return described(
          f.generatePrivate(
              new RSAPrivateCrtKeySpec(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7])));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw CryptoFailure.data("");
    }
  }

  /** A key's [material, modulusLength, publicExponent]. */
  private static List<Object> described(java.security.Key key) throws GeneralSecurityException {
    BigInteger e;
    if (key instanceof RSAPublicKey) {
      e = ((RSAPublicKey) key).getPublicExponent();
    } else if (key instanceof RSAPrivateCrtKey) {
      e = ((RSAPrivateCrtKey) key).getPublicExponent();
    } else {
      throw CryptoFailure.data(""); // a private key without its CRT values
    }
    return List.of(key.getEncoded(), (double) ((RSAKey) key).getModulus().bitLength(), unsigned(e));
  }

  /** E.g. #rsassa-pkcs1-operations-export-key, "jwk": n, e (d, p, q, dp, dq, qi). */
  static List<Object> exportJwk(byte[] material, boolean isPrivate)
      throws GeneralSecurityException {
    List<Object> out = new ArrayList<>();
    if (!isPrivate) {
      RSAPublicKey k = publicKey(material);
      out.add(unsigned(k.getModulus()));
      out.add(unsigned(k.getPublicExponent()));
      return out;
    }
    RSAPrivateCrtKey k = (RSAPrivateCrtKey) privateKey(material);
    for (BigInteger v :
        new BigInteger[] {
          k.getModulus(),
          k.getPublicExponent(),
          k.getPrivateExponent(),
          k.getPrimeP(),
          k.getPrimeQ(),
          k.getPrimeExponentP(),
          k.getPrimeExponentQ(),
          k.getCrtCoefficient()
        }) {
      out.add(unsigned(v));
    }
    return out;
  }

  /** #rsa-oaep-operations-encrypt and decrypt: MGF1 with the key's hash, the label. */
  static byte[] oaep(boolean encrypt, String hash, byte[] key, byte[] data, byte[] label)
      throws GeneralSecurityException {
    Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding");
    OAEPParameterSpec spec =
        new OAEPParameterSpec(
            hash, "MGF1", new MGF1ParameterSpec(hash), new PSource.PSpecified(label));
    if (encrypt) {
      c.init(Cipher.ENCRYPT_MODE, publicKey(key), spec);
    } else {
      c.init(Cipher.DECRYPT_MODE, privateKey(key), spec);
    }
    try {
      return c.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw CryptoFailure.operation("");
    }
  }

  /** PKCS #1 v1.5 with the hash, or PSS with MGF1 of the hash and the salt length. */
  private static Signature signature(String scheme, String hash, int saltLength)
      throws GeneralSecurityException {
    if (scheme.equals("PKCS1")) {
      return Signature.getInstance(hash.replace("-", "") + "withRSA");
    }
    Signature s = Signature.getInstance("RSASSA-PSS");
    s.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), saltLength, 1));
    return s;
  }

  private static RSAPublicKey publicKey(byte[] spki) throws GeneralSecurityException {
    return (RSAPublicKey)
        KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki));
  }

  private static PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  /** #big-integer: unsigned, big-endian, no leading zero byte (0 is one zero byte). */
  private static byte[] unsigned(BigInteger v) {
    byte[] b = v.toByteArray();
    return b.length > 1 && b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
  }
}
