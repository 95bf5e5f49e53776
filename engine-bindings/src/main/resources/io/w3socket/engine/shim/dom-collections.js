// dom-collections.js: HTMLCollection (https://dom.spec.whatwg.org/#interface-htmlcollection) and
// NodeList (https://dom.spec.whatwg.org/#interface-nodelist), and the index properties they share
// with NamedNodeMap (dom-attr.js).
//
// ES5 has no Proxy (Nashorn), so index access works through own accessor properties 0..length-1:
// every read of length, item(), an index or an iteration recomputes the items if the tree changed
// since (the host's change count, domVersion), then adds or deletes index properties to match.
// The limit: an index past the last length seen reads undefined until one of those is read.

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
function makeIndexed(proto, kind, compute, live) {
  var c = Object.create(proto);
  setSlot(c, {kinds: [kind], compute: compute, live: live, items: null, version: -1, shown: 0});
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
    for (var i = s.shown; i < n; i++) {
      defineIndex(c, kind, i);
    }
    for (var j = n; j < s.shown; j++) {
      delete c[j];
    }
    s.shown = n;
  }
  return s.items;
}

function defineIndex(c, kind, i) {
  // WebIDL #legacy-platform-object-getownproperty: an enumerable, read-only index property.
  Object.defineProperty(c, String(i), {
    get: function () {
      return itemsOf(c, kind)[i];
    },
    enumerable: true,
    configurable: true
  });
}

function liveElements(compute) {
  return makeIndexed(HTMLCollection.prototype, 'HTMLCollection', compute, true);
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

exposed.HTMLCollection = HTMLCollection;
exposed.NodeList = NodeList;
