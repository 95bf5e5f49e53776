// dom-element.js: Element and HTMLElement (https://dom.spec.whatwg.org/#interface-element,
// https://html.spec.whatwg.org/#htmlelement) on the host's jsoup tree: attributes, reflected
// attributes, innerHTML/outerHTML, children and the selector and collection methods.

function Element() {
  throw new TypeError("Failed to construct 'Element': Illegal constructor");
}
inherit(Element, Node);

function HTMLElement() {
  return htmlConstructor(this, HTMLElement); // html-elements.js
}
inherit(HTMLElement, Element);

function elementHandle(el) {
  return slotOf(el, 'Element').handle;
}

// Infra #namespaces.
var HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
var SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
var MATHML_NAMESPACE = 'http://www.w3.org/1998/Math/MathML';

/** Where DomNodes.info's list of an element's on* attributes begins. */
var ELEMENT_INFO_ATTRIBUTES = 5;

/**
 * The prototype of an element's wrapper by its namespace and local name (DOM
 * #concept-create-element step 6, "the element interface"): HTML's (html-elements.js), SVG's
 * (svg-elements.js), MathMLElement's, else Element's.
 */
function elementPrototype(namespace, localName) {
  return namespace === HTML_NAMESPACE ? htmlElementPrototype(localName)
      : namespace === SVG_NAMESPACE ? svgElementPrototype(localName)
      : namespace === MATHML_NAMESPACE ? MathMLElement.prototype : Element.prototype;
}

// DOM #dom-element-namespaceuri, #dom-element-prefix, #dom-element-localname: as the element was
// made; #dom-element-tagname: its HTML-uppercased qualified name (nodeFor's nodeName).
defineAccessor(Element.prototype, 'namespaceURI', function () {
  return slotOf(this, 'Element').namespace;
});
defineAccessor(Element.prototype, 'prefix', function () {
  return slotOf(this, 'Element').prefix;
});
defineAccessor(Element.prototype, 'localName', function () {
  return slotOf(this, 'Element').localName;
});
defineAccessor(Element.prototype, 'tagName', function () {
  return slotOf(this, 'Element').nodeName;
});

/**
 * The qualified name getAttribute and its kin look an attribute up by
 * (#concept-element-attributes-get-by-name step 1): lowercased for an element in the HTML
 * namespace (this is an HTML document).
 */
function attributeQualifiedName(el, name) {
  return el[SLOT].namespace === HTML_NAMESPACE ? name.toLowerCase() : name;
}

// HTML #the-innertext-idl-attribute: HTMLElement's (no layout: the text jsoup gives).
defineAccessor(HTMLElement.prototype, 'innerText', function () {
  return host.domText(elementHandle(this));
}, function (v) {
  var h = elementHandle(this);
  blurIfRemoving(this, false);
  replacingAll(this, function () {
    host.domSetText(h, v === null ? '' : toDOMString(v));
  });
});
defineAccessor(Element.prototype, 'innerHTML', function () {
  return host.domHtml(elementHandle(this));
}, function (v) {
  var h = elementHandle(this);
  blurIfRemoving(this, false);
  // HTML #dom-element-innerhtml step 3: a template's contents are replaced, not its children.
  replacingAll(host.domTagName(h) === 'TEMPLATE' ? this.content : this, function () {
    host.domSetHtml(h, v === null ? '' : toDOMString(v));
  });
});
defineAccessor(Element.prototype, 'outerHTML', function () {
  return host.domOuterHtml(elementHandle(this));
});
/** ParentNode (#interface-parentnode) accessors, on Element and Document. */
var parentNodeAccessors = {
  /**
   * #dom-parentnode-children: [SameObject], a live HTMLCollection of the element children, brought
   * current as it is read (as childNodes is).
   */
  children: function () {
    var s = slotOf(this, 'Node');
    if (!s.children) {
      s.children = liveElements(function () {
        return nodesFor(host.domChildren(s.handle)).filter(function (n) {
          return n[SLOT].nodeType === 1;
        });
      });
    } else {
      itemsOf(s.children, 'HTMLCollection');
    }
    return s.children;
  },
  firstElementChild: function () {
    return this.children.item(0);
  },
  lastElementChild: function () {
    var c = this.children;
    return c.length ? c.item(c.length - 1) : null;
  },
  childElementCount: function () {
    return this.children.length;
  }
};
function defineParentNodeAccessors(proto) {
  Object.keys(parentNodeAccessors).forEach(function (name) {
    defineAccessor(proto, name, parentNodeAccessors[name]);
  });
}
defineParentNodeAccessors(Element.prototype);

