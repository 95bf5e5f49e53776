// blob.js: Blob (https://w3c.github.io/FileAPI/#blob-section).

function Blob() {
  requireNew(this, Blob, 'Blob');
  var parts = arguments[0];
  var options = arguments[1];
  var chunks = [];
  var total = 0;
  if (parts !== undefined) {
    if (!isObject(parts)) {
      throw new TypeError("Failed to construct 'Blob': The provided value cannot be converted to a sequence.");
    }
    var list = Array.isArray(parts) ? parts : iterate(parts, "construct 'Blob'");
    for (var i = 0; i < list.length; i++) {
      var p = list[i];
      var bytes;
      if (isArrayBuffer(p)) {
        bytes = copyBytes(new Uint8Array(p));
      } else if (isView(p)) {
        bytes = copyBytes(viewBytes(p));
      } else if (isObject(p) && p[SLOT] && p[SLOT].kinds.indexOf('Blob') >= 0) {
        bytes = p[SLOT].bytes;
      } else {
        bytes = utf8Encode(toUSVString(p));
      }
      chunks.push(bytes);
      total += bytes.length;
    }
  }
  var all = new Uint8Array(total);
  var at = 0;
  for (var k = 0; k < chunks.length; k++) {
    all.set(chunks[k], at);
    at += chunks[k].length;
  }
  var type = isObject(options) && options.type !== undefined ? toDOMString(options.type) : '';
  setSlot(this, {kinds: ['Blob'], bytes: all, type: normalizeType(type)});
}

function normalizeType(t) {
  return /^[\x20-\x7E]*$/.test(t) ? t.toLowerCase() : '';
}

function makeBlob(bytes, type) {
  var b = Object.create(Blob.prototype);
  setSlot(b, {kinds: ['Blob'], bytes: bytes, type: normalizeType(type)});
  return b;
}

function iterate(obj, what) {
  if (hasSymbol && Symbol.iterator && typeof obj[Symbol.iterator] === 'function') {
    var out = [];
    var it = obj[Symbol.iterator]();
    for (var r = it.next(); !r.done; r = it.next()) {
      out.push(r.value);
    }
    return out;
  }
  throw new TypeError('Failed to ' + what + ': The object must have a callable @@iterator property.');
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
