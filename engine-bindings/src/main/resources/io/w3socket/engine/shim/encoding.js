// encoding.js: TextEncoder and TextDecoder (https://encoding.spec.whatwg.org/#interface-textencoder,
// #interface-textdecoder) for every encoding of the standard: UTF-8, UTF-16 and x-user-defined here,
// the legacy single-byte encodings on their index from the host, the legacy multi-byte ones on the
// host's decoders (io.w3socket.engine.LegacyEncodings).

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

/**
 * The bytes of a BufferSource (WebIDL #BufferSource), or a TypeError, its message after "Failed to
 * WHAT: " when {@code what} is given (a transform stream's chunk has none, as in Chromium).
 */
function bufferSourceBytes(v, what) {
  if (isArrayBuffer(v)) {
    return new Uint8Array(v);
  }
  if (isView(v)) {
    return viewBytes(v);
  }
  throw new TypeError((what === undefined ? '' : 'Failed to ' + what + ': ')
      + "The provided value is not of type '(ArrayBuffer or ArrayBufferView)'.");
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

/**
 * #names-and-labels: each encoding's name, then its labels (the name lowercased is one of them);
 * parsed into ENCODING_LABELS when a TextDecoder is first made.
 */
var ENCODING_TABLE = 'UTF-8:unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8;'
    + 'IBM866:866 cp866 csibm866 ibm866;'
    + 'ISO-8859-2:csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2;'
    + 'ISO-8859-3:csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3;'
    + 'ISO-8859-4:csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4;'
    + 'ISO-8859-5:csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988;'
    + 'ISO-8859-6:arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e'
    + ' iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987;'
    + 'ISO-8859-7:csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597'
    + ' iso_8859-7 iso_8859-7:1987 sun_eu_greek;'
    + 'ISO-8859-8:csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598'
    + ' iso_8859-8 iso_8859-8:1988 visual;'
    + 'ISO-8859-8-I:csiso88598i iso-8859-8-i logical;'
    + 'ISO-8859-10:csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6;'
    + 'ISO-8859-13:iso-8859-13 iso8859-13 iso885913;'
    + 'ISO-8859-14:iso-8859-14 iso8859-14 iso885914;'
    + 'ISO-8859-15:csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9;'
    + 'ISO-8859-16:iso-8859-16;'
    + 'KOI8-R:cskoi8r koi koi8 koi8-r koi8_r;'
    + 'KOI8-U:koi8-ru koi8-u;'
    + 'macintosh:csmacintosh mac macintosh x-mac-roman;'
    + 'windows-874:dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874;'
    + 'windows-1250:cp1250 windows-1250 x-cp1250;'
    + 'windows-1251:cp1251 windows-1251 x-cp1251;'
    + 'windows-1252:ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1'
    + ' iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252;'
    + 'windows-1253:cp1253 windows-1253 x-cp1253;'
    + 'windows-1254:cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989'
    + ' l5 latin5 windows-1254 x-cp1254;'
    + 'windows-1255:cp1255 windows-1255 x-cp1255;'
    + 'windows-1256:cp1256 windows-1256 x-cp1256;'
    + 'windows-1257:cp1257 windows-1257 x-cp1257;'
    + 'windows-1258:cp1258 windows-1258 x-cp1258;'
    + 'x-mac-cyrillic:x-mac-cyrillic x-mac-ukrainian;'
    + 'GBK:chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk;'
    + 'gb18030:gb18030;'
    + 'Big5:big5 big5-hkscs cn-big5 csbig5 x-x-big5;'
    + 'EUC-JP:cseucpkdfmtjapanese euc-jp x-euc-jp;'
    + 'ISO-2022-JP:csiso2022jp iso-2022-jp;'
    + 'Shift_JIS:csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis;'
    + 'EUC-KR:cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601'
    + ' windows-949;'
    + 'replacement:csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement;'
    + 'UTF-16BE:unicodefffe utf-16be;'
    + 'UTF-16LE:csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le;'
    + 'x-user-defined:x-user-defined';

/** Label → encoding name, made from ENCODING_TABLE on first use. */
var ENCODING_LABELS = null;

/** #concept-encoding-get: the encoding's name for a label, or null (failure). */
function getEncoding(label) {
  if (ENCODING_LABELS === null) {
    ENCODING_LABELS = {};
    ENCODING_TABLE.split(';').forEach(function (entry) {
      var colon = entry.indexOf(':');
      var name = entry.substring(0, colon);
      entry.substring(colon + 1).split(' ').forEach(function (l) {
        ENCODING_LABELS[l] = name;
      });
    });
  }
  // Remove leading and trailing ASCII whitespace; ASCII lowercase.
  var key = asciiLowercase(label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ''));
  return Object.prototype.hasOwnProperty.call(ENCODING_LABELS, key) ? ENCODING_LABELS[key] : null;
}

