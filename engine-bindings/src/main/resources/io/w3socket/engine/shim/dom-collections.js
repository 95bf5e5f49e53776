// dom-collections.js: HTMLCollection (https://dom.spec.whatwg.org/#interface-htmlcollection) and
// NodeList (https://dom.spec.whatwg.org/#interface-nodelist), and the index properties they share
// with NamedNodeMap (dom-attr.js).
//
// ES5 has no Proxy (Nashorn), so index access works through own accessor properties 0..length-1:
// every read of length, item(), an index or an iteration recomputes the items if the tree changed
// since (the host's change count, domVersion), then adds or deletes index properties to match.
// The limit: an index past the last length seen reads undefined until one of those is read. Where
// there is a Proxy (GraalJS), the collections that have named properties (the document's, a form's
// elements, a select's options: withNamedProperties) are one, and find any index.

function HTMLCollection() {
  throw new TypeError('Illegal constructor');
}

function NodeList() {
  throw new TypeError('Illegal constructor');
}

/**
 * Makes an indexed collection whose items compute() returns (an array); a live one recomputes
 * them whenever the tree changed, a static one keeps the first result.
 */
function makeIndexed(proto, kind, compute, live, kinds) {
  var c = Object.create(proto);
  setSlot(c, {kinds: kinds || [kind], compute: compute, live: live, items: null, version: -1, shown: 0});
  itemsOf(c, kind);
  return c;
}

/** The collection's current items, its index properties brought in line with them. */
function itemsOf(c, kind) {
  var s = slotOf(c, kind);
  if (s.items === null || (s.live && host.domVersion() !== s.version)) {
    s.version = host.domVersion();
    s.items = s.compute();
    var n = s.items.length;
    if (s.shown === 0 && n >= INDEX_RUN_MIN && n <= SHARED_INDEXES) {
      Object.defineProperties(c, indexRun(kind, n));
    } else {
      for (var i = s.shown; i < n; i++) {
        defineIndex(c, kind, i);
      }
    }
    for (var j = n; j < s.shown; j++) {
      delete c[j];
    }
    s.shown = n;
  }
  return s.items;
}

/**
 * Each kind's index property descriptors for the indices below SHARED_INDEXES, made once and
 * shared by its collections: a getter reads the collection it is called on (an object made from
 * one finds its slot through its prototype). One defineProperty of a kept descriptor takes half
 * the time of making one (a computed style has about 110 indices).
 */
var SHARED_INDEXES = 1024;
var indexDescriptors = {};

function defineIndex(c, kind, i) {
  Object.defineProperty(c, String(i), indexDescriptor(kind, i));
}

/** WebIDL #legacy-platform-object-getownproperty: an enumerable, read-only index property. */
function indexDescriptor(kind, i) {
  var shared = indexDescriptors[kind] || (indexDescriptors[kind] = []);
  var d = shared[i];
  if (d === undefined) {
    d = {get: indexGetter(kind, i), enumerable: true, configurable: true};
    if (i < SHARED_INDEXES) {
      shared[i] = d;
    }
  }
  return d;
}

/**
 * The descriptors of indices [0, n) in one object, for one defineProperties call (a third of the
 * time of n defineProperty calls in GraalJS's interpreter: a computed style has about 140), kept
 * for the last few lengths of each kind.
 */
var INDEX_RUN_MIN = 16;
var INDEX_RUNS_KEPT = 8;
var indexRuns = {};
function indexRun(kind, n) {
  var runs = indexRuns[kind] || (indexRuns[kind] = {count: 0, byLength: {}});
  var run = runs.byLength[n];
  if (run === undefined) {
    if (runs.count === INDEX_RUNS_KEPT) {
      runs.count = 0;
      runs.byLength = {};
    }
    run = runs.byLength[n] = {};
    runs.count++;
    for (var i = 0; i < n; i++) {
      run[i] = indexDescriptor(kind, i);
    }
  }
  return run;
}

