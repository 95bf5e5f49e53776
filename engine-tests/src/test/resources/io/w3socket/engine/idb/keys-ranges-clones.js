// keys of mixed types, key ranges, structured clones of Dates, Maps, Sets and ArrayBuffers
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
function err(f) { try { f(); log('no error'); } catch (e) { log(e.name + ': ' + e.message); } }
function desc(k) {
  if (k instanceof Date) return 'Date(' + k.getTime() + ')';
  if (k instanceof ArrayBuffer) return 'ArrayBuffer(' + Array.prototype.join.call(new Uint8Array(k)) + ')';
  if (ArrayBuffer.isView(k) || k instanceof DataView) return 'view(' + Array.prototype.join.call(new Uint8Array(k.buffer, k.byteOffset, k.byteLength)) + ')';
  if (Array.isArray(k)) return '[' + k.map(desc).join(',') + ']';
  return typeof k + ' ' + String(k);
}
var keys = [[], 'b', -Infinity, new Date(1), [1, 'a'], 'a', 0, new Uint8Array([1, 2]), Infinity, '', new Date(-5), [[]], -0, new Uint8Array([1]).buffer, [1], 'B', new DataView(new Uint8Array([0, 255]).buffer), [new Date(0)], 1.5];
var sorted = keys.slice().sort(function (a, b) { return indexedDB.cmp(a, b); });
log(sorted.map(desc).join(' < '));
log(indexedDB.cmp(0, -0), indexedDB.cmp([1, [2]], [1, [2]]), indexedDB.cmp('\u00e9', 'z'), indexedDB.cmp('\ud83d\ude00', '\uffff'));
var invalid = [NaN, null, undefined, {}, true, function () {}, new Date(NaN), [1, {}], /re/];
var sparse = [1, , 3];
invalid.push(sparse);
var cyclic = [1]; cyclic.push(cyclic);
invalid.push(cyclic);
invalid.forEach(function (v, i) { err(function () { indexedDB.cmp(v, 1); }); });
var r = IDBKeyRange.bound(1, 5, true, false);
log(r.lower, r.upper, r.lowerOpen, r.upperOpen, r.includes(1), r.includes(3), r.includes(5), r.includes('a'), r.constructor.name);
var only = IDBKeyRange.only([1, 'x']);
log(JSON.stringify(only.lower), only.lower === only.lower, only.lowerOpen, only.upperOpen);
var lb = IDBKeyRange.lowerBound(new Date(3));
log(lb.lower instanceof Date, lb.lower.getTime(), lb.upper, lb.upperOpen, lb.includes(new Date(4)), lb.includes(5), lb.includes('x'));
var ub = IDBKeyRange.upperBound('m', true);
log(ub.lower, ub.lowerOpen, ub.includes('a'), ub.includes('m'), ub.includes(5), ub.includes([]));
err(function () { IDBKeyRange.bound(5, 1); });
err(function () { IDBKeyRange.bound(1, 1, true); });
err(function () { IDBKeyRange.bound({}, 1); });
err(function () { IDBKeyRange.bound(1, {}); });
err(function () { IDBKeyRange.only(NaN); });
err(function () { IDBKeyRange.lowerBound(null); });
err(function () { IDBKeyRange.upperBound(undefined); });
err(function () { r.includes({}); });
err(function () { r.includes(); });
err(function () { new IDBKeyRange(); });
var open = indexedDB.open('clone', 1);
open.onupgradeneeded = function () {
  var s = open.result.createObjectStore('s');
  open.result.createObjectStore('kp', {keyPath: 'k.length'});
};
open.onsuccess = function () {
  var db = open.result;
  var tx = db.transaction(['s', 'kp'], 'readwrite');
  var s = tx.objectStore('s');
  var buf = new Uint8Array([9, 8, 7]).buffer;
  var value = {d: new Date(86400000), m: new Map([['a', 1], [2, {b: [3]}]]), set: new Set([1, 'x']), buf: buf,
    view: new Uint16Array([1, 2, 3]), re: /a+b/gi, nested: {arr: [1, , 3], neg0: -0}, str: new String('s'), big: 12345678901234567890};
  value.self = value;
  s.put(value, 'v');
  keys.forEach(function (k, i) { s.put(i, k); });
  value.d.setTime(0);
  new Uint8Array(buf)[0] = 0;
  s.get('v').onsuccess = function (e) {
    var v = e.target.result;
    log(v.d instanceof Date, v.d.getTime(), v.m instanceof Map, v.m.size, v.m.get(2).b[0], v.set.has('x'), v.buf instanceof ArrayBuffer,
        Array.prototype.join.call(new Uint8Array(v.buf)), v.view.constructor.name, Array.prototype.join.call(v.view), v.re.source, v.re.global, v.re.ignoreCase,
        1 in v.nested.arr, v.nested.arr.length, 1 / v.nested.neg0, typeof v.str, v.big, v.self === v, v === value);
  };
  s.getAllKeys().onsuccess = function (e) { log('stored keys', e.target.result.map(desc).join(' < ')); };
  s.getAll(IDBKeyRange.bound('', [], false, true)).onsuccess = function (e) { log('strings and binary', e.target.result.join()); };
  s.count(IDBKeyRange.lowerBound([], true)).onsuccess = function (e) { log('arrays after []', e.target.result); };
  var kp = tx.objectStore('kp');
  kp.put({k: 'four'}).onsuccess = function (e) { log('length key', e.target.result); };
  kp.put({k: [1, 2]}).onsuccess = function (e) { log('array length key', e.target.result); };
  err(function () { kp.put({k: 5}); });
  err(function () { s.put(Symbol('x'), 1); });
  err(function () { s.put({w: new WeakMap()}, 1); });
  tx.oncomplete = function () { log('done'); };
};
