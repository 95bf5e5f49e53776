// queuing-strategies.js: ByteLengthQueuingStrategy and CountQueuingStrategy
// (https://streams.spec.whatwg.org/#qs).

/** The QueuingStrategyInit dictionary's required highWaterMark (unrestricted double). */
function queuingStrategyInit(init, name, args) {
  requireArgs(args, 1, "construct '" + name + "'");
  if (init !== undefined && init !== null && !isObject(init)) {
    throw new TypeError("Failed to construct '" + name + "': The provided value is not of type 'QueuingStrategyInit'.");
  }
  var hwm = init === undefined || init === null ? undefined : init.highWaterMark;
  if (hwm === undefined) {
    throw new TypeError("Failed to construct '" + name + "': Failed to read the 'highWaterMark' "
        + "property from 'QueuingStrategyInit': Required member is undefined.");
  }
  return Number(hwm);
}

/**
 * #blqs-internal-slots: the size function is one function per realm (#byte-length-queuing-strategy-size-function),
 * named "size", of length 1, not a constructor where the engine allows it.
 */
var byteLengthSizeFunction = function size(chunk) {
  // #byte-length-queuing-strategy-size-function step 1: ? GetV(chunk, "byteLength").
  return chunk.byteLength;
};

/** #count-queuing-strategy-size-function: always 1. */
var countSizeFunction = function size() {
  return 1;
};

/** #blqs-constructor */
function ByteLengthQueuingStrategy(init) {
  requireNew(this, ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy');
  var hwm = queuingStrategyInit(init, 'ByteLengthQueuingStrategy', arguments);
  setSlot(this, {kinds: ['ByteLengthQueuingStrategy'], highWaterMark: hwm});
}
defineAccessor(ByteLengthQueuingStrategy.prototype, 'highWaterMark', function () {
  // #blqs-high-water-mark
  return slotOf(this, 'ByteLengthQueuingStrategy').highWaterMark;
});
defineAccessor(ByteLengthQueuingStrategy.prototype, 'size', function () {
  // #blqs-size
  slotOf(this, 'ByteLengthQueuingStrategy');
  return byteLengthSizeFunction;
});
setTag(ByteLengthQueuingStrategy.prototype, 'ByteLengthQueuingStrategy');

/** #cqs-constructor */
function CountQueuingStrategy(init) {
  requireNew(this, CountQueuingStrategy, 'CountQueuingStrategy');
  var hwm = queuingStrategyInit(init, 'CountQueuingStrategy', arguments);
  setSlot(this, {kinds: ['CountQueuingStrategy'], highWaterMark: hwm});
}
defineAccessor(CountQueuingStrategy.prototype, 'highWaterMark', function () {
  // #cqs-high-water-mark
  return slotOf(this, 'CountQueuingStrategy').highWaterMark;
});
defineAccessor(CountQueuingStrategy.prototype, 'size', function () {
  // #cqs-size
  slotOf(this, 'CountQueuingStrategy');
  return countSizeFunction;
});
setTag(CountQueuingStrategy.prototype, 'CountQueuingStrategy');

exposed.ByteLengthQueuingStrategy = ByteLengthQueuingStrategy;
exposed.CountQueuingStrategy = CountQueuingStrategy;
