// custom-state-set.js: CustomStateSet (https://html.spec.whatwg.org/multipage/custom-elements.html#customstateset),
// a custom element's states (ElementInternals.states): a set of strings, with the setlike members.
// No :state() pseudo-class here (the selectors are jsoup's).

function CustomStateSet() {
  illegalConstructor(this, CustomStateSet);
}

function makeCustomStateSet() {
  var set = Object.create(CustomStateSet.prototype);
  setSlot(set, {kinds: ['CustomStateSet'], values: []});
  return set;
}

function stateValues(set) {
  return slotOf(set, 'CustomStateSet').values;
}

/** WebIDL #es-setlike iterators: over a copy taken when made (enough for this set's uses). */
function stateIterator(values, kind) {
  var i = 0;
  var it = {
    next: function () {
      if (i >= values.length) {
        return {value: undefined, done: true};
      }
      var v = values[i++];
      return {value: kind === 'entries' ? [v, v] : v, done: false};
    }
  };
  if (hasSymbol && Symbol.iterator) {
    it[Symbol.iterator] = function () {
      return it;
    };
  }
  return it;
}

defineAccessor(CustomStateSet.prototype, 'size', function () {
  return stateValues(this).length;
});
defineMethods(CustomStateSet.prototype, {
  add: function (value) {
    requireArgs(arguments, 1, "execute 'add' on 'CustomStateSet'");
    var values = stateValues(this);
    value = toDOMString(value);
    if (values.indexOf(value) < 0) {
      values.push(value);
    }
    return this;
  },
  clear: function () {
    stateValues(this).length = 0;
  },
  'delete': function (value) {
    requireArgs(arguments, 1, "execute 'delete' on 'CustomStateSet'");
    var values = stateValues(this);
    var i = values.indexOf(toDOMString(value));
    if (i < 0) {
      return false;
    }
    values.splice(i, 1);
    return true;
  },
  entries: function () {
    return stateIterator(stateValues(this).slice(), 'entries');
  },
  forEach: function (callback, thisArg) {
    requireArgs(arguments, 1, "execute 'forEach' on 'CustomStateSet'");
    var self = this;
    stateValues(this).slice().forEach(function (v) {
      callback.call(thisArg, v, v, self);
    });
  },
  has: function (value) {
    requireArgs(arguments, 1, "execute 'has' on 'CustomStateSet'");
    return stateValues(this).indexOf(toDOMString(value)) >= 0;
  },
  keys: function () {
    return stateIterator(stateValues(this).slice(), 'values');
  },
  values: function () {
    return stateIterator(stateValues(this).slice(), 'values');
  }
});
if (hasSymbol && Symbol.iterator) {
  define(CustomStateSet.prototype, Symbol.iterator, CustomStateSet.prototype.values);
}
setTag(CustomStateSet.prototype, 'CustomStateSet');

exposed.CustomStateSet = CustomStateSet;
