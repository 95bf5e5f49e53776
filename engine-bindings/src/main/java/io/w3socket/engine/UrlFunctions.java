package io.w3socket.engine;

import io.w3socket.WhatwgUrl;
import java.util.List;

/** The URL Standard's parser for url.js: the api's one ({@link WhatwgUrl}). */
final class UrlFunctions implements HostArea {
  @Override
  public void register(HostRegistry r) {
    r.add("urlParse", a -> urlParse(a.string(0), a.stringOrNull(1)));
    r.add("urlSet", a -> urlSet(a.string(0), a.string(1), a.string(2)));
  }

  /**
   * The URL interface's getters in the order href, origin, protocol, username, password, host,
   * hostname, port, pathname, search, hash; or, when parsing fails, a list of one element, the
   * message naming the problem (the URL setters ignore a failure, the constructor throws).
   */
  private static List<String> urlParse(String input, String base) {
    try {
      return parts(WhatwgUrl.parse(input, base));
    } catch (IllegalArgumentException e) {
      return List.of(e.getMessage());
    }
  }

  /**
   * The getters, as {@link #urlParse} answers them, of the URL {@code href} after the setter of
   * {@code part} (protocol, username, password, host, hostname, port, pathname, search or hash) is
   * given {@code value}. {@code href} is a URL's serialization, so it parses.
   */
  private static List<String> urlSet(String href, String part, String value) {
    WhatwgUrl u = WhatwgUrl.parse(href, null);
    switch (part) {
      case "protocol":
        return parts(u.withProtocol(value));
      case "username":
        return parts(u.withUsername(value));
      case "password":
        return parts(u.withPassword(value));
      case "host":
        return parts(u.withHost(value));
      case "hostname":
        return parts(u.withHostname(value));
      case "port":
        return parts(u.withPort(value));
      case "pathname":
        return parts(u.withPathname(value));
      case "search":
        return parts(u.withSearch(value));
      case "hash":
        return parts(u.withHash(value));
      default:
        throw new IllegalArgumentException("no URL setter named " + part);
    }
  }

  private static List<String> parts(WhatwgUrl u) {
    return List.of(
        u.href(),
        u.origin(),
        u.protocol(),
        u.username(),
        u.password(),
        u.host(),
        u.hostname(),
        u.port(),
        u.pathname(),
        u.search(),
        u.hash());
  }
}
