// xpath-expression.js: XPathExpression (https://dom.spec.whatwg.org/#interface-xpathexpression), an
// XPath 1.0 expression parsed once, its namespace prefixes resolved then (the resolver is an
// XPathNSResolver, #mixin-xpathevaluatorbase), evaluated by the host's engine
// (io.w3socket.engine.XPathEngine) against a context node.

function XPathExpression() {
  illegalConstructor(this, XPathExpression);
}

/**
 * #dom-xpathevaluatorbase-createexpression: the expression parsed (a SyntaxError DOMException if it
 * is not one), each prefix it uses resolved with {@code resolver} (a NamespaceError DOMException
 * for one that resolves to null).
 */
function parseXPath(expression, resolver, what) {
  var prefixes = host.xpathParse(expression, null, what);
  if (prefixes.length === 0) {
    return newXPathExpression(expression, []);
  }
  var bindings = [];
  var bound = {};
  for (var i = 0; i < prefixes.length; i++) {
    var uri = resolver === null ? null : lookupNamespace(resolver, prefixes[i]);
    if (uri === null) {
      throw new DOMException('Failed to ' + what + ": The string '" + expression
          + "' contains unresolvable namespaces.", 'NamespaceError');
    }
    if (bound[' ' + prefixes[i]] === undefined) {
      bound[' ' + prefixes[i]] = uri;
      bindings.push(prefixes[i], uri);
    }
  }
  host.xpathParse(expression, bindings, what);
  return newXPathExpression(expression, bindings);
}

function newXPathExpression(expression, bindings) {
  var x = Object.create(XPathExpression.prototype);
  setSlot(x, {kinds: ['XPathExpression'], expression: expression, bindings: bindings});
  return x;
}

/**
 * WebIDL #call-a-user-objects-operation for XPathNSResolver's lookupNamespaceURI: the resolver
 * called (a function) or its method (with it as this); as Chromium, one without that method, or
 * one that throws (the exception reported), resolves nothing. A node without the method (this
 * host's Node has none) is looked up as its lookupNamespaceURI would (#locate-a-namespace).
 */
function lookupNamespace(resolver, prefix) {
  var uri;
  try {
    if (typeof resolver === 'function') {
      uri = resolver.call(undefined, prefix);
    } else if (typeof resolver.lookupNamespaceURI === 'function') {
      uri = resolver.lookupNamespaceURI(prefix);
    } else if (isNode(resolver) || isAttrObject(resolver)) {
      uri = locateNamespace(resolver, prefix);
    } else {
      return null;
    }
  } catch (e) {
    reportException(e);
    return null;
  }
  // DOMString?: null and undefined are null.
  return uri === null || uri === undefined ? null : toDOMString(uri);
}

/** The context node argument: a Node (an Attr too), else the TypeError WebIDL's conversion throws. */
function contextNodeArg(v, what, position) {
  if (!isNode(v) && !isAttrObject(v)) {
    throw new TypeError('Failed to ' + what + ': parameter ' + position + " is not of type 'Node'.");
  }
  return v;
}

/** The resolver argument: null (or missing), or an object (a function too). */
function resolverArg(v, what, position) {
  if (v === undefined || v === null) {
    return null;
  }
  if (!isObject(v)) {
    throw new TypeError('Failed to ' + what + ': parameter ' + position + " is not of type 'Object'.");
  }
  return v;
}

/**
 * #dom-xpathexpression-evaluate: the expression evaluated with contextNode; as Chromium, a doctype
 * or DocumentFragment context is a NotSupportedError, the result argument is ignored (a new result
 * each time) and a type not in XPathResult's list is ANY_TYPE.
 */
function evaluateXPath(expression, contextNode, type, what) {
  var s = contextNode[SLOT];
  if (s.nodeType === 10 || s.nodeType === 11) {
    throw new DOMException('Failed to ' + what + ": The node provided is '" + s.nodeName
        + "', which is not a valid context node type.", 'NotSupportedError');
  }
  var x = expression[SLOT];
  var answer;
  if (isAttrObject(contextNode)) {
    var owner = s.element;
    answer = host.xpathEvaluate(x.expression, x.bindings, owner === null ? -1 : owner[SLOT].handle, s.name,
        contextNode.value, type, what);
  } else {
    answer = host.xpathEvaluate(x.expression, x.bindings, s.handle, null, null, type, what);
  }
  return newXPathResult(answer, contextNode);
}

defineMethods(XPathExpression.prototype, {
  evaluate: function (contextNode) {
    slotOf(this, 'XPathExpression');
    var what = "execute 'evaluate' on 'XPathExpression'";
    requireArgs(arguments, 1, what);
    var context = contextNodeArg(contextNode, what, 1);
    return evaluateXPath(this, context, toUnsignedShort(arguments[1]), what);
  }
});
setTag(XPathExpression.prototype, 'XPathExpression');

exposed.XPathExpression = XPathExpression;
