package io.w3socket.testserver;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Plain HTTP/1.1 responses written as raw bytes, so that the exact status line and headers are
 * under the server's control. Every plain response ends the connection ({@code Connection: close}).
 */
final class Http {
    static final String CODEC = "http";

    private Http() {
    }

    /**
     * Removes only the HTTP encoder, so raw bytes can be written while the decoder still holds any bytes
     * that arrived after the request (they are handed on by {@link #detach}).
     */
    static void detachEncoder(ChannelHandlerContext ctx) {
        io.netty.channel.ChannelHandler codec = ctx.pipeline().get(CODEC);
        if (codec instanceof io.netty.handler.codec.http.HttpServerCodec) {
            ((io.netty.handler.codec.http.HttpServerCodec) codec).removeOutboundHandler();
        }
    }

    /**
     * Removes the HTTP decoder/encoder so that raw bytes can be written and read; bytes already received
     * after the request go on to the next handler.
     */
    static void detach(ChannelHandlerContext ctx) {
        ChannelPipeline p = ctx.pipeline();
        if (p.get(CODEC) != null) {
            p.remove(CODEC);
        }
    }

    static String reason(int status) {
        switch (status) {
            case 100: return "Continue";
            case 101: return "Switching Protocols";
            case 200: return "OK";
            case 201: return "Created";
            case 204: return "No Content";
            case 301: return "Moved Permanently";
            case 302: return "Found";
            case 303: return "See Other";
            case 304: return "Not Modified";
            case 307: return "Temporary Redirect";
            case 308: return "Permanent Redirect";
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 426: return "Upgrade Required";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            default: return "Status " + status;
        }
    }

    /**
     * Writes a complete response and closes the connection. 1xx, 204 and 304 responses carry no body
     * (RFC 7230 §3.3.3).
     */
    static void respond(ChannelHandlerContext ctx, int status, Map<String, String> headers, String body) {
        detach(ctx);
        boolean bodyless = status < 200 || status == 204 || status == 304;
        byte[] bytes = bodyless ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder(256);
        b.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        if (headers != null) {
            headers.forEach((k, v) -> b.append(k).append(": ").append(v).append("\r\n"));
        }
        if (!bodyless) {
            b.append("Content-Type: text/plain; charset=utf-8\r\n");
            b.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        b.append("Connection: close\r\n\r\n");
        ctx.write(Unpooled.copiedBuffer(b, StandardCharsets.ISO_8859_1));
        ctx.writeAndFlush(Unpooled.wrappedBuffer(bytes)).addListener(ChannelFutureListener.CLOSE);
    }
}
