package io.w3socket.engine;

import io.w3socket.engine.spi.HostFunction;
import io.w3socket.engine.spi.HostFunctions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The host functions by name, as the areas ({@link HostArea}) register them; what the realm exposes
 * to the shim as its {@code host} object. Filled before the realm is installed, read-only after
 * (loop thread).
 */
final class HostRegistry implements HostFunctions {
  private final Map<String, HostFunction> functions = new LinkedHashMap<>();
  private final Map<String, HostFunction> view = Collections.unmodifiableMap(functions);
  private final Consumer<String> errors;

  HostRegistry(Consumer<String> errors) {
    this.errors = errors;
  }

  /** Registers {@code function} as {@code host.name}; a name is registered once. */
  void add(String name, HostFunction function) {
    if (functions.putIfAbsent(name, function) != null) {
      throw new IllegalStateException("host function " + name + " is registered twice");
    }
  }

  @Override
  public Map<String, HostFunction> functions() {
    return view;
  }

  @Override
  public void internalError(String name, RuntimeException e) {
    // No Java exception object ever reaches a script: report it; the script gets undefined.
    errors.accept("internal error in " + name + ": " + e);
  }
}
