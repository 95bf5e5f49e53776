// animation-frames.js: requestAnimationFrame and cancelAnimationFrame (HTML #animation-frames), on
// the window and a dedicated worker's global, and the rendering steps that follow a frame's
// callbacks (HTML #update-the-rendering: resize and intersection observations). The host
// (io.w3socket.engine.AnimationFrames) calls frameStart at each frame while callbacks or steps
// wait, then frameStep until it answers false.

/** The map of animation frame callbacks: handles in request order, and the callback of each. */
var frameHandles = [];
var frameCallbacks = {};
var lastFrameHandle = 0;
var frameScheduled = false;

/** The rendering steps the next frame runs after its callbacks, in request order. */
var renderingSteps = [];

/** The frame being run: the handles it runs (those requested before it) and its time. */
var frameRun = null;

function scheduleFrame() {
  if (!frameScheduled) {
    frameScheduled = true;
    host.frameSchedule();
  }
}

/**
 * A step of the next frame's #update-the-rendering after its animation frame callbacks (step 14):
 * {@code step(now)} runs once, with the frame's time, in the order asked.
 */
function requestRenderingStep(step) {
  renderingSteps.push(step);
  scheduleFrame();
}

function requestAnimationFrame(callback) {
  requireArgs(arguments, 1, "execute 'requestAnimationFrame' on '" + globalInterface + "'");
  if (typeof callback !== 'function') {
    throw new TypeError("Failed to execute 'requestAnimationFrame' on '" + globalInterface
        + "': parameter 1 is not of type 'Function'.");
  }
  // #dom-animationframeprovider-requestanimationframe: 2. increment the identifier; 3. map it to
  // the callback; 4. return it.
  var handle = ++lastFrameHandle;
  frameHandles.push(handle);
  frameCallbacks[handle] = callback;
  scheduleFrame();
  return handle;
}

/** #animationframeprovider-cancelanimationframe: remove the handle's entry, if any. */
function cancelAnimationFrame(handle) {
  requireArgs(arguments, 1, "execute 'cancelAnimationFrame' on '" + globalInterface + "'");
  delete frameCallbacks[toUint32(handle)];
}

/**
 * #run-the-animation-frame-callbacks steps 1-2: the handles requested so far are this frame's;
 * a callback's own requests wait for the next frame (the first of them asks for it). Runs the first.
 */
function frameStart(now) {
  frameRun = {handles: frameHandles, next: 0, now: now, steps: renderingSteps};
  frameHandles = [];
  renderingSteps = [];
  frameScheduled = false;
  return frameStep();
}

/**
 * Step 3 for the next handle still in the map (an earlier callback may have canceled it): remove
 * it and invoke its callback with the frame's time, reporting an exception. False once none is left.
 */
function frameStep() {
  var ran = false;
  var run = frameRun;
  while (!ran && run !== null && run.next < run.handles.length) {
    var handle = run.handles[run.next++];
    if (Object.prototype.hasOwnProperty.call(frameCallbacks, handle)) {
      var callback = frameCallbacks[handle];
      delete frameCallbacks[handle];
      try {
        callback.call(global, run.now);
      } catch (e) {
        reportException(e);
      }
      ran = true;
    }
  }
  if (!ran && run !== null) {
    // The frame's callbacks are done: its rendering steps, one per call.
    if (run.steps.length > 0) {
      var step = run.steps.shift();
      try {
        step(run.now);
      } catch (e) {
        reportException(e);
      }
      return true;
    }
    frameRun = null;
  }
  return ran;
}

exposed.requestAnimationFrame = requestAnimationFrame;
exposed.cancelAnimationFrame = cancelAnimationFrame;
