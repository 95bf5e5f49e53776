// encoding-streams.js: TextEncoderStream and TextDecoderStream
// (https://encoding.spec.whatwg.org/#interface-textencoderstream, #interface-textdecoderstream):
// transform streams (streams-hooks.js) over encoding.js's encoder and decoders. Part of the lazy
// streams module, after the files it uses.

var transformReadable = Object.getOwnPropertyDescriptor(TransformStream.prototype, 'readable').get;
var transformWritable = Object.getOwnPropertyDescriptor(TransformStream.prototype, 'writable').get;

/** Encoding #generictransformstream: readable and writable are the transform's. */
function defineGenericTransformStream(proto, kind) {
  defineAccessor(proto, 'readable', function () {
    return transformReadable.call(slotOf(this, kind).transform);
  });
  defineAccessor(proto, 'writable', function () {
    return transformWritable.call(slotOf(this, kind).transform);
  });
}

function TextDecoderStream() {
  requireNew(this, TextDecoderStream, 'TextDecoderStream');
  // #dom-textdecoderstream steps 1-6 are TextDecoder's (a RangeError or TypeError, renamed).
  var decoder;
  try {
    decoder = new TextDecoder(arguments[0], arguments[1]);
  } catch (e) {
    var message = String(e.message).replace("'TextDecoder'", "'TextDecoderStream'");
    throw e instanceof RangeError ? new RangeError(message) : new TypeError(message);
  }
  var transform = newTransformStreamObject();
  // Steps 7-10: decode and enqueue each chunk; flush what the decoder holds at the end.
  setUpTransformStream(transform, function (chunk) {
    enqueueDecoded(transform, decoder, bufferSourceBytes(chunk), true);
  }, function () {
    enqueueDecoded(transform, decoder, undefined, false);
  });
  setSlot(this, {kinds: ['TextDecoderStream'], decoder: decoder, transform: transform});
}

/** #decode-and-enqueue-a-chunk and #flush-and-enqueue: the text, if any; an error is a TypeError. */
function enqueueDecoded(transform, decoder, chunk, stream) {
  var text;
  try {
    text = stream ? decoder.decode(chunk, {stream: true}) : decoder.decode();
  } catch (e) {
    throw new TypeError('The encoded data is not valid.');
  }
  if (text !== '') {
    enqueueIntoTransformStream(transform, text);
  }
}

['encoding', 'fatal', 'ignoreBOM'].forEach(function (name) {
  defineAccessor(TextDecoderStream.prototype, name, function () {
    return slotOf(this, 'TextDecoderStream').decoder[name];
  });
});
defineGenericTransformStream(TextDecoderStream.prototype, 'TextDecoderStream');
setTag(TextDecoderStream.prototype, 'TextDecoderStream');

function TextEncoderStream() {
  requireNew(this, TextEncoderStream, 'TextEncoderStream');
  var self = {kinds: ['TextEncoderStream'], pendingLead: '', transform: newTransformStreamObject()};
  // #dom-textencoderstream: encode and enqueue each chunk; at the end, a lead surrogate still
  // waiting for its trail becomes U+FFFD.
  setUpTransformStream(self.transform, function (chunk) {
    encodeAndEnqueue(self, self.pendingLead + toDOMString(chunk));
  }, function () {
    if (self.pendingLead !== '') {
      enqueueIntoTransformStream(self.transform, new Uint8Array([0xEF, 0xBF, 0xBD]));
    }
  });
  setSlot(this, self);
}

/**
 * #encode-and-enqueue-a-chunk: the UTF-8 of the text but a final lead surrogate, which waits for
 * the next chunk; lone surrogates elsewhere become U+FFFD (utf8Encode's USVString conversion).
 */
function encodeAndEnqueue(self, text) {
  var last = text.length > 0 ? text.charCodeAt(text.length - 1) : 0;
  if (last >= 0xD800 && last <= 0xDBFF) {
    self.pendingLead = text.charAt(text.length - 1);
    text = text.substring(0, text.length - 1);
  } else {
    self.pendingLead = '';
  }
  if (text !== '') {
    enqueueIntoTransformStream(self.transform, utf8Encode(text));
  }
}

defineAccessor(TextEncoderStream.prototype, 'encoding', function () {
  slotOf(this, 'TextEncoderStream');
  return 'utf-8';
});
defineGenericTransformStream(TextEncoderStream.prototype, 'TextEncoderStream');
setTag(TextEncoderStream.prototype, 'TextEncoderStream');
exposed.TextDecoderStream = TextDecoderStream;
exposed.TextEncoderStream = TextEncoderStream;
