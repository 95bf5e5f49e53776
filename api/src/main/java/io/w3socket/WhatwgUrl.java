package io.w3socket;

import java.util.Objects;

/**
 * A parsed URL with the getters of the URL Standard's {@code URL} interface
 * (https://url.spec.whatwg.org/#url-class), from the same parser {@link WebSocket} uses. For
 * embedders: engine-bindings builds the JavaScript {@code URL} class on it. Immutable: each setter
 * of the interface is a {@code with…} method answering the URL the setter leaves.
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
   * script of a {@code javascript:} URL (#evaluate-a-javascript:-url). Invalid sequences (a {@code
   * %} not followed by two hex digits) stay as they are.
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

  /**
   * The URL the {@code protocol} setter leaves (#dom-url-protocol): this one where the value is no
   * scheme, or would make a special URL not special or the other way round.
   */
  public WhatwgUrl withProtocol(String value) {
    return of(UrlSetters.protocol(record, value));
  }

  /** The URL the {@code username} setter leaves (#dom-url-username). */
  public WhatwgUrl withUsername(String value) {
    return of(UrlSetters.username(record, value));
  }

  /** The URL the {@code password} setter leaves (#dom-url-password). */
  public WhatwgUrl withPassword(String value) {
    return of(UrlSetters.password(record, value));
  }

  /** The URL the {@code host} setter leaves (#dom-url-host): a host, and a port if one follows. */
  public WhatwgUrl withHost(String value) {
    return of(UrlSetters.host(record, value));
  }

  /** The URL the {@code hostname} setter leaves (#dom-url-hostname). */
  public WhatwgUrl withHostname(String value) {
    return of(UrlSetters.hostname(record, value));
  }

  /** The URL the {@code port} setter leaves (#dom-url-port): {@code "8080x"} sets 8080. */
  public WhatwgUrl withPort(String value) {
    return of(UrlSetters.port(record, value));
  }

  /** The URL the {@code pathname} setter leaves (#dom-url-pathname). */
  public WhatwgUrl withPathname(String value) {
    return of(UrlSetters.pathname(record, value));
  }

  /** The URL the {@code search} setter leaves (#dom-url-search). */
  public WhatwgUrl withSearch(String value) {
    return of(UrlSetters.search(record, value));
  }

  /** The URL the {@code hash} setter leaves (#dom-url-hash). */
  public WhatwgUrl withHash(String value) {
    return of(UrlSetters.hash(record, value));
  }

  private WhatwgUrl of(WebSocketUrl changed) {
    return changed == record ? this : new WhatwgUrl(changed);
  }

  @Override
  public String toString() {
    return href();
  }
}
