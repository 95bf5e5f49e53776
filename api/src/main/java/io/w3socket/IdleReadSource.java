package io.w3socket;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import okhttp3.Interceptor;
import okhttp3.Request;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Source;
import okio.Timeout;

/**
 * The frame reader's source on an upgraded connection, which holds no buffer while it waits for the
 * peer. Reading through OkHttp's source would take an 8 KiB okio segment before every blocking read
 * and keep it for as long as the connection is idle: that one segment was half the heap of an open
 * socket. This source first hands over what OkHttp read past the 101 response (frames the server
 * sent at once), then reads the TCP socket itself: a one-byte blocking read while nothing is there,
 * then what the kernel already holds, straight into the caller's buffer.
 *
 * <p>Only the reader thread reads it. Closing it closes nothing: the connection's end is {@link
 * Connection}'s ({@code release}), and a socket closed under a read ends that read.
 */
final class IdleReadSource implements Source {
  /** OkHttp's buffered source of the connection: its buffer holds the bytes after the 101. */
  private final BufferedSource upgraded;

  private final InputStream in;

  private IdleReadSource(BufferedSource upgraded, InputStream in) {
    this.upgraded = upgraded;
    this.in = in;
  }

  /**
   * The source to read frames from: this source where OkHttp's upgraded socket lets it see the
   * connection's buffered source and the TCP socket, else OkHttp's source itself.
   *
   * @param upgradedSource the upgraded socket's source ({@code okio.Socket#getSource})
   * @param tcp the connection's socket, as {@link #TCP_SOCKET} found it; may be null
   */
  static Source of(Source upgradedSource, Socket tcp) throws IOException {
    Source inner =
        upgradedSource instanceof ForwardingSource
            ? ((ForwardingSource) upgradedSource).delegate()
            : upgradedSource;
    if (tcp == null || !(inner instanceof BufferedSource)) {
      return upgradedSource;
    }
    return new IdleReadSource((BufferedSource) inner, tcp.getInputStream());
  }

  /**
   * What OkHttp read past the 101 response (frames the server sent at once), taken out of its
   * buffer; empty if the upgraded socket's source is not the shape this class knows.
   */
  static Buffer early(Source upgradedSource) {
    Source inner =
        upgradedSource instanceof ForwardingSource
            ? ((ForwardingSource) upgradedSource).delegate()
            : upgradedSource;
    Buffer early = new Buffer();
    if (inner instanceof BufferedSource) {
      Buffer held = ((BufferedSource) inner).getBuffer();
      early.write(held, held.size());
    }
    return early;
  }

  @Override
  public long read(Buffer sink, long byteCount) throws IOException {
    Buffer early = upgraded.getBuffer();
    if (early.size() > 0) {
      return early.read(sink, byteCount);
    }
    if (byteCount == 0) {
      return 0;
    }
    int ready = in.available();
    if (ready == 0) {
      int first = in.read(); // waits holding one byte, not a segment
      if (first < 0) {
        return -1;
      }
      sink.writeByte(first);
      ready = Math.min(in.available(), (int) Math.min(Integer.MAX_VALUE, byteCount - 1));
      sink.readFrom(in, ready);
      return 1L + ready;
    }
    long n = Math.min(ready, byteCount);
    sink.readFrom(in, n);
    return n;
  }

  @Override
  public Timeout timeout() {
    return Timeout.NONE;
  }

  @Override
  public void close() {
    // Connection.release ends the exchange and the socket.
  }

  /** Where the network interceptor puts the TCP socket of a handshake's connection. */
  static final class TcpSocket {
    /** Written on the thread that runs the call, read by it after {@code execute} returns. */
    Socket socket;
  }

  /** Records the connection's socket in the request's {@link TcpSocket} tag, when it has one. */
  static final Interceptor TCP_SOCKET =
      chain -> {
        Request request = chain.request();
        TcpSocket tag = request.tag(TcpSocket.class);
        if (tag != null && chain.connection() != null) {
          tag.socket = chain.connection().socket();
        }
        return chain.proceed(request);
      };
}
