package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The run's sockets connect where the policy routes them and are channels underneath, so that an
 * upgraded page socket runs on the api's selector thread rather than on a reader thread.
 */
class RoutedSocketTest {
  @Test
  void connectGoesWhereTheRouterSaysAndTheChannelIsThatConnection() throws IOException {
    try (ServerSocket target = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<SocketAddress> asked = new ArrayList<>();
      SocketAddress routed = new InetSocketAddress("127.0.0.1", target.getLocalPort());
      try (Socket s =
          new RoutedSocket(
              endpoint -> {
                asked.add(endpoint);
                return routed;
              })) {
        SocketAddress pageAsked = InetSocketAddress.createUnresolved("echo.example", 9998);
        s.setTcpNoDelay(true);
        s.connect(pageAsked, 5_000);
        try (Socket accepted = target.accept()) {
          assertEquals(List.of(pageAsked), asked);
          assertEquals(target.getLocalPort(), s.getPort());
          assertTrue(s.getTcpNoDelay());
          assertNotNull(s.getChannel());
          assertTrue(s.getChannel().isConnected());
          // What goes into the channel arrives at the routed server, and back through the stream.
          s.getChannel().write(ByteBuffer.wrap("ping".getBytes(StandardCharsets.US_ASCII)));
          assertEquals("ping", new String(accepted.getInputStream().readNBytes(4), "US-ASCII"));
          accepted.getOutputStream().write("pong".getBytes(StandardCharsets.US_ASCII));
          assertEquals("pong", new String(s.getInputStream().readNBytes(4), "US-ASCII"));
        }
        s.close();
        assertTrue(s.isClosed());
        assertTrue(!s.getChannel().isOpen());
      }
    }
  }

  @Test
  void everySocketOfARunIsOne() throws IOException {
    try (Network network = new Network(NetworkPolicy.DIRECT, null, null);
        Socket s = network.client().socketFactory().createSocket()) {
      assertTrue(s instanceof RoutedSocket, s::toString);
      assertNotNull(s.getChannel());
    }
  }

  @Test
  void aRefusalFailsTheConnectAndClosesTheSocket() throws IOException {
    Socket s =
        new RoutedSocket(
            endpoint -> {
              throw new IOException("the network policy refused " + endpoint);
            });
    IOException e =
        assertThrows(
            IOException.class,
            () -> s.connect(InetSocketAddress.createUnresolved("elsewhere.example", 80), 1_000));
    assertTrue(e.getMessage().startsWith("the network policy refused"), e.getMessage());
    assertTrue(s.isClosed());
    assertTrue(!s.getChannel().isOpen());
  }
}
