// intersection-observer.js: IntersectionObserver and IntersectionObserverEntry (Intersection
// Observer, https://w3c.github.io/IntersectionObserver/#intersection-observer-interface) for a page
// nobody lays out: no target has a box, so each one observed is reported once, at the first frame
// after observe(), as not intersecting with every rectangle zero (what Chromium 156 reports for a
// target without a box), and never again.

function IntersectionObserver(callback) {
  requireNew(this, IntersectionObserver, 'IntersectionObserver');
  var what = "construct 'IntersectionObserver'";
  requireArgs(arguments, 1, what);
  if (typeof callback !== 'function') {
    throw new TypeError('Failed to ' + what + ": parameter 1 is not of type 'Function'.");
  }
  var options = arguments[1];
  if (options !== undefined && options !== null && !isObject(options)) {
    throw new TypeError('Failed to ' + what + ": The provided value is not of type 'IntersectionObserverInit'.");
  }
  options = options || {};
  // IntersectionObserverInit's members, in their (lexicographic) order.
  var delay = toLong(options.delay);
  var root = options.root === undefined ? null : options.root;
  if (root !== null && !(isElementNode(root) || (isNode(root) && root[SLOT].nodeType === 9))) {
    throw new TypeError('Failed to ' + what + ": Failed to read the 'root' property from "
        + "'IntersectionObserverInit': The provided value is not of type '(Document or Element)'.");
  }
  var rootMargin = options.rootMargin === undefined ? '0px' : toDOMString(options.rootMargin);
  var scrollMargin = options.scrollMargin === undefined ? '0px' : toDOMString(options.scrollMargin);
  var threshold = options.threshold === undefined ? 0 : options.threshold;
  var thresholds = (isObject(threshold) ? Array.prototype.slice.call(threshold) : [threshold])
      .map(function (t) {
        return toFiniteDouble(t, what);
      });
  var trackVisibility = toBoolean(options.trackVisibility);
  // #dom-intersectionobserver-intersectionobserver: the margins parsed, the thresholds checked and
  // sorted ([0] if none), a visibility-tracking delay of at least 100 ms.
  var margins = parseIntersectionMargin(rootMargin, 'rootMargin', what);
  var scrollMargins = parseIntersectionMargin(scrollMargin, 'scrollMargin', what);
  thresholds.forEach(function (t) {
    if (t < 0 || t > 1) {
      throw new RangeError('Failed to ' + what + ': Threshold values must be numbers between 0 and 1');
    }
  });
  thresholds.sort(function (a, b) {
    return a - b;
  });
  if (thresholds.length === 0) {
    thresholds = [0];
  }
  if (trackVisibility && delay < 100) {
    throw new DOMException('Failed to ' + what + ": To enable the 'trackVisibility' option, you must "
        + "also use a 'delay' option with a value of at least 100. Visibility is more expensive to "
        + 'compute than the basic intersection; enabling this option may negatively affect your '
        + "page's performance. Please make sure you really need visibility tracking before enabling "
        + "the 'trackVisibility' option.", 'NotAllowedError');
  }
  setSlot(this, {kinds: ['IntersectionObserver'], callback: callback, root: root,
    rootMargin: margins.join(' '), scrollMargin: scrollMargins.join(' '),
    thresholds: Object.freeze(thresholds), delay: delay, trackVisibility: trackVisibility,
    targets: [], queued: [], taskQueued: false});
}

/**
 * #parse-a-margin: one to four lengths in px or percentages, as four (top, right, bottom, left);
 * a SyntaxError with Chromium's message otherwise.
 */
function parseIntersectionMargin(text, name, what) {
  var tokens = text.split(/[ \t\n\r\f]+/).filter(function (t) {
    return t !== '';
  });
  if (tokens.length > 4) {
    throw new DOMException('Failed to ' + what + ': Extra text found at the end of ' + name + '.',
        'SyntaxError');
  }
  var values = tokens.map(function (t) {
    var m = /^([+-]?(?:\d*\.\d+|\d+)(?:e[+-]?\d+)?)(px|%)?$/i.exec(t);
    if (!m || (m[2] === undefined && Number(m[1]) !== 0)) {
      throw new DOMException('Failed to ' + what + ': ' + name
          + ' must be specified in absolute length units or percent.', 'SyntaxError');
    }
    return String(Number(m[1])) + (m[2] === '%' ? '%' : 'px');
  });
  if (values.length === 0) {
    values = ['0px'];
  }
  return [values[0], values[1] || values[0], values[2] || values[0], values[3] || values[1] || values[0]];
}

