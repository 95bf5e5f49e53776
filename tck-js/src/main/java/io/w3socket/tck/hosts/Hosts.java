package io.w3socket.tck.hosts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The hosts the suite can run in, by id, in report column order. */
public final class Hosts {
  /** Every host id, in the order {@code --host all} runs them. */
  public static final List<String> ALL =
      List.of("graaljs", "nashorn", "chromium", "node", "htmlunit");

  private Hosts() {}

  /** The host with this id. */
  public static Host byId(String id) {
    return switch (id.toLowerCase(Locale.ROOT)) {
      case "graaljs" -> new EngineHost(EngineHost.Kind.GRAALJS);
      case "nashorn" -> new EngineHost(EngineHost.Kind.NASHORN);
      case "chromium" -> new ChromiumHost();
      case "node" -> new NodeHost();
      case "htmlunit" -> new HtmlUnitHost();
      default ->
          throw new IllegalArgumentException(
              "unknown host '" + id + "' (use " + String.join(", ", ALL) + " or all)");
    };
  }

  /** Parses a comma-separated list ("all" for every host), keeping order, without repeats. */
  public static List<String> parseList(String list) {
    List<String> ids = new ArrayList<>();
    for (String part : list.split(",")) {
      String id = part.strip().toLowerCase(Locale.ROOT);
      if (id.isEmpty()) {
        continue;
      }
      if (id.equals("all")) {
        ALL.stream().filter(h -> !ids.contains(h)).forEach(ids::add);
      } else {
        byId(id);
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("no host given");
    }
    return ids;
  }
}