function indexGetter(kind, i) {
  return function () {
    var items = itemsOf(this, kind);
    return i < items.length ? items[i] : undefined;
  };
}

function liveElements(compute) {
  return makeIndexed(HTMLCollection.prototype, 'HTMLCollection', compute, true);
}

/**
 * A live HTMLCollection with named properties (collectionWithNames), for the collections pages
 * reach items of by name (document.forms.login): the Proxy that gives them costs every access a
 * trap (an interpreted index loop took about twice as long), so getElementsByTagName's,
 * getElementsByClassName's and children's collections have none (only namedItem()).
 */
function liveNamedElements(compute) {
  return collectionWithNames(liveElements(compute), false);
}

/**
 * HTML #htmlformcontrolscollection: a form's elements, whose namedItem may give a RadioNodeList
 * (the form's one for that name: formRadioNodes).
 */
function liveFormControls(form, compute) {
  var c = makeIndexed(HTMLFormControlsCollection.prototype, 'HTMLCollection', compute, true,
      ['HTMLCollection', 'HTMLFormControlsCollection']);
  c[SLOT].form = form;
  return collectionWithNames(c, true);
}

/** RadioNodeList (HTML #radionodelist): a live NodeList of a form's controls of one name. */
function liveRadioNodes(compute) {
  return makeIndexed(RadioNodeList.prototype, 'NodeList', compute, true, ['NodeList', 'RadioNodeList']);
}

/**
 * An HTMLCollection's named properties (WebIDL #dfn-support-named-properties): namedItem's result
 * for a supported property name (#dom-htmlcollection-supported-property-names), not enumerable
 * ([LegacyUnenumerableNamedProperties]); a form's elements' enumerate, as in Chromium.
 */
function collectionWithNames(c, enumerable) {
  return withNamedProperties(c, {kind: 'HTMLCollection', enumerable: enumerable, lookup: function (self, name) {
    return self.namedItem(name);
  }, names: function (self) {
    var names = [];
    itemsOf(self, 'HTMLCollection').forEach(function (el) {
      var h = el[SLOT].handle;
      var id = host.domAttribute(h, 'id');
      var name = el[SLOT].namespace === HTML_NAMESPACE ? host.domAttribute(h, 'name') : null;
      [id, name].forEach(function (n) {
        if (n && names.indexOf(n) < 0) {
          names.push(n);
        }
      });
    });
    return names;
  }});
}

/** WebIDL #dfn-array-index-property-name: a name no named property can have. */
function isArrayIndex(name) {
  return String(name >>> 0) === name && name !== '4294967295';
}

/**
 * A legacy platform object's indexed and named properties (WebIDL
 * #legacy-platform-object-getownproperty), where the engine has Proxy (GraalJS; on Nashorn, which
 * has none, only item() and namedItem() find them). In order: an array index is o.items(object)'s
 * (a form's) or the collection's current items' (o.kind's: an index past the length last seen is
 * found too); then the object's own properties, then, unless o.overrideBuiltIns, what its
 * prototype chain has, then o.lookup(object, name), an object or null. o.names(object) are the
 * supported property names, for ownKeys; o.enumerable says whether they enumerate.
 * [LegacyOverrideBuiltIns] (o.overrideBuiltIns) puts the names before the prototype chain, but
 * not over Node's, EventTarget's and Object's members, which the shim's own code reads on any
 * node. A lookup's own reads of the object see no named properties.
 */
