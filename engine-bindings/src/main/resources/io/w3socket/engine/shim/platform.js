// platform.js: performance (https://w3c.github.io/hr-time/#the-performance-attribute; its
// timeline's members are the lazy module timing's), crypto
// (https://w3c.github.io/webcrypto/#crypto-interface: getRandomValues, randomUUID, and subtle from
// the lazy module subtle) and navigator (https://html.spec.whatwg.org/#the-navigator-object).

// [engine name, hardware concurrency, time origin in epoch milliseconds, native line ending,
//  whether the engine runs module scripts]
var platformInfo = host.platformInfo();

function Performance() {
  throw new TypeError('Illegal constructor');
}
inherit(Performance, EventTarget);
var performance = Object.create(Performance.prototype);
initTarget(performance, ['EventTarget', 'Performance']);
defineAccessor(Performance.prototype, 'timeOrigin', function () {
  slotOf(this, 'Performance');
  return platformInfo[2];
});
defineMethods(Performance.prototype, {
  /** #dom-performance-now: milliseconds since the time origin, from a monotonic clock. */
  now: function () {
    slotOf(this, 'Performance');
    return host.clockNow();
  },
  toJSON: function () {
    slotOf(this, 'Performance');
    return {timeOrigin: platformInfo[2]};
  }
});
setTag(Performance.prototype, 'Performance');
// Performance Timeline and User Timing: the lazy module timing (performance-timeline.js,
// user-timing.js).
lazyMembers('timing', Performance, 'getEntries() getEntriesByType(1) getEntriesByName(1) mark(1) clearMarks() '
    + 'measure(1) clearMeasures()');

function Crypto() {
  throw new TypeError('Illegal constructor');
}
var crypto = Object.create(Crypto.prototype);
setSlot(crypto, {kinds: ['Crypto']});

var INTEGER_ARRAYS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];

function randomBytes(n) {
  return n === 0 ? new Uint8Array(0) : fromHostBytes(host.randomBytes(n));
}

defineMethods(Crypto.prototype, {
  /** #Crypto-method-getRandomValues. */
  getRandomValues: function (array) {
    slotOf(this, 'Crypto');
    requireArgs(arguments, 1, "execute 'getRandomValues' on 'Crypto'");
    if (!isView(array)) {
      throw new TypeError("Failed to execute 'getRandomValues' on 'Crypto': parameter 1 is not of type 'ArrayBufferView'.");
    }
    var tag = array instanceof DataView ? 'DataView' : Object.prototype.toString.call(array).slice(8, -1);
    // 1. Only integer typed arrays (named as Chromium names them: Float32Array is 'Float32').
    if (INTEGER_ARRAYS.indexOf(tag) < 0) {
      throw new DOMException("Failed to execute 'getRandomValues' on 'Crypto': The provided ArrayBufferView is of type '"
          + tag.replace(/Array$/, '') + "', which is not an integer array type.", 'TypeMismatchError');
    }
    // 2. At most 65,536 bytes.
    if (array.byteLength > 65536) {
      throw new DOMException("Failed to execute 'getRandomValues' on 'Crypto': The ArrayBufferView's byte length ("
          + array.byteLength + ') exceeds the number of bytes of entropy available via this API (65536).',
          'QuotaExceededError');
    }
    viewBytes(array).set(randomBytes(array.byteLength));
    return array;
  }
});
// #Crypto-attribute-subtle: [SameObject], the realm's one SubtleCrypto (its module loads on the
// first read).
defineAccessor(Crypto.prototype, 'subtle', function () {
  slotOf(this, 'Crypto');
  return loadModule('subtle').theSubtleCrypto();
});
defineMethods(Crypto.prototype, {
  /** #Crypto-method-randomUUID: a version 4 UUID (RFC 9562 §5.4). */
  randomUUID: function () {
    slotOf(this, 'Crypto');
    var b = randomBytes(16);
    b[6] = (b[6] & 0x0F) | 0x40;
    b[8] = (b[8] & 0x3F) | 0x80;
    var hex = [];
    for (var i = 0; i < 16; i++) {
      hex.push((b[i] + 0x100).toString(16).substring(1));
      if (i === 3 || i === 5 || i === 7 || i === 9) {
        hex.push('-');
      }
    }
    return hex.join('');
  }
});
setTag(Crypto.prototype, 'Crypto');

function Navigator() {
  throw new TypeError('Illegal constructor');
}
var navigator = Object.create(Navigator.prototype);
setSlot(navigator, {kinds: ['Navigator']});
var NAVIGATOR = {
  userAgent: 'Mozilla/5.0 (JVM) w3socket/0.1 ' + platformInfo[0],
  appCodeName: 'Mozilla',
  appName: 'Netscape',
  appVersion: '5.0 (JVM) w3socket/0.1 ' + platformInfo[0],
  platform: '',
  product: 'Gecko',
  vendor: '',
  language: 'en-US',
  onLine: true,
  cookieEnabled: false,
  hardwareConcurrency: platformInfo[1]
};
Object.keys(NAVIGATOR).forEach(function (name) {
  defineAccessor(Navigator.prototype, name, function () {
    slotOf(this, 'Navigator');
    return NAVIGATOR[name];
  });
});
var navigatorLanguages = Object.freeze(['en-US']);
defineAccessor(Navigator.prototype, 'languages', function () {
  slotOf(this, 'Navigator');
  return navigatorLanguages;
});
setTag(Navigator.prototype, 'Navigator');

exposed.Performance = Performance;
exposed.performance = performance;
exposed.Crypto = Crypto;
exposed.crypto = crypto;
exposed.Navigator = Navigator;
exposed.navigator = navigator;
