package io.w3socket.testserver;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The WebSocket side of a connection after the 101: answers pings, runs the closing handshake and,
 * by default, echoes every message. Endpoints customise it through the fields and the {@code on*}
 * hooks.
 */
class WsHandler extends ChannelInboundHandlerAdapter {
  /**
   * The text message after which {@code /echo} closes with 1000 (like pywebsocket's echo_wsh.py).
   */
  static final String GOODBYE = "Goodbye";

  ChannelHandlerContext ctx;

  /** Whether this side has sent its Close frame. */
  boolean closeSent;

  /** Whether the peer's Close frame has arrived. */
  boolean closeReceived;

  /** Echo text and binary messages. */
  boolean echo = true;

  /** After echoing the text message "Goodbye", start the closing handshake with 1000. */
  boolean goodbye = true;

  /** Wait this long before answering the client's Close. */
  long delayCloseMs;

  /** Answer the client's Close (false: never answer, drop TCP {@link #dropAfterCloseMs} later). */
  boolean answerClose = true;

  long dropAfterCloseMs;

  /** Drop TCP {@link #dropAfterMessageMs} after echoing the first message (negative: never). */
  long dropAfterMessageMs = -1;

  /** Close TCP with a reset (SO_LINGER 0) when dropping. */
  boolean reset;

  /** Frames read, a settle probe's own Pong excepted. On the channel's event loop. */
  private long framesRead;

  /** Delayed tasks of {@link #schedule} not yet run. On the channel's event loop. */
  private int delayedTasks;

  /** Settle probes sent so far; numbers their Pings. On the channel's event loop. */
  private int probesSent;

  /** Settle probes in flight on one connection, at most. */
  private static final int MAX_PROBES = 16;

  /** Settle probes waiting for their Pongs, oldest first. On the channel's event loop. */
  private final ArrayDeque<Probe> probes = new ArrayDeque<>();

  /** A settle probe: its Ping's payload, {@link #framesRead} when it was sent, and the answer. */
  private static final class Probe {
    final byte[] token;
    final long framesAtPing;
    final CompletableFuture<Boolean> answer;

    Probe(byte[] token, long framesAtPing, CompletableFuture<Boolean> answer) {
      this.token = token;
      this.framesAtPing = framesAtPing;
      this.answer = answer;
    }
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
  }

  /** Called right after the 101 was written. */
  void open() {
    onOpen();
  }

  void onOpen() {}

  /** A data message (or, when not aggregating, a data frame); the hook owns {@code frame}. */
  void onMessage(WebSocketFrame frame) {
    if (!echo) {
      frame.release();
      return;
    }
    boolean isGoodbye =
        goodbye
            && frame instanceof TextWebSocketFrame
            && GOODBYE.equals(((TextWebSocketFrame) frame).text());
    ChannelFuture written = ctx.writeAndFlush(copyForSend(frame));
    if (isGoodbye) {
      startClose(1000, "");
    } else if (dropAfterMessageMs >= 0) {
      long delay = dropAfterMessageMs;
      dropAfterMessageMs = -1;
      written.addListener(f -> schedule(delay, this::drop));
    }
  }

  /** A Pong frame's payload (not retained past the call). */
  void onPong(ByteBuf payload) {}

