package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CompressionStream and DecompressionStream (the Compression Standard) in both engines: gzip,
 * deflate and deflate-raw output byte for byte and chunk for chunk as headless Chromium 156 gave
 * it, a gzip member decompressed, and the errors of bad, truncated and trailing input, of a chunk
 * that is no BufferSource, and of the constructors.
 */
class CompressionStreamsTest {
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void compressAndDecompressAsChromiumDoes(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
function run(stream, chunks) {
  var w = stream.writable.getWriter(), r = stream.readable.getReader(), out = [];
  chunks.forEach(function (c) { w.write(c).catch(function () {}); }); w.close().catch(function () {});
  function go() { return r.read().then(function (x) { if (x.done) return out; out.push(Array.prototype.join.call(x.value)); return go(); }); }
  return go();
}
var enc = new TextEncoder();
try { new CompressionStream('zip'); } catch (e) { log(e.name, e.message); }
try { new DecompressionStream(); } catch (e) { log(e.name, e.message); }
try { CompressionStream('gzip'); } catch (e) { log(e.name, e.message); }
log(CompressionStream.length, DecompressionStream.length, Object.getOwnPropertyNames(CompressionStream.prototype).sort().join());
var p = Promise.resolve();
['gzip', 'deflate', 'deflate-raw'].forEach(function (f) {
  p = p.then(function () { return run(new CompressionStream(f), [enc.encode('hello '), enc.encode('world')]); }).then(function (o) { log(f, o.length, o.join(' | ')); });
});
p = p.then(function () { return run(new DecompressionStream('gzip'), [new Uint8Array([31,139,8,0,0,0,0,0,0,3,203,72,205,201,201,87]), new Uint8Array([40,207,47,202,73,1,0,133,17,74,13,11,0,0,0])]); }).then(function (o) { log('gunzip', o.join(' | ')); });
p = p.then(function () { return run(new DecompressionStream('deflate'), [new Uint8Array([1,2,3])]); }).then(function (o) { log('bad', o); }, function (e) { log('bad', e.name, e.message); });
p = p.then(function () { return run(new DecompressionStream('deflate-raw'), [new Uint8Array([203,72,205,201,201,87])]); }).then(function (o) { log('truncated', o); }, function (e) { log('truncated', e.name, e.message); });
p = p.then(function () { return run(new DecompressionStream('gzip'), [new Uint8Array([31,139,8,0,0,0,0,0,0,3,203,72,205,201,201,87,40,207,47,202,73,1,0,133,17,74,13,11,0,0,0, 9])]); }).then(function (o) { log('junk', o); }, function (e) { log('junk', e.name, e.message); });
p = p.then(function () { return run(new DecompressionStream('gzip'), ['str']); }).then(function (o) { log('str', o); }, function (e) { log('str', e.name, e.message); });
p = p.then(function () { return run(new CompressionStream('gzip'), []); }).then(function (o) { log('empty', o.join(' | ')); });
p = p.then(function () { var big = new Uint8Array(200000); for (var i = 0; i < big.length; i++) big[i] = (i * 7) & 255; return run(new CompressionStream('deflate'), [big]).then(function (o) { log('big chunks', o.length); }); });
""");
    assertEquals(
        List.of(
"""
TypeError Failed to construct 'CompressionStream': Unsupported compression format: 'zip'
TypeError Failed to construct 'DecompressionStream': 1 argument required, but only 0 present.
TypeError Failed to construct 'CompressionStream': Please use the 'new' operator, this DOM object constructor cannot be called as a function.
1 1 constructor,readable,writable
gzip 2 31,139,8,0,0,0,0,0,0,3 | 203,72,205,201,201,87,40,207,47,202,73,1,0,133,17,74,13,11,0,0,0
deflate 2 120,156 | 203,72,205,201,201,87,40,207,47,202,73,1,0,26,11,4,93
deflate-raw 1 203,72,205,201,201,87,40,207,47,202,73,1,0
gunzip 104,101,108,108,111 | 32,119,111,114,108,100
bad TypeError The compressed data was not valid: incorrect header check.
truncated TypeError Compressed input was truncated.
junk TypeError Junk found after end of compressed data.
str TypeError The provided value is not of type '(ArrayBuffer or ArrayBufferView)'.
empty 31,139,8,0,0,0,0,0,0,3,3,0,0,0,0,0,0,0,0,0
big chunks 2
"""
                .split("\n")),
        o.out(),
        o::toString);
  }
}
