// dom-rect.js: DOMRectReadOnly, DOMRect and DOMRectList (Geometry Interfaces,
// https://drafts.fxtf.org/geometry/#DOMRect; CSSOM View #domrectlist), the rectangles that
// getBoundingClientRect() and getClientRects() answer with (cssom-view.js).

/** #dom-domrectreadonly-domrectreadonly: x, y, width and height, each an unrestricted double. */
function DOMRectReadOnly(x, y, width, height) {
  requireNew(this, DOMRectReadOnly, 'DOMRectReadOnly');
  initRect(this, ['DOMRectReadOnly'], x, y, width, height);
}

function DOMRect(x, y, width, height) {
  requireNew(this, DOMRect, 'DOMRect');
  initRect(this, ['DOMRectReadOnly', 'DOMRect'], x, y, width, height);
}
inherit(DOMRect, DOMRectReadOnly);

function initRect(self, kinds, x, y, width, height) {
  setSlot(self, {kinds: kinds, x: rectNumber(x), y: rectNumber(y), width: rectNumber(width),
    height: rectNumber(height)});
}

/** WebIDL #es-unrestricted-double, undefined (an omitted argument) being its default 0. */
function rectNumber(v) {
  return v === undefined ? 0 : Number(v);
}

/** A DOMRectReadOnly of the host's own (as an observer's entry has them). */
function makeDOMRectReadOnly(x, y, width, height) {
  var r = Object.create(DOMRectReadOnly.prototype);
  initRect(r, ['DOMRectReadOnly'], x, y, width, height);
  return r;
}

/** A DOMRect of the host's own (as getBoundingClientRect makes it). */
function makeDOMRect(x, y, width, height) {
  var r = Object.create(DOMRect.prototype);
  initRect(r, ['DOMRectReadOnly', 'DOMRect'], x, y, width, height);
  return r;
}

['x', 'y', 'width', 'height'].forEach(function (name) {
  defineAccessor(DOMRectReadOnly.prototype, name, function () {
    return slotOf(this, 'DOMRectReadOnly')[name];
  });
  // #dom-domrect-x and the rest: DOMRect's own writable attributes.
  defineAccessor(DOMRect.prototype, name, function () {
    return slotOf(this, 'DOMRect')[name];
  }, function (v) {
    slotOf(this, 'DOMRect')[name] = Number(v);
  });
});
// #dom-domrectreadonly-top and the rest: computed from the four, NaN staying NaN.
defineAccessor(DOMRectReadOnly.prototype, 'top', function () {
  var s = slotOf(this, 'DOMRectReadOnly');
  return Math.min(s.y, s.y + s.height);
});
defineAccessor(DOMRectReadOnly.prototype, 'right', function () {
  var s = slotOf(this, 'DOMRectReadOnly');
  return Math.max(s.x, s.x + s.width);
});
defineAccessor(DOMRectReadOnly.prototype, 'bottom', function () {
  var s = slotOf(this, 'DOMRectReadOnly');
  return Math.max(s.y, s.y + s.height);
});
defineAccessor(DOMRectReadOnly.prototype, 'left', function () {
  var s = slotOf(this, 'DOMRectReadOnly');
  return Math.min(s.x, s.x + s.width);
});
defineMethods(DOMRectReadOnly.prototype, {
  /** WebIDL #default-tojson-steps: the attributes, in the interface's order. */
  toJSON: function () {
    slotOf(this, 'DOMRectReadOnly');
    var out = {};
    ['x', 'y', 'width', 'height', 'top', 'right', 'bottom', 'left'].forEach(function (n) {
      out[n] = this[n];
    }, this);
    return out;
  }
});

/** #create-a-domrect-from-the-dictionary: DOMRectInit's members, read in their order. */
function rectFromInit(other, ctor, name) {
  if (other !== undefined && other !== null && !isObject(other)) {
    throw new TypeError("Failed to execute 'fromRect' on '" + name
        + "': The provided value is not of type 'DOMRectInit'.");
  }
  var o = other === undefined || other === null ? {} : other;
  var height = o.height;
  var width = o.width;
  var x = o.x;
  var y = o.y;
  return new ctor(x, y, width, height);
}
define(DOMRectReadOnly, 'fromRect', function fromRect(other) {
  return rectFromInit(other, DOMRectReadOnly, 'DOMRectReadOnly');
});
define(DOMRect, 'fromRect', function fromRect(other) {
  return rectFromInit(other, DOMRect, 'DOMRect');
});
setTag(DOMRectReadOnly.prototype, 'DOMRectReadOnly');
setTag(DOMRect.prototype, 'DOMRect');

/** CSSOM View #domrectlist: a fixed list of rectangles. */
function DOMRectList() {
  illegalConstructor(this, DOMRectList);
}

function makeDOMRectList(rects) {
  return makeIndexed(DOMRectList.prototype, 'DOMRectList', function () {
    return rects;
  }, false);
}
defineAccessor(DOMRectList.prototype, 'length', function () {
  return itemsOf(this, 'DOMRectList').length;
});
defineMethods(DOMRectList.prototype, {
  item: function (index) {
    var items = itemsOf(this, 'DOMRectList');
    requireArgs(arguments, 1, "execute 'item' on 'DOMRectList'");
    var i = toUint32(index);
    return i < items.length ? items[i] : null;
  }
});
if (hasSymbol && Symbol.iterator && Array.prototype[Symbol.iterator]) {
  define(DOMRectList.prototype, Symbol.iterator, Array.prototype[Symbol.iterator]);
}
setTag(DOMRectList.prototype, 'DOMRectList');

exposed.DOMRectReadOnly = DOMRectReadOnly;
exposed.DOMRect = DOMRect;
exposed.DOMRectList = DOMRectList;
