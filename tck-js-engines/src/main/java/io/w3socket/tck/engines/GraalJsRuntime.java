package io.w3socket.tck.engines;

import io.w3socket.engine.JsEngine;

/** w3socket on GraalJS, the JS TCK's host {@code graaljs}. */
public final class GraalJsRuntime extends W3socketRuntime {
  /** Called by {@link java.util.ServiceLoader}. */
  public GraalJsRuntime() {
    super(JsEngine.GRAALJS);
  }
}
