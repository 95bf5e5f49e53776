// static-range.js: StaticRange (DOM #interface-staticrange), a range that does not follow the
// tree's changes: its boundary points are what its constructor was given, never checked against
// the nodes' lengths.

/**
 * DOM #dom-staticrange-staticrange: the StaticRangeInit dictionary's members are read in order
 * (endContainer, endOffset, startContainer, startOffset: WebIDL #es-dictionary), each required; a
 * doctype (or an Attr) as either container is an InvalidNodeTypeError.
 */
function StaticRange(init) {
  requireNew(this, StaticRange, 'StaticRange');
  var what = "construct 'StaticRange'";
  requireArgs(arguments, 1, what);
  if (init !== undefined && init !== null && !isObject(init)) {
    throw new TypeError('Failed to ' + what + ": The provided value is not of type 'StaticRangeInit'.");
  }
  var d = init || {};
  var endContainer = staticRangeMember(d, 'endContainer', what);
  var endOffset = staticRangeMember(d, 'endOffset', what);
  var startContainer = staticRangeMember(d, 'startContainer', what);
  var startOffset = staticRangeMember(d, 'startOffset', what);
  if (startContainer.nodeType === 10 || endContainer.nodeType === 10
      || startContainer.nodeType === 2 || endContainer.nodeType === 2) {
    throw new DOMException('Failed to ' + what
        + ': Neither startContainer nor endContainer can be a DocumentType or Attribute node.',
        'InvalidNodeTypeError');
  }
  setSlot(this, {kinds: ['AbstractRange', 'StaticRange'], startContainer: startContainer,
    startOffset: startOffset, endContainer: endContainer, endOffset: endOffset});
}
inherit(StaticRange, AbstractRange);

/** A required member of StaticRangeInit, converted: a Node, or an unsigned long. */
function staticRangeMember(d, name, what) {
  var v = d[name];
  var read = 'Failed to ' + what + ": Failed to read the '" + name + "' property from 'StaticRangeInit': ";
  if (v === undefined) {
    throw new TypeError(read + 'Required member is undefined.');
  }
  if (name.indexOf('Container') < 0) {
    return toUint32(v);
  }
  if (!isNode(v) && !isAttrObject(v)) {
    throw new TypeError(read + "Failed to convert value to 'Node'.");
  }
  return v;
}
setTag(StaticRange.prototype, 'StaticRange');

exposed.StaticRange = StaticRange;
