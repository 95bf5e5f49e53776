// dom-attr.js: Attr (https://dom.spec.whatwg.org/#interface-attr) and NamedNodeMap
// (https://dom.spec.whatwg.org/#interface-namednodemap) over an element's jsoup attributes.
// Element keeps one Attr per attribute name while the attribute exists, so identity holds; a
// removed Attr keeps its last value and loses its ownerElement. Attr objects are not tree nodes
// here: Node's tree accessors throw 'Illegal invocation' on them.

function Attr() {
  throw new TypeError('Illegal constructor');
}
inherit(Attr, Node);

function NamedNodeMap() {
  throw new TypeError('Illegal constructor');
}

function makeAttr(name, value, element) {
  var a = Object.create(Attr.prototype);
  setSlot(a, {kinds: ['EventTarget', 'Attr'], listeners: [], handlers: {}, name: name, value: value,
    element: element});
  return a;
}

function attrCache(el) {
  var s = el[SLOT];
  if (!s.attrs) {
    s.attrs = Object.create(null);
  }
  return s.attrs;
}

/** The element's Attr named name (already lowercased), or null if it has no such attribute. */
function attrNode(el, name) {
  var cache = attrCache(el);
  if (host.domAttribute(el[SLOT].handle, name) === null) {
    detachAttr(el, name);
    return null;
  }
  if (!cache[name]) {
    cache[name] = makeAttr(name, '', el);
  }
  return cache[name];
}

/** The Attr leaves its element, keeping the value it has now (call before removing it). */
function detachAttr(el, name) {
  var cache = attrCache(el);
  var a = cache[name];
  if (a) {
    var v = host.domAttribute(el[SLOT].handle, name);
    a[SLOT].value = v === null ? a[SLOT].value : v;
    a[SLOT].element = null;
    delete cache[name];
  }
  return a || null;
}

/** #concept-element-attributes-remove-by-name: the removed Attr, or null. */
function removeAttributeByName(el, name) {
  var a = attrNode(el, name);
  if (a !== null) {
    detachAttr(el, name);
    hostRemoveAttribute(el[SLOT].handle, name);
    handlerAttributeChanged(el, name, null);
  }
  return a;
}

/** #concept-element-attributes-set: attr (detached or already el's) becomes el's attribute. */
function setAttributeNode(el, attr, what) {
  var as = slotOf(attr, 'Attr');
  if (as.element !== null && as.element !== el) {
    throw new DOMException('Failed to execute ' + what
        + ': The node provided is an attribute node that is already an attribute of another Element;'
        + ' attribute nodes must be explicitly cloned.', 'InUseAttributeError');
  }
  if (as.element === el) {
    return attr;
  }
  var old = attrNode(el, as.name);
  if (old !== null) {
    detachAttr(el, as.name);
  }
  hostSetAttribute(el[SLOT].handle, as.name, as.value);
  handlerAttributeChanged(el, as.name, as.value);
  as.element = el;
  attrCache(el)[as.name] = attr;
  return old;
}

function attrSlot(a) {
  return slotOf(a, 'Attr');
}
['name', 'localName', 'nodeName'].forEach(function (name) {
  defineAccessor(Attr.prototype, name, function () {
    return attrSlot(this).name;
  });
});
/** #dom-attr-value: the element's attribute value, or the Attr's own once detached. */
function attrValue() {
  var s = attrSlot(this);
  if (s.element !== null) {
    var v = host.domAttribute(s.element[SLOT].handle, s.name);
    return v === null ? s.value : v;
  }
  return s.value;
}
function setAttrValue(v) {
  var s = attrSlot(this);
  v = v === null ? '' : toDOMString(v);
  if (s.element !== null) {
    hostSetAttribute(s.element[SLOT].handle, s.name, v);
    handlerAttributeChanged(s.element, s.name, v);
  } else {
    s.value = v;
  }
}
['value', 'nodeValue', 'textContent'].forEach(function (name) {
  defineAccessor(Attr.prototype, name, attrValue, setAttrValue);
});
defineAccessor(Attr.prototype, 'ownerElement', function () {
  return attrSlot(this).element;
});
defineAccessor(Attr.prototype, 'ownerDocument', function () {
  attrSlot(this);
  return document;
});
defineAccessor(Attr.prototype, 'nodeType', function () {
  attrSlot(this);
  return 2;
});
['namespaceURI', 'prefix'].forEach(function (name) {
  defineAccessor(Attr.prototype, name, function () {
    attrSlot(this);
    return null;
  });
});
// #dom-attr-specified: always true.
defineAccessor(Attr.prototype, 'specified', function () {
  attrSlot(this);
  return true;
});
setTag(Attr.prototype, 'Attr');