  /**
   * Re-wraps a received frame for sending: FIN set, RSV cleared, the same payload (ownership
   * moves).
   */
  static WebSocketFrame copyForSend(WebSocketFrame frame) {
    if (frame instanceof TextWebSocketFrame) {
      return new TextWebSocketFrame(true, 0, frame.content());
    }
    return new BinaryWebSocketFrame(true, 0, frame.content());
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof WebSocketFrame)) {
      ReferenceCountUtil.release(msg);
      return;
    }
    WebSocketFrame frame = (WebSocketFrame) msg;
    if (frame instanceof PongWebSocketFrame && answersProbe(frame.content())) {
      frame.release();
      return;
    }
    framesRead++;
    if (frame instanceof PingWebSocketFrame) {
      try {
        // RFC 6455 §5.5.2/§5.5.3: answer a Ping with a Pong carrying the same application data,
        // unless a Close was already sent.
        if (!closeSent) {
          ctx.writeAndFlush(
              Frames.frameBuf(Frames.FIN | Frames.PONG, ByteBufUtil.getBytes(frame.content())));
        }
      } finally {
        frame.release();
      }
    } else if (frame instanceof PongWebSocketFrame) {
      try {
        onPong(frame.content());
      } finally {
        frame.release();
      }
    } else if (frame instanceof CloseWebSocketFrame) {
      byte[] body;
      try {
        body = ByteBufUtil.getBytes(frame.content());
      } finally {
        frame.release();
      }
      onClose(body);
    } else if (closeSent || closeReceived) {
      // RFC 6455 §5.5.1: after a Close no more data is processed.
      frame.release();
    } else {
      onMessage(frame);
    }
  }

  /**
   * Answers whether this connection is settled, as seen from its event loop: a plain echo with no
   * delayed task of its own and no closing handshake begun, which reads nothing but the Pong to a
   * Ping sent now. A client reads frames in order and answers a Ping after the frames before it
   * (RFC 6455 §5.5.2), and TCP keeps the client's bytes in order: so, when the Pong arrives with
   * nothing before it, the client has read everything this side sent, this side has read everything
   * the client had sent when it read the Ping, and an echo has nothing left to say.
   */
  void settle(CompletableFuture<Boolean> answer) {
    if (!settleable()) {
      answer.complete(false);
      return;
    }
    if (probes.size() == MAX_PROBES) {
      probes.poll().answer.complete(false); // a client that does not answer: bounded
    }
    byte[] token = ("w3socket-settle-" + ++probesSent).getBytes(StandardCharsets.US_ASCII);
    probes.add(new Probe(token, framesRead, answer));
    ctx.writeAndFlush(Frames.frameBuf(Frames.FIN | Frames.PING, token));
  }

  /** Only the plain echo can be settled: other endpoints may speak on their own. */
  private boolean settleable() {
    return getClass() == WsHandler.class
        && echo
        && dropAfterMessageMs < 0
        && delayedTasks == 0
        && !closeSent
        && !closeReceived
        && ctx.channel().isActive();
  }

  /**
   * True if {@code payload} is the Pong of a settle probe in flight, which it then answers (with
   * any older probe whose Pong was skipped: false). Probe Pongs are not counted as frames read, so
   * that probes may overlap.
   */
  private boolean answersProbe(ByteBuf payload) {
    if (probes.isEmpty()) {
      return false;
    }
    byte[] data = ByteBufUtil.getBytes(payload);
    Probe answered = null;
    for (Probe p : probes) {
      if (Arrays.equals(p.token, data)) {
        answered = p;
        break;
      }
    }
    if (answered == null) {
      return false;
    }
    Probe p;
    while ((p = probes.poll()) != answered) {
      p.answer.complete(false);
    }
    answered.answer.complete(framesRead == answered.framesAtPing && settleable());
    return true;
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    Probe p;
    while ((p = probes.poll()) != null) {
      p.answer.complete(false);
    }
    super.channelInactive(ctx);
  }

  /** The client's Close frame with its raw body. */
  void onClose(byte[] body) {
    if (closeReceived) {
      return;
    }
    closeReceived = true;
    int problem = closeBodyProblem(body);
    if (problem != 0) {
      // RFC 6455 §7.1.7: fail the connection; send our Close (if not yet sent), then close TCP.
      if (closeSent) {
        ctx.close();
      } else {
        sendClose(
                Frames.closeBody(
                    problem,
                    problem == 1007 ? "invalid UTF-8 in close reason" : "invalid close frame body"))
            .addListener(ChannelFutureListener.CLOSE);
      }
      return;
    }
    if (closeSent) {
      // RFC 6455 §7.1.1: both Close frames exchanged; the server closes the TCP connection first.
      ctx.close();
      return;
    }
    if (!answerClose) {
      schedule(dropAfterCloseMs, this::drop);
      return;
    }
    // RFC 6455 §5.5.1: echo the status code (and reason) received; an empty Close gets an empty
    // Close.
    schedule(
        delayCloseMs,
        () -> {
          if (!closeSent) {
            sendClose(body).addListener(ChannelFutureListener.CLOSE);
          }
        });
  }

  /**
   * 0 when a received Close body is valid, else the status to fail with: 1002 for a 1-byte body or
   * a code that may not be sent (RFC 6455 §5.5.1, §7.4), 1007 for a reason that is not UTF-8
   * (§8.1).
   */
  static int closeBodyProblem(byte[] body) {
    if (body.length == 0) {
      return 0;
    }
    if (body.length == 1) {
      return 1002;
    }
    int code = ((body[0] & 0xFF) << 8) | (body[1] & 0xFF);
    // RFC 6455 §7.4.1/§7.4.2 and the IANA registry: 1000-1003, 1007-1014, 3000-4999 may be sent.
    boolean valid =
        (code >= 1000 && code <= 1003)
            || (code >= 1007 && code <= 1014)
            || (code >= 3000 && code <= 4999);
    if (!valid) {
      return 1002;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body, 2, body.length - 2));
    } catch (CharacterCodingException e) {
      return 1007;
    }
    return 0;
  }

  /**
   * Starts the closing handshake (RFC 6455 §5.5.1); {@code code < 0} sends a Close without body.
   */
  void startClose(int code, String reason) {
    sendClose(Frames.closeBody(code, reason));
  }

  ChannelFuture sendClose(byte[] body) {
    closeSent = true;
    return ctx.writeAndFlush(Frames.frameBuf(Frames.FIN | Frames.CLOSE, body));
  }

  /** Abrupt TCP close, no Close frame. */
  void drop() {
    if (reset && ctx.channel().isActive()) {
      ctx.channel().config().setOption(ChannelOption.SO_LINGER, 0);
    }
    ctx.close();
  }

  /**
   * Runs {@code task} on the event loop after {@code ms} (immediately when 0) while the channel is
   * open.
   */
  void schedule(long ms, Runnable task) {
    Runnable guarded =
        () -> {
          if (ctx.channel().isActive()) {
            task.run();
          }
        };
    if (ms <= 0) {
      guarded.run();
    } else {
      delayedTasks++;
      ctx.executor()
          .schedule(
              () -> {
                delayedTasks--;
                guarded.run();
              },
              ms,
              TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof CorruptedFrameException) {
      // Netty's frame decoder / UTF-8 validator already sent Close 1002/1007 and closes the
      // connection.
      return;
    }
    if (cause instanceof TooLongFrameException && !closeSent && ctx.channel().isActive()) {
      // RFC 6455 §7.4.1: 1009, message too big.
      sendClose(Frames.closeBody(1009, "message too big")).addListener(ChannelFutureListener.CLOSE);
      return;
    }
    ctx.close();
  }
}