/**
 * NonDocumentTypeChildNode (DOM #interface-nondocumenttypechildnode), on Element and CharacterData:
 * the nearest sibling element before or after, or null.
 */
function elementSibling(node, offset) {
  return nodeFor(host.domElementSibling(slotOf(node, 'Node').handle, offset));
}
[Element.prototype, CharacterData.prototype].forEach(function (proto) {
  defineAccessor(proto, 'previousElementSibling', function () {
    return elementSibling(this, -1);
  });
  defineAccessor(proto, 'nextElementSibling', function () {
    return elementSibling(this, 1);
  });
});

/**
 * Attributes reflected as strings (HTML #reflect): Element's id and className (DOM #dom-element-id,
 * #dom-element-classname), HTMLElement's title and lang (SVGElement has its own className,
 * svg-elements.js; the element interfaces' own are html-element-attributes.js's).
 */
var REFLECTED = {id: 'id', className: 'class', title: 'title', lang: 'lang'};
Object.keys(REFLECTED).forEach(function (idl) {
  defineAccessor(idl === 'id' || idl === 'className' ? Element.prototype : HTMLElement.prototype, idl, function () {
    var v = host.domAttribute(elementHandle(this), REFLECTED[idl]);
    return v === null ? '' : v;
  }, function (v) {
    hostSetAttribute(elementHandle(this), REFLECTED[idl], toDOMString(v));
  });
});

/**
 * #dom-element-matches, #dom-element-webkitmatchesselector: whether the element matches the
 * selectors (jsoup's selectors, the state pseudo-classes marked: dom-selector-states.js).
 */
function elementMatches(el, args, what) {
  requireArgs(args, 1, 'execute ' + what);
  var selectors = toDOMString(args[0]);
  var marks = selectorMarks(selectors, what, el);
  return host.domMatches(elementHandle(el), selectors, marks);
}

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

/** #dom-element-attributes: [SameObject], a live NamedNodeMap (dom-attr.js). */
defineAccessor(Element.prototype, 'attributes', function () {
  var s = slotOf(this, 'Element');
  if (!s.attributes) {
    s.attributes = attributesOf(this);
  }
  return s.attributes;
});

/** The methods Element and Document share (ParentNode, getElementsBy*). */
/** A ParentNode mixin operation as Chromium's messages name it: "'append' on 'Document'". */
function parentNodeOperation(self, name) {
  var type = slotOf(self, 'Node').nodeType;
  return "'" + name + "' on '" + (type === 9 ? 'Document' : type === 11 ? 'DocumentFragment' : 'Element') + "'";
}