defineAccessor(IntersectionObserver.prototype, 'root', function () {
  return slotOf(this, 'IntersectionObserver').root;
});
defineSlotAccessors(IntersectionObserver.prototype, 'IntersectionObserver', ['rootMargin',
  'scrollMargin', 'thresholds', 'delay', 'trackVisibility']);

defineMethods(IntersectionObserver.prototype, {
  /** #dom-intersectionobserver-observe: a target observed once, first reported at the next frame. */
  observe: function (target) {
    var s = slotOf(this, 'IntersectionObserver');
    requireArgs(arguments, 1, "execute 'observe' on 'IntersectionObserver'");
    observedElement(target, 'observe', 'IntersectionObserver');
    if (s.targets.some(function (t) {
      return t.target === target;
    })) {
      return;
    }
    s.targets.push({target: target, previousThresholdIndex: -1});
    var observer = this;
    loadModule('frames').requestRenderingStep(function (now) {
      updateIntersections(observer, now);
    });
  },
  /** #dom-intersectionobserver-unobserve. */
  unobserve: function (target) {
    var s = slotOf(this, 'IntersectionObserver');
    requireArgs(arguments, 1, "execute 'unobserve' on 'IntersectionObserver'");
    observedElement(target, 'unobserve', 'IntersectionObserver');
    s.targets = s.targets.filter(function (t) {
      return t.target !== target;
    });
  },
  /** #dom-intersectionobserver-disconnect. */
  disconnect: function () {
    slotOf(this, 'IntersectionObserver').targets = [];
  },
  /** #dom-intersectionobserver-takerecords: the queued entries, the queue emptied. */
  takeRecords: function () {
    var s = slotOf(this, 'IntersectionObserver');
    var queue = s.queued;
    s.queued = [];
    return queue;
  }
});
setTag(IntersectionObserver.prototype, 'IntersectionObserver');

/**
 * #update-intersection-observations-algo for one observer: a target whose threshold index changed
 * (only from the -1 it starts with: no target has a box, so none intersects) gets an entry, and an
 * intersection observer task is queued to deliver them (#queue-an-intersection-observer-task).
 */
function updateIntersections(observer, now) {
  var s = slotOf(observer, 'IntersectionObserver');
  s.targets.forEach(function (t) {
    if (t.previousThresholdIndex !== 0) {
      t.previousThresholdIndex = 0;
      s.queued.push(makeIntersectionEntry(t.target, now));
    }
  });
  if (s.queued.length > 0 && !s.taskQueued) {
    s.taskQueued = true;
    queueTask(function () {
      // #notify-intersection-observers: the queue taken, the callback invoked if it held any.
      s.taskQueued = false;
      var entries = s.queued;
      s.queued = [];
      if (entries.length > 0) {
        s.callback.call(observer, entries, observer);
      }
    });
  }
}

function IntersectionObserverEntry() {
  illegalConstructor(this, IntersectionObserverEntry);
}

function makeIntersectionEntry(target, now) {
  var view = loadModule('view');
  var e = Object.create(IntersectionObserverEntry.prototype);
  setSlot(e, {kinds: ['IntersectionObserverEntry'], time: now, target: target,
    rootBounds: view.makeDOMRectReadOnly(0, 0, 0, 0),
    boundingClientRect: view.makeDOMRectReadOnly(0, 0, 0, 0),
    intersectionRect: view.makeDOMRectReadOnly(0, 0, 0, 0),
    isIntersecting: false, isVisible: false, intersectionRatio: 0});
  return e;
}
defineSlotAccessors(IntersectionObserverEntry.prototype, 'IntersectionObserverEntry', ['time',
  'rootBounds', 'boundingClientRect', 'intersectionRect', 'isIntersecting', 'isVisible',
  'intersectionRatio', 'target']);
setTag(IntersectionObserverEntry.prototype, 'IntersectionObserverEntry');

exposed.IntersectionObserver = IntersectionObserver;
exposed.IntersectionObserverEntry = IntersectionObserverEntry;
