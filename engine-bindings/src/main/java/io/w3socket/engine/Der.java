package io.w3socket.engine;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * The little of DER (ITU-T X.690) that Web Crypto's key formats need where the JDK's encodings do
 * not match them: writing an EC private key's PKCS #8 form as RFC 5915 has it, with the public key
 * (as Chromium exports it), and reading the public key back out of one. Stateless.
 */
final class Der {
  static final int INTEGER = 0x02;
  static final int BIT_STRING = 0x03;
  static final int OCTET_STRING = 0x04;
  static final int OID = 0x06;
  static final int SEQUENCE = 0x30;

  private Der() {}

  /** One element: tag, length, contents. */
  static byte[] tlv(int tag, byte[]... contents) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] c : contents) {
      body.writeBytes(c);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int n = body.size();
    if (n < 0x80) {
      out.write(n);
    } else {
      byte[] len = BigInteger.valueOf(n).toByteArray();
      int skip = len[0] == 0 ? 1 : 0;
      out.write(0x80 | (len.length - skip));
      out.write(len, skip, len.length - skip);
    }
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  static byte[] integer(int v) {
    return tlv(INTEGER, BigInteger.valueOf(v).toByteArray());
  }

  /** A BIT STRING of whole bytes (no unused bits). */
  static byte[] bitString(byte[] bytes) {
    return tlv(BIT_STRING, new byte[] {0}, bytes);
  }

  /** An element read from {@code der} at {@code at}: its tag and where its contents lie. */
  static final class Element {
    final int tag;
    final int start;
    final int end;

    private Element(int tag, int start, int end) {
      this.tag = tag;
      this.start = start;
      this.end = end;
    }
  }

  /** Reads the element at {@code at}; a malformed one is an IllegalArgumentException. */
  static Element read(byte[] der, int at) {
    if (at + 2 > der.length) {
      throw new IllegalArgumentException("truncated DER");
    }
    int tag = der[at] & 0xff;
    int first = der[at + 1] & 0xff;
    int start = at + 2;
    long length = first;
    if (first >= 0x80) {
      int n = first & 0x7f;
      if (n == 0 || n > 4 || start + n > der.length) {
        throw new IllegalArgumentException("bad DER length");
      }
      length = 0;
      for (int i = 0; i < n; i++) {
        length = (length << 8) | (der[start + i] & 0xff);
      }
      start += n;
    }
    if (start + length > der.length) {
      throw new IllegalArgumentException("truncated DER");
    }
    return new Element(tag, start, (int) (start + length));
  }
}
