package io.w3socket.engine;

import io.w3socket.WhatwgUrl;
import java.util.List;

/** The URL Standard's parser for url.js: the api's one ({@link WhatwgUrl}). */
final class UrlFunctions implements HostArea {
  @Override
  public void register(HostRegistry r) {
    r.add("urlParse", a -> urlParse(a.string(0), a.stringOrNull(1)));
  }

  /**
   * The URL interface's getters in the order href, origin, protocol, username, password, host,
   * hostname, port, pathname, search, hash; or, when parsing fails, a list of one element, the
   * message naming the problem (the URL setters ignore a failure, the constructor throws).
   */
  private static List<String> urlParse(String input, String base) {
    try {
      WhatwgUrl u = WhatwgUrl.parse(input, base);
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
    } catch (IllegalArgumentException e) {
      return List.of(e.getMessage());
    }
  }
}
