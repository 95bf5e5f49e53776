package io.w3socket.engine;

import java.util.Locale;

/** The JavaScript engines a {@link BrowserContext} can run pages in. */
public enum JsEngine {
  /** GraalJS (org.graalvm.polyglot), ECMAScript 2024 with Promise jobs. */
  GRAALJS("GraalJS", "w3socket-engine-graaljs"),
  /** Nashorn 15 (org.openjdk.nashorn), ECMAScript 5.1 plus the ES6 subset it implements. */
  NASHORN("Nashorn", "w3socket-engine-nashorn");

  private final String title;
  private final String artifactId;

  JsEngine(String title, String artifactId) {
    this.title = title;
    this.artifactId = artifactId;
  }

  /** The engine's name for people: "GraalJS", "Nashorn". */
  public String title() {
    return title;
  }

  /** The artifact (group {@code io.w3socket}) that puts this engine on the class path. */
  public String artifactId() {
    return artifactId;
  }

  /**
   * Parses an engine name as given on a command line ({@code graaljs}, {@code graal}, {@code js},
   * {@code nashorn}), ignoring case.
   *
   * @param name the name
   * @return the engine
   * @throws IllegalArgumentException for an unknown name
   */
  public static JsEngine parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    switch (n) {
      case "graaljs":
      case "graal":
      case "js":
        return GRAALJS;
      case "nashorn":
        return NASHORN;
      default:
        throw new IllegalArgumentException(
            "unknown engine '" + name + "' (use graaljs or nashorn)");
    }
  }
}