function withNamedProperties(obj, o) {
  if (typeof Proxy !== 'function') {
    return obj;
  }
  var looking = false;
  var proxy;
  function indexed(t, name) {
    // A collection's items, brought current (its own index accessors too, for what reads the target).
    var items = o.items ? o.items(proxy) : itemsOf(t, o.kind);
    var i = Number(name);
    return i < items.length ? items[i] : undefined; // not an Array's inherited index
  }
  function named(t, name) {
    if (looking || typeof name !== 'string' || name === '' || isArrayIndex(name)
        || Object.prototype.hasOwnProperty.call(t, name)
        || (o.overrideBuiltIns ? name in Node.prototype : name in t)) {
      return null;
    }
    looking = true;
    try {
      return o.lookup(proxy, name);
    } finally {
      looking = false;
    }
  }
  function value(t, name) {
    if (typeof name === 'string' && isArrayIndex(name)) {
      return indexed(t, name);
    }
    var v = named(t, name);
    return v === null ? undefined : v;
  }
  proxy = new Proxy(obj, {
    // WebIDL #legacy-platform-object-getownproperty, then OrdinaryGet: an index the collection
    // does not support reads on along the prototype chain, as any other name does.
    get: function (t, name, receiver) {
      var v = value(t, name);
      return v !== undefined ? v : Reflect.get(t, name, receiver);
    },
    has: function (t, name) {
      return value(t, name) !== undefined || Reflect.has(t, name);
    },
    getOwnPropertyDescriptor: function (t, name) {
      var v = value(t, name);
      if (v === undefined) {
        return Reflect.getOwnPropertyDescriptor(t, name);
      }
      var index = isArrayIndex(name);
      return {value: v, writable: false, enumerable: index || o.enumerable, configurable: true};
    },
    ownKeys: function (t) {
      var keys = Reflect.ownKeys(t);
      if (looking) {
        return keys;
      }
      looking = true;
      try {
        // WebIDL #legacy-platform-object-ownpropertykeys: indexes, supported names, then the rest.
        var indexes = [];
        if (o.items) {
          for (var i = 0; i < o.items(proxy).length; i++) {
            indexes.push(String(i));
          }
        } else {
          itemsOf(t, o.kind);
          keys = Reflect.ownKeys(t);
          indexes = keys.filter(function (k) {
            return typeof k === 'string' && isArrayIndex(k);
          });
        }
        var names = [];
        o.names(proxy).forEach(function (n) {
          if (names.indexOf(n) < 0 && keys.indexOf(n) < 0 && !isArrayIndex(n) && (o.overrideBuiltIns || !(n in t))) {
            names.push(n);
          }
        });
        return indexes.concat(names, keys.filter(function (k) {
          return indexes.indexOf(k) < 0;
        }));
      } finally {
        looking = false;
      }
    }
  });
  return proxy;
}

function liveNodes(compute) {
  return makeIndexed(NodeList.prototype, 'NodeList', compute, true);
}

function staticNodes(nodes) {
  return makeIndexed(NodeList.prototype, 'NodeList', function () {
    return nodes;
  }, false);
}

/** WebIDL #dfn-indexed-property-getter's item(): the node at index, or null. */
function itemAt(c, kind, index) {
  var items = itemsOf(c, kind);
  var i = toUint32(index);
  return i < items.length ? items[i] : null;
}

defineAccessor(HTMLCollection.prototype, 'length', function () {
  return itemsOf(this, 'HTMLCollection').length;
});
defineMethods(HTMLCollection.prototype, {
  item: function (index) {
    requireArgs(arguments, 1, "execute 'item' on 'HTMLCollection'");
    return itemAt(this, 'HTMLCollection', index);
  },
  /** #dom-htmlcollection-nameditem-key: the first element whose id, or name attribute, is key. */
  namedItem: function (key) {
    requireArgs(arguments, 1, "execute 'namedItem' on 'HTMLCollection'");
    key = toDOMString(key);
    if (key === '') {
      return null;
    }
    var items = itemsOf(this, 'HTMLCollection');
    for (var i = 0; i < items.length; i++) {
      var h = items[i][SLOT].handle;
      if (host.domAttribute(h, 'id') === key || host.domAttribute(h, 'name') === key) {
        return items[i];
      }
    }
    return null;
  }
});
setTag(HTMLCollection.prototype, 'HTMLCollection');

