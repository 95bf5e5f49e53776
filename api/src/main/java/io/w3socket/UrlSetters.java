package io.w3socket;

import java.util.ArrayList;
import java.util.List;

/**
 * The setters of the URL Standard's {@code URL} interface (#dom-url-protocol to #dom-url-hash):
 * each runs the basic URL parser's states that the standard names as its state override on the
 * given value, and answers the URL the setter leaves. Where the parser returns failure the URL is
 * left as it was by the part that failed; what an earlier state changed stays changed, as the
 * standard's parser changes the URL in place ({@code host = "b:99999"} takes the host and leaves
 * the port). Every method answers {@code url} itself when nothing changes.
 */
final class UrlSetters {
  private UrlSetters() {}

  /** #dom-url-protocol: basic URL parse the value and ':' with scheme start state override. */
  static WebSocketUrl protocol(WebSocketUrl url, String value) {
    String s = withoutTabOrNewline(value + ":");
    // scheme start state: an ASCII alpha starts the scheme; anything else is failure.
    if (s.isEmpty() || !WebSocketUrl.isAsciiAlpha(s.charAt(0))) {
      return url;
    }
    // scheme state: ASCII alphanumerics, '+', '-' and '.' up to ':'; anything else is failure.
    int i = 1;
    while (WebSocketUrl.isAsciiAlphanumeric(s.charAt(i)) || "+-.".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    if (s.charAt(i) != ':') {
      return url;
    }
    String buffer = s.substring(0, i).toLowerCase(java.util.Locale.ROOT);
    // 1. A special scheme stays special, and a scheme that is not stays not.
    if (WebSocketUrl.isSpecial(url.scheme) != WebSocketUrl.isSpecial(buffer)) {
      return url;
    }
    // 2. No credentials or port in a file URL.
    if ((includesCredentials(url) || url.port >= 0) && buffer.equals("file")) {
      return url;
    }
    // 3. A file URL with an empty host keeps its scheme.
    if (url.scheme.equals("file") && "".equals(url.host)) {
      return url;
    }
    // 4.-5. Set the scheme; the new scheme's default port is no port.
    int port = url.port == WebSocketUrl.defaultPort(buffer) ? -1 : url.port;
    return url.withScheme(buffer).withPort(port);
  }

  /** #dom-url-username: nothing without a host, with the empty host, or in a file URL. */
  static WebSocketUrl username(WebSocketUrl url, String value) {
    if (cannotHaveUsernamePasswordPort(url)) {
      return url;
    }
    // #set-the-username: UTF-8 percent-encode with the userinfo percent-encode set.
    String username = WebSocketUrl.percentEncode(value, WebSocketUrl.USERINFO_SET);
    return url.withUsername(username);
  }

  /** #dom-url-password: as {@link #username}. */
  static WebSocketUrl password(WebSocketUrl url, String value) {
    if (cannotHaveUsernamePasswordPort(url)) {
      return url;
    }
    String password = WebSocketUrl.percentEncode(value, WebSocketUrl.USERINFO_SET);
    return url.withPassword(password);
  }

  /** #dom-url-host: basic URL parse the value with host state override; a port may follow. */
  static WebSocketUrl host(WebSocketUrl url, String value) {
    return hostState(url, value, false);
  }

  /** #dom-url-hostname: as {@link #host} with hostname state override: a ':' is failure. */
  static WebSocketUrl hostname(WebSocketUrl url, String value) {
    return hostState(url, value, true);
  }

  /** #dom-url-port: the empty string removes the port; else port state override. */
  static WebSocketUrl port(WebSocketUrl url, String value) {
    if (cannotHaveUsernamePasswordPort(url)) {
      return url;
    }
    if (value.isEmpty()) {
      return url.withPort(-1);
    }
    return portState(url, withoutTabOrNewline(value), 0);
  }

  /** #dom-url-pathname: the path emptied, then path start state override. */
  static WebSocketUrl pathname(WebSocketUrl url, String value) {
    if (url.opaquePath) {
      return url;
    }
    String s = withoutTabOrNewline(value);
    List<String> path = new ArrayList<>();
    // path start state
    if (WebSocketUrl.isSpecial(url.scheme)) {
      boolean slash = !s.isEmpty() && (s.charAt(0) == '/' || s.charAt(0) == '\\');
      WebSocketUrl.pathState(slash ? s.substring(1) : s, url.scheme, path);
    } else if (!s.isEmpty()) {
      WebSocketUrl.pathState(s.charAt(0) == '/' ? s.substring(1) : s, url.scheme, path);
    } else if (url.host == null) {
      path.add("");
    }
    // With state override, '?' and '#' are path code points: the path percent-encode set has them.
    StringBuilder serialized = new StringBuilder();
    for (String segment : path) {
      serialized.append('/').append(segment);
    }
    return url.withPath(serialized.toString());
  }

  /**
   * #dom-url-search: the empty string removes the query; else the value without one leading '?',
   * through the query state with state override ('#' is a query code point there).
   */
  static WebSocketUrl search(WebSocketUrl url, String value) {
    String query =
        value.isEmpty()
            ? null
            : WebSocketUrl.encodeQuery(
                url.scheme,
                withoutTabOrNewline(value.startsWith("?") ? value.substring(1) : value));
    return url.withQuery(query);
  }

  /** #dom-url-hash: as {@link #search}, with '#' and the fragment state. */
  static WebSocketUrl hash(WebSocketUrl url, String value) {
    String fragment =
        value.isEmpty()
            ? null
            : WebSocketUrl.percentEncode(
                withoutTabOrNewline(value.startsWith("#") ? value.substring(1) : value),
                WebSocketUrl.FRAGMENT_SET);
    return url.withFragment(fragment);
  }

  /**
   * "host state" and "hostname state" with state override, or "file host state" in a file URL; for
   * the host setter a ':' outside brackets goes on to the port state.
   */
  private static WebSocketUrl hostState(WebSocketUrl url, String value, boolean hostname) {
    if (url.opaquePath) {
      return url;
    }
    String s = withoutTabOrNewline(value);
    boolean special = WebSocketUrl.isSpecial(url.scheme);
    if (url.scheme.equals("file")) {
      return fileHostState(url, s);
    }
    boolean inBrackets = false;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : 0;
      boolean eof = i == s.length();
      if (!eof && c == ':' && !inBrackets) {
        if (i == 0 || hostname) {
          return url; // no host before the ':', or the hostname setter: failure
        }
        String host = parsedHost(s.substring(0, i), special);
        if (host == null) {
          return url;
        }
        return portState(url.withHost(host), s, i + 1);
      }
      if (eof || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
        String buffer = s.substring(0, i);
        if (special && buffer.isEmpty()) {
          return url; // host-missing: failure
        }
        if (buffer.isEmpty() && (includesCredentials(url) || url.port >= 0)) {
          return url;
        }
        String host = parsedHost(buffer, special);
        return host == null ? url : url.withHost(host);
      }
      if (c == '[') {
        inBrackets = true;
      } else if (c == ']') {
        inBrackets = false;
      }
    }
    throw new AssertionError("the loop ends at the end of the input");
  }

