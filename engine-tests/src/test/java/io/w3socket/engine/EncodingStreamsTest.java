package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * TextEncoderStream and TextDecoderStream (Encoding #interface-textencoderstream,
 * #interface-textdecoderstream) in both engines: surrogate pairs split across chunks, a lone
 * surrogate at the end, the BOM and an incomplete sequence at the end, fatal errors erroring both
 * sides, a chunk that is no BufferSource, the constructors' errors. The lines are what headless
 * Chromium 156 printed for the same script.
 */
class EncodingStreamsTest {
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void encodeAndDecodeChunksAsChromiumDoes(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
try { new TextDecoderStream('nope'); } catch (e) { log(e.name, e.message); }
try { new TextDecoderStream('utf-8', 5); } catch (e) { log(e.name, e.message); }
try { TextDecoderStream(); } catch (e) { log(e.name, e.message); }
var d = new TextDecoderStream('UTF-16LE', {fatal: true});
log(d.encoding, d.fatal, d.ignoreBOM, d.readable instanceof ReadableStream, d.writable instanceof WritableStream, Object.getOwnPropertyNames(TextDecoderStream.prototype).sort().join(), Object.getOwnPropertyNames(TextEncoderStream.prototype).sort().join(), TextDecoderStream.length, TextEncoderStream.length);
var e = new TextEncoderStream();
log(e.encoding, Object.prototype.toString.call(e), Object.prototype.toString.call(d));
var w = e.writable.getWriter(), r = e.readable.getReader();
w.write('a\\ud83d'); w.write('\\ude00b'); w.write('\\ud800'); w.write(''); w.write(12); w.close();
function drain(r, tag, fmt) { return r.read().then(function (x) { if (x.done) { log(tag, 'done'); return; } log(tag, fmt(x.value)); return drain(r, tag, fmt); }, function (err) { log(tag, 'error', err.name, err.message); }); }
drain(r, 'enc', function (v) { return Object.prototype.toString.call(v) + ' ' + Array.prototype.join.call(v); }).then(function () {
  var t = new TextDecoderStream();
  var w2 = t.writable.getWriter(), r2 = t.readable.getReader();
  w2.write(new Uint8Array([0xEF, 0xBB, 0xBF, 0x61, 0xE2])); w2.write(new Uint8Array([0x82, 0xAC]).buffer); w2.write(new Uint8Array([0xE2])); w2.close();
  return drain(r2, 'dec', JSON.stringify);
}).then(function () {
  var t = new TextDecoderStream('utf-8', {fatal: true});
  var w3 = t.writable.getWriter(), r3 = t.readable.getReader();
  w3.write(new Uint8Array([0x61, 0xFF])).catch(function (e) { log('w3 write', e.name, e.message); });
  w3.close().catch(function (e) { log('w3 close', e.name, e.message); });
  return drain(r3, 'fatal', JSON.stringify);
}).then(function () {
  var t = new TextDecoderStream();
  var w4 = t.writable.getWriter(), r4 = t.readable.getReader();
  w4.write('str').catch(function (e) { log('w4 write', e.name, e.message); });
  return drain(r4, 'bad', JSON.stringify);
}).then(function () {
  var t = new TextDecoderStream('utf-8', {fatal: true});
  var w5 = t.writable.getWriter(), r5 = t.readable.getReader();
  w5.write(new Uint8Array([0x61, 0xE2])); w5.close().catch(function (e) { log('w5 close', e.name, e.message); });
  return drain(r5, 'fatalflush', JSON.stringify);
});
""");
    String tags =
        engine == JsEngine.NASHORN // no Symbol.toStringTag
            ? "utf-8 [object Object] [object Object]"
            : "utf-8 [object TextEncoderStream] [object TextDecoderStream]";
    assertEquals(
        List.of(
"""
RangeError Failed to construct 'TextDecoderStream': The encoding label provided ('nope') is invalid.
TypeError Failed to construct 'TextDecoderStream': The provided value is not of type 'TextDecoderOptions'.
TypeError Failed to construct 'TextDecoderStream': Please use the 'new' operator, this DOM object constructor cannot be called as a function.
utf-16le true false true true constructor,encoding,fatal,ignoreBOM,readable,writable constructor,encoding,readable,writable 0 0
utf-8 [object TextEncoderStream] [object TextDecoderStream]
enc [object Uint8Array] 97
enc [object Uint8Array] 240,159,152,128,98
enc [object Uint8Array] 239,191,189,49,50
enc done
dec "a"
dec "€"
dec "�"
dec done
fatal error TypeError The encoded data is not valid.
w3 write TypeError The encoded data is not valid.
w3 close TypeError The encoded data is not valid.
bad error TypeError The provided value is not of type '(ArrayBuffer or ArrayBufferView)'.
w4 write TypeError The provided value is not of type '(ArrayBuffer or ArrayBufferView)'.
fatalflush "a"
fatalflush error TypeError The encoded data is not valid.
w5 close TypeError The encoded data is not valid.
"""
                .replace("utf-8 [object TextEncoderStream] [object TextDecoderStream]", tags)
                .split("\n")),
        o.out(),
        o::toString);
  }
}
