// idb-key-range.js: IDBKeyRange (https://w3c.github.io/IndexedDB/#keyrange) and the ranges
// requests take (#convert-a-value-to-a-key-range).

/** A key range: lower and upper keys (undefined: unbounded) and whether each is open. */
function KeyRange(lower, upper, lowerOpen, upperOpen) {
  this.lower = lower;
  this.upper = upper;
  this.lowerOpen = lowerOpen;
  this.upperOpen = upperOpen;
}

var UNBOUNDED_RANGE = new KeyRange(undefined, undefined, false, false);

/** #in: whether key is in the range. */
KeyRange.prototype.includes = function (key) {
  if (this.lower !== undefined) {
    var c = compareKeys(this.lower, key);
    if (c > 0 || (c === 0 && this.lowerOpen)) {
      return false;
    }
  }
  if (this.upper !== undefined) {
    var d = compareKeys(this.upper, key);
    if (d < 0 || (d === 0 && this.upperOpen)) {
      return false;
    }
  }
  return true;
};

function IDBKeyRange() {
  illegalConstructor(this, IDBKeyRange);
}

function newIDBKeyRange(range) {
  var r = Object.create(IDBKeyRange.prototype);
  setSlot(r, {kinds: ['IDBKeyRange'], range: range});
  return r;
}

function isIDBKeyRange(v) {
  return isObject(v) && v[SLOT] !== undefined && v[SLOT].kinds[0] === 'IDBKeyRange';
}

/**
 * #convert-a-value-to-a-key-range: an IDBKeyRange's range, the unbounded range for undefined and
 * null (a DataError where null is disallowed), else the range of the one key.
 */
function toKeyRange(value, nullDisallowed, what) {
  if (isIDBKeyRange(value)) {
    return value[SLOT].range;
  }
  if (value === undefined || value === null) {
    if (nullDisallowed) {
      throw new DOMException('Failed to execute ' + what + ': No key or key range specified.', 'DataError');
    }
    return UNBOUNDED_RANGE;
  }
  var key = requireKey(value, what);
  return new KeyRange(key, key, false, false);
}

defineAccessor(IDBKeyRange.prototype, 'lower', function () {
  var r = slotOf(this, 'IDBKeyRange').range;
  return r.lower === undefined ? undefined : keyToValue(r.lower);
});
defineAccessor(IDBKeyRange.prototype, 'upper', function () {
  var r = slotOf(this, 'IDBKeyRange').range;
  return r.upper === undefined ? undefined : keyToValue(r.upper);
});
defineAccessor(IDBKeyRange.prototype, 'lowerOpen', function () {
  return slotOf(this, 'IDBKeyRange').range.lowerOpen;
});
defineAccessor(IDBKeyRange.prototype, 'upperOpen', function () {
  return slotOf(this, 'IDBKeyRange').range.upperOpen;
});
defineMethods(IDBKeyRange.prototype, {
  // #dom-idbkeyrange-includes: 1. the key (DataError if invalid); 2. whether it is in range.
  includes: function (key) {
    var s = slotOf(this, 'IDBKeyRange');
    requireArgs(arguments, 1, "execute 'includes' on 'IDBKeyRange'");
    return s.range.includes(requireKey(key, "'includes' on 'IDBKeyRange'"));
  }
});
defineMethods(IDBKeyRange, {
  // #dom-idbkeyrange-only: a range of the one key.
  only: function (value) {
    requireArgs(arguments, 1, "execute 'only' on 'IDBKeyRange'");
    var key = requireKey(value, "'only' on 'IDBKeyRange'");
    return newIDBKeyRange(new KeyRange(key, key, false, false));
  },
  // #dom-idbkeyrange-lowerbound
  lowerBound: function (lower) {
    requireArgs(arguments, 1, "execute 'lowerBound' on 'IDBKeyRange'");
    var key = requireKey(lower, "'lowerBound' on 'IDBKeyRange'");
    return newIDBKeyRange(new KeyRange(key, undefined, toBoolean(arguments[1]), true));
  },
  // #dom-idbkeyrange-upperbound
  upperBound: function (upper) {
    requireArgs(arguments, 1, "execute 'upperBound' on 'IDBKeyRange'");
    var key = requireKey(upper, "'upperBound' on 'IDBKeyRange'");
    return newIDBKeyRange(new KeyRange(undefined, key, true, toBoolean(arguments[1])));
  },
  // #dom-idbkeyrange-bound: steps 5-6, the lower key greater than the upper one, or equal with an
  // open bound, is a DataError.
  bound: function (lower, upper) {
    var what = "'bound' on 'IDBKeyRange'";
    requireArgs(arguments, 2, 'execute ' + what);
    var lowerKey = requireKey(lower, what);
    var upperKey = requireKey(upper, what);
    var lowerOpen = toBoolean(arguments[2]);
    var upperOpen = toBoolean(arguments[3]);
    var c = compareKeys(lowerKey, upperKey);
    if (c > 0) {
      throw new DOMException('Failed to execute ' + what + ': The lower key is greater than the upper key.',
          'DataError');
    }
    if (c === 0 && (lowerOpen || upperOpen)) {
      throw new DOMException('Failed to execute ' + what
          + ': The lower key and upper key are equal and one of the bounds is open.', 'DataError');
    }
    return newIDBKeyRange(new KeyRange(lowerKey, upperKey, lowerOpen, upperOpen));
  }
});
setTag(IDBKeyRange.prototype, 'IDBKeyRange');
exposed.IDBKeyRange = IDBKeyRange;
