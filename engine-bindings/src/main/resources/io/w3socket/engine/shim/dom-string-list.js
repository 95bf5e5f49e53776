// dom-string-list.js: DOMStringList (https://html.spec.whatwg.org/#domstringlist), a read-only
// list of strings (location.ancestorOrigins).

function DOMStringList() {
  illegalConstructor(this, DOMStringList);
}

/** A DOMStringList of {@code strings} (never changed), indexed as dom-collections.js's lists are. */
function newDOMStringList(strings) {
  return makeIndexed(DOMStringList.prototype, 'DOMStringList', function () {
    return strings;
  }, false);
}
defineAccessor(DOMStringList.prototype, 'length', function () {
  return itemsOf(this, 'DOMStringList').length;
});
defineMethods(DOMStringList.prototype, {
  // #dom-domstringlist-item: the index-th string, or null past the end.
  item: function (index) {
    itemsOf(this, 'DOMStringList');
    requireArgs(arguments, 1, "execute 'item' on 'DOMStringList'");
    return itemAt(this, 'DOMStringList', index);
  },
  contains: function (string) {
    var strings = itemsOf(this, 'DOMStringList');
    requireArgs(arguments, 1, "execute 'contains' on 'DOMStringList'");
    return strings.indexOf(toDOMString(string)) >= 0;
  }
});
setTag(DOMStringList.prototype, 'DOMStringList');
exposed.DOMStringList = DOMStringList;
