// bytes.js: Bytes: ArrayBufferViews, UTF-8 encode/decode (https://encoding.spec.whatwg.org/#utf-8), and the
// forms bytes cross the host bridge in (buffers on GraalJS, one-char-per-byte strings on Nashorn).

/** ArrayBufferView: typed arrays and DataView (Nashorn's ArrayBuffer.isView misses DataView). */
function isView(v) {
  if (typeof ArrayBuffer === 'function' && typeof ArrayBuffer.isView === 'function' && ArrayBuffer.isView(v)) {
    return true;
  }
  return isObject(v) && isArrayBuffer(v.buffer) && typeof v.byteOffset === 'number'
      && typeof v.byteLength === 'number';
}

function viewBytes(v) {
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

/** UTF-8 encoding of a USVString (Encoding §4.1 utf-8 encoder) into a Uint8Array. */
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

/** Number of UTF-8 bytes of a USVString. */
function utf8Length(s) {
  s = toUSVString(s);
  var n = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c < 0x80) {
      n += 1;
    } else if (c < 0x800) {
      n += 2;
    } else if (c >= 0xD800 && c <= 0xDBFF) {
      n += 4;
      i++;
    } else {
      n += 3;
    }
  }
  return n;
}

/** UTF-8 decode (Encoding §4.2, replacement for malformed sequences, simplified). */
function utf8Decode(bytes) {
  var s = '';
  var i = 0;
  while (i < bytes.length) {
    var b = bytes[i];
    var need = b < 0x80 ? 0 : b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : -1;
    if (need < 0) {
      s += b < 0x80 ? String.fromCharCode(b) : '\uFFFD';
      i++;
      continue;
    }
    if (need === 0) {
      s += String.fromCharCode(b);
      i++;
      continue;
    }
    var cp = b & (0x3F >> need);
    var ok = true;
    var j;
    for (j = 1; j <= need && ok; j++) {
      if (i + j >= bytes.length || (bytes[i + j] & 0xC0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (bytes[i + j] & 63);
    }
    if (!ok || (need === 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
        || (need === 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
      s += '\uFFFD';
      i += Math.max(1, j);
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      s += String.fromCharCode(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
    } else {
      s += String.fromCharCode(cp);
    }
    i += need + 1;
  }
  return s;
}

/** Bytes → "binary string" (one char per byte), the form bytes cross the host bridge in. */
function bytesToBinary(u8) {
  var parts = [];
  for (var i = 0; i < u8.length; i += 4096) {
    var end = Math.min(u8.length, i + 4096);
    var chunk = [];
    for (var j = i; j < end; j++) {
      chunk.push(u8[j]);
    }
    parts.push(String.fromCharCode.apply(null, chunk));
  }
  return parts.join('');
}

/** Bytes for the host: an ArrayBuffer where the engine reads buffers in bulk, else a binary string. */
function toHostBytes(u8) {
  return bytesAsBuffers ? copyBytes(u8).buffer : bytesToBinary(u8);
}

/**
 * Bytes from the host: a ByteBuffer (viewed as an ArrayBuffer, then copied into an ordinary one in
 * one native copy) or a binary string.
 */
function fromHostBytes(data) {
  return typeof data === 'string' ? binaryToBytes(data) : new Uint8Array(new ArrayBuffer(data)).slice();
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
