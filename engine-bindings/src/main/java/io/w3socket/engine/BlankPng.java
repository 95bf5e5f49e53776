package io.w3socket.engine;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The PNG image (W3C PNG, third edition) of a canvas nobody drew on: width × height transparent
 * black pixels, 8-bit RGBA, written a row at a time (a large canvas costs one row of memory, and
 * its zeros compress to almost nothing). For html-canvas-element.js's toDataURL and toBlob.
 * Stateless.
 */
final class BlankPng {
  private BlankPng() {}

  /** The image's bytes, base64-encoded. */
  static String base64(int width, int height) {
    return Base64.getEncoder().encodeToString(encode(width, height));
  }

  static byte[] encode(int width, int height) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream h = new DataOutputStream(header);
      h.writeInt(width);
      h.writeInt(height);
      h.write(new byte[] {8, 6, 0, 0, 0}); // 8 bits, RGBA, deflate, adaptive filters, no interlace
      chunk(png, "IHDR", header.toByteArray());
      ByteArrayOutputStream data = new ByteArrayOutputStream();
      try (DeflaterOutputStream z =
          new DeflaterOutputStream(data, new Deflater(Deflater.DEFAULT_COMPRESSION))) {
        byte[] row = new byte[1 + 4 * width]; // filter type 0, then the pixels
        for (int y = 0; y < height; y++) {
          z.write(row);
        }
      }
      chunk(png, "IDAT", data.toByteArray());
      chunk(png, "IEND", new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  /** A chunk: its length, type, data and the CRC of type and data. */
  private static void chunk(ByteArrayOutputStream out, String type, byte[] data)
      throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    d.writeInt(data.length);
    d.write(name);
    d.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    d.writeInt((int) crc.getValue());
  }
}
