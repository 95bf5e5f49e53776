package io.w3socket;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;

/**
 * A TCP server on 127.0.0.1 that is no TLS server: it accepts one connection, reads the client's
 * first bytes (its TLS ClientHello), then either closes the connection or holds it open without
 * answering until {@link #close}. Its thread is a daemon and ends with the connection.
 */
final class HelloPeer implements AutoCloseable {
  private final ServerSocket server;

  /** Completes once the client's first bytes arrived: the client is inside its TLS handshake. */
  final CompletableFuture<Void> helloReceived = new CompletableFuture<>();

  // Written by the peer thread, read by close().
  private volatile Socket accepted;

  /**
   * Starts the peer.
   *
   * @param closeAfterHello true to close the connection once the ClientHello arrived, false to hold
   *     it open and say nothing
   */
  HelloPeer(boolean closeAfterHello) throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    Thread t =
        new Thread(
            () -> {
              try (Socket s = server.accept()) {
                accepted = s;
                InputStream in = s.getInputStream();
                if (in.read() >= 0) {
                  helloReceived.complete(null);
                }
                if (!closeAfterHello) {
                  in.transferTo(
                      OutputStream.nullOutputStream()); // until the client leaves or close()
                }
              } catch (IOException e) {
                // close() ended the connection, or the client left
              }
            },
            "hello peer");
    t.setDaemon(true);
    t.start();
  }

  String url(String path) {
    return "wss://127.0.0.1:" + server.getLocalPort() + path;
  }

  @Override
  public void close() throws IOException {
    server.close();
    Socket s = accepted;
    if (s != null) {
      s.close();
    }
  }
}
