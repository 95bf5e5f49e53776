// blob.js: Blob (https://w3c.github.io/FileAPI/#blob-section).

function Blob() {
  requireNew(this, Blob, 'Blob');
  // WebIDL: blobParts is converted first, then the BlobPropertyBag, whose members are read in
  // lexicographic order: endings, then type.
  var elements = convertBlobParts(arguments[0], "construct 'Blob'");
  var options = blobPropertyBag(arguments[1], "construct 'Blob'", 'BlobPropertyBag');
  var endings = readEndings(options, "construct 'Blob'", 'BlobPropertyBag');
  var type = options.type;
  type = type === undefined ? '' : toDOMString(type);
  setSlot(this, {kinds: ['Blob'], bytes: processBlobParts(elements, endings), type: normalizeType(type)});
}

/**
 * A sequence<BlobPart> converted: byte arrays for buffers, views and blobs, USVStrings for the
 * rest; undefined is the empty sequence.
 */
function convertBlobParts(parts, what) {
  var elements = [];
  if (parts !== undefined) {
    if (!isObject(parts)) {
      throw new TypeError('Failed to ' + what + ': The provided value cannot be converted to a sequence.');
    }
    var list = toSequence(parts, what);
    for (var i = 0; i < list.length; i++) {
      var p = list[i];
      if (isArrayBuffer(p)) {
        elements.push(copyBytes(new Uint8Array(p)));
      } else if (isView(p)) {
        elements.push(copyBytes(viewBytes(p)));
      } else if (isObject(p) && p[SLOT] && p[SLOT].kinds.indexOf('Blob') >= 0) {
        elements.push(p[SLOT].bytes);
      } else {
        elements.push(toUSVString(p));
      }
    }
  }
  return elements;
}

/** A dictionary argument: undefined and null are the empty dictionary, other primitives a TypeError. */
function blobPropertyBag(options, what, dictionary) {
  if (options === undefined || options === null) {
    return {};
  }
  if (!isObject(options)) {
    throw new TypeError('Failed to ' + what + ": The provided value is not of type '" + dictionary + "'.");
  }
  return options;
}

/** The endings member (an EndingType enumeration, default "transparent"). */
function readEndings(options, what, dictionary) {
  var endings = options.endings;
  return endings === undefined ? 'transparent' : toEnum(endings, ['transparent', 'native'], 'EndingType',
      what + ": Failed to read the 'endings' property from '" + dictionary + "'");
}

/**
 * File API #process-blob-parts: the bytes of the converted parts; with endings "native", a
 * string's line breaks (CRLF, CR, LF) become the platform's (#convert-line-endings-to-native).
 */
function processBlobParts(elements, endings) {
  var chunks = [];
  var total = 0;
  for (var i = 0; i < elements.length; i++) {
    var e = elements[i];
    if (typeof e === 'string') {
      e = utf8Encode(endings === 'native' ? e.replace(/\r\n|\r|\n/g, platformInfo[3]) : e);
    }
    chunks.push(e);
    total += e.length;
  }
  var all = new Uint8Array(total);
  var at = 0;
  for (var k = 0; k < chunks.length; k++) {
    all.set(chunks[k], at);
    at += chunks[k].length;
  }
  return all;
}

function normalizeType(t) {
  return /^[\x20-\x7E]*$/.test(t) ? t.toLowerCase() : '';
}

function makeBlob(bytes, type) {
  var b = Object.create(Blob.prototype);
  setSlot(b, {kinds: ['Blob'], bytes: bytes, type: normalizeType(type)});
  return b;
}

defineAccessor(Blob.prototype, 'size', function () {
  return slotOf(this, 'Blob').bytes.length;
});
defineAccessor(Blob.prototype, 'type', function () {
  return slotOf(this, 'Blob').type;
});
defineMethods(Blob.prototype, {
  slice: function (start, end, contentType) {
    var bytes = slotOf(this, 'Blob').bytes;
    var size = bytes.length;
    function rel(v, dflt) {
      if (v === undefined) {
        return dflt;
      }
      var n = Number(v);
      n = n !== n ? 0 : (n < 0 ? Math.ceil(n) : Math.floor(n));
      return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
    }
    var from = rel(start, 0);
    var to = rel(end, size);
    var span = Math.max(to - from, 0);
    return makeBlob(copyBytes(bytes.subarray(from, from + span)),
        contentType === undefined ? '' : toDOMString(contentType));
  }
});
if (hasPromise) {
  defineMethods(Blob.prototype, {
    text: function () {
      var s;
      try {
        s = slotOf(this, 'Blob');
      } catch (e) {
        return Promise.reject(e);
      }
      return Promise.resolve(utf8Decode(s.bytes));
    },
    arrayBuffer: function () {
      var s;
      try {
        s = slotOf(this, 'Blob');
      } catch (e) {
        return Promise.reject(e);
      }
      return Promise.resolve(copyBytes(s.bytes).buffer);
    }
  });
}
setTag(Blob.prototype, 'Blob');
exposed.Blob = Blob;