  /** "file host state" with state override: up to '/', '\', '?' or '#'; "localhost" is "". */
  private static WebSocketUrl fileHostState(WebSocketUrl url, String s) {
    int end = 0;
    while (end < s.length() && "/\\?#".indexOf(s.charAt(end)) < 0) {
      end++;
    }
    String buffer = s.substring(0, end);
    if (buffer.isEmpty()) {
      return url.withHost("");
    }
    String host = parsedHost(buffer, true);
    if (host == null) {
      return url;
    }
    return url.withHost(host.equals("localhost") ? "" : host);
  }

  /**
   * "port state" with state override from {@code s[from]}: the ASCII digits up to the first other
   * code point; none leaves the port; more than 65535 is failure; the scheme's default is none.
   */
  private static WebSocketUrl portState(WebSocketUrl url, String s, int from) {
    long port = 0;
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      port = port * 10 + (s.charAt(i) - '0');
      if (port > 65535) {
        return url;
      }
      i++;
    }
    if (i == from) {
      return url;
    }
    return url.withPort(port == WebSocketUrl.defaultPort(url.scheme) ? -1 : (int) port);
  }

  /** The host parser (#concept-host-parser) with isOpaque for a URL that is not special. */
  private static String parsedHost(String input, boolean special) {
    try {
      return special ? WebSocketUrl.parseHost(input) : WebSocketUrl.parseOpaqueHost(input);
    } catch (WebSocketUrl.ParseException e) {
      return null;
    }
  }

  /** #cannot-have-a-username-password-port. */
  private static boolean cannotHaveUsernamePasswordPort(WebSocketUrl url) {
    return url.host == null || url.host.isEmpty() || url.scheme.equals("file");
  }

  /** #include-credentials. */
  private static boolean includesCredentials(WebSocketUrl url) {
    return !url.username.isEmpty() || !url.password.isEmpty();
  }

  /** Basic URL parser step 3 (with a URL given, leading and trailing spaces stay). */
  private static String withoutTabOrNewline(String s) {
    if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
