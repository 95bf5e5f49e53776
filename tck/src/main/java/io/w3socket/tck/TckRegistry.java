package io.w3socket.tck;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which adapter each TCK test class runs, so that the report can name the implementation and its
 * known deviations. Keyed by the outermost class (the implementor's subclass).
 */
public final class TckRegistry {
  private static final Map<String, WebSocketAdapter> ADAPTERS = new ConcurrentHashMap<>();

  private TckRegistry() {
  }

  static void register(Class<?> testClass, WebSocketAdapter adapter) {
    ADAPTERS.putIfAbsent(outermost(testClass).getName(), adapter);
  }

  /**
   * Returns the adapter that ran tests of this outermost class, or null.
   *
   * @param outermostClassName the class name
   * @return the adapter or null
   */
  public static WebSocketAdapter adapterFor(String outermostClassName) {
    return ADAPTERS.get(outermostClassName);
  }

  /**
   * Returns the outermost enclosing class.
   *
   * @param c a class
   * @return its outermost enclosing class, or itself
   */
  public static Class<?> outermost(Class<?> c) {
    Class<?> top = c;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    return top;
  }
}
