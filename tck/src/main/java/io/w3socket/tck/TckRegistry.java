package io.w3socket.tck;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Which adapter each TCK test class runs, so that the report can name the implementation and its
 * known deviations. Keyed by the outermost class (the implementor's subclass).
 */
public final class TckRegistry {
  private static final Map<String, WebSocketAdapter> ADAPTERS = new ConcurrentHashMap<>();

  private TckRegistry() {}

  /**
   * Registers the adapter of each case under the implementor's class: the outermost test instance
   * (the {@link WebSocketTck} subclass, or the verification subclass itself).
   */
  static final class Extension implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
      List<Object> instances = context.getRequiredTestInstances().getAllInstances();
      Object innermost = instances.get(instances.size() - 1);
      if (innermost instanceof TckBase) {
        ADAPTERS.putIfAbsent(
            instances.get(0).getClass().getName(), ((TckBase) innermost).adapter());
      }
    }
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
