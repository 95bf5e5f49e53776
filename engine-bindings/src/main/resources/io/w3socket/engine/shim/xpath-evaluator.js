// xpath-evaluator.js: XPathEvaluator (https://dom.spec.whatwg.org/#interface-xpathevaluator) and the
// XPathEvaluatorBase mixin's methods (#mixin-xpathevaluatorbase) it shares with Document, whose
// methods (dom-document.js) call the entry points here: createExpression, createNSResolver and
// evaluate.

function XPathEvaluator() {
  requireNew(this, XPathEvaluator, 'XPathEvaluator');
  setSlot(this, {kinds: ['XPathEvaluator']});
}

/** #dom-xpathevaluatorbase-createexpression on {@code self}, an XPathEvaluator or a Document. */
function createExpressionOn(self, args, iface) {
  slotOf(self, iface);
  var what = "execute 'createExpression' on '" + iface + "'";
  requireArgs(args, 1, what);
  var expression = toDOMString(args[0]);
  return parseXPath(expression, resolverArg(args[1], what, 2), what);
}

/** #dom-xpathevaluatorbase-creatensresolver: the node itself. */
function createNSResolverOn(self, args, iface) {
  slotOf(self, iface);
  var what = "execute 'createNSResolver' on '" + iface + "'";
  requireArgs(args, 1, what);
  return contextNodeArg(args[0], what, 1);
}

/**
 * #dom-xpathevaluatorbase-evaluate: createExpression's steps, then the expression's evaluate; as
 * Chromium, the context node is checked first.
 */
function evaluateOn(self, args, iface) {
  slotOf(self, iface);
  var what = "execute 'evaluate' on '" + iface + "'";
  requireArgs(args, 2, what);
  var expression = toDOMString(args[0]);
  var context = contextNodeArg(args[1], what, 2);
  var resolver = resolverArg(args[2], what, 3);
  var type = toUnsignedShort(args[3]);
  var s = context[SLOT];
  if (s.nodeType === 10 || s.nodeType === 11) {
    throw new DOMException('Failed to ' + what + ": The node provided is '" + s.nodeName
        + "', which is not a valid context node type.", 'NotSupportedError');
  }
  return evaluateXPath(parseXPath(expression, resolver, what), context, type, what);
}

defineMethods(XPathEvaluator.prototype, {
  createExpression: function (expression) {
    return createExpressionOn(this, arguments, 'XPathEvaluator');
  },
  createNSResolver: function (nodeResolver) {
    return createNSResolverOn(this, arguments, 'XPathEvaluator');
  },
  evaluate: function (expression, contextNode) {
    return evaluateOn(this, arguments, 'XPathEvaluator');
  }
});
setTag(XPathEvaluator.prototype, 'XPathEvaluator');

exposed.XPathEvaluator = XPathEvaluator;
