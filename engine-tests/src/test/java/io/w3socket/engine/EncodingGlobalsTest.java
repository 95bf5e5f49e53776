package io.w3socket.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * TextEncoder/TextDecoder (WHATWG Encoding #interface-textencoder, #interface-textdecoder, the
 * #utf-8-decoder's error handling) and atob/btoa (HTML #atob, Infra #forgiving-base64), in both
 * engines.
 */
class EncodingGlobalsTest {
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void textEncoderWritesUtf8OfUsvStrings(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
        """
function bytes(u8) { return Array.prototype.join.call(u8, ','); }
var enc = new TextEncoder();
check('encoding', enc.encoding === 'utf-8');
check('no argument is the empty string', enc.encode().length === 0);
check('euro', bytes(enc.encode('\\u20AC')) === '226,130,172');
check('astral', bytes(enc.encode('\\uD83D\\uDE00')) === '240,159,152,128');
check('lone surrogate is U+FFFD', bytes(enc.encode('\\uD800')) === '239,191,189');
check('result is a Uint8Array', enc.encode('a') instanceof Uint8Array);
var dest = new Uint8Array(3);
var r = enc.encodeInto('a\\u20AC', dest);
check('encodeInto stops before a code point that does not fit', r.read === 1 && r.written === 1);
r = enc.encodeInto('\\uD83D\\uDE00', new Uint8Array(4));
check('encodeInto counts UTF-16 code units read', r.read === 2 && r.written === 4);
throwsName('encodeInto needs a Uint8Array', function () { enc.encodeInto('a', new Uint16Array(2)); }, 'TypeError');
done();
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void textDecoderFollowsTheUtf8Decoder(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
        """
function dec(arr, opts) { return new TextDecoder('utf-8', opts).decode(new Uint8Array(arr)); }
check('label is trimmed and case-insensitive', new TextDecoder(' UTF8 ').encoding === 'utf-8');
throwsName('unknown label', function () { new TextDecoder('no-such-encoding'); }, 'RangeError');
check('BOM is dropped', dec([0xEF, 0xBB, 0xBF, 0x61]) === 'a');
check('ignoreBOM keeps it', dec([0xEF, 0xBB, 0xBF, 0x61], {ignoreBOM: true}) === '\\uFEFFa');
check('only the first BOM', dec([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]) === '\\uFEFF');
check('truncated sequence is one U+FFFD', dec([0xF0, 0x9F, 0x98, 0x61]) === '\\uFFFDa');
check('surrogate code point is three', dec([0xED, 0xA0, 0x80]) === '\\uFFFD\\uFFFD\\uFFFD');
check('overlong is two', dec([0xC0, 0x80]) === '\\uFFFD\\uFFFD');
check('above U+10FFFF', dec([0xF4, 0x90, 0x80, 0x80]) === '\\uFFFD\\uFFFD\\uFFFD\\uFFFD');
throwsName('fatal throws a TypeError', function () { dec([0xFF], {fatal: true}); }, 'TypeError');
check('fatal attribute', new TextDecoder('utf-8', {fatal: true}).fatal === true);
var d = new TextDecoder();
var part = d.decode(new Uint8Array([0xE2, 0x82]), {stream: true});
check('stream keeps an unfinished sequence', part === '' && d.decode(new Uint8Array([0xAC])) === '\\u20AC');
check('a non-stream call ends it', d.decode(new Uint8Array([0xE2])) === '\\uFFFD');
check('views decode their own bytes', d.decode(new DataView(new Uint8Array([0x61, 0x62, 0x63]).buffer, 1, 1)) === 'b');
check('no input is empty', d.decode() === '');
throwsName('a string is not a BufferSource', function () { d.decode('abc'); }, 'TypeError');
done();
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void atobAndBtoaAreForgivingBase64(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
        """
check('btoa', btoa('hello') === 'aGVsbG8=' && btoa('') === '' && btoa('\\u00FF') === '/w==');
throwsName('btoa beyond Latin-1', function () { btoa('\\u0100'); }, 'InvalidCharacterError');
check('atob with padding', atob('aGVsbG8=') === 'hello');
check('atob without padding', atob('YQ') === 'a');
check('atob ignores ASCII whitespace', atob(' Y Q = = ') === 'a');
check('atob bytes are Latin-1', atob('/w==') === '\\u00FF');
throwsName('one padding char too few', function () { atob('YQ='); }, 'InvalidCharacterError');
throwsName('length 1 mod 4', function () { atob('Y'); }, 'InvalidCharacterError');
throwsName('outside the alphabet', function () { atob('Y-Q='); }, 'InvalidCharacterError');
throwsName('needs an argument', function () { atob(); }, 'TypeError');
done();
""");
  }
}
