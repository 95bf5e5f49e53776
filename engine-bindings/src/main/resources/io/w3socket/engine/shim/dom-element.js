// dom-element.js: Element and HTMLElement (https://dom.spec.whatwg.org/#interface-element,
// https://html.spec.whatwg.org/#htmlelement) on the host's jsoup tree: attributes, reflected
// attributes, innerHTML/outerHTML, children and the selector and collection methods.

function Element() {
  throw new TypeError('Illegal constructor');
}
inherit(Element, Node);

function HTMLElement() {
  throw new TypeError('Illegal constructor');
}
inherit(HTMLElement, Element);

function elementHandle(el) {
  return slotOf(el, 'Element').handle;
}

defineAccessor(Element.prototype, 'tagName', function () {
  return host.domTagName(elementHandle(this));
});
defineAccessor(Element.prototype, 'localName', function () {
  return host.domTagName(elementHandle(this)).toLowerCase();
});
defineAccessor(Element.prototype, 'innerText', function () {
  return host.domText(elementHandle(this));
}, function (v) {
  host.domSetText(elementHandle(this), v === null ? '' : toDOMString(v));
});
defineAccessor(Element.prototype, 'innerHTML', function () {
  return host.domHtml(elementHandle(this));
}, function (v) {
  host.domSetHtml(elementHandle(this), v === null ? '' : toDOMString(v));
});
defineAccessor(Element.prototype, 'outerHTML', function () {
  return host.domOuterHtml(elementHandle(this));
});
defineAccessor(Element.prototype, 'children', function () {
  return this.childNodes.filter(function (n) {
    return n.nodeType === 1;
  });
});
defineAccessor(Element.prototype, 'firstElementChild', function () {
  var c = this.children;
  return c.length ? c[0] : null;
});
defineAccessor(Element.prototype, 'lastElementChild', function () {
  var c = this.children;
  return c.length ? c[c.length - 1] : null;
});

/** Attributes reflected as strings (HTML #reflect): IDL name → content attribute. */
var REFLECTED = {id: 'id', className: 'class', name: 'name', content: 'content', type: 'type',
  title: 'title', lang: 'lang', rel: 'rel', alt: 'alt', charset: 'charset', htmlFor: 'for'};
Object.keys(REFLECTED).forEach(function (idl) {
  defineAccessor(Element.prototype, idl, function () {
    var v = host.domAttribute(elementHandle(this), REFLECTED[idl]);
    return v === null ? '' : v;
  }, function (v) {
    host.domSetAttribute(elementHandle(this), REFLECTED[idl], toDOMString(v));
  });
});
// value: the attribute here (no form state).
defineAccessor(Element.prototype, 'value', function () {
  return host.domAttribute(elementHandle(this), 'value') || '';
}, function (v) {
  host.domSetAttribute(elementHandle(this), 'value', toDOMString(v));
});
// URL attributes reflect the attribute resolved against the document's URL.
['src', 'href'].forEach(function (idl) {
  defineAccessor(Element.prototype, idl, function () {
    var v = host.domAttribute(elementHandle(this), idl);
    if (v === null) {
      return '';
    }
    var parsed = parseUrl(v, location.href);
    return parsed === null ? v : parsed.href;
  }, function (v) {
    host.domSetAttribute(elementHandle(this), idl, toUSVString(v));
  });
});

/** #insert-adjacent: where is beforebegin, afterbegin, beforeend or afterend. */
function insertAdjacent(el, where, node, what) {
  switch (where.toLowerCase()) {
    case 'beforebegin':
      return el.parentNode === null ? null : el.parentNode.insertBefore(node, el);
    case 'afterbegin':
      return el.insertBefore(node, el.firstChild);
    case 'beforeend':
      return el.appendChild(node);
    case 'afterend':
      return el.parentNode === null ? null : el.parentNode.insertBefore(node, el.nextSibling);
    default:
      throw new DOMException('Failed to execute ' + what + ": The value provided ('" + where
          + "') is not one of 'beforeBegin', 'afterBegin', 'beforeEnd', or 'afterEnd'.", 'SyntaxError');
  }
}

