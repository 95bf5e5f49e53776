package io.w3socket.testserver;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * {@code /raw}: in-band byte injection. A text message is hex (whitespace allowed) for bytes to
 * write verbatim; a binary message's payload is written verbatim. Invalid hex closes with 1003.
 */
final class RawHandler extends WsHandler {
  private final byte[] initial;

  RawHandler(byte[] initial) {
    this.initial = initial;
    this.goodbye = false;
  }

  @Override
  void onOpen() {
    if (initial != null && initial.length > 0) {
      writeRaw(initial);
    }
  }

  @Override
  void onMessage(WebSocketFrame frame) {
    byte[] bytes;
    try {
      if (frame instanceof TextWebSocketFrame) {
        bytes = Frames.parseHex(((TextWebSocketFrame) frame).text());
      } else {
        bytes = ByteBufUtil.getBytes(frame.content());
      }
    } finally {
      frame.release();
    }
    if (bytes == null) {
      startClose(1003, "invalid hex");
      return;
    }
    writeRaw(bytes);
  }

  private void writeRaw(byte[] bytes) {
    ctx.writeAndFlush(Unpooled.wrappedBuffer(bytes));
    if (Frames.containsClose(bytes)) {
      // The injected bytes carried a Close: the client's Close is then the answer, not a new one.
      closeSent = true;
    }
  }
}
