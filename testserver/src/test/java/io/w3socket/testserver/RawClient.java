package io.w3socket.testserver;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A byte-exact WebSocket client on a plain socket, for seeing exactly what the server writes. */
final class RawClient implements AutoCloseable {
  static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";

  final Socket socket;
  final InputStream in;
  final OutputStream out;
  private final SecureRandom random = new SecureRandom();

  /** A parsed HTTP response head. */
  static final class Head {
    String statusLine;
    int status;

    /** Lower-cased header name to value (repeated names joined with ", "). */
    final Map<String, String> headers = new LinkedHashMap<>();

    String raw;

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** A received frame. */
  static final class Frame {
    int b0;
    boolean masked;
    byte[] payload;

    boolean fin() {
      return (b0 & 0x80) != 0;
    }

    int rsv() {
      return (b0 >> 4) & 0x7;
    }

    int opcode() {
      return b0 & 0x0F;
    }

    String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }
  }

  RawClient(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(10_000);
    socket.setTcpNoDelay(true);
    in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 16);
    out = socket.getOutputStream();
  }

  /** Sends a WebSocket opening handshake for {@code target} with the given extra header lines. */
  void sendHandshake(String target, String... extraHeaders) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("GET ").append(target).append(" HTTP/1.1\r\n");
    b.append("Host: 127.0.0.1:").append(socket.getPort()).append("\r\n");
    b.append("Upgrade: websocket\r\n");
    b.append("Connection: Upgrade\r\n");
    b.append("Sec-WebSocket-Key: ").append(KEY).append("\r\n");
    b.append("Sec-WebSocket-Version: 13\r\n");
    for (String h : extraHeaders) {
      b.append(h).append("\r\n");
    }
    b.append("\r\n");
    out.write(b.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Sends the handshake and expects a 101. */
  Head open(String target, String... extraHeaders) throws IOException {
    sendHandshake(target, extraHeaders);
    Head h = readHead();
    if (h.status != 101) {
      throw new IOException("expected 101, got: " + h.raw);
    }
    return h;
  }

  Head readHead() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int last4 = 0;
    while (last4 != 0x0D0A0D0A) {
      int c = in.read();
      if (c < 0) {
        throw new EOFException(
            "EOF in response head: " + buf.toString(StandardCharsets.ISO_8859_1));
      }
      buf.write(c);
      last4 = (last4 << 8) | c;
    }
    Head h = new Head();
    h.raw = buf.toString(StandardCharsets.ISO_8859_1);
    String[] lines = h.raw.split("\r\n");
    h.statusLine = lines[0];
    h.status = Integer.parseInt(lines[0].split(" ")[1]);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        h.headers.merge(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim(),
            (a, b) -> a + ", " + b);
      }
    }
    return h;
  }

  byte[] readExactly(int n) throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new EOFException("wanted " + n + " bytes, got " + b.length);
    }
    return b;
  }

  Frame readFrame() throws IOException {
    Frame f = new Frame();
    byte[] h = readExactly(2);
    f.b0 = h[0] & 0xFF;
    f.masked = (h[1] & 0x80) != 0;
    long len = h[1] & 0x7F;
    if (len == 126) {
      byte[] e = readExactly(2);
      len = ((e[0] & 0xFF) << 8) | (e[1] & 0xFF);
    } else if (len == 127) {
      byte[] e = readExactly(8);
      len = 0;
      for (byte x : e) {
        len = (len << 8) | (x & 0xFF);
      }
    }
    byte[] mask = f.masked ? readExactly(4) : null;
    f.payload = readExactly((int) len);
    if (mask != null) {
      for (int i = 0; i < f.payload.length; i++) {
        f.payload[i] ^= mask[i % 4];
      }
    }
    return f;
  }

  /** Reads until EOF (the server closed TCP); returns what arrived before it. */
  byte[] readToEof() throws IOException {
    return in.readAllBytes();
  }

  /**
   * Whether nothing arrives within {@code ms} (the read times out) while the connection stays open.
   */
  boolean silentFor(int ms) throws IOException {
    int old = socket.getSoTimeout();
    socket.setSoTimeout(ms);
    try {
      int c = in.read();
      if (c < 0) {
        throw new EOFException("connection closed");
      }
      return false;
    } catch (SocketTimeoutException expected) {
      return true;
    } finally {
      socket.setSoTimeout(old);
    }
  }

  /** Sends a masked frame, as a client must (RFC 6455 §5.3). */
  void sendFrame(int b0, byte[] payload) throws IOException {
    byte[] mask = new byte[4];
    random.nextBytes(mask);
    out.write(Frames.maskedFrame(b0, payload, mask));
    out.flush();
  }

  void sendText(String s) throws IOException {
    sendFrame(0x81, s.getBytes(StandardCharsets.UTF_8));
  }

  void sendClose(int code, String reason) throws IOException {
    sendFrame(0x88, Frames.closeBody(code, reason));
  }

  static String expectedAccept() {
    return Upgrade.accept(KEY);
  }

  static String randomKey() {
    byte[] b = new byte[16];
    new SecureRandom().nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
