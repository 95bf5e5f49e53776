// node-filter.js: NodeFilter (https://dom.spec.whatwg.org/#interface-nodefilter), a callback
// interface whose legacy callback interface object (WebIDL #legacy-callback-interface-object)
// holds the constants of acceptNode's results and whatToShow's bits. A filter itself is any
// function or object with acceptNode (traversal.js calls it).

/**
 * WebIDL #legacy-callback-interface-object: a function that throws a TypeError when called, with no
 * prototype property: a bound function (new gives the same TypeError, where Chromium 156 says
 * "NodeFilter is not a constructor"; Nashorn gives bound functions a prototype).
 */
var NodeFilter = (function () {
  var f = function NodeFilter() {
    throw new TypeError('Illegal constructor');
  }.bind(undefined);
  try {
    Object.defineProperty(f, 'name', {value: 'NodeFilter', configurable: true});
  } catch (ignored) {
    // Nashorn's name cannot be redefined: it is the target's, NodeFilter already
  }
  return f;
})();

// DOM #interface-nodefilter: the constants, on the interface object only (it has no prototype).
(function () {
  var constants = {FILTER_ACCEPT: FILTER_ACCEPT, FILTER_REJECT: FILTER_REJECT, FILTER_SKIP: FILTER_SKIP,
    SHOW_ALL: 0xFFFFFFFF, SHOW_ELEMENT: 0x1, SHOW_ATTRIBUTE: 0x2, SHOW_TEXT: 0x4,
    SHOW_CDATA_SECTION: 0x8, SHOW_ENTITY_REFERENCE: 0x10, SHOW_ENTITY: 0x20,
    SHOW_PROCESSING_INSTRUCTION: 0x40, SHOW_COMMENT: 0x80, SHOW_DOCUMENT: 0x100,
    SHOW_DOCUMENT_TYPE: 0x200, SHOW_DOCUMENT_FRAGMENT: 0x400, SHOW_NOTATION: 0x800};
  for (var name in constants) {
    if (Object.prototype.hasOwnProperty.call(constants, name)) {
      defineConstant(NodeFilter, name, constants[name]);
    }
  }
})();

exposed.NodeFilter = NodeFilter;
