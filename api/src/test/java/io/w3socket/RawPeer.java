package io.w3socket;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raw TCP server on 127.0.0.1 playing a hostile or broken WebSocket server byte by byte: the
 * test's {@link Script} decides what to write after reading the client's handshake request.
 */
final class RawPeer implements AutoCloseable {
  /** What the server does with one accepted connection. */
  interface Script {
    void run(Socket socket, String request) throws Exception;
  }

  private final ServerSocket server;

  /** Completes when the script returns (normally or not); holds its failure. */
  final CompletableFuture<Void> done = new CompletableFuture<>();

  // Written by the peer thread, read by tests after awaiting done.
  private volatile Socket accepted;

  RawPeer(Script script) throws IOException {
    this(script, true);
  }

  /**
   * A peer whose script gets the connection before anything is read from it (the request is ""): a
   * server that is no HTTP server at all, such as one that never answers a TLS ClientHello.
   */
  static RawPeer beforeRequest(Script script) throws IOException {
    return new RawPeer(script, false);
  }

  private RawPeer(Script script, boolean readsRequest) throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    Thread t =
        new Thread(
            () -> {
              try (Socket s = server.accept()) {
                accepted = s;
                s.setSoTimeout(30_000);
                script.run(s, readsRequest ? readRequest(s.getInputStream()) : "");
                done.complete(null);
              } catch (Throwable e) {
                done.completeExceptionally(e);
              }
            },
            "raw peer");
    t.setDaemon(true);
    t.start();
  }

  String url() {
    return "ws://127.0.0.1:" + port() + "/";
  }

  int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
    Socket s = accepted;
    if (s != null) {
      s.close();
    }
  }

  static String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    while (!request.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("client closed during the handshake");
      }
      request.write(b);
    }
    return request.toString(StandardCharsets.ISO_8859_1);
  }

  /** The 101 response for this request, optionally with more header lines (each ending CRLF). */
  static byte[] switching(String request, String extraHeaders) {
    Matcher key = Pattern.compile("(?im)^Sec-WebSocket-Key:\\s*(\\S+)").matcher(request);
    if (!key.find()) {
      throw new IllegalStateException("no Sec-WebSocket-Key");
    }
    return ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: "
            + Handshake.expectedAccept(key.group(1))
            + "\r\n"
            + extraHeaders
            + "\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  static void write(Socket s, byte[]... parts) throws IOException {
    OutputStream out = s.getOutputStream();
    for (byte[] p : parts) {
      out.write(p);
    }
    out.flush();
  }

  /** Reads client frames until a Close frame; returns its status code, or -1 without a body. */
  static int readCloseCode(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(raw);
    while (true) {
      int b0 = in.readUnsignedByte();
      int b1 = in.readUnsignedByte();
      long length = b1 & 0x7F;
      if (length == 126) {
        length = in.readUnsignedShort();
      } else if (length == 127) {
        length = in.readLong();
      }
      byte[] mask = new byte[4];
      in.readFully(mask);
      byte[] payload = new byte[(int) length];
      in.readFully(payload);
      for (int i = 0; i < payload.length; i++) {
        payload[i] ^= mask[i & 3];
      }
      if ((b0 & 0x0F) == Opcodes.CLOSE) {
        return payload.length < 2 ? -1 : (payload[0] & 0xFF) << 8 | (payload[1] & 0xFF);
      }
    }
  }
}
