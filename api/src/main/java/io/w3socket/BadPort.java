package io.w3socket;

import java.util.Arrays;

/**
 * Fetch's port blocking (https://fetch.spec.whatwg.org/#port-blocking): the ports a browser never
 * connects to over HTTP(S), so a WebSocket to one of them fails as a network error does.
 */
final class BadPort {
  /** #bad-port: the first column of the standard's table, ascending. */
  private static final int[] PORTS = {
    0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101,
    102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427,
    465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990,
    993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667,
    6668, 6669, 6679, 6697, 10080
  };

  private BadPort() {}

  /**
   * #block-bad-port steps 1-2: whether a fetch of this URL is blocked. A WebSocket URL's request
   * has an HTTP(S) scheme (ws → http, wss → https, #concept-websocket-establish step 1), so only
   * the port decides; a port left to the scheme's default (null in the URL) is never bad.
   *
   * @param url a ws or wss URL
   */
  static boolean blocks(WebSocketUrl url) {
    return url.port >= 0 && Arrays.binarySearch(PORTS, url.port) >= 0;
  }
}