/** #dom-element-attributes, as a snapshot of {name, value} pairs (no Attr nodes). */
defineAccessor(Element.prototype, 'attributes', function () {
  var h = elementHandle(this);
  var names = host.domAttributeNames(h);
  var out = [];
  for (var i = 0; i < names.length; i++) {
    var value = host.domAttribute(h, names[i]);
    out.push({name: names[i], localName: names[i], value: value, namespaceURI: null, prefix: null});
  }
  return out;
});

/** The methods Element and Document share (ParentNode, getElementsBy*). */
var parentNodeMethods = {
  getElementsByTagName: function (name) {
    requireArgs(arguments, 1, "execute 'getElementsByTagName'");
    return nodesFor(host.domByTag(slotOf(this, 'Node').handle, toDOMString(name)));
  },
  getElementsByClassName: function (names) {
    requireArgs(arguments, 1, "execute 'getElementsByClassName'");
    return nodesFor(host.domByClass(slotOf(this, 'Node').handle, toDOMString(names)));
  },
  querySelector: function (selector) {
    requireArgs(arguments, 1, "execute 'querySelector'");
    selector = toDOMString(selector);
    host.domCheckSelector(selector, "'querySelector'");
    var found = host.domQuery(slotOf(this, 'Node').handle, selector, false);
    return found.length ? nodeFor(found[0]) : null;
  },
  querySelectorAll: function (selector) {
    requireArgs(arguments, 1, "execute 'querySelectorAll'");
    selector = toDOMString(selector);
    host.domCheckSelector(selector, "'querySelectorAll'");
    return nodesFor(host.domQuery(slotOf(this, 'Node').handle, selector, true));
  },
  /** #dom-parentnode-append: nodes and strings (as Text nodes) at the end. */
  append: function () {
    for (var i = 0; i < arguments.length; i++) {
      var n = arguments[i];
      this.appendChild(isObject(n) ? n : document.createTextNode(toDOMString(n)));
    }
  }
};
defineMethods(Element.prototype, parentNodeMethods);
defineMethods(Element.prototype, {
  getAttribute: function (name) {
    requireArgs(arguments, 1, "execute 'getAttribute' on 'Element'");
    return host.domAttribute(elementHandle(this), toDOMString(name).toLowerCase());
  },
  setAttribute: function (name, value) {
    requireArgs(arguments, 2, "execute 'setAttribute' on 'Element'");
    name = toDOMString(name);
    if (!/^[^\s"'>\/=\u0000]+$/.test(name)) {
      throw new DOMException("Failed to execute 'setAttribute' on 'Element': '" + name
          + "' is not a valid attribute name.", 'InvalidCharacterError');
    }
    host.domSetAttribute(elementHandle(this), name, toDOMString(value));
  },
  removeAttribute: function (name) {
    requireArgs(arguments, 1, "execute 'removeAttribute' on 'Element'");
    host.domRemoveAttribute(elementHandle(this), toDOMString(name).toLowerCase());
  },
  hasAttribute: function (name) {
    requireArgs(arguments, 1, "execute 'hasAttribute' on 'Element'");
    return host.domAttribute(elementHandle(this), toDOMString(name).toLowerCase()) !== null;
  },
  getAttributeNames: function () {
    return Array.prototype.slice.call(host.domAttributeNames(elementHandle(this)));
  },
  /** #dom-element-insertadjacentelement. */
  insertAdjacentElement: function (where, element) {
    requireArgs(arguments, 2, "execute 'insertAdjacentElement' on 'Element'");
    return insertAdjacent(this, toDOMString(where), element, "'insertAdjacentElement' on 'Element'");
  },
  /** #dom-element-insertadjacenttext. */
  insertAdjacentText: function (where, data) {
    requireArgs(arguments, 2, "execute 'insertAdjacentText' on 'Element'");
    insertAdjacent(this, toDOMString(where), document.createTextNode(toDOMString(data)),
        "'insertAdjacentText' on 'Element'");
  },
  /** #dom-childnode-remove. */
  remove: function () {
    var p = this.parentNode;
    if (p !== null) {
      p.removeChild(this);
    }
  }
});
['load', 'error', 'click'].forEach(function (type) {
  defineEventHandler(HTMLElement.prototype, 'Element', type);
});
setTag(Element.prototype, 'Element');
setTag(HTMLElement.prototype, 'HTMLElement');

exposed.Element = Element;
exposed.HTMLElement = HTMLElement;
