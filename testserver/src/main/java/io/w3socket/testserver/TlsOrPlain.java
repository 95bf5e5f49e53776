package io.w3socket.testserver;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.ssl.SslHandler;
import java.util.List;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;

/**
 * The first handler of a connection to a server that takes plain and TLS connections on one port: a
 * connection whose first byte is a TLS record of type handshake (RFC 8446 §5.1, ContentType
 * handshake(22): every TLS connection opens with a ClientHello in one) gets an {@link SslHandler}
 * in its place; any other (an HTTP request line starts with a letter) goes on without. The context
 * is asked for on the first TLS connection, so that a server whose clients all speak plain never
 * makes one. Netty's {@code OptionalSslHandler} decides the same way, but takes its context up
 * front.
 */
final class TlsOrPlain extends ByteToMessageDecoder {
  /** RFC 8446 §5.1: ContentType handshake. */
  private static final int HANDSHAKE_RECORD = 22;

  private final Supplier<SSLContext> tls;

  TlsOrPlain(Supplier<SSLContext> tls) {
    this.tls = tls;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (!in.isReadable()) {
      return;
    }
    if (in.getUnsignedByte(in.readerIndex()) == HANDSHAKE_RECORD) {
      SSLEngine engine = tls.get().createSSLEngine();
      engine.setUseClientMode(false);
      // What this decoder holds goes on to the handler that replaces it.
      ctx.pipeline().replace(this, "tls", new SslHandler(engine));
    } else {
      ctx.pipeline().remove(this);
    }
  }
}
