// bytes.js: ArrayBufferViews, UTF-8 encode/decode (https://encoding.spec.whatwg.org/#utf-8), and the
// forms bytes cross the host bridge in (buffers on GraalJS, one-char-per-byte strings on Nashorn).

// Nashorn's ArrayBuffer.isView answers false for a DataView.
var isViewMissesDataView = typeof DataView === 'function'
    && !ArrayBuffer.isView(new DataView(new ArrayBuffer(1)));

/**
 * WebIDL ArrayBufferView (https://webidl.spec.whatwg.org/#ArrayBufferView): an object with a
 * [[ViewedArrayBuffer]] slot, which is what ArrayBuffer.isView tests, so every typed array the
 * engine has (Float16Array, BigInt64Array, ...) counts; never a list of constructors.
 */
function isView(v) {
  return ArrayBuffer.isView(v) || (isViewMissesDataView && v instanceof DataView);
}

function viewBytes(v) {
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

/** UTF-8 encoding of a USVString (Encoding #utf-8-encoder) into a Uint8Array. */
function utf8Encode(s) {
  s = toUSVString(s);
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s.charCodeAt(++i) - 0xDC00);
    }
    if (c < 0x80) {
      out.push(c);
    } else if (c < 0x800) {
      out.push(0xC0 | (c >> 6), 0x80 | (c & 63));
    } else if (c < 0x10000) {
      out.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    } else {
      out.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  return new Uint8Array(out);
}

/** UTF-8 decode with replacement (https://encoding.spec.whatwg.org/#utf-8-decode). */
function utf8Decode(bytes) {
  return new Utf8Decoder(false).decode(bytes, false);
}

/** Bytes → "binary string" (one char per byte), the form bytes cross the host bridge in. */
function bytesToBinary(u8) {
  // apply() takes the typed array's pieces as they are (an array-like, ES5.1 #sec-15.3.4.3): no
  // intermediate array of boxed numbers (Nashorn: a 64 KiB message in a third of the time).
  var parts = [];
  for (var i = 0; i < u8.length; i += 4096) {
    parts.push(String.fromCharCode.apply(null, u8.subarray(i, Math.min(u8.length, i + 4096))));
  }
  return parts.join('');
}

/** Bytes for the host: an ArrayBuffer where the engine reads buffers in bulk, else a binary string. */
function toHostBytes(u8) {
  return bytesAsBuffers ? copyBytes(u8).buffer : bytesToBinary(u8);
}

/** Bytes from the host: a ByteBuffer (GraalJS) or a binary string (Nashorn), as a new Uint8Array. */
function fromHostBytes(data) {
  return typeof data === 'string' ? binaryToBytes(data) : hostBufferBytes(new ArrayBuffer(data));
}

/**
 * A copy of a host buffer seen as an ArrayBuffer. Each element read from a view over it is one
 * interop call, so the copy goes eight bytes an element: 64 KiB in about a fifth of the time of
 * a byte-wise copy, interpreted. BigInt64 rather than Float64 elements: those carry every bit
 * pattern exactly, where a NaN's bits are the engine's choice (ECMAScript #sec-numerictorawbytes).
 */
function hostBufferBytes(src) {
  var n = src.byteLength, out = new Uint8Array(n), words = n >> 3;
  if (words > 0) {
    new BigInt64Array(out.buffer, 0, words).set(new BigInt64Array(src, 0, words));
  }
  if (words << 3 < n) {
    out.set(new Uint8Array(src, words << 3, n - (words << 3)), words << 3);
  }
  return out;
}

function binaryToBytes(s) {
  var u8 = new Uint8Array(s.length);
  for (var i = 0; i < s.length; i++) {
    u8[i] = s.charCodeAt(i) & 0xFF;
  }
  return u8;
}

function copyBytes(u8) {
  var c = new Uint8Array(u8.length);
  c.set(u8);
  return c;
}
