// cssom-view.js: CSSOM View's members of Window, Element, HTMLElement and Document
// (https://drafts.csswg.org/cssom-view/#extensions-to-the-window-interface and the sections after
// it) for a page nobody lays out: the window is a viewport of VIEWPORT's size on a screen of the
// same size, never scrolled; elements have no CSS layout box, so their boxes and
// offsets are zero, as the standard answers for an element without one, and scrolling leaves
// everything where it is. The scroll methods return promises, as Chromium 156 and the draft's
// "scroll method promises" do, resolved with Chromium's {interrupted: false}.

/**
 * The window's viewport and its screen, in CSS pixels, one device pixel each: plain headless
 * Chromium's screen, its default window size (media-queries.js matches against them too).
 */
var VIEWPORT = {width: 800, height: 600, screenWidth: 800, screenHeight: 600, pixelRatio: 1};

/**
 * WebIDL #Replaceable: an attribute of the window whose setter replaces it with an own data
 * property of the value assigned.
 */
function defineReplaceable(name, get) {
  Object.defineProperty(global, name, {
    get: get,
    set: function (v) {
      Object.defineProperty(global, name, {value: v, writable: true, enumerable: true, configurable: true});
    },
    enumerable: true,
    configurable: true
  });
}

function zero() {
  return 0;
}

// #dom-window-innerwidth and the rest: the viewport's size; no scrolling; the window at the
// screen's origin (#dom-window-screenx: zero "if there is no such thing" as a client window apart
// from the viewport); one device pixel per CSS pixel.
defineReplaceable('innerWidth', function () {
  return VIEWPORT.width;
});
defineReplaceable('innerHeight', function () {
  return VIEWPORT.height;
});
defineReplaceable('outerWidth', function () {
  return VIEWPORT.width;
});
defineReplaceable('outerHeight', function () {
  return VIEWPORT.height;
});
['scrollX', 'pageXOffset', 'scrollY', 'pageYOffset', 'screenX', 'screenLeft', 'screenY',
  'screenTop'].forEach(function (name) {
  defineReplaceable(name, zero);
});
defineReplaceable('devicePixelRatio', function () {
  return VIEWPORT.pixelRatio;
});
defineReplaceable('screen', function () {
  return loadModule('view').theScreen();
});
defineReplaceable('visualViewport', function () {
  return loadModule('view').theVisualViewport();
});

var SCROLL_BEHAVIORS = ['auto', 'instant', 'smooth'];

/** A scroll method's promise: resolved with Chromium's result, a scroll nothing interrupted. */
function scrolled() {
  return Promise.resolve({interrupted: false});
}

/** ScrollOptions' behavior, read as a dictionary member is. */
function scrollBehavior(options, what) {
  var b = options.behavior;
  return b === undefined ? 'auto' : toEnum(b, SCROLL_BEHAVIORS, 'ScrollBehavior',
      what + ": Failed to read the 'behavior' property from 'ScrollOptions'");
}

/**
 * The arguments of scroll(), scrollTo() and scrollBy() on a window or an element: (optional
 * ScrollToOptions options) or (unrestricted double x, unrestricted double y), converted as WebIDL
 * #es-overloads says; the scroll itself moves nothing (#dom-window-scroll: the viewport's
 * scrolling area is the viewport, so every position clamps to 0).
 */
function scrollMethod(method, target) {
  var what = "execute '" + method + "' on '" + target + "'";
  return function () {
    try {
      if (target === 'Element') {
        slotOf(this, 'Element');
      }
      if (arguments.length >= 2) {
        Number(arguments[0]);
        Number(arguments[1]);
      } else {
        var o = arguments[0];
        if (o !== undefined && o !== null && !isObject(o)) {
          throw new TypeError('Failed to ' + what + ": The provided value is not of type 'ScrollToOptions'.");
        }
        o = o || {};
        scrollBehavior(o, what);
        Number(o.left);
        Number(o.top);
      }
    } catch (e) {
      return Promise.reject(e);
    }
    return scrolled();
  };
}

/** #dom-window-moveto and the rest: nothing for a window no script opened (their step 1). */
function windowGeometryMethod(method) {
  return function (x, y) {
    requireArgs(arguments, 2, "execute '" + method + "' on 'Window'");
    toLong(x);
    toLong(y);
  };
}

['scroll', 'scrollTo', 'scrollBy'].forEach(function (name) {
  define(global, name, scrollMethod(name, 'Window'));
});
['moveTo', 'moveBy', 'resizeTo', 'resizeBy'].forEach(function (name) {
  define(global, name, windowGeometryMethod(name));
});

/** Whether the element is the page's root element, whose box is the viewport's. */
function isViewportRoot(el) {
  return el === document.documentElement;
}

var SCROLL_POSITIONS = ['start', 'center', 'end', 'nearest'];

