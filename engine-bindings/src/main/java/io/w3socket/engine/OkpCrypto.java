package io.w3socket.engine;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.XECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Arrays;
import java.util.List;
import javax.crypto.KeyAgreement;

/**
 * Ed25519 and X25519 keys and operations (Web Crypto #ed25519, #x25519) on the JDK's EdDSA and XDH
 * (JDK 15+). A key's material is its 44-byte SubjectPublicKeyInfo or 48-byte PKCS #8 PrivateKeyInfo
 * (RFC 8410), the forms Chromium exports; a private key's public key (for its JWK's x, or to check
 * a JWK's x) is computed by the JDK: X25519's as the agreement with the base point u = 9 (RFC 7748
 * §6.1), Ed25519's by the key pair generator given the private key as its random bytes (RFC 8032
 * §5.1.5: the private key is those 32 bytes), checked to be the key it made. Stateless; crypto
 * thread.
 */
final class OkpCrypto {
  private OkpCrypto() {}

  /** The host functions (subtle's crypto-okp.js). */
  static void register(SubtleCryptoFunctions.Registrar add) {
    add.job(
        "cryptoOkpGenerate",
        a -> {
          String name = a.string(0);
          return () -> {
            KeyPair pair = KeyPairGenerator.getInstance(name).generateKeyPair();
            return List.of(
                publicInfo(name, publicBytes(pair.getPublic())),
                privateInfo(name, privateBytes(pair.getPrivate())));
          };
        });
    add.job(
        "cryptoOkpImport",
        a -> {
          String name = a.string(0);
          String format = a.string(1);
          byte[] data = a.bytes(2);
          return () -> List.of(importKey(name, format, data));
        });
    add.job(
        "cryptoOkpImportJwk",
        a -> {
          String name = a.string(0);
          byte[] x = a.bytes(1);
          byte[] d = a.isNull(2) ? null : a.bytes(2);
          return () -> {
            if (d == null) {
              return List.of(importKey(name, "raw", x));
            }
            if (!Arrays.equals(publicOf(name, d), x)) {
              throw CryptoFailure.data("");
            }
            return List.of(privateInfo(name, d));
          };
        });
    add.job(
        "cryptoOkpExport",
        a -> {
          String name = a.string(0);
          byte[] material = a.bytes(1);
          boolean isPrivate = a.bool(2);
          return () -> {
            if (!isPrivate) {
              return List.of(publicBytes(publicKey(name, material)));
            }
            byte[] d = privateBytes(privateKey(name, material));
            return List.of(publicOf(name, d), d);
          };
        });
    add.job(
        "cryptoEd25519Sign",
        a -> {
          byte[] key = a.bytes(0);
          byte[] data = a.bytes(1);
          return () -> {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey("Ed25519", key));
            s.update(data);
            return List.of(s.sign());
          };
        });
    add.job(
        "cryptoEd25519Verify",
        a -> {
          byte[] key = a.bytes(0);
          byte[] signature = a.bytes(1);
          byte[] data = a.bytes(2);
          return () -> {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(publicKey("Ed25519", key));
            s.update(data);
            try {
              return List.of(signature.length == 64 && s.verify(signature));
            } catch (SignatureException e) {
              return List.of(false);
            }
          };
        });
    add.job(
        "cryptoX25519",
        a -> {
          byte[] key = a.bytes(0);
          byte[] publicKey = a.bytes(1);
          return () -> {
            KeyAgreement ka = KeyAgreement.getInstance("X25519");
            ka.init(privateKey("X25519", key));
            ka.doPhase(publicKey("X25519", publicKey), true);
            return List.of(ka.generateSecret());
          };
        });
  }

  /** #ed25519-operations-import-key (X25519's likewise): "raw", "spki" or "pkcs8". */
  static byte[] importKey(String name, String format, byte[] data) {
    try {
      switch (format) {
        case "raw":
          return publicInfo(name, publicBytes(publicKey(name, publicInfo(name, data))));
        case "spki":
          return publicInfo(name, publicBytes(publicKey(name, data)));
        default:
          return privateInfo(name, privateBytes(privateKey(name, data)));
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      throw CryptoFailure.data("");
    }
  }

  /** The public key of private key {@code d}. */
  private static byte[] publicOf(String name, byte[] d) throws GeneralSecurityException {
    if (name.equals("X25519")) {
      KeyAgreement ka = KeyAgreement.getInstance("X25519");
      ka.init(privateKey(name, privateInfo(name, d)));
      ka.doPhase(
          KeyFactory.getInstance("X25519")
              .generatePublic(
                  new XECPublicKeySpec(NamedParameterSpec.X25519, BigInteger.valueOf(9))),
          true);
      return ka.generateSecret();
    }
    KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
    g.initialize(NamedParameterSpec.ED25519, new FixedBytes(d));
    KeyPair pair = g.generateKeyPair();
    if (!Arrays.equals(privateBytes(pair.getPrivate()), d)) {
      throw CryptoFailure.operation("");
    }
    return publicBytes(pair.getPublic());
  }

  /** RFC 8410's prefixes: SubjectPublicKeyInfo and PrivateKeyInfo up to the 32 key bytes. */
  private static byte[] prefix(String name, boolean isPrivate) {
    byte oid = (byte) (name.equals("Ed25519") ? 0x70 : 0x6e);
    return isPrivate
        ? new byte[] {0x30, 0x2e, 2, 1, 0, 0x30, 5, 6, 3, 0x2b, 0x65, oid, 4, 0x22, 4, 0x20}
        : new byte[] {0x30, 0x2a, 0x30, 5, 6, 3, 0x2b, 0x65, oid, 3, 0x21, 0};
  }

  private static byte[] publicInfo(String name, byte[] key) {
    return concat(prefix(name, false), key);
  }

  private static byte[] privateInfo(String name, byte[] key) {
    return concat(prefix(name, true), key);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static PublicKey publicKey(String name, byte[] spki) throws GeneralSecurityException {
    return KeyFactory.getInstance(name).generatePublic(new X509EncodedKeySpec(spki));
  }

  private static PrivateKey privateKey(String name, byte[] pkcs8) throws GeneralSecurityException {
    return KeyFactory.getInstance(name).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  /** A public key's 32 bytes: the end of its SubjectPublicKeyInfo. */
  private static byte[] publicBytes(PublicKey key) {
    byte[] spki = key.getEncoded();
    if (spki.length != 44) {
      throw CryptoFailure.data("");
    }
    return Arrays.copyOfRange(spki, 12, 44);
  }

  /** A private key's 32 bytes. */
  private static byte[] privateBytes(PrivateKey key) {
    byte[] b =
        key instanceof EdECPrivateKey
            ? ((EdECPrivateKey) key).getBytes().orElse(null)
            : ((XECPrivateKey) key).getScalar().orElse(null);
    if (b == null || b.length != 32) {
      throw CryptoFailure.data("");
    }
    return b;
  }

  /** A SecureRandom that gives the same bytes: a given key to the key pair generator. */
  private static final class FixedBytes extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private final byte[] bytes;

    FixedBytes(byte[] bytes) {
      this.bytes = bytes.clone();
    }

    @Override
    public void nextBytes(byte[] out) {
      if (out.length != bytes.length) {
        throw new IllegalStateException("asked for " + out.length + " bytes");
      }
      System.arraycopy(bytes, 0, out, 0, out.length);
    }
  }
}
