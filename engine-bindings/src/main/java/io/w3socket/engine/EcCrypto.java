package io.w3socket.engine;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.KeyAgreement;

/**
 * ECDSA and ECDH keys and operations (Web Crypto #ecdsa, #ecdh) on the JDK's SunEC, for P-256,
 * P-384 and P-521. A public key's material is its SubjectPublicKeyInfo (as the JDK encodes it); a
 * private key's its PKCS #8 PrivateKeyInfo holding an RFC 5915 ECPrivateKey with the public key,
 * which is what Chromium exports (the JDK's own encoding leaves the public key out), written with
 * {@link Der}. Signatures are IEEE P1363's r || s, as the standard's. Stateless; crypto thread.
 */
final class EcCrypto {
  /** The curves (#dfn-NamedCurve): JCA name, OID contents, field size in bytes. */
  enum Curve {
    P256("P-256", "secp256r1", new byte[] {42, -122, 72, -50, 61, 3, 1, 7}, 32),
    P384("P-384", "secp384r1", new byte[] {43, -127, 4, 0, 34}, 48),
    P521("P-521", "secp521r1", new byte[] {43, -127, 4, 0, 35}, 66);

    final String webName;
    final String jcaName;
    final byte[] oid;
    final int size;
    private volatile ECParameterSpec params;

    Curve(String webName, String jcaName, byte[] oid, int size) {
      this.webName = webName;
      this.jcaName = jcaName;
      this.oid = oid;
      this.size = size;
    }

    ECParameterSpec params() throws GeneralSecurityException {
      if (params == null) {
        AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
        p.init(new ECGenParameterSpec(jcaName));
        params = p.getParameterSpec(ECParameterSpec.class);
      }
      return params;
    }

    BigInteger prime() throws GeneralSecurityException {
      return ((ECFieldFp) params().getCurve().getField()).getP();
    }

    static Curve of(String webName) {
      for (Curve c : values()) {
        if (c.webName.equals(webName)) {
          return c;
        }
      }
      throw new CryptoFailure("NotSupportedError", "Unrecognized namedCurve");
    }
  }

  /** id-ecPublicKey, 1.2.840.10045.2.1 (RFC 5480 §2.1.1). */
  private static final byte[] EC_PUBLIC_KEY = {42, -122, 72, -50, 61, 2, 1};

  /** What a key is checked with: signed by the private key, verified with the public one. */
  private static final byte[] PROBE = {'w', '3', 's'};

  private EcCrypto() {}

  /** The host functions (subtle's crypto-ec.js). */
  static void register(SubtleCryptoFunctions.Registrar add) {
    add.job(
        "cryptoEcGenerate",
        a -> {
          Curve c = Curve.of(a.string(0));
          return () -> generate(c);
        });
    add.job(
        "cryptoEcImport",
        a -> {
          String format = a.string(0);
          Curve c = Curve.of(a.string(1));
          byte[] data = a.bytes(2);
          return () -> List.of(importKey(format, c, data));
        });
    add.job(
        "cryptoEcImportJwk",
        a -> {
          Curve c = Curve.of(a.string(0));
          byte[] x = a.bytes(1);
          byte[] y = a.bytes(2);
          byte[] d = a.isNull(3) ? null : a.bytes(3);
          return () -> List.of(importJwk(c, x, y, d));
        });
    add.job(
        "cryptoEcExport",
        a -> {
          String format = a.string(0);
          Curve c = Curve.of(a.string(1));
          byte[] material = a.bytes(2);
          boolean isPrivate = a.bool(3);
          return () -> exportKey(format, c, material, isPrivate);
        });
    add.job(
        "cryptoEcdsaSign",
        a -> {
          String hash = a.string(0);
          byte[] key = a.bytes(1);
          byte[] data = a.bytes(2);
          return () -> List.of(sign(hash, key, data));
        });
    add.job(
        "cryptoEcdsaVerify",
        a -> {
          String hash = a.string(0);
          byte[] key = a.bytes(1);
          byte[] signature = a.bytes(2);
          byte[] data = a.bytes(3);
          return () -> List.of(verify(hash, key, signature, data));
        });
    add.job(
        "cryptoEcdh",
        a -> {
          byte[] key = a.bytes(0);
          byte[] publicKey = a.bytes(1);
          return () -> List.of(ecdh(key, publicKey));
        });
  }

