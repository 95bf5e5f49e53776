// screen.js: Screen (CSSOM View #the-screen-interface, with Chromium's availLeft, availTop and
// isExtended) and ScreenOrientation (Screen Orientation #screenorientation-interface) of this
// host's one screen, VIEWPORT's (cssom-view.js), and the window's VisualViewport; none of them
// ever changes, so none fires an event.

function Screen() {
  illegalConstructor(this, Screen);
}
inherit(Screen, EventTarget);

var SCREEN = {
  availWidth: function () {
    return VIEWPORT.screenWidth;
  },
  availHeight: function () {
    return VIEWPORT.screenHeight;
  },
  width: function () {
    return VIEWPORT.screenWidth;
  },
  height: function () {
    return VIEWPORT.screenHeight;
  },
  // #dom-screen-colordepth: 24, as the standard says.
  colorDepth: function () {
    return 24;
  },
  pixelDepth: function () {
    return 24;
  },
  availLeft: function () {
    return 0;
  },
  availTop: function () {
    return 0;
  },
  isExtended: function () {
    return false;
  },
  orientation: function (s) {
    return s.orientation;
  }
};
Object.keys(SCREEN).forEach(function (name) {
  defineAccessor(Screen.prototype, name, function () {
    return SCREEN[name](slotOf(this, 'Screen'));
  });
});
defineEventHandler(Screen.prototype, 'Screen', 'change');
setTag(Screen.prototype, 'Screen');

function ScreenOrientation() {
  illegalConstructor(this, ScreenOrientation);
}
inherit(ScreenOrientation, EventTarget);
defineAccessor(ScreenOrientation.prototype, 'type', function () {
  slotOf(this, 'ScreenOrientation');
  return VIEWPORT.screenHeight > VIEWPORT.screenWidth ? 'portrait-primary' : 'landscape-primary';
});
defineAccessor(ScreenOrientation.prototype, 'angle', function () {
  slotOf(this, 'ScreenOrientation');
  return 0;
});
var ORIENTATION_LOCKS = ['any', 'natural', 'landscape', 'portrait', 'portrait-primary',
  'portrait-secondary', 'landscape-primary', 'landscape-secondary'];
/** #dfn-abort-any-pending-lock-request: the promise a lock() left pending, rejected. */
function abortPendingLock(s) {
  var pending = s.pendingLock;
  if (pending) {
    s.pendingLock = null;
    pending.reject(new DOMException(
        'A call to screen.orientation.lock() or screen.orientation.unlock() canceled this call.',
        'AbortError'));
  }
}

defineMethods(ScreenOrientation.prototype, {
  /**
   * #dom-screenorientation-lock: a lock this host's one screen cannot take (Chromium's
   * NotSupportedError, in a later task), unless an unlock() or a new lock() aborts it first.
   */
  lock: function (orientation) {
    try {
      var s = slotOf(this, 'ScreenOrientation');
      requireArgs(arguments, 1, "execute 'lock' on 'ScreenOrientation'");
      toEnum(orientation, ORIENTATION_LOCKS, 'OrientationLockType',
          "execute 'lock' on 'ScreenOrientation'");
    } catch (e) {
      return Promise.reject(e);
    }
    abortPendingLock(s);
    var pending = {};
    var promise = new Promise(function (resolve, reject) {
      pending.reject = reject;
    });
    s.pendingLock = pending;
    queueTask(function () {
      if (s.pendingLock === pending) {
        s.pendingLock = null;
        pending.reject(new DOMException('screen.orientation.lock() is not available on this device.',
            'NotSupportedError'));
      }
    });
    return promise;
  },
  /** #dom-screenorientation-unlock: nothing is locked; a pending lock() is aborted. */
  unlock: function () {
    abortPendingLock(slotOf(this, 'ScreenOrientation'));
  }
});
defineEventHandler(ScreenOrientation.prototype, 'ScreenOrientation', 'change');
setTag(ScreenOrientation.prototype, 'ScreenOrientation');

var screen = Object.create(Screen.prototype);
initTarget(screen, ['EventTarget', 'Screen']).orientation = (function () {
  var o = Object.create(ScreenOrientation.prototype);
  initTarget(o, ['EventTarget', 'ScreenOrientation']);
  return o;
})();

exposed.Screen = Screen;
exposed.ScreenOrientation = ScreenOrientation;

/** The window's [SameObject]-like screen (a [Replaceable] attribute: cssom-view.js). */
function theScreen() {
  return screen;
}

/**
 * VisualViewport (CSSOM View #the-visualviewport-interface): the layout viewport itself, unscaled
 * and never scrolled; it never changes, so it fires no resize or scroll.
 */
function VisualViewport() {
  illegalConstructor(this, VisualViewport);
}
inherit(VisualViewport, EventTarget);
var VISUAL_VIEWPORT = {
  offsetLeft: 0, offsetTop: 0, pageLeft: 0, pageTop: 0, scale: 1
};
Object.keys(VISUAL_VIEWPORT).forEach(function (name) {
  defineAccessor(VisualViewport.prototype, name, function () {
    slotOf(this, 'VisualViewport');
    return VISUAL_VIEWPORT[name];
  });
});
defineAccessor(VisualViewport.prototype, 'width', function () {
  slotOf(this, 'VisualViewport');
  return VIEWPORT.width;
});
defineAccessor(VisualViewport.prototype, 'height', function () {
  slotOf(this, 'VisualViewport');
  return VIEWPORT.height;
});
['resize', 'scroll', 'scrollend'].forEach(function (type) {
  defineEventHandler(VisualViewport.prototype, 'VisualViewport', type);
});
setTag(VisualViewport.prototype, 'VisualViewport');

var visualViewport = Object.create(VisualViewport.prototype);
initTarget(visualViewport, ['EventTarget', 'VisualViewport']);

/** The window's visualViewport (a [Replaceable] attribute: cssom-view.js). */
function theVisualViewport() {
  return visualViewport;
}

exposed.VisualViewport = VisualViewport;
