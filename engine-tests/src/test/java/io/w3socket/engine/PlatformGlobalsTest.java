package io.w3socket.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * structuredClone (HTML #dom-structuredclone), performance (HR-Time), crypto (Web Crypto
 * getRandomValues, randomUUID) and navigator, in both engines.
 */
class PlatformGlobalsTest {
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void structuredCloneCopiesDeeplyKeepingSharing(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
var shared = {n: 1};
var buf = new ArrayBuffer(8);
var o = {a: [shared, shared], d: new Date(42), r: /x+/gi, m: new Map([[1, shared]]),
    s: new Set(['v']), u8: new Uint8Array(buf, 2, 4), e: new RangeError('bad'), str: new String('s')};
o.self = o;
var c = structuredClone(o);
check('a copy', c !== o && c.a !== o.a && c.a[0] !== shared);
check('shared references stay shared', c.a[0] === c.a[1] && c.m.get(1) === c.a[0]);
check('cycles', c.self === c);
check('Date, RegExp', c.d.getTime() === 42 && c.r.source === 'x+' && c.r.global && c.r.ignoreCase);
check('Map and Set', c.m instanceof Map && c.s.has('v'));
check('views keep offset and length on a copied buffer', c.u8.byteOffset === 2 && c.u8.length === 4
    && c.u8.buffer !== buf && c.u8.buffer.byteLength === 8);
check('errors keep name and message', c.e instanceof RangeError && c.e.message === 'bad');
check('primitive wrappers', typeof c.str === 'object' && c.str.valueOf() === 's');
check('primitives', structuredClone(null) === null && structuredClone(3) === 3);
throwsName('functions cannot be cloned', function () { structuredClone({f: function () {}}); }, 'DataCloneError');
throwsName('platform objects other than Blob cannot', function () { structuredClone(new EventTarget()); }, 'DataCloneError');
check('Blob is cloned', structuredClone(new Blob(['abc'])).size === 3);
done();
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void performanceCryptoNavigator(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
var t0 = performance.now();
var t1 = performance.now();
check('now is monotonic from the time origin', t0 >= 0 && t1 >= t0);
check('timeOrigin is epoch milliseconds', Math.abs(performance.timeOrigin + t1 - Date.now()) < 1000);
var ev = new Event('x');
check('Event.timeStamp is on the same clock', ev.timeStamp >= t1 && ev.timeStamp <= performance.now());
var u8 = new Uint8Array(32);
check('getRandomValues returns its argument', crypto.getRandomValues(u8) === u8);
check('and fills it', Array.prototype.some.call(u8, function (b) { return b !== 0; }));
throwsName('float arrays are refused', function () { crypto.getRandomValues(new Float32Array(2)); }, 'TypeMismatchError');
throwsName('more than 65536 bytes', function () { crypto.getRandomValues(new Uint8Array(65537)); }, 'QuotaExceededError');
check('65536 bytes are fine', crypto.getRandomValues(new Uint32Array(16384)).length === 16384);
var id = crypto.randomUUID();
check('randomUUID is a version 4 UUID', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id), id);
check('and random', id !== crypto.randomUUID());
check('navigator', typeof navigator.userAgent === 'string' && navigator.userAgent.indexOf('Mozilla/5.0') === 0
    && navigator.language === 'en-US' && navigator.languages[0] === 'en-US' && navigator.onLine === true
    && navigator.hardwareConcurrency >= 1);
check('navigator is read-only', (function () { navigator.language = 'x'; return navigator.language === 'en-US'; })());
done();
""");
  }
}
