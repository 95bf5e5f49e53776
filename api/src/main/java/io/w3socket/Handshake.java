package io.w3socket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import okhttp3.Headers;
import okhttp3.OkHttp;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The opening handshake: the request of WebSockets #concept-websocket-establish steps 2–10, and the
 * response checks of its step 11 (11.1 and 11.2, then in 11.3 RFC 6455 §4.1's last set of steps,
 * 2–6).
 */
final class Handshake {
  private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  private static final SecureRandom RANDOM = new SecureRandom();

  final String key;
  private final List<String> protocols;

  /** Set by {@link #validate}: the subprotocol in use, or "". */
  String protocol = "";

  /** Set by {@link #validate}: the extensions in use, as the server's header value, or "". */
  String extensions = "";

  /** Set by {@link #validate}: permessage-deflate if negotiated, else null. */
  PerMessageDeflate deflate;

  Handshake(List<String> protocols) {
    this.protocols = protocols;
    // 5. A nonce of 16 random bytes, base64-encoded.
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    this.key = Base64.getEncoder().encodeToString(nonce);
  }

  Request request(WebSocketUrl url, WebSocketOptions options) {
    // 1. requestURL: ws → http, wss → https. Credentials in the URL are not sent.
    String httpUrl =
        (url.scheme.equals("wss") ? "https" : "http")
            + "://"
            + url.host
            + (url.port >= 0 ? ":" + url.port : "")
            + url.path
            + (url.query != null ? "?" + url.query : "");
    return new Request.Builder().url(httpUrl).headers(headers(options).build()).build();
  }