function HTMLFormControlsCollection() {
  throw new TypeError('Illegal constructor');
}
inherit(HTMLFormControlsCollection, HTMLCollection);
setTag(HTMLFormControlsCollection.prototype, 'HTMLFormControlsCollection');
defineMethods(HTMLFormControlsCollection.prototype, {
  /**
   * #dom-htmlformcontrolscollection-nameditem: the one control whose id or name is name, or, if
   * several, a live RadioNodeList of them; null for none or "".
   */
  namedItem: function (name) {
    requireArgs(arguments, 1, "execute 'namedItem' on 'HTMLFormControlsCollection'");
    name = toDOMString(name);
    var found = name === '' ? [] : formControlsNamed(slotOf(this, 'HTMLFormControlsCollection').form, name);
    return found.length === 0 ? null : found.length === 1 ? found[0]
        : formRadioNodes(slotOf(this, 'HTMLFormControlsCollection').form, name);
  }
});

defineAccessor(NodeList.prototype, 'length', function () {
  return itemsOf(this, 'NodeList').length;
});
defineMethods(NodeList.prototype, {
  item: function (index) {
    requireArgs(arguments, 1, "execute 'item' on 'NodeList'");
    return itemAt(this, 'NodeList', index);
  },
  // WebIDL #dfn-value-pairs-to-iterate-over for an indexed iterable: Array.prototype's forEach.
  forEach: Array.prototype.forEach
});
// WebIDL #es-iterable: an indexed iterable takes entries/keys/values from Array.prototype; an ES5
// engine without them gets iterators of the same shape ({value, done} from next()).
['entries', 'keys', 'values'].forEach(function (name) {
  var fromArray = Array.prototype[name];
  defineMethods(NodeList.prototype, (function () {
    var m = {};
    m[name] = typeof fromArray === 'function' ? fromArray : function () {
      var list = this;
      slotOf(list, 'NodeList');
      var i = 0;
      return {
        next: function () {
          if (i >= list.length) {
            return {value: undefined, done: true};
          }
          var k = i++;
          return {value: name === 'keys' ? k : name === 'values' ? list[k] : [k, list[k]], done: false};
        }
      };
    };
    return m;
  })());
});
if (hasSymbol && Symbol.iterator && Array.prototype[Symbol.iterator]) {
  define(NodeList.prototype, Symbol.iterator, Array.prototype[Symbol.iterator]);
  define(HTMLCollection.prototype, Symbol.iterator, Array.prototype[Symbol.iterator]);
}
setTag(NodeList.prototype, 'NodeList');

function RadioNodeList() {
  throw new TypeError('Illegal constructor');
}
inherit(RadioNodeList, NodeList);
setTag(RadioNodeList.prototype, 'RadioNodeList');

function isRadioButton(el) {
  return el[SLOT].nodeType === 1 && el[SLOT].localName === 'input' && el[SLOT].namespace === HTML_NAMESPACE
      && (host.domAttribute(el[SLOT].handle, 'type') || '').toLowerCase() === 'radio';
}

function radioValue(el) {
  var v = host.domAttribute(el[SLOT].handle, 'value');
  return v === null ? 'on' : v;
}

/**
 * #dom-radionodelist-value: the first checked radio button's value ("on" without a value
 * attribute), else ""; set, the first radio button of that value is checked.
 */
defineAccessor(RadioNodeList.prototype, 'value', function () {
  var items = itemsOf(this, 'NodeList');
  for (var i = 0; i < items.length; i++) {
    if (isRadioButton(items[i]) && items[i].checked) {
      return radioValue(items[i]);
    }
  }
  return '';
}, function (v) {
  v = toDOMString(v);
  var items = itemsOf(this, 'NodeList');
  for (var i = 0; i < items.length; i++) {
    if (isRadioButton(items[i]) && radioValue(items[i]) === v) {
      items[i].checked = true;
      return;
    }
  }
});

exposed.HTMLCollection = HTMLCollection;
exposed.HTMLFormControlsCollection = HTMLFormControlsCollection;
exposed.NodeList = NodeList;
exposed.RadioNodeList = RadioNodeList;
