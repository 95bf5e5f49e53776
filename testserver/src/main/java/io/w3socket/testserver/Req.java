package io.w3socket.testserver;

import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parts of an HTTP request line and headers that the endpoints need (no body: GET only). */
final class Req {
    /** Thrown for a malformed query parameter; answered with HTTP 400. */
    static final class BadParam extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadParam(String message) {
            super(message, null, false, false);
        }
    }

    final String method;
    final String protocolVersion;
    final String uri;
    /** Path as sent (percent-encoding kept). */
    final String rawPath;
    /** Path with percent-encoding decoded, used for routing. */
    final String path;
    /** Query string as sent, without '?', or "". */
    final String rawQuery;
    final Map<String, List<String>> params;
    final HttpHeaders headers;

    Req(HttpRequest request) {
        this.method = request.method().name();
        this.protocolVersion = request.protocolVersion().text();
        this.uri = request.uri();
        this.headers = request.headers().copy();
        String target = uri;
        int scheme = target.indexOf("://");
        if (scheme > 0 && !target.startsWith("/")) {
            // absolute-form request target (RFC 7230 §5.3.2): drop scheme and authority
            int slash = target.indexOf('/', scheme + 3);
            target = slash < 0 ? "/" : target.substring(slash);
        }
        int hash = target.indexOf('#');
        if (hash >= 0) {
            target = target.substring(0, hash);
        }
        int q = target.indexOf('?');
        this.rawPath = q < 0 ? target : target.substring(0, q);
        this.rawQuery = q < 0 ? "" : target.substring(q + 1);
        // ";" is an ordinary character in parameter values (e.g. extension parameters).
        QueryStringDecoder decoder = new QueryStringDecoder(target, StandardCharsets.UTF_8, true, 1024, true);
        this.path = decoder.path();
        this.params = decoder.parameters();
    }

    String param(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    String param(String name, String def) {
        String v = param(name);
        return v == null ? def : v;
    }

    boolean has(String name) {
        return params.containsKey(name);
    }

    long longParam(String name, long def, long min, long max) {
        String v = param(name);
        if (v == null || v.isEmpty()) {
            return def;
        }
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new BadParam("parameter " + name + " must be an integer, got '" + v + "'");
        }
        if (n < min || n > max) {
            throw new BadParam("parameter " + name + " must be in [" + min + ", " + max + "], got " + n);
        }
        return n;
    }

    int intParam(String name, int def, int min, int max) {
        return (int) longParam(name, def, min, max);
    }

    /** All values of a header joined with ", " (RFC 7230 §3.2.2), or {@code null} when absent. */
    String header(String name) {
        List<String> values = headers.getAll(name);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    /** Offered subprotocol tokens in order (RFC 6455 §4.1, Sec-WebSocket-Protocol may repeat). */
    List<String> offeredProtocols() {
        List<String> out = new ArrayList<>();
        for (String value : headers.getAll("Sec-WebSocket-Protocol")) {
            for (String token : value.split(",")) {
                String t = token.trim();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The raw offered Sec-WebSocket-Extensions value(s), or "". */
    String offeredExtensions() {
        String v = header("Sec-WebSocket-Extensions");
        return v == null ? "" : v;
    }

    /** Headers in received order: lower-cased name to value, repeated headers joined with ", ". */
    Map<String, String> headerMap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : headers) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            out.merge(name, e.getValue(), (a, b) -> a + ", " + b);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Whether a comma-separated header contains {@code token}, case-insensitively. */
    boolean headerHasToken(String name, String token) {
        for (String value : headers.getAll(name)) {
            for (String t : value.split(",")) {
                if (t.trim().equalsIgnoreCase(token)) {
                    return true;
                }
            }
        }
        return false;
    }
}
