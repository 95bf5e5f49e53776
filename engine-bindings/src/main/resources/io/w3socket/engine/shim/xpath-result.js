// xpath-result.js: XPathResult (https://dom.spec.whatwg.org/#interface-xpathresult), the result of
// an XPathExpression's evaluate (xpath-expression.js): a number, string, boolean or the nodes of a
// node set (in document order), read through the accessor of its type; an iterator is invalid once
// the tree changed (the host's change count, domVersion, as the live collections use).

function XPathResult() {
  illegalConstructor(this, XPathResult);
}
defineConstants(XPathResult, {ANY_TYPE: 0, NUMBER_TYPE: 1, STRING_TYPE: 2, BOOLEAN_TYPE: 3,
  UNORDERED_NODE_ITERATOR_TYPE: 4, ORDERED_NODE_ITERATOR_TYPE: 5, UNORDERED_NODE_SNAPSHOT_TYPE: 6,
  ORDERED_NODE_SNAPSHOT_TYPE: 7, ANY_UNORDERED_NODE_TYPE: 8, FIRST_ORDERED_NODE_TYPE: 9});

/**
 * A result from the host's [type, value] (io.w3socket.engine.XPathEngine), or for a node set [type,
 * then each node as a handle and null or, for an attribute, its name (the handle its element's; -1:
 * {@code attr}, the context attribute of no element)].
 */
function newXPathResult(answer, attr) {
  var r = Object.create(XPathResult.prototype);
  var type = answer[0];
  var value;
  if (type < 4) {
    value = answer[1];
  } else {
    value = [];
    for (var i = 1; i + 1 < answer.length; i += 2) {
      var name = answer[i + 1];
      var n = name === null ? nodeFor(answer[i])
          : answer[i] < 0 ? attr : attrNode(nodeFor(answer[i]), name);
      if (n !== null) {
        value.push(n);
      }
    }
  }
  setSlot(r, {kinds: ['XPathResult'], type: type, value: value, next: 0, version: host.domVersion()});
  return r;
}

/** The slot of a result of one of the types, else the TypeError Chromium throws reading {@code name}. */
function resultOfType(result, types, name, what, method) {
  var s = slotOf(result, 'XPathResult');
  if (types.indexOf(s.type) < 0) {
    throw new TypeError(method ? "Failed to execute '" + name + "' on 'XPathResult': The result type is not "
        + what + '.' : "Failed to read the '" + name + "' property from 'XPathResult': The result type is not "
        + what + '.');
  }
  return s;
}

/** Whether an iterator's tree changed since it was made (#dom-xpathresult-invaliditeratorstate). */
function iteratorInvalid(s) {
  return (s.type === 4 || s.type === 5) && host.domVersion() !== s.version;
}

defineAccessor(XPathResult.prototype, 'resultType', function () {
  return slotOf(this, 'XPathResult').type;
});
defineAccessor(XPathResult.prototype, 'numberValue', function () {
  return resultOfType(this, [1], 'numberValue', 'a number').value;
});
defineAccessor(XPathResult.prototype, 'stringValue', function () {
  return resultOfType(this, [2], 'stringValue', 'a string').value;
});
defineAccessor(XPathResult.prototype, 'booleanValue', function () {
  return resultOfType(this, [3], 'booleanValue', 'a boolean').value;
});
defineAccessor(XPathResult.prototype, 'singleNodeValue', function () {
  var nodes = resultOfType(this, [8, 9], 'singleNodeValue', 'a single node').value;
  return nodes.length > 0 ? nodes[0] : null;
});
defineAccessor(XPathResult.prototype, 'invalidIteratorState', function () {
  return iteratorInvalid(slotOf(this, 'XPathResult'));
});
defineAccessor(XPathResult.prototype, 'snapshotLength', function () {
  return resultOfType(this, [6, 7], 'snapshotLength', 'a snapshot').value.length;
});
defineMethods(XPathResult.prototype, {
  /** The next node of an iterator, or null past the last; an InvalidStateError once the tree changed. */
  iterateNext: function () {
    var s = resultOfType(this, [4, 5], 'iterateNext', 'an iterator', true);
    if (iteratorInvalid(s)) {
      throw new DOMException("Failed to execute 'iterateNext' on 'XPathResult': The document has mutated"
          + ' since the result was returned.', 'InvalidStateError');
    }
    return s.next < s.value.length ? s.value[s.next++] : null;
  },
  /** A snapshot's node at index (an unsigned long), or null past the last. */
  snapshotItem: function (index) {
    slotOf(this, 'XPathResult');
    requireArgs(arguments, 1, "execute 'snapshotItem' on 'XPathResult'");
    var nodes = resultOfType(this, [6, 7], 'snapshotItem', 'a snapshot', true).value;
    var i = toUint32(index);
    return i < nodes.length ? nodes[i] : null;
  }
});
setTag(XPathResult.prototype, 'XPathResult');

exposed.XPathResult = XPathResult;
