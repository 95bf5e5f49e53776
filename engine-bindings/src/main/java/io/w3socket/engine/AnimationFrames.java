package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptError;
import java.util.function.Consumer;

/**
 * Animation frames for animation-frames.js (HTML #animation-frames): while callbacks wait, an
 * "update the rendering" opportunity every {@value #FRAME_MS} ms of the time origin's clock (about
 * 60 Hz, as headless Chromium gives them). At each, the shim runs the callbacks requested before it
 * (#run-the-animation-frame-callbacks), one per call, all with the frame's time, the microtask
 * checkpoint after each ({@link CallbackSteps}), as for socket events. Used on the loop thread.
 */
final class AnimationFrames implements HostArea {
  /** Frames are this far apart, in milliseconds. */
  static final long FRAME_MS = 16;

  private final EventLoop loop;

  /** The loop's timer id of the next frame. */
  private final int frameTimer;

  private final TimeOrigin origin;
  private final Consumer<String> errors;

  /** Set by {@link #attach}. */
  private Realm realm;

  AnimationFrames(EventLoop loop, TimeOrigin origin, Consumer<String> errors) {
    this.loop = loop;
    this.frameTimer = loop.hostTimerId();
    this.origin = origin;
    this.errors = errors;
  }

  @Override
  public void attach(Realm realm) {
    this.realm = realm;
  }

  @Override
  public void register(HostRegistry r) {
    // The shim asks once per frame, when the first callback of the next frame is requested.
    r.add(
        "frameSchedule",
        a -> {
          long elapsed = (long) origin.now();
          loop.schedule(frameTimer, FRAME_MS - elapsed % FRAME_MS, this::runFrame);
          return null;
        });
  }

  private void runFrame() {
    try {
      CallbackSteps.runRest(
          realm, realm.callEntryForBoolean("frameStart", origin.now()), "frameStep");
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
    }
  }
}