var parentNodeMethods = {
  getElementsByTagName: function (name) {
    requireArgs(arguments, 1, "execute 'getElementsByTagName'");
    // #concept-getelementsbytagname: a live HTMLCollection.
    var h = slotOf(this, 'Node').handle;
    name = toDOMString(name);
    return liveElements(function () {
      return nodesFor(host.domByTag(h, name));
    });
  },
  getElementsByClassName: function (names) {
    requireArgs(arguments, 1, "execute 'getElementsByClassName'");
    // #concept-getelementsbyclassname: a live HTMLCollection.
    var h = slotOf(this, 'Node').handle;
    names = toDOMString(names);
    return liveElements(function () {
      return nodesFor(host.domByClass(h, names));
    });
  },
  /**
   * #dom-document-getelementsbytagnamens (#concept-getelementsbytagnamens): a live HTMLCollection
   * of the descendants of the namespace ("" is null; "*" any) and local name ("*" any).
   */
  getElementsByTagNameNS: function (namespace, localName) {
    requireArgs(arguments, 2, "execute 'getElementsByTagNameNS'");
    var h = slotOf(this, 'Node').handle;
    namespace = nullableString(namespace);
    localName = toDOMString(localName);
    return liveElements(function () {
      return nodesFor(host.domByTagNS(h, namespace, localName));
    });
  },
  querySelector: function (selector) {
    requireArgs(arguments, 1, 'execute ' + parentNodeOperation(this, 'querySelector'));
    selector = toDOMString(selector);
    var marks = selectorMarks(selector, parentNodeOperation(this, 'querySelector'), this);
    var found = host.domQuery(slotOf(this, 'Node').handle, selector, false, marks);
    return found.length ? nodeFor(found[0]) : null;
  },
  querySelectorAll: function (selector) {
    requireArgs(arguments, 1, 'execute ' + parentNodeOperation(this, 'querySelectorAll'));
    selector = toDOMString(selector);
    var marks = selectorMarks(selector, parentNodeOperation(this, 'querySelectorAll'), this);
    // #dom-parentnode-queryselectorall: a static NodeList.
    return staticNodes(nodesFor(host.domQuery(slotOf(this, 'Node').handle, selector, true, marks)));
  },
  /** #dom-parentnode-prepend: nodes and strings (as Text nodes) before the first child. */
  prepend: function () {
    insertNode(this, nodesIntoNode(arguments), this.firstChild, parentNodeOperation(this, 'prepend'));
  },
  /** #dom-parentnode-append: nodes and strings (as Text nodes) at the end. */
  append: function () {
    insertNode(this, nodesIntoNode(arguments), null, parentNodeOperation(this, 'append'));
  },
  /**
   * #dom-parentnode-replacechildren: every child replaced by the nodes and strings
   * (#concept-node-replace-all: one mutation record of the children removed and added), once the
   * insertion is valid into the children as they are (step 2: a refused one keeps them).
   */
  replaceChildren: function () {
    var node = nodesIntoNode(arguments);
    var what = parentNodeOperation(this, 'replaceChildren');
    host.domCheckInsert(slotOf(this, 'Node').handle, insertedHandle(this, node, what), -1, what);
    var removed = [];
    while (this.firstChild !== null) {
      removed.push(this.firstChild);
      removeNode(this, this.firstChild, false);
    }
    var combined = {nodes: []};
    insertNode(this, node, null, what, combined);
    queueTreeRecord(this, combined.nodes, removed, null, null);
  },
  /**
   * #dom-parentnode-movebefore: node moved before child (itself: before its next sibling) by
   * #concept-node-move (io.w3socket.engine.NodeMoves checks and moves it), with the NodeIterators'
   * pre-remove steps and two mutation records, its removal's and its insertion's. An Attr fails
   * step 1 (its root is itself).
   */
  moveBefore: function (node, child) {
    var what = parentNodeOperation(this, 'moveBefore');
    requireArgs(arguments, 2, 'execute ' + what);
    var attr = isAttrObject(node);
    if (!attr && !isNode(node)) {
      throw new TypeError('Failed to execute ' + what + ": parameter 1 is not of type 'Node'.");
    }
    if (child !== null && !isNode(child)) {
      throw new TypeError('Failed to execute ' + what + ": parameter 2 is not of type 'Node'.");
    }
    if (attr) {
      throw new DOMException('Failed to execute ' + what + ': State-preserving atomic move cannot be '
          + 'performed on nodes participating in an invalid hierarchy.', 'HierarchyRequestError');
    }
    var reference = child === node ? node.nextSibling : child;
    var watched = mutationsObserved();
    var oldParent = watched ? node.parentNode : null;
    var oldPrevious = watched ? node.previousSibling : null;
    var oldNext = watched ? node.nextSibling : null;
    var moved = nodeIteratorsPreInsert(node); // the NodeIterators (document-traversal.js)
    host.domMove(slotOf(this, 'Node').handle, node[SLOT].handle,
        reference === null ? -1 : reference[SLOT].handle, what);
    nodeIteratorsMoved(moved);
    queueSignaledSlots();
    if (watched) {
      queueMutationRecord('childList', oldParent, null, null, [], [node], oldPrevious, oldNext);
      queueMutationRecord('childList', this, null, null, [node], [], node.previousSibling, reference);
    }
  }
};
defineMethods(Element.prototype, parentNodeMethods);
defineMethods(Element.prototype, {
  getAttribute: function (name) {
    requireArgs(arguments, 1, "execute 'getAttribute' on 'Element'");
    return host.domAttribute(elementHandle(this), attributeQualifiedName(this, toDOMString(name)));
  },
  /**
   * #dom-element-setattribute: Java checks the name (step 1); step 2 lowercases it for an HTML
   * element.
   */
  setAttribute: function (name, value) {
    requireArgs(arguments, 2, "execute 'setAttribute' on 'Element'");
    name = toDOMString(name);
    value = toDOMString(value);
    var h = elementHandle(this);
    host.domCheckAttributeName(name, "'setAttribute' on 'Element'");
    name = attributeQualifiedName(this, name);
    hostSetAttribute(h, name, value);
    handlerAttributeChanged(this, name, value);
  },
  removeAttribute: function (name) {
    requireArgs(arguments, 1, "execute 'removeAttribute' on 'Element'");
    removeAttributeByName(this, attributeQualifiedName(this, toDOMString(name)));
  },
  hasAttribute: function (name) {
    requireArgs(arguments, 1, "execute 'hasAttribute' on 'Element'");
    return host.domAttribute(elementHandle(this), attributeQualifiedName(this, toDOMString(name))) !== null;
  },
  /** #dom-element-getattributens: the value of the attribute of that namespace and local name. */
  getAttributeNS: function (namespace, localName) {
    requireArgs(arguments, 2, "execute 'getAttributeNS' on 'Element'");
    var name = attributeNameNS(this, nullableString(namespace), toDOMString(localName));
    return name === null ? null : host.domAttribute(elementHandle(this), name);
  },
  hasAttributeNS: function (namespace, localName) {
    requireArgs(arguments, 2, "execute 'hasAttributeNS' on 'Element'");
    return attributeNameNS(this, nullableString(namespace), toDOMString(localName)) !== null;
  },
  /**
   * #dom-element-setattributens: #validate-and-extract (Java: Chromium's errors), then the
   * attribute of that namespace and local name set, or one of the qualified name added.
   */
  setAttributeNS: function (namespace, qualifiedName, value) {
    requireArgs(arguments, 3, "execute 'setAttributeNS' on 'Element'");
    namespace = nullableString(namespace);
    qualifiedName = toDOMString(qualifiedName);
    value = toDOMString(value);
    var h = elementHandle(this);
    var extracted = host.domValidateAttributeNS(namespace, qualifiedName);
    var name = attributeNameNS(this, extracted[0], extracted[2]);
    name = name === null ? qualifiedName : name;
    hostSetAttribute(h, name, value);
    handlerAttributeChanged(this, name, value);
  },
  /** #dom-element-removeattributens. */
  removeAttributeNS: function (namespace, localName) {
    requireArgs(arguments, 2, "execute 'removeAttributeNS' on 'Element'");
    var name = attributeNameNS(this, nullableString(namespace), toDOMString(localName));
    if (name !== null) {
      removeAttributeByName(this, name);
    }
  },
  hasAttributes: function () {
    return host.domAttributeNames(elementHandle(this)).length > 0;
  },
  getAttributeNames: function () {
    return Array.prototype.slice.call(host.domAttributeNames(elementHandle(this)));
  },
  /** #dom-element-toggleattribute: adds the attribute (value "") or removes it; force decides. */
  toggleAttribute: function (name, force) {
    requireArgs(arguments, 1, "execute 'toggleAttribute' on 'Element'");
    name = toDOMString(name);
    host.domCheckAttributeName(name, "'toggleAttribute' on 'Element'");
    name = attributeQualifiedName(this, name);
    var h = elementHandle(this);
    if (host.domAttribute(h, name) === null) {
      if (force === undefined || toBoolean(force)) {
        hostSetAttribute(h, name, '');
        handlerAttributeChanged(this, name, '');
        return true;
      }
      return false;
    }
    if (force === undefined || !toBoolean(force)) {
      removeAttributeByName(this, name);
      return false;
    }
    return true;
  },
  getAttributeNode: function (name) {
    requireArgs(arguments, 1, "execute 'getAttributeNode' on 'Element'");
    elementHandle(this);
    return attrNode(this, attributeQualifiedName(this, toDOMString(name)));
  },
  setAttributeNode: function (attr) {
    requireArgs(arguments, 1, "execute 'setAttributeNode' on 'Element'");
    elementHandle(this);
    return setAttributeNode(this, attr, "'setAttributeNode' on 'Element'");
  },
  /** #dom-element-removeattributenode: NotFoundError unless attr is this element's. */
  removeAttributeNode: function (attr) {
    requireArgs(arguments, 1, "execute 'removeAttributeNode' on 'Element'");
    elementHandle(this);
    var as = slotOf(attr, 'Attr');
    if (as.element !== this) {
      throw new DOMException("Failed to execute 'removeAttributeNode' on 'Element': The node provided is"
          + ' owned by another element.', 'NotFoundError');
    }
    removeAttributeByName(this, as.name);
    return attr;
  },
  matches: function (selectors) {
    return elementMatches(this, arguments, "'matches' on 'Element'");
  },
  webkitMatchesSelector: function (selectors) {
    return elementMatches(this, arguments, "'webkitMatchesSelector' on 'Element'");
  },
  /** #dom-element-closest: the element or its nearest ancestor element that matches, or null. */
  closest: function (selectors) {
    requireArgs(arguments, 1, "execute 'closest' on 'Element'");
    selectors = toDOMString(selectors);
    var marks = selectorMarks(selectors, "'closest' on 'Element'", this);
    return nodeFor(host.domClosest(elementHandle(this), selectors, marks));
  },
  /** #dom-element-insertadjacentelement. */
  insertAdjacentElement: function (where, element) {
    requireArgs(arguments, 2, "execute 'insertAdjacentElement' on 'Element'");
    return insertAdjacent(this, toDOMString(where), element, "'insertAdjacentElement' on 'Element'");
  },
  /**
   * HTML #dom-element-insertadjacenthtml: the text parsed as a fragment in the context of the
   * element (or of its parent, before or after it), its nodes inserted there; scripts in it are
   * already started, so never run.
   */
  insertAdjacentHTML: function (where, text) {
    var what = "'insertAdjacentHTML' on 'Element'";
    slotOf(this, 'Element');
    requireArgs(arguments, 2, 'execute ' + what);
    where = toDOMString(where);
    text = toDOMString(text);
    var lower = where.toLowerCase();
    var context = lower === 'beforebegin' || lower === 'afterend' ? this.parentNode : this;
    if (lower === 'beforebegin' || lower === 'afterend' || lower === 'afterbegin' || lower === 'beforeend') {
      if (context === null || context.nodeType === 9) {
        throw new DOMException('Failed to execute ' + what + ': The element has no parent.',
            'NoModificationAllowedError');
      }
    }
    // The context element's namespace decides how the text is parsed (HTML #parsing-html-fragments).
    var parsed = context === null ? document.createElement('div')
        : document.createElementNS(context.namespaceURI, context.tagName.indexOf(':') < 0
          ? context.localName : context.prefix + ':' + context.localName);
    parsed.innerHTML = text;
    var source = parsed instanceof HTMLTemplateElement ? parsed.content : parsed;
    var fragment = document.createDocumentFragment();
    while (source.firstChild !== null) {
      fragment.appendChild(source.firstChild);
    }
    insertAdjacent(this, where, fragment, what);
  },
  /** #dom-element-insertadjacenttext. */
  insertAdjacentText: function (where, data) {
    requireArgs(arguments, 2, "execute 'insertAdjacentText' on 'Element'");
    insertAdjacent(this, toDOMString(where), document.createTextNode(toDOMString(data)),
        "'insertAdjacentText' on 'Element'");
  }
});
defineMethods(Element.prototype, childNodeMethods);
defineMethods(CharacterData.prototype, childNodeMethods);
defineMethods(DocumentType.prototype, childNodeMethods);

