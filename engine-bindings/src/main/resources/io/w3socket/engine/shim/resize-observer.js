// resize-observer.js: ResizeObserver, ResizeObserverEntry and ResizeObserverSize (Resize Observer,
// https://drafts.csswg.org/resize-observer/#resize-observer-interface) for a page nobody lays out:
// every element's boxes are 0 × 0, so an observation is reported once, at the first frame after
// observe() (an observation starts with sizes no box has, as in Chromium 156), and never again.

function ResizeObserver(callback) {
  requireNew(this, ResizeObserver, 'ResizeObserver');
  requireArgs(arguments, 1, "construct 'ResizeObserver'");
  if (typeof callback !== 'function') {
    throw new TypeError("Failed to construct 'ResizeObserver': parameter 1 is not of type 'Function'.");
  }
  setSlot(this, {kinds: ['ResizeObserver'], callback: callback, observations: []});
}

var RESIZE_BOXES = ['content-box', 'border-box', 'device-pixel-content-box'];

/** An Element argument of an observer's method, or the TypeError Chromium gives. */
function observedElement(target, method, observer) {
  if (!isElementNode(target)) {
    throw new TypeError("Failed to execute '" + method + "' on '" + observer
        + "': parameter 1 is not of type 'Element'.");
  }
  return target;
}

function removeObservation(s, target) {
  s.observations = s.observations.filter(function (o) {
    return o.target !== target;
  });
}

defineMethods(ResizeObserver.prototype, {
  /** #dom-resizeobserver-observe: a new observation of the target, replacing one it had. */
  observe: function (target) {
    var s = slotOf(this, 'ResizeObserver');
    var what = "execute 'observe' on 'ResizeObserver'";
    requireArgs(arguments, 1, what);
    observedElement(target, 'observe', 'ResizeObserver');
    var options = arguments[1];
    if (options !== undefined && options !== null && !isObject(options)) {
      throw new TypeError('Failed to ' + what + ": The provided value is not of type 'ResizeObserverOptions'.");
    }
    var box = options && options.box !== undefined ? toEnum(options.box, RESIZE_BOXES,
        'ResizeObserverBoxOptions', what + ": Failed to read the 'box' property from 'ResizeObserverOptions'")
        : 'content-box';
    removeObservation(s, target);
    var observation = {target: target, box: box, reported: false};
    s.observations.push(observation);
    var observer = this;
    loadModule('frames').requestRenderingStep(function () {
      broadcastResizes(observer);
    });
  },
  /** #dom-resizeobserver-unobserve. */
  unobserve: function (target) {
    var s = slotOf(this, 'ResizeObserver');
    requireArgs(arguments, 1, "execute 'unobserve' on 'ResizeObserver'");
    removeObservation(s, observedElement(target, 'unobserve', 'ResizeObserver'));
  },
  /** #dom-resizeobserver-disconnect. */
  disconnect: function () {
    slotOf(this, 'ResizeObserver').observations = [];
  }
});
setTag(ResizeObserver.prototype, 'ResizeObserver');

/**
 * #broadcast-active-resize-observations for one observer: an entry for each observation not yet
 * reported (its last reported size still differs from the 0 × 0 box), the callback invoked with
 * them and the observer.
 */
function broadcastResizes(observer) {
  var s = slotOf(observer, 'ResizeObserver');
  var active = s.observations.filter(function (o) {
    return !o.reported;
  });
  if (active.length === 0) {
    return;
  }
  var entries = active.map(function (o) {
    o.reported = true;
    return makeResizeEntry(o.target);
  });
  s.callback.call(observer, entries, observer);
}

function ResizeObserverEntry() {
  illegalConstructor(this, ResizeObserverEntry);
}

function ResizeObserverSize() {
  illegalConstructor(this, ResizeObserverSize);
}

function makeResizeSize() {
  var size = Object.create(ResizeObserverSize.prototype);
  setSlot(size, {kinds: ['ResizeObserverSize'], inlineSize: 0, blockSize: 0});
  return size;
}

/** #create-and-populate-a-resizeobserverentry for a target without a box: every size 0. */
function makeResizeEntry(target) {
  var e = Object.create(ResizeObserverEntry.prototype);
  setSlot(e, {kinds: ['ResizeObserverEntry'], target: target,
    contentRect: loadModule('view').makeDOMRectReadOnly(0, 0, 0, 0),
    borderBoxSize: Object.freeze([makeResizeSize()]),
    contentBoxSize: Object.freeze([makeResizeSize()]),
    devicePixelContentBoxSize: Object.freeze([makeResizeSize()])});
  return e;
}
defineSlotAccessors(ResizeObserverEntry.prototype, 'ResizeObserverEntry', ['target', 'contentRect',
  'borderBoxSize', 'contentBoxSize', 'devicePixelContentBoxSize']);
defineSlotAccessors(ResizeObserverSize.prototype, 'ResizeObserverSize', ['inlineSize', 'blockSize']);
setTag(ResizeObserverEntry.prototype, 'ResizeObserverEntry');
setTag(ResizeObserverSize.prototype, 'ResizeObserverSize');

exposed.ResizeObserver = ResizeObserver;
exposed.ResizeObserverEntry = ResizeObserverEntry;
exposed.ResizeObserverSize = ResizeObserverSize;
