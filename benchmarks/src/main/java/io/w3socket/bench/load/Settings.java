package io.w3socket.bench.load;

import io.w3socket.testserver.Json;
import io.w3socket.testserver.JsonReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What one client run does; crosses to every client as a flat JSON object. */
final class Settings {
  final String url;

  /** Sockets opened at once. */
  final int sockets;

  /** Round trips of one 16-byte text message. */
  final int pingPong;

  /** 16-byte text messages with up to 1,000 in flight. */
  final int pipelined;

  /** Binary messages of {@link #largeSize} bytes with up to 16 in flight. */
  final int large;

  final int largeSize;

  Settings(String url, int sockets, int pingPong, int pipelined, int large, int largeSize) {
    this.url = url;
    this.sockets = sockets;
    this.pingPong = pingPong;
    this.pipelined = pipelined;
    this.large = large;
    this.largeSize = largeSize;
  }

  String toJson() {
    return "{\"url\":"
        + Json.string(url)
        + ",\"sockets\":"
        + sockets
        + ",\"pingPong\":"
        + pingPong
        + ",\"pipelined\":"
        + pipelined
        + ",\"large\":"
        + large
        + ",\"largeSize\":"
        + largeSize
        + "}";
  }

  static Settings parse(String json) {
    Map<?, ?> m = (Map<?, ?>) JsonReader.parse(json);
    return new Settings(
        (String) m.get("url"),
        number(m, "sockets"),
        number(m, "pingPong"),
        number(m, "pipelined"),
        number(m, "large"),
        number(m, "largeSize"));
  }

  private static int number(Map<?, ?> m, String key) {
    return ((Double) m.get(key)).intValue();
  }

  static String jsonStrings(List<String> list) {
    return list.stream().map(Json::string).collect(Collectors.joining(",", "[", "]"));
  }
}
