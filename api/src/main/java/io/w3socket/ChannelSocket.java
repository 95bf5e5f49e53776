package io.w3socket;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import okio.Buffer;
import okio.Sink;
import okio.Socket;
import okio.Source;
import okio.Timeout;

/**
 * The upgraded socket of a connection whose handshake ran on the selector thread ({@link
 * ChannelHandshake}), as the {@link Socket} a {@link Connection} holds: cancelling it, or closing
 * its source or sink, closes the channel. Its bytes move through the connection's {@link
 * ChannelIo}, never through this source or sink, which refuse reads and writes.
 */
final class ChannelSocket implements Socket {
  private final SocketChannel channel;
  private final Source source = new Closing();
  private final Sink sink = new Closing();

  ChannelSocket(SocketChannel channel) {
    this.channel = channel;
  }

  @Override
  public Source getSource() {
    return source;
  }

  @Override
  public Sink getSink() {
    return sink;
  }

  @Override
  public void cancel() {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Closed either way.
    }
  }

  /** A source and sink that only close the channel. */
  private final class Closing implements Source, Sink {
    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      throw new IOException("the channel is read by its ChannelIo");
    }

    @Override
    public void write(Buffer source, long byteCount) throws IOException {
      throw new IOException("the channel is written by its ChannelIo");
    }

    @Override
    public void flush() {}

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void close() {
      cancel();
    }
  }
}