  /**
   * The request as bytes for a connection the handshake runs on the selector thread ({@link
   * ChannelHandshake}): what OkHttp would send for {@link #request} on a client without cookies,
   * header for header and in the same order (its bridge adds {@code Host}, {@code Accept-Encoding}
   * and {@code User-Agent} when absent), except the request target, which is the URL's path and
   * query as the URL Standard serialized them (#concept-url-serializer), as a browser sends them;
   * OkHttp re-encodes a few characters there ({@code |}, and a {@code %} not followed by two hex
   * digits).
   */
  byte[] requestBytes(WebSocketUrl url, WebSocketOptions options) {
    Headers.Builder b = headers(options);
    if (b.get("Host") == null) {
      b.add("Host", url.host + (url.port >= 0 ? ":" + url.port : ""));
    }
    if (b.get("Accept-Encoding") == null && b.get("Range") == null) {
      b.add("Accept-Encoding", "gzip");
    }
    if (b.get("User-Agent") == null) {
      b.add("User-Agent", "okhttp/" + OkHttp.VERSION);
    }
    Headers headers = b.build();
    // RFC 9112 §3: request-line = method SP request-target SP HTTP-version; §3.2.1 origin-form.
    StringBuilder out = new StringBuilder(512).append("GET ").append(url.path);
    if (url.query != null) {
      out.append('?').append(url.query);
    }
    out.append(" HTTP/1.1\r\n");
    for (int i = 0; i < headers.size(); i++) {
      out.append(headers.name(i)).append(": ").append(headers.value(i)).append("\r\n");
    }
    // Header values are ASCII: Headers.Builder refuses anything else.
    return out.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** The header fields of #concept-websocket-establish steps 3–10, after the embedder's own. */
  private Headers.Builder headers(WebSocketOptions options) {
    Headers.Builder b = new Headers.Builder();
    for (String[] h : options.headerPairs()) {
      b.add(h[0], h[1]);
    }
    if (options.getOrigin() != null) {
      b.set("Origin", options.getOrigin());
    }
    // 3.-10. Upgrade, Connection, Sec-WebSocket-Key, -Version, -Protocol, -Extensions.
    b.set("Upgrade", "websocket");
    b.set("Connection", "Upgrade");
    b.set("Sec-WebSocket-Key", key);
    b.set("Sec-WebSocket-Version", "13");
    if (!protocols.isEmpty()) {
      b.set("Sec-WebSocket-Protocol", String.join(", ", protocols));
    }
    b.set("Sec-WebSocket-Extensions", PerMessageDeflate.OFFER);
    // A browser's WebSocket request is never served from or stored in a cache (cache mode
    // "no-store").
    b.set("Cache-Control", "no-cache");
    b.set("Pragma", "no-cache");
    return b;
  }

  /**
   * Checks the server's answer.
   *
   * @return null if the connection is established, otherwise why it fails
   */
  String validate(Response response) {
    return validate(response.code(), response.headers());
  }

  /**
   * Checks the server's answer: its status code and header fields.
   *
   * @return null if the connection is established, otherwise why it fails
   */
  String validate(int code, Headers response) {
    // #concept-websocket-establish step 11.1: if response is a network error or its status is not
    // 101, fail the WebSocket connection.
    if (code != 101) {
      return "Unexpected response code: " + code;
    }
    // RFC 6455 §4.1 response step 2: an Upgrade header field whose value is "websocket".
    String upgrade = response.get("Upgrade");
    if (upgrade == null || !upgrade.trim().equalsIgnoreCase("websocket")) {
      return "Error during WebSocket handshake: 'Upgrade' header value is not 'websocket': "
          + upgrade;
    }
    // Step 3: a Connection header field containing the token "Upgrade".
    String connection = response.get("Connection");
    if (connection == null || !hasToken(connection, "upgrade")) {
      return "Error during WebSocket handshake: 'Connection' header value is not 'Upgrade': "
          + connection;
    }
    // Step 4: Sec-WebSocket-Accept = base64(SHA-1(key + GUID)).
    String accept = response.get("Sec-WebSocket-Accept");
    if (accept == null || !accept.trim().equals(expectedAccept(key))) {
      return "Error during WebSocket handshake: Incorrect 'Sec-WebSocket-Accept' header value";
    }
    // Step 5: only extensions that were offered.
    List<String> extensionValues = response.values("Sec-WebSocket-Extensions");
    if (!extensionValues.isEmpty()) {
      String error = acceptExtensions(String.join(", ", extensionValues));
      if (error != null) {
        return "Error during WebSocket handshake: " + error;
      }
      extensions = String.join(", ", extensionValues);
    }
    // #concept-websocket-establish step 11.2: protocols were requested, so the response must name
    // one. RFC 6455 §4.1 response step 6: one that was requested.
    List<String> protocolValues = response.values("Sec-WebSocket-Protocol");
    String selected = protocolValues.isEmpty() ? null : String.join(", ", protocolValues).trim();
    if (protocols.isEmpty()) {
      if (selected != null) {
        return "Error during WebSocket handshake: Response must not include"
            + " 'Sec-WebSocket-Protocol' header if not present in request: "
            + selected;
      }
    } else {
      if (selected == null || selected.isEmpty()) {
        return "Error during WebSocket handshake: Sent non-empty 'Sec-WebSocket-Protocol' header "
            + "but no response was received";
      }
      if (!protocols.contains(selected)) {
        return "Error during WebSocket handshake: 'Sec-WebSocket-Protocol' header value '"
            + selected
            + "' in response does not match any of sent values";
      }
      protocol = selected;
    }
    return null;
  }

  private String acceptExtensions(String header) {
    for (String extension : splitOutsideQuotes(header, ',')) {
      List<String> parts = splitOutsideQuotes(extension, ';');
      String name = parts.get(0).trim();
      if (!name.equals("permessage-deflate")) {
        return "Received an extension that was not offered: '" + name + "'";
      }
      if (deflate != null) {
        return "Received the extension 'permessage-deflate' twice";
      }
      List<String[]> params = new ArrayList<>();
      for (String param : parts.subList(1, parts.size())) {
        int eq = param.indexOf('=');
        String pname = (eq < 0 ? param : param.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
        String pvalue = eq < 0 ? null : unquote(param.substring(eq + 1).trim());
        params.add(new String[] {pname, pvalue});
      }
      try {
        deflate = PerMessageDeflate.accept(params);
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
    }
    return null;
  }

  static String expectedAccept(String key) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      byte[] digest = sha1.digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every Java platform", e);
    }
  }

  private static boolean hasToken(String header, String token) {
    for (String t : header.split(",")) {
      if (t.trim().equalsIgnoreCase(token)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> splitOutsideQuotes(String s, char separator) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == separator && !quoted) {
        out.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    out.add(current.toString());
    return out;
  }

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }
}