defineMethods(Element.prototype, {
  /** #dom-element-getclientrects step 1: no associated box, an empty list. */
  getClientRects: function () {
    slotOf(this, 'Element');
    return loadModule('view').makeDOMRectList([]);
  },
  /** #dom-element-getboundingclientrect step 3: an empty list, a rectangle of zeros. */
  getBoundingClientRect: function () {
    slotOf(this, 'Element');
    return loadModule('view').makeDOMRect(0, 0, 0, 0);
  },
  /** #dom-element-scrollintoview: (boolean or ScrollIntoViewOptions), then nothing to scroll. */
  scrollIntoView: function (arg) {
    var what = "execute 'scrollIntoView' on 'Element'";
    try {
      slotOf(this, 'Element');
      if (arg === undefined || arg === null || isObject(arg)) {
        var o = arg || {};
        var from = what + ": Failed to read the '%s' property from 'ScrollIntoViewOptions'";
        scrollBehavior(o, what);
        if (o.block !== undefined) {
          toEnum(o.block, SCROLL_POSITIONS, 'ScrollLogicalPosition', from.replace('%s', 'block'));
        }
        if (o.container !== undefined) {
          toEnum(o.container, ['all', 'nearest'], 'ScrollIntoViewContainer',
              from.replace('%s', 'container'));
        }
        if (o.inline !== undefined) {
          toEnum(o.inline, SCROLL_POSITIONS, 'ScrollLogicalPosition', from.replace('%s', 'inline'));
        }
      }
    } catch (e) {
      return Promise.reject(e);
    }
    return scrolled();
  },
  scroll: scrollMethod('scroll', 'Element'),
  scrollTo: scrollMethod('scrollTo', 'Element'),
  scrollBy: scrollMethod('scrollBy', 'Element'),
  /** #dom-element-checkvisibility step 1: an element without a box is not visible. */
  checkVisibility: function () {
    slotOf(this, 'Element');
    var options = arguments[0];
    if (options !== undefined && options !== null && !isObject(options)) {
      throw new TypeError("Failed to execute 'checkVisibility' on 'Element': The provided value is "
          + "not of type 'CheckVisibilityOptions'.");
    }
    return false;
  }
});

// #dom-element-scrolltop and scrollLeft: zero without a box (the root's is the window's scroll
// position, zero too); setting them scrolls nothing.
['scrollTop', 'scrollLeft'].forEach(function (name) {
  defineAccessor(Element.prototype, name, function () {
    slotOf(this, 'Element');
    return 0;
  }, function (v) {
    slotOf(this, 'Element');
    Number(v);
  });
});
// #dom-element-scrollwidth, #dom-element-clientwidth and the heights: the root element's are the
// viewport's (step 2 of each, the document not being in quirks mode); others have no box: zero.
[['scrollWidth', 'width'], ['scrollHeight', 'height'], ['clientWidth', 'width'],
  ['clientHeight', 'height']].forEach(function (pair) {
  defineAccessor(Element.prototype, pair[0], function () {
    slotOf(this, 'Element');
    return isViewportRoot(this) ? VIEWPORT[pair[1]] : 0;
  });
});
['clientTop', 'clientLeft'].forEach(function (name) {
  defineAccessor(Element.prototype, name, function () {
    slotOf(this, 'Element');
    return 0;
  });
});

// #dom-htmlelement-offsetparent and the offsets: null and zero for an element without a box.
defineAccessor(HTMLElement.prototype, 'offsetParent', function () {
  slotOf(this, 'Element');
  return null;
});
['offsetTop', 'offsetLeft', 'offsetWidth', 'offsetHeight'].forEach(function (name) {
  defineAccessor(HTMLElement.prototype, name, function () {
    slotOf(this, 'Element');
    return 0;
  });
});

/**
 * #dom-document-elementsfrompoint: no box is hit, so a point in the viewport finds only the root
 * element (the last step's append), a point outside it nothing.
 */
function elementsAtPoint(doc, args, method) {
  var what = "execute '" + method + "' on 'Document'";
  slotOf(doc, 'Document');
  requireArgs(args, 2, what);
  var x = toFiniteDouble(args[0], what);
  var y = toFiniteDouble(args[1], what);
  var root = doc.documentElement;
  return x < 0 || y < 0 || x > VIEWPORT.width || y > VIEWPORT.height || root === null ? [] : [root];
}

defineMethods(Document.prototype, {
  /** #dom-document-elementfrompoint: the root element for a point in the viewport, else null. */
  elementFromPoint: function (x, y) {
    var found = elementsAtPoint(this, arguments, 'elementFromPoint');
    return found.length > 0 ? found[0] : null;
  },
  elementsFromPoint: function (x, y) {
    return elementsAtPoint(this, arguments, 'elementsFromPoint');
  }
});

/** #dom-document-scrollingelement: the root element (no document here is in quirks mode). */
defineAccessor(Document.prototype, 'scrollingElement', function () {
  return this.documentElement;
});
