package io.w3socket.engine;

import io.w3socket.engine.spi.RealmProvider;
import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The engines on the class path: the {@link RealmProvider}s that engine artifacts register, found
 * once with {@link ServiceLoader}. Immutable after class initialisation.
 */
final class Realms {
  private static final Map<JsEngine, RealmProvider> PROVIDERS = load();

  private Realms() {}

  private static Map<JsEngine, RealmProvider> load() {
    Map<JsEngine, RealmProvider> found = new EnumMap<>(JsEngine.class);
    for (RealmProvider p : ServiceLoader.load(RealmProvider.class, Realms.class.getClassLoader())) {
      found.putIfAbsent(p.engine(), p);
    }
    return found;
  }

  /**
   * The provider of an engine.
   *
   * @throws IllegalStateException naming the artifact to add when the engine is not on the class
   *     path
   */
  static RealmProvider provider(JsEngine engine) {
    RealmProvider p = PROVIDERS.get(engine);
    if (p == null) {
      throw new IllegalStateException(
          engine.title()
              + " is not on the class path: add the dependency io.w3socket:"
              + engine.artifactId());
    }
    return p;
  }

  /**
   * The engine used when the embedder names none: the first on the class path, in {@link JsEngine}
   * order (GraalJS before Nashorn).
   *
   * @throws IllegalStateException naming the artifacts when no engine is on the class path
   */
  static JsEngine defaultEngine() {
    for (JsEngine e : JsEngine.values()) {
      if (PROVIDERS.containsKey(e)) {
        return e;
      }
    }
    StringBuilder artifacts = new StringBuilder();
    for (JsEngine e : JsEngine.values()) {
      artifacts
          .append(artifacts.length() == 0 ? "" : " or ")
          .append("io.w3socket:")
          .append(e.artifactId());
    }
    throw new IllegalStateException(
        "no JavaScript engine on the class path: add the dependency " + artifacts);
  }
}
