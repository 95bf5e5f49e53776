package io.w3socket.testserver;

import io.netty.buffer.ByteBuf;

/**
 * {@code /burst}: K binary pattern messages written with a single write and a single flush, then
 * echo.
 */
final class BurstHandler extends WsHandler {
  private final int count;
  private final int size;

  BurstHandler(int count, int size) {
    this.count = count;
    this.size = size;
  }

  @Override
  void onOpen() {
    if (count == 0) {
      return;
    }
    byte[] header = Frames.header(Frames.FIN | Frames.BINARY, size, null);
    byte[] payload = Frames.patternBytes(false, size);
    ByteBuf all = ctx.alloc().buffer((header.length + size) * count);
    for (int i = 0; i < count; i++) {
      all.writeBytes(header).writeBytes(payload);
    }
    ctx.writeAndFlush(all);
  }
}