  /** #ecdsa-operations-generate-key steps 3-4 (ECDH's the same): [spki, pkcs8]. */
  static List<Object> generate(Curve c) throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec(c.jcaName));
    KeyPair pair = g.generateKeyPair();
    ECPublicKey pub = (ECPublicKey) pair.getPublic();
    ECPrivateKey priv = (ECPrivateKey) pair.getPrivate();
    return List.of(pub.getEncoded(), privateKeyInfo(c, priv.getS(), pub.getW()));
  }

  /**
   * #ecdsa-operations-import-key (ECDH's likewise) for "spki", "pkcs8" and "raw": the key's
   * canonical material; a key that is not one, of another curve, or whose point is not on the curve
   * is a DataError.
   */
  static byte[] importKey(String format, Curve c, byte[] data) throws GeneralSecurityException {
    KeyFactory f = KeyFactory.getInstance("EC");
    switch (format) {
      case "spki":
        {
          ECPublicKey pub;
          try {
            pub = (ECPublicKey) f.generatePublic(new X509EncodedKeySpec(data));
          } catch (GeneralSecurityException | RuntimeException e) {
            throw CryptoFailure.data("");
          }
          checkCurve(c, pub.getParams());
          return publicKeyInfo(c, checkOnCurve(c, pub.getW()));
        }
      case "pkcs8":
        {
          ECPrivateKey priv;
          try {
            priv = (ECPrivateKey) f.generatePrivate(new PKCS8EncodedKeySpec(data));
          } catch (GeneralSecurityException | RuntimeException e) {
            throw CryptoFailure.data("");
          }
          checkCurve(c, priv.getParams());
          ECPoint w = includedPublicKey(c, data);
          if (w == null) {
            w = publicPoint(c, priv);
          } else if (!matches(c, priv, checkOnCurve(c, w))) {
            throw CryptoFailure.data(""); // Chromium: no message here, unlike a JWK's
          }
          return privateKeyInfo(c, priv.getS(), w);
        }
      default: // raw: an uncompressed or compressed point (SEC 1 §2.3.4)
        return publicKeyInfo(c, checkOnCurve(c, decodePoint(c, data)));
    }
  }

  /**
   * #ecdsa-operations-import-key, "jwk", steps after the members' checks: x and y (and d) of the
   * curve's size, the point on the curve, and d its private key.
   */
  static byte[] importJwk(Curve c, byte[] x, byte[] y, byte[] d) throws GeneralSecurityException {
    checkSize(c, "x", x);
    checkSize(c, "y", y);
    ECPoint w = checkOnCurve(c, new ECPoint(new BigInteger(1, x), new BigInteger(1, y)));
    if (d == null) {
      return publicKeyInfo(c, w);
    }
    checkSize(c, "d", d);
    BigInteger s = new BigInteger(1, d);
    ECPrivateKey priv =
        (ECPrivateKey)
            KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(s, c.params()));
    if (!matches(c, priv, w)) {
      throw CryptoFailure.data("The imported EC key is invalid");
    }
    return privateKeyInfo(c, s, w);
  }

  /** #ecdsa-operations-export-key, "raw" ([point]) and "jwk" ([x, y] or [x, y, d]). */
  static List<Object> exportKey(String format, Curve c, byte[] material, boolean isPrivate)
      throws GeneralSecurityException {
    ECPoint w;
    BigInteger s = null;
    if (isPrivate) {
      ECPrivateKey priv = privateKey(material);
      s = priv.getS();
      w = includedPublicKey(c, material);
    } else {
      w = publicKey(material).getW();
    }
    byte[] x = fixed(w.getAffineX(), c.size);
    byte[] y = fixed(w.getAffineY(), c.size);
    if (format.equals("raw")) {
      byte[] point = new byte[1 + 2 * c.size];
      point[0] = 4;
      System.arraycopy(x, 0, point, 1, c.size);
      System.arraycopy(y, 0, point, 1 + c.size, c.size);
      return List.of(point);
    }
    List<Object> out = new ArrayList<>(List.of(x, y));
    if (s != null) {
      out.add(fixed(s, c.size));
    }
    return out;
  }

  /** #ecdsa-operations-sign: r || s, each the curve's size. */
  static byte[] sign(String hash, byte[] key, byte[] data) throws GeneralSecurityException {
    Signature sig = Signature.getInstance(signatureName(hash));
    sig.initSign(privateKey(key));
    sig.update(data);
    return sig.sign();
  }

  /** #ecdsa-operations-verify: a signature of the wrong length or form is false. */
  static boolean verify(String hash, byte[] key, byte[] signature, byte[] data)
      throws GeneralSecurityException {
    Signature sig = Signature.getInstance(signatureName(hash));
    sig.initVerify(publicKey(key));
    sig.update(data);
    try {
      return sig.verify(signature);
    } catch (SignatureException e) {
      return false;
    }
  }

  /** #ecdh-operations-derive-bits step 7: the shared secret, the x coordinate of the point. */
  static byte[] ecdh(byte[] key, byte[] publicKey) throws GeneralSecurityException {
    KeyAgreement ka = KeyAgreement.getInstance("ECDH");
    ka.init(privateKey(key));
    ka.doPhase(publicKey(publicKey), true);
    try {
      return ka.generateSecret();
    } catch (IllegalStateException e) {
      throw CryptoFailure.operation("");
    }
  }

  private static String signatureName(String hash) {
    return hash.replace("-", "") + "withECDSAinP1363Format";
  }

  private static ECPrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
    return (ECPrivateKey)
        KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  private static ECPublicKey publicKey(byte[] spki) throws GeneralSecurityException {
    return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki));
  }

  /** The key's curve is the one asked for, else a DataError (Chromium's message). */
  private static void checkCurve(Curve c, ECParameterSpec params) throws GeneralSecurityException {
    ECParameterSpec want = c.params();
    if (!params.getOrder().equals(want.getOrder())
        || !params.getCurve().equals(want.getCurve())
        || !params.getGenerator().equals(want.getGenerator())) {
      throw CryptoFailure.data("The imported EC key specifies a different curve than requested");
    }
  }

  /** A JWK coordinate of the curve's size, else Chromium's DataError. */
  private static void checkSize(Curve c, String member, byte[] v) {
    if (v.length != c.size) {
      throw CryptoFailure.data(
          "The JWK's \""
              + member
              + "\" member defines an octet string of length "
              + v.length
              + " bytes but should be "
              + c.size);
    }
  }

  /** The point satisfies y^2 = x^3 + ax + b (mod p), its coordinates below p; else DataError. */
  private static ECPoint checkOnCurve(Curve c, ECPoint w) throws GeneralSecurityException {
    BigInteger p = c.prime();
    if (w.equals(ECPoint.POINT_INFINITY)) {
      throw CryptoFailure.data("");
    }
    BigInteger x = w.getAffineX();
    BigInteger y = w.getAffineY();
    if (x.signum() < 0 || x.compareTo(p) >= 0 || y.signum() < 0 || y.compareTo(p) >= 0) {
      throw CryptoFailure.data("");
    }
    if (!y.multiply(y).mod(p).equals(rightSide(c, x))) {
      throw CryptoFailure.data("");
    }
    return w;
  }

  /** x^3 + ax + b (mod p). */
  private static BigInteger rightSide(Curve c, BigInteger x) throws GeneralSecurityException {
    BigInteger p = c.prime();
    ECParameterSpec params = c.params();
    return x.pow(3).add(params.getCurve().getA().multiply(x)).add(params.getCurve().getB()).mod(p);
  }

  /**
   * SEC 1 §2.3.4: 04 || x || y, or 02/03 || x (y's parity in the prefix; the square root is (x^3 +
   * ax + b)^((p+1)/4), as p = 3 mod 4 for the three curves); anything else is a DataError.
   */
  private static ECPoint decodePoint(Curve c, byte[] data) throws GeneralSecurityException {
    if (data.length == 1 + 2 * c.size && data[0] == 4) {
      return new ECPoint(
          new BigInteger(1, Arrays.copyOfRange(data, 1, 1 + c.size)),
          new BigInteger(1, Arrays.copyOfRange(data, 1 + c.size, data.length)));
    }
    if (data.length == 1 + c.size && (data[0] == 2 || data[0] == 3)) {
      BigInteger x = new BigInteger(1, Arrays.copyOfRange(data, 1, data.length));
      BigInteger y = squareRoot(c, x);
      if (y.testBit(0) != (data[0] == 3)) {
        y = c.prime().subtract(y).mod(c.prime());
      }
      return new ECPoint(x, y);
    }
    throw CryptoFailure.data("");
  }

  private static BigInteger squareRoot(Curve c, BigInteger x) throws GeneralSecurityException {
    BigInteger p = c.prime();
    if (x.compareTo(p) >= 0) {
      throw CryptoFailure.data("");
    }
    BigInteger rhs = rightSide(c, x);
    BigInteger y = rhs.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
    if (!y.multiply(y).mod(p).equals(rhs)) {
      throw CryptoFailure.data("");
    }
    return y;
  }

  /**
   * The public key of a private key that came without one: its x is the ECDH shared secret with the
   * generator (d·G's x), its y one of the two roots, the one that verifies a signature by d.
   */
  private static ECPoint publicPoint(Curve c, ECPrivateKey priv) throws GeneralSecurityException {
    ECParameterSpec params = c.params();
    KeyAgreement ka = KeyAgreement.getInstance("ECDH");
    ka.init(priv);
    ka.doPhase(
        KeyFactory.getInstance("EC")
            .generatePublic(new ECPublicKeySpec(params.getGenerator(), params)),
        true);
    BigInteger x = new BigInteger(1, ka.generateSecret());
    BigInteger y = squareRoot(c, x);
    ECPoint w = new ECPoint(x, y);
    return matches(c, priv, w) ? w : new ECPoint(x, c.prime().subtract(y));
  }

  /** Whether {@code w} is the public key of {@code priv}: a signature by one verifies with it. */
  private static boolean matches(Curve c, ECPrivateKey priv, ECPoint w)
      throws GeneralSecurityException {
    PublicKey pub = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, c.params()));
    Signature s = Signature.getInstance("SHA256withECDSA");
    s.initSign(priv);
    s.update(PROBE);
    byte[] sig = s.sign();
    s.initVerify(pub);
    s.update(PROBE);
    return s.verify(sig);
  }

  /** The ECPrivateKey's publicKey [1] of a PKCS #8 PrivateKeyInfo, or null if absent. */
  private static ECPoint includedPublicKey(Curve c, byte[] pkcs8) throws GeneralSecurityException {
    try {
      Der.Element info = Der.read(pkcs8, 0);
      Der.Element version = Der.read(pkcs8, info.start);
      Der.Element algorithm = Der.read(pkcs8, version.end);
      Der.Element octets = Der.read(pkcs8, algorithm.end);
      Der.Element ecKey = Der.read(pkcs8, octets.start);
      for (int at = Der.read(pkcs8, ecKey.start).end; at < ecKey.end; ) {
        Der.Element e = Der.read(pkcs8, at);
        if (e.tag == 0xa1) {
          Der.Element bits = Der.read(pkcs8, e.start);
          return decodePoint(c, Arrays.copyOfRange(pkcs8, bits.start + 1, bits.end));
        }
        at = e.end;
      }
      return null;
    } catch (IllegalArgumentException e) {
      throw CryptoFailure.data("");
    }
  }

  /** A SubjectPublicKeyInfo (RFC 5480) with the uncompressed point. */
  private static byte[] publicKeyInfo(Curve c, ECPoint w) {
    return Der.tlv(
        Der.SEQUENCE,
        Der.tlv(Der.SEQUENCE, Der.tlv(Der.OID, EC_PUBLIC_KEY), Der.tlv(Der.OID, c.oid)),
        Der.bitString(uncompressed(c, w)));
  }

  /**
   * A PrivateKeyInfo (RFC 5208) holding an ECPrivateKey (RFC 5915 §3): version 1, the private key
   * of the curve's size, no parameters (the algorithm identifier has the curve), the public key.
   */
  private static byte[] privateKeyInfo(Curve c, BigInteger s, ECPoint w) {
    byte[] ecKey =
        Der.tlv(
            Der.SEQUENCE,
            Der.integer(1),
            Der.tlv(Der.OCTET_STRING, fixed(s, c.size)),
            Der.tlv(0xa1, Der.bitString(uncompressed(c, w))));
    return Der.tlv(
        Der.SEQUENCE,
        Der.integer(0),
        Der.tlv(Der.SEQUENCE, Der.tlv(Der.OID, EC_PUBLIC_KEY), Der.tlv(Der.OID, c.oid)),
        Der.tlv(Der.OCTET_STRING, ecKey));
  }

  private static byte[] uncompressed(Curve c, ECPoint w) {
    byte[] out = new byte[1 + 2 * c.size];
    out[0] = 4;
    System.arraycopy(fixed(w.getAffineX(), c.size), 0, out, 1, c.size);
    System.arraycopy(fixed(w.getAffineY(), c.size), 0, out, 1 + c.size, c.size);
    return out;
  }

  /** {@code v} big-endian in exactly {@code size} bytes. */
  static byte[] fixed(BigInteger v, int size) {
    byte[] b = v.toByteArray();
    byte[] out = new byte[size];
    int n = Math.min(b.length, size);
    System.arraycopy(b, b.length - n, out, size - n, n);
    return out;
  }
}
