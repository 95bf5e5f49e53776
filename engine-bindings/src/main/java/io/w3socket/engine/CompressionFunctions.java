package io.w3socket.engine;

import io.w3socket.engine.spi.HostError;
import io.w3socket.engine.spi.Realm;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The Compression Standard's formats for compression-streams.js
 * (https://compression.spec.whatwg.org/#supported-formats) on the JDK's zlib: "deflate" (the zlib
 * format, RFC 1950), "deflate-raw" (RFC 1951) and "gzip" (RFC 1952, one member), at zlib's default
 * level and window, as Chromium's. A stream is an id: zPush hands a chunk to zlib and returns what
 * it produced (maybe nothing), zEnd the rest ("compress and enqueue a chunk", "compress flush and
 * enqueue"; the decompress steps likewise), zDrop lets go of a stream that errored or was
 * cancelled. Errors in compressed input are TypeErrors with Chromium's messages. Loop thread only.
 */
final class CompressionFunctions implements HostArea {
  private static final int BUFFER = 16 * 1024;

  /** gzip's header as zlib writes it: no name, time or extra fields; OS 3 (Unix). */
  private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};

  private final Map<Integer, Codec> codecs = new HashMap<>();
  private int nextId;
  private Realm realm;

  @Override
  public void attach(Realm realm) {
    this.realm = realm;
  }

  @Override
  public void register(HostRegistry r) {
    r.add(
        "zNew",
        a -> {
          String format = a.string(0);
          Codec c = a.bool(1) ? new Decompressor(format) : new Compressor(format);
          codecs.put(++nextId, c);
          return (double) nextId;
        });
    r.add(
        "zPush",
        a -> {
          int id = a.integer(0);
          try {
            return out(codec(id).push(a.bytes(1)));
          } catch (HostError e) {
            Codec c = codecs.remove(id); // the stream errors: nothing more comes
            if (c != null) {
              c.release();
            }
            throw e;
          }
        });
    r.add(
        "zEnd",
        a -> {
          Codec c = codecs.remove(a.integer(0));
          return c == null ? out(new byte[0]) : out(c.end());
        });
    r.add(
        "zDrop",
        a -> {
          Codec c = codecs.remove(a.integer(0));
          if (c != null) {
            c.release();
          }
          return null;
        });
  }

  private Codec codec(int id) {
    Codec c = codecs.get(id);
    if (c == null) {
      throw HostError.typeError("The stream has ended.");
    }
    return c;
  }

  private Object out(byte[] bytes) {
    return ScriptBytes.of(realm, bytes);
  }

  private abstract static class Codec {
    abstract byte[] push(byte[] chunk);

    abstract byte[] end();

    abstract void release();
  }

  private static final class Compressor extends Codec {
    private final boolean gzip;
    private final Deflater deflater;
    private final CRC32 crc = new CRC32();
    private boolean headerWritten;

    Compressor(String format) {
      gzip = format.equals("gzip");
      deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, !format.equals("deflate"));
    }

    @Override
    byte[] push(byte[] chunk) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      header(out);
      crc.update(chunk);
      deflater.setInput(chunk);
      drain(out);
      return out.toByteArray();
    }

    @Override
    byte[] end() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      header(out);
      deflater.finish();
      drain(out);
      if (gzip) {
        int sum = (int) crc.getValue();
        int size = (int) deflater.getBytesRead();
        for (int v : new int[] {sum, size}) {
          out.write(v);
          out.write(v >>> 8);
          out.write(v >>> 16);
          out.write(v >>> 24);
        }
      }
      deflater.end();
      return out.toByteArray();
    }

    /** zlib writes gzip's header with its first output, as Chromium's first chunk shows. */
    private void header(ByteArrayOutputStream out) {
      if (gzip && !headerWritten) {
        headerWritten = true;
        out.writeBytes(GZIP_HEADER);
      }
    }

    private void drain(ByteArrayOutputStream out) {
      byte[] buffer = new byte[BUFFER];
      while (true) {
        int n = deflater.deflate(buffer);
        out.write(buffer, 0, n);
        if (n == 0 && (deflater.finished() || deflater.needsInput())) {
          return;
        }
      }
    }

    @Override
    void release() {
      deflater.end();
    }
  }

  private static final class Decompressor extends Codec {
    private final boolean gzip;
    private final Inflater inflater;
    private final CRC32 crc = new CRC32();

    /** gzip: the header's bytes while it is incomplete; then the trailer's after the data. */
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    private boolean inHeader;

    Decompressor(String format) {
      gzip = format.equals("gzip");
      inHeader = gzip;
      inflater = new Inflater(!format.equals("deflate"));
    }

    @Override
    byte[] push(byte[] chunk) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] input = chunk;
      if (inHeader) {
        pending.writeBytes(chunk);
        byte[] all = pending.toByteArray();
        int length = gzipHeaderLength(all);
        if (length < 0) {
          return new byte[0]; // the header continues in the next chunk
        }
        inHeader = false;
        pending.reset();
        input = Arrays.copyOfRange(all, length, all.length);
      }
      if (inflater.finished()) {
        trailer(input);
        return new byte[0];
      }
      inflater.setInput(input);
      byte[] buffer = new byte[BUFFER];
      try {
        while (!inflater.finished()) {
          int n = inflater.inflate(buffer);
          out.write(buffer, 0, n);
          crc.update(buffer, 0, n);
          if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            break;
          }
        }
      } catch (DataFormatException e) {
        throw HostError.typeError(
            "The compressed data was not valid: "
                + (e.getMessage() == null ? "invalid data" : e.getMessage())
                + ".");
      }
      if (inflater.finished()) {
        int rest = inflater.getRemaining();
        trailer(Arrays.copyOfRange(input, input.length - rest, input.length));
      }
      return out.toByteArray();
    }

    /** What follows the compressed data: gzip's 8-byte trailer, and nothing after it. */
    private void trailer(byte[] bytes) {
      if (!gzip) {
        if (bytes.length > 0) {
          throw HostError.typeError("Junk found after end of compressed data.");
        }
        return;
      }
      pending.writeBytes(bytes);
      if (pending.size() > 8) {
        throw HostError.typeError("Junk found after end of compressed data.");
      }
    }

    @Override
    byte[] end() {
      boolean complete = inflater.finished() && (!gzip || pending.size() == 8);
      if (complete && gzip) {
        byte[] t = pending.toByteArray();
        long sum = le32(t, 0);
        long size = le32(t, 4);
        if (sum != crc.getValue() || size != (inflater.getBytesWritten() & 0xffffffffL)) {
          inflater.end();
          throw HostError.typeError("The compressed data was not valid: incorrect data check.");
        }
      }
      inflater.end();
      if (!complete) {
        throw HostError.typeError("Compressed input was truncated.");
      }
      return new byte[0];
    }

    private static long le32(byte[] b, int at) {
      return (b[at] & 0xffL)
          | (b[at + 1] & 0xffL) << 8
          | (b[at + 2] & 0xffL) << 16
          | (b[at + 3] & 0xffL) << 24;
    }

    /** RFC 1952 §2.3: the header's length, -1 if incomplete; a bad one is a TypeError. */
    private static int gzipHeaderLength(byte[] b) {
      if (b.length < 10) {
        return -1;
      }
      if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b || b[2] != 8) {
        throw HostError.typeError("The compressed data was not valid: incorrect header check.");
      }
      int flags = b[3];
      int at = 10;
      if ((flags & 4) != 0) { // FEXTRA
        if (b.length < at + 2) {
          return -1;
        }
        at += 2 + ((b[at] & 0xff) | (b[at + 1] & 0xff) << 8);
      }
      for (int bit : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
        if ((flags & bit) != 0) {
          while (at < b.length && b[at] != 0) {
            at++;
          }
          if (at >= b.length) {
            return -1;
          }
          at++;
        }
      }
      if ((flags & 2) != 0) { // FHCRC
        at += 2;
      }
      return at <= b.length ? at : -1;
    }

    @Override
    void release() {
      inflater.end();
    }
  }
}
