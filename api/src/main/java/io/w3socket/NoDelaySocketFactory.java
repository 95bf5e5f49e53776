package io.w3socket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;

/**
 * Wraps a client's {@link SocketFactory} so that every socket it makes has {@code TCP_NODELAY} set,
 * as Chromium and Node set it on every WebSocket. The writer already coalesces queued frames and
 * flushes once per drained queue, so Nagle's algorithm only adds latency: a frame written in
 * pieces, or written while earlier bytes are unacknowledged, would wait for the peer's delayed ACK
 * (about 40 ms on Linux).
 */
final class NoDelaySocketFactory extends SocketFactory {
  private final SocketFactory delegate;

  NoDelaySocketFactory(SocketFactory delegate) {
    this.delegate = delegate;
  }

  /**
   * OkHttp's way to make a socket: a {@link java.nio.channels.SocketChannel}'s, where the client
   * uses the JDK's default factory, so that once upgraded the connection can run on the selector
   * thread ({@link ChannelIo}); the delegate's otherwise (which runs there too if it is a
   * channel's: {@link java.net.Socket#getChannel}).
   */
  @Override
  public Socket createSocket() throws IOException {
    if (delegate.getClass() == SocketFactory.getDefault().getClass()) {
      return noDelay(java.nio.channels.SocketChannel.open().socket());
    }
    return noDelay(delegate.createSocket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return noDelay(delegate.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return noDelay(delegate.createSocket(address, port, localAddress, localPort));
  }

  private static Socket noDelay(Socket socket) throws SocketException {
    socket.setTcpNoDelay(true);
    return socket;
  }
}
