package io.w3socket.testserver;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /hostile/<case>}: writes prepared raw frames right after the 101, bypassing the encoder,
 * then behaves like the echo endpoint (answers Close, or closes TCP on the client's Close if a
 * Close was among the raw frames).
 */
final class HostileHandler extends WsHandler {
  private final List<byte[]> frames;
  private final boolean includesClose;
  private final boolean pingCase;

  HostileHandler(List<byte[]> frames, boolean includesClose, boolean pingCase) {
    this.frames = frames;
    this.includesClose = includesClose;
    this.pingCase = pingCase;
    this.goodbye = false;
  }

  @Override
  void onOpen() {
    for (byte[] f : frames) {
      ctx.write(Unpooled.wrappedBuffer(f));
    }
    ctx.flush();
    if (includesClose) {
      closeSent = true;
    }
  }

  @Override
  void onPong(ByteBuf payload) {
    if (pingCase && !closeSent) {
      ctx.writeAndFlush(new TextWebSocketFrame("pong:" + payload.toString(StandardCharsets.UTF_8)));
    }
  }
}