var MULTI_BYTE_ENCODINGS = ['gbk', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr'];

/** The decoder of an encoding (by its lowercased name): decode(bytes, stream) and reset(). */
function newDecoder(name, fatal) {
  if (name === 'utf-8') {
    return new Utf8Decoder(fatal);
  }
  if (name === 'utf-16le' || name === 'utf-16be') {
    return new Utf16Decoder(name === 'utf-16be', fatal);
  }
  if (MULTI_BYTE_ENCODINGS.indexOf(name) >= 0) {
    return new HostDecoder(name, fatal);
  }
  return new SingleByteDecoder(name === 'x-user-defined' ? null : host.encodingTable(name), fatal);
}

function decodeError(fatal, reset) {
  if (fatal) {
    reset();
    throw new TypeError("Failed to execute 'decode' on 'TextDecoder': The encoded data was not valid.");
  }
  return 0xFFFD;
}

/**
 * #shared-utf-16-decoder: pairs of bytes, little- or big-endian, as code units; a lone surrogate
 * or an odd byte at the end is an error.
 */
function Utf16Decoder(bigEndian, fatal) {
  this.bigEndian = bigEndian;
  this.fatal = fatal;
  this.reset();
}
Utf16Decoder.prototype.reset = function () {
  this.leadByte = -1;
  this.leadSurrogate = -1;
};
Utf16Decoder.prototype.decode = function (bytes, stream) {
  var self = this;
  var reset = function () {
    self.reset();
  };
  var out = [];
  for (var i = 0; i < bytes.length; i++) {
    if (this.leadByte < 0) {
      this.leadByte = bytes[i];
      continue;
    }
    var unit = this.bigEndian ? (this.leadByte << 8) | bytes[i] : (bytes[i] << 8) | this.leadByte;
    this.leadByte = -1;
    if (this.leadSurrogate >= 0) {
      var lead = this.leadSurrogate;
      this.leadSurrogate = -1;
      if (unit >= 0xDC00 && unit <= 0xDFFF) {
        out.push(lead, unit);
        continue;
      }
      // Step 4.4: an error, and the code unit's bytes are read again.
      out.push(decodeError(this.fatal, reset));
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      this.leadSurrogate = unit;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      out.push(decodeError(this.fatal, reset));
    } else {
      out.push(unit);
    }
  }
  if (!stream && (this.leadByte >= 0 || this.leadSurrogate >= 0)) {
    this.reset();
    out.push(decodeError(this.fatal, reset));
  }
  return codePointsToString(out);
};

/**
 * #single-byte-decoder: ASCII bytes are themselves; the others are the index's code point (the
 * host's table for 0x80-0xFF, U+FFFD where there is none: an error); x-user-defined
 * (#x-user-defined-decoder) maps them to U+F780-U+F7FF.
 */
function SingleByteDecoder(table, fatal) {
  this.table = table;
  this.fatal = fatal;
}
SingleByteDecoder.prototype.reset = function () {};
SingleByteDecoder.prototype.decode = function (bytes) {
  var out = [];
  var noop = function () {};
  for (var i = 0; i < bytes.length; i++) {
    var b = bytes[i];
    if (b < 0x80) {
      out.push(b);
    } else if (this.table === null) {
      out.push(0xF780 + b - 0x80);
    } else {
      var c = this.table.charCodeAt(b - 0x80);
      out.push(c === 0xFFFD ? decodeError(this.fatal, noop) : c);
    }
  }
  return codePointsToString(out);
};

/**
 * A legacy multi-byte decoder on the host's (io.w3socket.engine.LegacyEncodings): the bytes of an
 * unfinished sequence wait for the next call; ISO-2022-JP's state, the last escape sequence read,
 * goes before the next call's bytes.
 */
function HostDecoder(name, fatal) {
  this.name = name;
  this.fatal = fatal;
  this.reset();
}
HostDecoder.prototype.reset = function () {
  this.pending = [];
  this.escape = [];
};
HostDecoder.prototype.decode = function (bytes, stream) {
  var all = this.escape.concat(this.pending, Array.prototype.slice.call(bytes));
  var r = host.encodingDecode(this.name, toHostBytes(new Uint8Array(all)), this.fatal, stream);
  if (r === null || r === undefined) {
    this.reset();
    throw new TypeError("Failed to execute 'decode' on 'TextDecoder': The encoded data was not valid.");
  }
  var consumed = r[1];
  if (stream) {
    if (this.name === 'iso-2022-jp') {
      for (var i = 0; i + 2 < consumed; i++) {
        if (all[i] === 0x1B && (all[i + 1] === 0x24 || all[i + 1] === 0x28)) {
          this.escape = all.slice(i, i + 3);
        }
      }
    }
    this.pending = all.slice(consumed);
  } else {
    this.reset();
  }
  return r[0];
};

/**
 * Encoding #decode: a BOM picks UTF-8 or UTF-16 (and is dropped), else {@code name}'s decoder, with
 * U+FFFD for errors; the replacement encoding is one U+FFFD for any bytes.
 */
function decodeBytes(bytes, name) {
  var skip = 0;
  if (bytes.length >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) {
    name = 'utf-8';
    skip = 3;
  } else if (bytes.length >= 2 && bytes[0] === 0xFE && bytes[1] === 0xFF) {
    name = 'utf-16be';
    skip = 2;
  } else if (bytes.length >= 2 && bytes[0] === 0xFF && bytes[1] === 0xFE) {
    name = 'utf-16le';
    skip = 2;
  }
  if (name === 'replacement') {
    return bytes.length === 0 ? '' : '\uFFFD';
  }
  return newDecoder(name, false).decode(skip === 0 ? bytes : bytes.subarray(skip), false);
}

/**
 * MIME Sniffing #parse-a-mime-type, as far as the value of its first charset parameter (the one
 * the parameters map keeps); null when there is none or the MIME type does not parse.
 */
function mimeCharset(value) {
  var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  var s = value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
  var semi = s.indexOf(';');
  var essence = (semi < 0 ? s : s.substring(0, semi)).replace(/[\t\n\r ]+$/, '');
  var slash = essence.indexOf('/');
  if (slash < 0 || !TOKEN.test(essence.substring(0, slash)) || !TOKEN.test(essence.substring(slash + 1))) {
    return null;
  }
  var pos = semi;
  while (pos >= 0 && pos < s.length) {
    pos++;
    while (pos < s.length && /[\t\n\r ]/.test(s.charAt(pos))) {
      pos++;
    }
    var end = pos;
    while (end < s.length && s.charAt(end) !== ';' && s.charAt(end) !== '=') {
      end++;
    }
    var name = s.substring(pos, end).toLowerCase();
    pos = end;
    if (pos >= s.length || s.charAt(pos) === ';') {
      continue;
    }
    pos++;
    var v;
    if (s.charAt(pos) === '"') {
      // #collect-an-http-quoted-string with the extract-value flag, then up to the next ';'.
      v = '';
      pos++;
      while (pos < s.length && s.charAt(pos) !== '"') {
        if (s.charAt(pos) === '\\' && pos + 1 < s.length) {
          pos++;
        }
        v += s.charAt(pos);
        pos++;
      }
      end = s.indexOf(';', pos);
      pos = end;
    } else {
      end = s.indexOf(';', pos);
      v = s.substring(pos, end < 0 ? s.length : end).replace(/[\t\n\r ]+$/, '');
      pos = end;
      if (v === '') {
        continue;
      }
    }
    if (name === 'charset' && TOKEN.test(name) && /^[\t\u0020-\u007E\u0080-\u00FF]*$/.test(v)) {
      return v;
    }
  }
  return null;
}

function TextDecoder() {
  requireNew(this, TextDecoder, 'TextDecoder');
  var label = arguments[0] === undefined ? 'utf-8' : toDOMString(arguments[0]);
  var options = arguments[1];
  if (options !== undefined && options !== null && !isObject(options)) {
    throw new TypeError("Failed to construct 'TextDecoder': The provided value is not of type 'TextDecoderOptions'.");
  }
  // #dom-textdecoder steps 1-2: get an encoding; failure or replacement → RangeError.
  var name = getEncoding(label);
  if (name === null || name === 'replacement') {
    throw new RangeError("Failed to construct 'TextDecoder': The encoding label provided ('" + label
        + "') is invalid.");
  }
  name = name.toLowerCase();
  var fatal = isObject(options) && toBoolean(options.fatal);
  setSlot(this, {
    kinds: ['TextDecoder'],
    encoding: name,
    fatal: fatal,
    ignoreBOM: isObject(options) && toBoolean(options.ignoreBOM),
    decoder: newDecoder(name, fatal),
    bomSeen: false,
    streaming: false
  });
}
defineAccessor(TextDecoder.prototype, 'encoding', function () {
  return slotOf(this, 'TextDecoder').encoding;
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
    // #concept-td-serialize: UTF-8's and UTF-16's leading BOM is dropped once, unless ignoreBOM.
    var unicode = s.encoding === 'utf-8' || s.encoding === 'utf-16le' || s.encoding === 'utf-16be';
    if (unicode && !s.bomSeen && text.length > 0) {
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
