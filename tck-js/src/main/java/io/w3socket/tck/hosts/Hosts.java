package io.w3socket.tck.hosts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The hosts the suite can run in, by id, in report column order. */
public final class Hosts {
  /** Every host id, in the order {@code --host all} runs them. */
  public static final List<String> ALL =
      List.of("graaljs", "nashorn", "chromium", "node", "htmlunit");

  private Hosts() {}

  /** w3socket's own runtimes, registered by the artifact {@link #ENGINES_ARTIFACT}. */
  private static final List<String> W3SOCKET = List.of("graaljs", "nashorn");

  /** The artifact that registers w3socket's GraalJS and Nashorn runtimes. */
  static final String ENGINES_ARTIFACT = "io.w3socket:w3socket-tck-js-engines";

  /**
   * The host with this id: a browser or Node, or a {@link PageRuntime} registered on the class path
   * (w3socket's {@code graaljs} and {@code nashorn}, or your own).
   *
   * @throws IllegalArgumentException for an id that is none of these
   */
  public static Host byId(String id) {
    String key = id.toLowerCase(Locale.ROOT);
    switch (key) {
      case "chromium":
        return new ChromiumHost();
      case "node":
        return new NodeHost();
      case "htmlunit":
        return new HtmlUnitHost();
      default:
        break;
    }
    Optional<PageRuntime> runtime = EngineHost.find(key);
    if (runtime.isPresent()) {
      return new EngineHost(runtime.get());
    }
    if (W3SOCKET.contains(key)) {
      return new Unavailable(key, "not on the class path: add the dependency " + ENGINES_ARTIFACT);
    }
    throw new IllegalArgumentException(
        "unknown host '" + id + "' (use " + String.join(", ", ALL) + " or all)");
  }

  /** A known host whose runtime is missing: reported as not run, with the reason. */
  private record Unavailable(String id, String reason) implements Host {
    @Override
    public HostResult run(SuiteEnv env) {
      return HostResult.unavailable(id, reason);
    }
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
