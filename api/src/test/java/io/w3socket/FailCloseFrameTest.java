package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 6455 §7.1.7: an endpoint failing an established connection "SHOULD send a Close frame with an
 * appropriate status code (Section 7.4)". A raw server on 127.0.0.1 sends one bad frame and reads
 * what the client answers.
 */
class FailCloseFrameTest {
  @ParameterizedTest(name = "{0} -> Close {1}")
  @CsvSource({
    "81 02 C3 28, 1007", // text frame with invalid UTF-8 (§8.1)
    "83 00, 1002", // unknown opcode 3 (§5.2)
    "89 7E 00 7E, 1002", // ping with a 126-byte payload length (§5.5)
  })
  void theClientSendsACloseFrameWithTheReasonsCode(String hex, int expectedCode) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Integer> closeCode = new CompletableFuture<>();
      Thread peer =
          new Thread(
              () -> {
                try (Socket s = server.accept()) {
                  s.setSoTimeout(5000);
                  handshake(s, hex);
                  closeCode.complete(readCloseCode(s.getInputStream()));
                } catch (Exception e) {
                  closeCode.completeExceptionally(e);
                }
              });
      peer.start();
      WebSocket ws = new WebSocket("ws://127.0.0.1:" + server.getLocalPort() + "/");
      Recorder r = Recorder.of(ws);
      assertEquals(expectedCode, closeCode.get(5, TimeUnit.SECONDS));
      r.awaitClose();
      assertEquals(List.of("open", "error", "close"), r.types());
    }
  }

  private static void handshake(Socket s, String frameHex) throws Exception {
    InputStream in = s.getInputStream();
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    while (!request.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IllegalStateException("client closed during the handshake");
      }
      request.write(b);
    }
    Matcher key =
        Pattern.compile("(?im)^Sec-WebSocket-Key:\\s*(\\S+)")
            .matcher(request.toString(StandardCharsets.ISO_8859_1));
    if (!key.find()) {
      throw new IllegalStateException("no Sec-WebSocket-Key");
    }
    OutputStream out = s.getOutputStream();
    out.write(
        ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: "
                + Handshake.expectedAccept(key.group(1))
                + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.write(bytes(frameHex));
    out.flush();
  }

  /** Reads client frames until a Close frame; returns its status code (masked payload, §5.3). */
  private static int readCloseCode(InputStream raw) throws Exception {
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

  private static byte[] bytes(String hex) {
    String[] parts = hex.trim().split("\\s+");
    byte[] out = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return out;
  }
}
