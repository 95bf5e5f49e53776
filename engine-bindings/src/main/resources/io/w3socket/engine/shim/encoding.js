// encoding.js: TextEncoder and TextDecoder for UTF-8 (https://encoding.spec.whatwg.org/#interface-textencoder,
// #interface-textdecoder), on the standard's UTF-8 decoder (#utf-8-decoder).

/** #utf-8-decoder as a resumable state machine; fatal makes an error throw a TypeError. */
function Utf8Decoder(fatal) {
  this.fatal = fatal;
  this.reset();
}
Utf8Decoder.prototype.reset = function () {
  this.cp = 0;
  this.seen = 0;
  this.needed = 0;
  this.lower = 0x80;
  this.upper = 0xBF;
};
Utf8Decoder.prototype.error = function (out) {
  if (this.fatal) {
    this.reset();
    throw new TypeError("Failed to execute 'decode' on 'TextDecoder': The encoded data was not valid.");
  }
  out.push(0xFFFD);
};
/** Decodes bytes (array-like of 0..255); unless stream, an unfinished sequence is an error. */
Utf8Decoder.prototype.decode = function (bytes, stream) {
  var out = [];
  for (var i = 0; i < bytes.length; i++) {
    var b = bytes[i];
    if (this.needed === 0) {
      if (b <= 0x7F) {
        out.push(b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        this.needed = 1;
        this.cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b === 0xE0) {
          this.lower = 0xA0;
        } else if (b === 0xED) {
          this.upper = 0x9F;
        }
        this.needed = 2;
        this.cp = b & 0xF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b === 0xF0) {
          this.lower = 0x90;
        } else if (b === 0xF4) {
          this.upper = 0x8F;
        }
        this.needed = 3;
        this.cp = b & 0x7;
      } else {
        this.error(out);
      }
      continue;
    }
    if (b < this.lower || b > this.upper) {
      // Step 4: reset, report an error, and process the byte again (prepend it to the stream).
      this.reset();
      this.error(out);
      i--;
      continue;
    }
    this.lower = 0x80;
    this.upper = 0xBF;
    this.cp = (this.cp << 6) | (b & 0x3F);
    this.seen++;
    if (this.seen === this.needed) {
      out.push(this.cp);
      this.reset();
    }
  }
  if (!stream && this.needed !== 0) {
    this.reset();
    this.error(out);
  }
  return codePointsToString(out);
};

function codePointsToString(cps) {
  var parts = [];
  var units = [];
  for (var i = 0; i < cps.length; i++) {
    var c = cps[i];
    if (c >= 0x10000) {
      c -= 0x10000;
      units.push(0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF));
    } else {
      units.push(c);
    }
    if (units.length >= 4096) {
      parts.push(String.fromCharCode.apply(null, units));
      units = [];
    }
  }
  parts.push(String.fromCharCode.apply(null, units));
  return parts.join('');
}

/** The bytes of a BufferSource (WebIDL #BufferSource), or a TypeError. */
function bufferSourceBytes(v, what) {
  if (isArrayBuffer(v)) {
    return new Uint8Array(v);
  }
  if (isView(v)) {
    return viewBytes(v);
  }
  throw new TypeError('Failed to ' + what + ": The provided value is not of type '(ArrayBuffer or ArrayBufferView)'.");
}

function TextEncoder() {
  requireNew(this, TextEncoder, 'TextEncoder');
  setSlot(this, {kinds: ['TextEncoder']});
}
defineAccessor(TextEncoder.prototype, 'encoding', function () {
  slotOf(this, 'TextEncoder');
  return 'utf-8';
});
defineMethods(TextEncoder.prototype, {
  /** #dom-textencoder-encode: USVString in, UTF-8 bytes out. */
  encode: function () {
    slotOf(this, 'TextEncoder');
    return utf8Encode(arguments.length === 0 || arguments[0] === undefined ? '' : arguments[0]);
  },
  /** #dom-textencoder-encodeinto: as many whole code points as fit. */
  encodeInto: function (source, destination) {
    slotOf(this, 'TextEncoder');
    requireArgs(arguments, 2, "execute 'encodeInto' on 'TextEncoder'");
    if (!(destination instanceof Uint8Array)) {
      throw new TypeError("Failed to execute 'encodeInto' on 'TextEncoder': parameter 2 is not of type 'Uint8Array'.");
    }
    var s = toUSVString(source);
    var read = 0;
    var written = 0;
    for (var i = 0; i < s.length; i++) {
      var unit = s.charCodeAt(i) >= 0xD800 && s.charCodeAt(i) <= 0xDBFF ? 2 : 1;
      var bytes = utf8Encode(s.substr(i, unit));
      if (written + bytes.length > destination.length) {
        break;
      }
      destination.set(bytes, written);
      written += bytes.length;
      read += unit;
      i += unit - 1;
    }
    return {read: read, written: written};
  }
});
setTag(TextEncoder.prototype, 'TextEncoder');

/** #names-and-labels: the labels of UTF-8, the one encoding this host decodes. */
var UTF8_LABELS = ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'];

function TextDecoder() {
  requireNew(this, TextDecoder, 'TextDecoder');
  var label = arguments[0] === undefined ? 'utf-8' : toDOMString(arguments[0]);
  var options = arguments[1];
  if (options !== undefined && options !== null && !isObject(options)) {
    throw new TypeError("Failed to construct 'TextDecoder': The provided value is not of type 'TextDecoderOptions'.");
  }
  // #dom-textdecoder step 1: get an encoding (trim ASCII whitespace, ASCII lowercase).
  var name = label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
  if (UTF8_LABELS.indexOf(name) < 0) {
    throw new RangeError("Failed to construct 'TextDecoder': The encoding label provided ('" + label
        + "') is invalid or not supported here (only UTF-8).");
  }
  var fatal = isObject(options) && toBoolean(options.fatal);
  setSlot(this, {
    kinds: ['TextDecoder'],
    fatal: fatal,
    ignoreBOM: isObject(options) && toBoolean(options.ignoreBOM),
    decoder: new Utf8Decoder(fatal),
    bomSeen: false,
    streaming: false
  });
}
defineAccessor(TextDecoder.prototype, 'encoding', function () {
  slotOf(this, 'TextDecoder');
  return 'utf-8';
});
defineAccessor(TextDecoder.prototype, 'fatal', function () {
  return slotOf(this, 'TextDecoder').fatal;
});
defineAccessor(TextDecoder.prototype, 'ignoreBOM', function () {
  return slotOf(this, 'TextDecoder').ignoreBOM;
});
defineMethods(TextDecoder.prototype, {
  /** #dom-textdecoder-decode. */
  decode: function () {
    var s = slotOf(this, 'TextDecoder');
    var input = arguments[0];
    var options = arguments[1];
    var stream = isObject(options) && toBoolean(options.stream);
    // Step 1: a call after a non-streaming one starts afresh.
    if (!s.streaming) {
      s.decoder.reset();
      s.bomSeen = false;
    }
    s.streaming = stream;
    var bytes = input === undefined ? [] : bufferSourceBytes(input, "execute 'decode' on 'TextDecoder'");
    var text = s.decoder.decode(bytes, stream);
    // #concept-td-serialize: a leading BOM is dropped once, unless ignoreBOM.
    if (!s.bomSeen && text.length > 0) {
      s.bomSeen = true;
      if (!s.ignoreBOM && text.charCodeAt(0) === 0xFEFF) {
        text = text.substring(1);
      }
    }
    return text;
  }
});
setTag(TextDecoder.prototype, 'TextDecoder');

exposed.TextEncoder = TextEncoder;
exposed.TextDecoder = TextDecoder;
