package io.w3socket.engine;

import io.w3socket.engine.spi.HostFunctions;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Host functions of several areas (the bridge's, the workers') as the one object a realm exposes.
 * Names must not repeat across areas. Immutable.
 */
final class JoinedFunctions implements HostFunctions {
  private final List<HostFunctions> areas;
  private final Set<String> names;

  private JoinedFunctions(List<HostFunctions> areas) {
    this.areas = areas;
    Set<String> all = new LinkedHashSet<>();
    for (HostFunctions area : areas) {
      for (String name : area.names()) {
        if (!all.add(name)) {
          throw new IllegalArgumentException("host function " + name + " is defined twice");
        }
      }
    }
    this.names = Collections.unmodifiableSet(all);
  }

  static HostFunctions of(HostFunctions... areas) {
    return new JoinedFunctions(List.of(areas));
  }

  @Override
  public Set<String> names() {
    return names;
  }

  @Override
  public Object call(String name, List<Object> args) {
    for (HostFunctions area : areas) {
      if (area.names().contains(name)) {
        return area.call(name, args);
      }
    }
    throw new IllegalArgumentException("no host function " + name);
  }
}
