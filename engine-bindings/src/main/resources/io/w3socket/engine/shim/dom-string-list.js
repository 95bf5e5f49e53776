// dom-string-list.js: DOMStringList (https://html.spec.whatwg.org/#domstringlist), a read-only
// list of strings (location.ancestorOrigins).

function DOMStringList() {
  throw new TypeError(this instanceof DOMStringList ? "Failed to construct 'DOMStringList': Illegal constructor"
      : 'Illegal constructor');
}

/** A DOMStringList of {@code strings} (never changed), with an indexed property for each. */
function newDOMStringList(strings) {
  var list = Object.create(DOMStringList.prototype);
  setSlot(list, {kinds: ['DOMStringList'], strings: strings});
  for (var i = 0; i < strings.length; i++) {
    Object.defineProperty(list, String(i), {value: strings[i], enumerable: true});
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
setTag(DOMStringList.prototype, 'DOMStringList');
exposed.DOMStringList = DOMStringList;
