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

/** Whether v is an Attr (a node, but not of this host's tree: isNode does not answer for it). */
function isAttrObject(v) {
  return isObject(v) && isObject(v[SLOT]) && v[SLOT].kinds.indexOf('Attr') >= 0;
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
['name', 'nodeName'].forEach(function (name) {
  defineAccessor(Attr.prototype, name, function () {
    return attrSlot(this).name;
  });
});

/**
 * DOM #concept-attribute-namespace of an attribute of this tree, by its qualified name: those HTML
 * #adjust-foreign-attributes gives a namespace (xlink:*, xml:*, xmlns, xmlns:*) have it, split at
 * the ":" into prefix and local name; any other has none (setAttributeNS keeps no other).
 */
function attributeNamespace(name) {
  return name === 'xmlns' || name.indexOf('xmlns:') === 0 ? 'http://www.w3.org/2000/xmlns/'
      : name.indexOf('xlink:') === 0 ? 'http://www.w3.org/1999/xlink'
      : name.indexOf('xml:') === 0 ? 'http://www.w3.org/XML/1998/namespace' : null;
}
function attributeLocalName(name) {
  return attributeNamespace(name) === null || name === 'xmlns' ? name : name.substring(name.indexOf(':') + 1);
}

/**
 * #concept-element-attributes-get-by-namespace: the qualified name of el's attribute of the
 * namespace ("" is null) and local name, or null.
 */
function attributeNameNS(el, namespace, localName) {
  var ns = namespace === '' ? null : namespace;
  var names = host.domAttributeNames(el[SLOT].handle);
  for (var i = 0; i < names.length; i++) {
    if (attributeNamespace(names[i]) === ns && attributeLocalName(names[i]) === localName) {
      return names[i];
    }
  }
  return null;
}

defineAccessor(Attr.prototype, 'localName', function () {
  return attributeLocalName(attrSlot(this).name);
});
defineAccessor(Attr.prototype, 'namespaceURI', function () {
  return attributeNamespace(attrSlot(this).name);
});
defineAccessor(Attr.prototype, 'prefix', function () {
  var name = attrSlot(this).name;
  return attributeNamespace(name) === null || name === 'xmlns' ? null : name.substring(0, name.indexOf(':'));
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
  /** #concept-element-attributes-get-by-name: the name is lowercased for an HTML element. */
  getNamedItem: function (name) {
    requireArgs(arguments, 1, "execute 'getNamedItem' on 'NamedNodeMap'");
    var el = mapElement(this);
    return attrNode(el, attributeQualifiedName(el, toDOMString(name)));
  },
  /** #concept-element-attributes-get-by-namespace. */
  getNamedItemNS: function (namespace, localName) {
    requireArgs(arguments, 2, "execute 'getNamedItemNS' on 'NamedNodeMap'");
    var el = mapElement(this);
    var name = attributeNameNS(el, nullableString(namespace), toDOMString(localName));
    return name === null ? null : attrNode(el, name);
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
    var el = mapElement(this);
    var a = removeAttributeByName(el, attributeQualifiedName(el, name));
    if (a === null) {
      throw new DOMException("Failed to execute 'removeNamedItem' on 'NamedNodeMap': No item with name '"
          + name + "' was found.", 'NotFoundError');
    }
    return a;
  },
  removeNamedItemNS: function (namespace, localName) {
    requireArgs(arguments, 2, "execute 'removeNamedItemNS' on 'NamedNodeMap'");
    localName = toDOMString(localName);
    var el = mapElement(this);
    var name = attributeNameNS(el, nullableString(namespace), localName);
    var a = name === null ? null : removeAttributeByName(el, name);
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