var FORM_CONTROLS = ['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTGROUP', 'OPTION', 'FIELDSET'];

defineMethods(HTMLElement.prototype, {
  /**
   * HTML #dom-click: a synthetic pointer event named click (not trusted; bubbles, cancelable,
   * composed; ui-events.js) at the element, unless it is a disabled form control or a click() on it
   * is still being dispatched.
   */
  click: function () {
    var s = slotOf(this, 'Element');
    if (s.clicking || (FORM_CONTROLS.indexOf(s.nodeName) >= 0 && this.hasAttribute('disabled'))) {
      return;
    }
    s.clicking = true;
    try {
      dispatch(this, loadModule('ui').clickEvent(false));
    } finally {
      s.clicking = false;
    }
  }
});
setTag(Element.prototype, 'Element');
/** HTML #dom-hidden: true, false, or "until-found", reflecting the hidden attribute. */
defineAccessor(HTMLElement.prototype, 'hidden', function () {
  var v = host.domAttribute(elementHandle(this), 'hidden');
  return v === null ? false : v.toLowerCase() === 'until-found' ? 'until-found' : true;
}, function (v) {
  if (typeof v === 'string' && v.toLowerCase() === 'until-found') {
    hostSetAttribute(elementHandle(this), 'hidden', 'until-found');
  } else if (toBoolean(v)) {
    hostSetAttribute(elementHandle(this), 'hidden', '');
  } else {
    this.removeAttribute('hidden');
  }
});
// CSSOM #dom-elementcssinlinestyle-style: [SameObject, PutForwards=cssText] (style.js, lazy).
defineAccessor(HTMLElement.prototype, 'style', function () {
  return loadModule('style').styleOf(this);
}, function (v) {
  loadModule('style').styleOf(this).cssText = v;
});
setTag(HTMLElement.prototype, 'HTMLElement');

exposed.Element = Element;
exposed.HTMLElement = HTMLElement;
