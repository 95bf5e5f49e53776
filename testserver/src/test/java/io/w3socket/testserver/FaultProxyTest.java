package io.w3socket.testserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The fault proxy relays plain TCP between a client and a server on 127.0.0.1, byte-exactly. */
class FaultProxyTest {
  private static final FaultProxy PROXY = FaultProxy.start();

  @AfterAll
  static void stop() {
    PROXY.close();
  }

  /** What the server read until EOF, after writing {@code reply} and shutting its output. */
  private record Run(byte[] serverRead, byte[] clientRead) {}

  private static Run relay(Fault fault, byte[] request, byte[] reply) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        FaultProxy.Listener l = PROXY.listen(server.getLocalPort(), fault)) {
      CompletableFuture<byte[]> serverRead = new CompletableFuture<>();
      Thread t =
          new Thread(
              () -> {
                try (Socket s = server.accept()) {
                  s.setSoTimeout(10_000);
                  s.getOutputStream().write(reply);
                  s.getOutputStream().flush();
                  serverRead.complete(readAll(s.getInputStream()));
                } catch (IOException e) {
                  serverRead.completeExceptionally(e);
                }
              });
      t.setDaemon(true);
      t.start();
      try (Socket c = new Socket(InetAddress.getLoopbackAddress(), l.port())) {
        c.setSoTimeout(10_000);
        c.getOutputStream().write(request);
        c.getOutputStream().flush();
        c.shutdownOutput();
        byte[] clientRead = readAll(c.getInputStream());
        return new Run(serverRead.get(10, TimeUnit.SECONDS), clientRead);
      }
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) >= 0) {
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  @Test
  void harmlessFaultsRelayEveryByteBothWays() throws Exception {
    byte[] request = bytes(100_000, 1);
    byte[] reply = bytes(50_000, 2);
    for (Fault.Kind kind :
        new Fault.Kind[] {
          Fault.Kind.NONE, Fault.Kind.STALL, Fault.Kind.TRICKLE, Fault.Kind.SPLIT
        }) {
      for (boolean toClient : new boolean[] {false, true}) {
        Run r = relay(new Fault(kind, toClient, 777, 50), request, reply);
        assertArrayEquals(request, r.serverRead(), kind + " toClient=" + toClient);
        assertArrayEquals(reply, r.clientRead(), kind + " toClient=" + toClient);
      }
    }
  }

  @Test
  void corruptFlipsExactlyTheByteAtTheOffset() throws Exception {
    byte[] request = bytes(1000, 3);
    Run r = relay(new Fault(Fault.Kind.CORRUPT, false, 500, 0x41), request, new byte[0]);
    byte[] expected = request.clone();
    expected[500] ^= 0x41;
    assertArrayEquals(expected, r.serverRead());
  }

  @Test
  void dropFinPassesExactlyTheOffsetThenEnds() throws Exception {
    byte[] request = bytes(1000, 4);
    Run r = relay(new Fault(Fault.Kind.DROP_FIN, false, 123, 0), request, new byte[0]);
    assertArrayEquals(java.util.Arrays.copyOf(request, 123), r.serverRead());
  }

  @Test
  void dropRstResetsTheClient() throws Exception {
    byte[] reply = bytes(1000, 5);
    assertThrows(
        SocketException.class,
        () -> relay(new Fault(Fault.Kind.DROP_RST, true, 10, 0), new byte[0], reply));
  }

  @Test
  void halfCloseEndsOneDirectionAndKeepsTheOther() throws Exception {
    byte[] request = bytes(1000, 6);
    byte[] reply = bytes(2000, 7);
    Run r = relay(new Fault(Fault.Kind.HALF_CLOSE, false, 300, 0), request, reply);
    assertArrayEquals(java.util.Arrays.copyOf(request, 300), r.serverRead());
    assertArrayEquals(reply, r.clientRead());
  }

  @Test
  void theSameSeedGivesTheSameFault() {
    assertEquals(Fault.random(new Random(42), 10_000), Fault.random(new Random(42), 10_000));
  }
}
