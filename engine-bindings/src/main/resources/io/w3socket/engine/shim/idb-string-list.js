// idb-string-list.js: DOMStringList (https://html.spec.whatwg.org/#domstringlist) for a worker's
// realm, which has no dom-string-list.js (that one lives with the DOM's collections): the lists of
// store and index names IndexedDB returns (the window's module uses dom-string-list.js's).

function DOMStringList() {
  illegalConstructor(this, DOMStringList);
}

/** A DOMStringList of {@code strings}, never changed: its items are indexed properties. */
function newDOMStringList(strings) {
  var list = Object.create(DOMStringList.prototype);
  setSlot(list, {kinds: ['DOMStringList'], strings: strings.slice()});
  for (var i = 0; i < strings.length; i++) {
    Object.defineProperty(list, i, {value: strings[i], enumerable: true, configurable: true});
  }
  return list;
}
defineAccessor(DOMStringList.prototype, 'length', function () {
  return slotOf(this, 'DOMStringList').strings.length;
});
defineMethods(DOMStringList.prototype, {
  // #dom-domstringlist-item: the index-th string, or null past the end.
  item: function (index) {
    var strings = slotOf(this, 'DOMStringList').strings;
    requireArgs(arguments, 1, "execute 'item' on 'DOMStringList'");
    var i = toUint32(index);
    return i < strings.length ? strings[i] : null;
  },
  contains: function (string) {
    var strings = slotOf(this, 'DOMStringList').strings;
    requireArgs(arguments, 1, "execute 'contains' on 'DOMStringList'");
    return strings.indexOf(toDOMString(string)) >= 0;
  }
});
if (hasSymbol && Symbol.iterator && Array.prototype[Symbol.iterator]) {
  define(DOMStringList.prototype, Symbol.iterator, Array.prototype[Symbol.iterator]);
}
setTag(DOMStringList.prototype, 'DOMStringList');
exposed.DOMStringList = DOMStringList;
