package io.w3socket.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * TextEncoder/TextDecoder (WHATWG Encoding #interface-textencoder, #interface-textdecoder, the
 * #utf-8-decoder's error handling, every other encoding's decoder) and atob/btoa (HTML #atob, Infra
 * #forgiving-base64), in both engines.
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
  void textDecoderHasEveryEncodingOfTheStandard(JsEngine engine) {
    // Each expected value is the Encoding Standard's; headless Chromium 156 answers the same except
    // for Big5's two-code-point pointers (it returns broken surrogates there).
    JsChecks.assertChecks(
        engine,
"""
function cps(label, arr, opts) {
  var s = new TextDecoder(label, opts).decode(new Uint8Array(arr));
  var o = [];
  for (var i = 0; i < s.length; i++) { o.push(s.charCodeAt(i).toString(16)); }
  return o.join(',');
}
check('labels', new TextDecoder('latin1').encoding === 'windows-1252' && new TextDecoder(' UTF-16 ').encoding === 'utf-16le'
    && new TextDecoder('x-sjis').encoding === 'shift_jis' && new TextDecoder('gb2312').encoding === 'gbk'
    && new TextDecoder('logical').encoding === 'iso-8859-8-i' && new TextDecoder('ks_c_5601-1989').encoding === 'euc-kr');
throwsName('the replacement encoding is refused', function () { new TextDecoder('iso-2022-kr'); }, 'RangeError');
throwsName('so is UTF-32', function () { new TextDecoder('utf-32'); }, 'RangeError');
check('UTF-16LE: BOM, a pair, a lone lead', cps('utf-16le', [0xFF, 0xFE, 0x41, 0, 0x3D, 0xD8, 0, 0xDE, 0, 0xD8, 0x41, 0]) === '41,d83d,de00,fffd,41');
check('UTF-16BE: an odd byte at the end', cps('utf-16be', [0, 0x41, 0xD8]) === '41,fffd');
var d16 = new TextDecoder('utf-16le');
check('UTF-16 streams', d16.decode(new Uint8Array([0x3D]), {stream: true}) === '' && d16.decode(new Uint8Array([0xD8, 0, 0xDE])) === '\uD83D\uDE00');
check('windows-1252: the C1 bytes the index keeps', cps('latin1', [0x80, 0x81, 0x9F, 0xE9]) === '20ac,81,178,e9');
check('windows-1253: unassigned is U+FFFD', cps('windows-1253', [0xAA, 0xD2]) === 'fffd,fffd');
throwsName('and fatal throws', function () { cps('windows-1253', [0xAA], {fatal: true}); }, 'TypeError');
check('KOI8-U, ISO-8859-14, x-mac-cyrillic', cps('koi8-u', [0xAE]) === '45e' && cps('iso-8859-14', [0xA1]) === '1e02'
    && cps('x-mac-cyrillic', [0xFF]) === '20ac');
check('x-user-defined', cps('x-user-defined', [0x41, 0x80, 0xFF]) === '41,f780,f7ff');
check('GBK and its 0x80', cps('gbk', [0xC4, 0xE3, 0xBA, 0xC3, 0x80]) === '4f60,597d,20ac');
check('gb18030 four bytes', cps('gb18030', [0x81, 0x30, 0x81, 0x30, 0x95, 0x32, 0x82, 0x36]) === '80,d840,dc00');
check('Big5, with a pointer of two code points', cps('big5', [0xA4, 0x40, 0x88, 0x62]) === '4e00,ca,304');
check('EUC-JP, with JIS X 0212', cps('euc-jp', [0xA4, 0xA2, 0x8E, 0xB1, 0x8F, 0xB0, 0xA1]) === '3042,ff71,4e02');
check('Shift_JIS', cps('shift_jis', [0x80, 0x82, 0xA0, 0xB1, 0x87, 0x40]) === '80,3042,ff71,2460');
check('EUC-KR', cps('euc-kr', [0xB0, 0xA1, 0x81, 0x41, 0xC9, 0xA1]) === 'ac00,ac02,fffd');
check('ISO-2022-JP', cps('iso-2022-jp', [0x1B, 0x24, 0x42, 0x24, 0x22, 0x1B, 0x28, 0x42, 0x41]) === '3042,41');
check('a bad trail byte that is ASCII is read again', cps('shift_jis', [0x82, 0x41]) === 'fffd,41'
    && cps('gb18030', [0x81, 0x30, 0xFF, 0x30]) === 'fffd,30,fffd,30');
var sj = new TextDecoder('shift_jis');
check('multi-byte streams', sj.decode(new Uint8Array([0x82]), {stream: true}) === '' && sj.decode(new Uint8Array([0xA0])) === '\u3042');
var jis = new TextDecoder('iso-2022-jp');
check('ISO-2022-JP keeps its mode between chunks', jis.decode(new Uint8Array([0x1B, 0x24, 0x42, 0x24]), {stream: true}) === ''
    && jis.decode(new Uint8Array([0x22, 0x24, 0x24]), {stream: true}) === '\u3042\u3044');
throwsName('multi-byte fatal', function () { cps('euc-kr', [0xB0], {fatal: true}); }, 'TypeError');
check('a legacy decoder keeps U+FEFF', cps('gb18030', [0x84, 0x31, 0x95, 0x33]) === 'feff');
done();
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void everyLabelOfJsdomsTableNamesTheSameEncoding(JsEngine engine) throws Exception {
    // whatwg-encoding (jsdom's) generates its labels-to-names.json from the standard's
    // encodings.json, leaving out the encodings iconv-lite cannot decode (so it is a subset).
    String table =
        Files.readString(
            NpmFiles.file("whatwg-encoding", "3.1.1", "lib/labels-to-names.json"),
            StandardCharsets.UTF_8);
    JsChecks.assertChecks(
        engine,
        "var TABLE = "
            + table
            + ";\n"
            +
"""
var labels = Object.keys(TABLE);
var wrong = labels.filter(function (label) {
  var got;
  try { got = new TextDecoder(label).encoding; } catch (e) { got = e.name; }
  return got !== TABLE[label].toLowerCase();
});
check('all ' + labels.length + ' labels', labels.length > 200 && wrong.length === 0, wrong.join(' '));
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
