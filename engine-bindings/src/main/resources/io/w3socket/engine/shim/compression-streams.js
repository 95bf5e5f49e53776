// compression-streams.js: CompressionStream and DecompressionStream
// (https://compression.spec.whatwg.org/#compression-stream, #decompression-stream): transform
// streams (streams-hooks.js) over zlib in Java (io.w3socket.engine.CompressionFunctions). Part of
// the lazy streams module.

var COMPRESSION_FORMATS = ['deflate', 'deflate-raw', 'gzip'];

/**
 * #dom-compressionstream-compressionstream and #dom-decompressionstream-decompressionstream: the
 * format checked, a zlib stream in Java, and a transform whose chunks go through it.
 */
function setUpCompression(self, name, format, decompress) {
  format = toDOMString(format);
  // Step 1: an unsupported format is a TypeError (Chromium's words).
  if (COMPRESSION_FORMATS.indexOf(format) < 0) {
    throw new TypeError("Failed to construct '" + name + "': Unsupported compression format: '"
        + format + "'");
  }
  var id = host.zNew(format, decompress);
  var transform = newTransformStreamObject();
  // #compress-and-enqueue-a-chunk (and decompress): a BufferSource, through zlib; what it gives,
  // if anything, as a Uint8Array. #compress-flush-and-enqueue: the rest at the end.
  setUpTransformStream(transform, function (chunk) {
    enqueueCompressed(transform, id, host.zPush(id, toHostBytes(bufferSourceBytes(chunk))));
  }, function () {
    enqueueCompressed(transform, id, host.zEnd(id));
  }, function () {
    host.zDrop(id);
  });
  setSlot(self, {kinds: [name], transform: transform, id: id});
}

function enqueueCompressed(transform, id, out) {
  var bytes = fromHostBytes(out);
  if (bytes.length > 0) {
    enqueueIntoTransformStream(transform, bytes);
  }
}

function CompressionStream(format) {
  requireNew(this, CompressionStream, 'CompressionStream');
  requireArgs(arguments, 1, "construct 'CompressionStream'");
  setUpCompression(this, 'CompressionStream', format, false);
}
defineGenericTransformStream(CompressionStream.prototype, 'CompressionStream');
setTag(CompressionStream.prototype, 'CompressionStream');

function DecompressionStream(format) {
  requireNew(this, DecompressionStream, 'DecompressionStream');
  requireArgs(arguments, 1, "construct 'DecompressionStream'");
  setUpCompression(this, 'DecompressionStream', format, true);
}
defineGenericTransformStream(DecompressionStream.prototype, 'DecompressionStream');
setTag(DecompressionStream.prototype, 'DecompressionStream');
exposed.CompressionStream = CompressionStream;
exposed.DecompressionStream = DecompressionStream;
