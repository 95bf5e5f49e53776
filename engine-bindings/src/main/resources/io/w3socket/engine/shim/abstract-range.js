// abstract-range.js: AbstractRange (DOM #interface-abstractrange), what Range and StaticRange share:
// the start and end boundary points and whether the range is collapsed. A StaticRange keeps its
// boundary points in its slot; a Range's are live, kept by the host (LiveRanges) under its id.

function AbstractRange() {
  illegalConstructor(this, AbstractRange);
}

/** The range's boundary points: [start node, start offset, end node, end offset]. */
function rangeBoundaryPoints(range) {
  var s = slotOf(range, 'AbstractRange');
  if (s.id === undefined) {
    return [s.startContainer, s.startOffset, s.endContainer, s.endOffset];
  }
  var b = host.rangeBounds(s.id);
  return [nodeFor(b[0]), b[1], nodeFor(b[2]), b[3]];
}

defineAccessor(AbstractRange.prototype, 'startContainer', function () {
  return rangeBoundaryPoints(this)[0];
});
defineAccessor(AbstractRange.prototype, 'startOffset', function () {
  return rangeBoundaryPoints(this)[1];
});
defineAccessor(AbstractRange.prototype, 'endContainer', function () {
  return rangeBoundaryPoints(this)[2];
});
defineAccessor(AbstractRange.prototype, 'endOffset', function () {
  return rangeBoundaryPoints(this)[3];
});
/** DOM #range-collapsed: the start and end are the same boundary point. */
defineAccessor(AbstractRange.prototype, 'collapsed', function () {
  var b = rangeBoundaryPoints(this);
  return b[0] === b[2] && b[1] === b[3];
});
setTag(AbstractRange.prototype, 'AbstractRange');

exposed.AbstractRange = AbstractRange;
