package io.w3socket;

import java.util.Objects;

/**
 * A parsed URL with the getters of the URL Standard's {@code URL} interface
 * (https://url.spec.whatwg.org/#url-class), from the same parser {@link WebSocket} uses. For
 * embedders: engine-bindings builds the JavaScript {@code URL} class on it. Immutable.
 */
public final class WhatwgUrl {
  private final WebSocketUrl record;

  private WhatwgUrl(WebSocketUrl record) {
    this.record = record;
  }

  /**
   * Parses {@code input} against {@code base} (#dom-url-url steps 1-3).
   *
   * @param input the URL, absolute or relative to {@code base}
   * @param base an absolute URL, or null
   * @return the URL
   * @throws IllegalArgumentException naming the problem, where the URL parser returns failure
   */
  public static WhatwgUrl parse(String input, String base) {
    Objects.requireNonNull(input, "input");
    try {
      WebSocketUrl baseRecord = base == null ? null : WebSocketUrl.parse(base, null);
      return new WhatwgUrl(WebSocketUrl.parse(input, baseRecord));
    } catch (WebSocketUrl.ParseException e) {
      String what = base == null ? "'" + input + "'" : "'" + input + "' with base '" + base + "'";
      throw new IllegalArgumentException("Invalid URL " + what + ": " + e.getMessage());
    }
  }

  /**
   * URL Standard #string-percent-decode, then UTF-8 decode without BOM: what HTML does with the
   * script of a {@code javascript:} URL (#evaluate-a-javascript:-url). Invalid sequences (a
   * {@code %} not followed by two hex digits) stay as they are.
   *
   * @param input the text
   * @return the decoded text
   */
  public static String percentDecode(String input) {
    return new String(WebSocketUrl.percentDecode(input), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** #dom-url-href: the serialization. */
  public String href() {
    return record.serialize();
  }

  /** #dom-url-origin. */
  public String origin() {
    return record.origin();
  }

  /** #dom-url-protocol: the scheme and ':'. */
  public String protocol() {
    return record.scheme + ":";
  }

  /** #dom-url-username. */
  public String username() {
    return record.username;
  }

  /** #dom-url-password. */
  public String password() {
    return record.password;
  }

  /** #dom-url-host: host and, if not the default, ':' and the port; "" without a host. */
  public String host() {
    if (record.host == null) {
      return "";
    }
    return record.port < 0 ? record.host : record.host + ":" + record.port;
  }

  /** #dom-url-hostname. */
  public String hostname() {
    return record.host == null ? "" : record.host;
  }

  /** #dom-url-port: "" for the scheme's default or none. */
  public String port() {
    return record.port < 0 ? "" : Integer.toString(record.port);
  }

  /** #dom-url-pathname: the URL path serialization. */
  public String pathname() {
    return record.path;
  }

  /** #dom-url-search: "" or '?' and the query. */
  public String search() {
    return record.query == null || record.query.isEmpty() ? "" : "?" + record.query;
  }

  /** #dom-url-hash: "" or '#' and the fragment. */
  public String hash() {
    return record.fragment == null || record.fragment.isEmpty() ? "" : "#" + record.fragment;
  }

  @Override
  public String toString() {
    return href();
  }
}
