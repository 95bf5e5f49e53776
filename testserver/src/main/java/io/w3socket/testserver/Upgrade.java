package io.w3socket.testserver;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.Utf8FrameValidator;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionData;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionUtil;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketServerExtension;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateServerExtensionHandshaker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/** The server side of the opening handshake (RFC 6455 §4.2) and the switch of the pipeline to frames. */
final class Upgrade {
    /** Largest message (and frame) the server accepts: 128 MiB. */
    static final int MAX_MESSAGE = 128 * 1024 * 1024;

    // RFC 6455 §1.3 / §4.2.2: the GUID appended to the key.
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private Upgrade() {
    }

    /** What to answer and how to set up the connection after the 101. */
    static final class Options {
        /** Sec-WebSocket-Protocol to answer, or null. */
        String protocol;
        /** Sec-WebSocket-Extensions to answer verbatim (overrides negotiation), or null. */
        String extensionsOverride;
        /** Whether permessage-deflate may be negotiated when offered (RFC 7692). */
        boolean deflate = true;
        /** Whether data frames are aggregated into whole messages before the endpoint sees them. */
        boolean aggregate = true;

        static Options of(boolean deflate) {
            Options o = new Options();
            o.deflate = deflate;
            return o;
        }
    }

    /** Sec-WebSocket-Accept for a key (RFC 6455 §4.2.2 item 5, sub-item 4). */
    static String accept(String key) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] digest = sha1.digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks the client's opening handshake (RFC 6455 §4.2.1). Returns {@code true} when it is valid;
     * otherwise answers with 400 (or 426 for a wrong version, RFC 6455 §4.4) and returns {@code false}.
     */
    static boolean validate(ChannelHandlerContext ctx, Req req) {
        String problem = null;
        if (!"GET".equals(req.method)) {
            problem = "the opening handshake must be a GET request (RFC 6455 §4.2.1 item 1)";
        } else if (!"HTTP/1.1".equals(req.protocolVersion)) {
            problem = "the opening handshake must be HTTP/1.1 (RFC 6455 §4.2.1 item 1)";
        } else if (req.header("Host") == null) {
            problem = "missing Host header (RFC 6455 §4.2.1 item 2)";
        } else if (!req.headerHasToken("Upgrade", "websocket")) {
            problem = "missing 'Upgrade: websocket' (RFC 6455 §4.2.1 item 3); this is a WebSocket endpoint";
        } else if (!req.headerHasToken("Connection", "Upgrade")) {
            problem = "Connection header lacks the 'Upgrade' token (RFC 6455 §4.2.1 item 4)";
        } else if (!validKey(req.headers.getAll("Sec-WebSocket-Key"))) {
            problem = "Sec-WebSocket-Key must be one base64-encoded 16-byte value (RFC 6455 §4.2.1 item 5)";
        } else if (!"13".equals(req.header("Sec-WebSocket-Version"))) {
            // RFC 6455 §4.4: answer 426 with the versions the server supports.
            Http.respond(ctx, 426, Map.of("Sec-WebSocket-Version", "13"),
                    "unsupported Sec-WebSocket-Version; this server speaks 13\n");
            return false;
        }
        if (problem != null) {
            Http.respond(ctx, 400, null, problem + "\n");
            return false;
        }
        return true;
    }

    private static boolean validKey(java.util.List<String> keys) {
        if (keys.size() != 1) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(keys.get(0).trim()).length == 16;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Negotiates permessage-deflate (RFC 7692 §5): the first acceptable offer wins. Accepts a bare
     * {@code permessage-deflate} and {@code client_max_window_bits} with or without a value.
     */
    static WebSocketServerExtension negotiateDeflate(Req req) {
        String offered = req.offeredExtensions();
        if (offered.isEmpty()) {
            return null;
        }
        PerMessageDeflateServerExtensionHandshaker handshaker = new PerMessageDeflateServerExtensionHandshaker(
                6, false, PerMessageDeflateServerExtensionHandshaker.MAX_WINDOW_SIZE, true, false, MAX_MESSAGE);
        try {
            for (WebSocketExtensionData data : WebSocketExtensionUtil.extractExtensions(offered)) {
                WebSocketServerExtension ext = handshaker.handshakeExtension(data);
                if (ext != null) {
                    return ext;
                }
            }
        } catch (RuntimeException malformed) {
            return null;
        }
        return null;
    }

    static String format(WebSocketExtensionData data) {
        StringBuilder b = new StringBuilder(data.name());
        for (Map.Entry<String, String> p : data.parameters().entrySet()) {
            b.append("; ").append(p.getKey());
            if (p.getValue() != null) {
                b.append('=').append(p.getValue());
            }
        }
        return b.toString();
    }

    /** The 101 response head (RFC 6455 §4.2.2 item 5), with optional omissions for fault endpoints. */
    static String response101(String accept, String protocol, String extensions,
                              boolean upgradeHeader, boolean connectionHeader) {
        StringBuilder b = new StringBuilder(256);
        b.append("HTTP/1.1 101 Switching Protocols\r\n");
        if (upgradeHeader) {
            b.append("Upgrade: websocket\r\n");
        }
        if (connectionHeader) {
            b.append("Connection: Upgrade\r\n");
        }
        b.append("Sec-WebSocket-Accept: ").append(accept).append("\r\n");
        if (protocol != null) {
            b.append("Sec-WebSocket-Protocol: ").append(protocol).append("\r\n");
        }
        if (extensions != null) {
            b.append("Sec-WebSocket-Extensions: ").append(extensions).append("\r\n");
        }
        return b.append("\r\n").toString();
    }

    /**
     * Answers a valid handshake with 101, replaces the HTTP handlers with the frame codec and hands the
     * connection to {@code endpoint}, whose {@link WsHandler#onOpen()} then runs.
     */
    static void accept(ChannelHandlerContext ctx, Req req, Options options, WsHandler endpoint) {
        WebSocketServerExtension ext = null;
        String extHeader = options.extensionsOverride;
        if (extHeader == null && options.deflate) {
            ext = negotiateDeflate(req);
            if (ext != null) {
                extHeader = format(ext.newReponseData());
            }
        }
        String head = response101(accept(req.header("Sec-WebSocket-Key").trim()), options.protocol, extHeader,
                true, true);

        ChannelPipeline p = ctx.pipeline();
        String after = ctx.name();
        p.addAfter(after, "ws-encoder", new WebSocket13FrameEncoder(false));
        // RFC 6455 §5.1: a server MUST fail on unmasked client frames; §5.2: RSV bits only with an extension.
        WebSocketDecoderConfig config = WebSocketDecoderConfig.newBuilder()
                .maxFramePayloadLength(MAX_MESSAGE)
                .expectMaskedFrames(true)
                .allowMaskMismatch(false)
                .allowExtensions(ext != null)
                .closeOnProtocolViolation(true)
                .build();
        p.addAfter("ws-encoder", "ws-decoder", new ServerFrameDecoder(config));
        String last = "ws-decoder";
        if (ext != null) {
            p.addAfter(last, "ws-ext-encoder", ext.newExtensionEncoder());
            p.addAfter("ws-ext-encoder", "ws-ext-decoder", ext.newExtensionDecoder());
            last = "ws-ext-decoder";
        }
        // RFC 6455 §8.1: text payloads must be valid UTF-8 (checked after decompression).
        p.addAfter(last, "ws-utf8", new Utf8FrameValidator(true));
        last = "ws-utf8";
        if (options.aggregate) {
            p.addAfter(last, "ws-aggregator", new WebSocketFrameAggregator(MAX_MESSAGE));
            last = "ws-aggregator";
        }
        p.addAfter(last, "endpoint", endpoint);
        p.remove(ctx.handler());
        // Order on the wire: the 101, then what the endpoint sends on open; only then are bytes that the
        // client sent right after its request (still held by the HTTP decoder) handed to the frame decoder.
        Http.detachEncoder(ctx);
        ctx.channel().writeAndFlush(Unpooled.copiedBuffer(head, StandardCharsets.ISO_8859_1));
        endpoint.open();
        Http.detach(ctx);
    }

    /** Writes a 101 head without installing a WebSocket codec (fault endpoints); input is discarded. */
    static void rawSwitch(ChannelHandlerContext ctx, String head) {
        ChannelPipeline p = ctx.pipeline();
        p.addAfter(ctx.name(), "discard", new Discard());
        p.remove(ctx.handler());
        Http.detachEncoder(ctx);
        ctx.channel().writeAndFlush(Unpooled.copiedBuffer(head, StandardCharsets.ISO_8859_1));
        Http.detach(ctx);
    }

    /**
     * Netty's decoder, except that Close bodies are checked by {@link WsHandler} so that a bad one is
     * answered with a Close frame (Netty would drop TCP silently once a Close has been read).
     */
    static final class ServerFrameDecoder extends WebSocket13FrameDecoder {
        ServerFrameDecoder(WebSocketDecoderConfig config) {
            super(config);
        }

        @Override
        protected void checkCloseFrameBody(ChannelHandlerContext ctx, io.netty.buffer.ByteBuf buffer) {
            // checked in WsHandler.onClose
        }
    }

    /** Releases whatever arrives; the connection stays open until the peer leaves. */
    static final class Discard extends io.netty.channel.ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            io.netty.util.ReferenceCountUtil.release(msg);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