/** #dom-element-attributes: the element's live NamedNodeMap. */
function attributesOf(el) {
  var map = makeIndexed(NamedNodeMap.prototype, 'NamedNodeMap', function () {
    var names = host.domAttributeNames(el[SLOT].handle);
    var out = [];
    for (var i = 0; i < names.length; i++) {
      out.push(attrNode(el, names[i]));
    }
    return out;
  }, true);
  map[SLOT].element = el;
  return map;
}

function mapElement(map) {
  return slotOf(map, 'NamedNodeMap').element;
}

defineAccessor(NamedNodeMap.prototype, 'length', function () {
  return itemsOf(this, 'NamedNodeMap').length;
});
defineMethods(NamedNodeMap.prototype, {
  item: function (index) {
    requireArgs(arguments, 1, "execute 'item' on 'NamedNodeMap'");
    return itemAt(this, 'NamedNodeMap', index);
  },
  /** #concept-element-attributes-get-by-name: the name is lowercased (an HTML element). */
  getNamedItem: function (name) {
    requireArgs(arguments, 1, "execute 'getNamedItem' on 'NamedNodeMap'");
    return attrNode(mapElement(this), toDOMString(name).toLowerCase());
  },
  getNamedItemNS: function (namespace, localName) {
    requireArgs(arguments, 2, "execute 'getNamedItemNS' on 'NamedNodeMap'");
    var el = mapElement(this);
    return namespace === null || namespace === undefined || namespace === ''
      ? attrNode(el, toDOMString(localName)) : null;
  },
  setNamedItem: function (attr) {
    requireArgs(arguments, 1, "execute 'setNamedItem' on 'NamedNodeMap'");
    return setAttributeNode(mapElement(this), attr, "'setNamedItem' on 'NamedNodeMap'");
  },
  setNamedItemNS: function (attr) {
    requireArgs(arguments, 1, "execute 'setNamedItemNS' on 'NamedNodeMap'");
    return setAttributeNode(mapElement(this), attr, "'setNamedItemNS' on 'NamedNodeMap'");
  },
  /** #dom-namednodemap-removenameditem: NotFoundError when there is no such attribute. */
  removeNamedItem: function (name) {
    requireArgs(arguments, 1, "execute 'removeNamedItem' on 'NamedNodeMap'");
    name = toDOMString(name);
    var a = removeAttributeByName(mapElement(this), name.toLowerCase());
    if (a === null) {
      throw new DOMException("Failed to execute 'removeNamedItem' on 'NamedNodeMap': No item with name '"
          + name + "' was found.", 'NotFoundError');
    }
    return a;
  },
  removeNamedItemNS: function (namespace, localName) {
    requireArgs(arguments, 2, "execute 'removeNamedItemNS' on 'NamedNodeMap'");
    localName = toDOMString(localName);
    var a = namespace === null || namespace === undefined || namespace === ''
      ? removeAttributeByName(mapElement(this), localName) : null;
    if (a === null) {
      throw new DOMException("Failed to execute 'removeNamedItemNS' on 'NamedNodeMap': No item with name '"
          + localName + "' was found.", 'NotFoundError');
    }
    return a;
  }
});
setTag(NamedNodeMap.prototype, 'NamedNodeMap');

exposed.Attr = Attr;
exposed.NamedNodeMap = NamedNodeMap;
