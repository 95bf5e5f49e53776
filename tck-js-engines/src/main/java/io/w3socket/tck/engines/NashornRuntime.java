package io.w3socket.tck.engines;

import io.w3socket.engine.JsEngine;

/** w3socket on Nashorn, the JS TCK's host {@code nashorn}. */
public final class NashornRuntime extends W3socketRuntime {
  /** Called by {@link java.util.ServiceLoader}. */
  public NashornRuntime() {
    super(JsEngine.NASHORN);
  }
}
