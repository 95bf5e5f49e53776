// CRUD: in-line and out-of-line keys, key generators, errors of put/add/get/delete
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
function show(v) { return v === undefined ? 'undefined' : JSON.stringify(v); }
function err(f) { try { f(); log('no error'); } catch (e) { log(e.name + ': ' + e.message); } }
var open = indexedDB.open('crud', 1);
open.onupgradeneeded = function () {
  var db = open.result;
  var plain = db.createObjectStore('plain');
  var inline = db.createObjectStore('inline', {keyPath: 'id'});
  var gen = db.createObjectStore('gen', {autoIncrement: true});
  var both = db.createObjectStore('both', {keyPath: 'a.b', autoIncrement: true});
  var compound = db.createObjectStore('compound', {keyPath: ['x', 'y']});
  log(plain.keyPath, inline.keyPath, gen.autoIncrement, both.keyPath, JSON.stringify(compound.keyPath), compound.keyPath === compound.keyPath);
  err(function () { db.createObjectStore('plain'); });
  err(function () { db.createObjectStore('bad', {keyPath: 'a..b'}); });
  err(function () { db.createObjectStore('bad', {keyPath: '', autoIncrement: true}); });
  err(function () { db.createObjectStore('bad', {keyPath: ['a', 'b'], autoIncrement: true}); });
  err(function () { db.createObjectStore('bad', {keyPath: []}); });
  err(function () { db.deleteObjectStore('nope'); });
  err(function () { open.transaction.objectStore('nope'); });
};
open.onsuccess = function () {
  var db = open.result;
  err(function () { db.createObjectStore('late'); });
  err(function () { db.transaction('nope'); });
  err(function () { db.transaction([]); });
  err(function () { db.transaction('plain', 'versionchange'); });
  err(function () { db.transaction('plain', 'bogus'); });
  var tx = db.transaction(['plain', 'inline', 'gen', 'both', 'compound', 'plain'], 'readwrite', {durability: 'relaxed'});
  log(tx.mode, tx.durability, Array.prototype.join.call(tx.objectStoreNames, ','), tx.db === db, tx.error);
  var plain = tx.objectStore('plain');
  log(plain === tx.objectStore('plain'), plain.transaction === tx);
  err(function () { plain.put('v'); });
  err(function () { plain.put('v', {}); });
  err(function () { plain.put(function () {}, 1); });
  err(function () { tx.objectStore('inline').put({id: 1}, 1); });
  err(function () { tx.objectStore('inline').put({name: 'no id'}); });
  err(function () { tx.objectStore('inline').put({id: {}}); });
  err(function () { tx.objectStore('both').put({a: 1}); });
  err(function () { tx.objectStore('both').put(5); });
  err(function () { tx.objectStore('gen').get(); });
  err(function () { tx.objectStore('gen').get(null); });
  err(function () { tx.objectStore('gen').get({}); });
  err(function () { tx.objectStore('gen').delete(undefined); });
  var reqs = [];
  reqs.push(plain.put('one', 1));
  reqs.push(plain.put({n: 'two'}, 'two'));
  reqs.push(plain.add('three', [3]));
  reqs.push(plain.put('date', new Date(0)));
  reqs.push(plain.put('bin', new Uint8Array([1, 2])));
  var inline = tx.objectStore('inline');
  reqs.push(inline.put({id: 'k1', v: 1}));
  reqs.push(inline.put({id: 'k2', v: 2}));
  var gen = tx.objectStore('gen');
  reqs.push(gen.put('g1'));
  reqs.push(gen.put('g2'));
  reqs.push(gen.put('g10', 10));
  reqs.push(gen.put('g-after'));
  reqs.push(gen.put('gs', 'str'));
  reqs.push(gen.put('g2.5', 12.5));
  reqs.push(gen.put('g-after2'));
  var both = tx.objectStore('both');
  reqs.push(both.put({name: 'x'}));
  reqs.push(both.put({a: {}, name: 'y'}));
  reqs.push(both.put({a: {b: 7}, name: 'z'}));
  reqs.push(both.put({name: 'w'}));
  reqs.push(tx.objectStore('compound').put({x: 1, y: 'b'}));
  reqs.push(tx.objectStore('compound').put({x: 1, y: 'a'}));
  reqs.forEach(function (r, i) {
    r.onsuccess = function (e) { log('put', i, show(r.result), r.source.name, r.transaction === tx, r.readyState); };
  });
  var dup = plain.add('again', 1);
  dup.onerror = function (e) {
    log('dup error', dup.error.name, dup.error.message, e.target === dup, e.bubbles, e.cancelable, tx.error);
    e.preventDefault();
  };
  plain.get(1).onsuccess = function (e) { log('get 1', show(e.target.result)); };
  plain.get('two').onsuccess = function (e) { log('get two', show(e.target.result)); };
  plain.get(IDBKeyRange.lowerBound('a')).onsuccess = function (e) { log('get range', show(e.target.result)); };
  plain.get(999).onsuccess = function (e) { log('get missing', show(e.target.result)); };
  plain.getKey(IDBKeyRange.lowerBound(0, true)).onsuccess = function (e) { log('getKey', show(e.target.result)); };
  plain.getAll().onsuccess = function (e) { log('getAll', show(e.target.result)); };
  plain.getAllKeys().onsuccess = function (e) { log('getAllKeys', e.target.result.map(function (k) { return k instanceof Date ? 'Date ' + k.getTime() : k instanceof ArrayBuffer ? 'AB ' + Array.prototype.join.call(new Uint8Array(k)) : JSON.stringify(k); }).join(' | ')); };
  plain.getAll(null, 2).onsuccess = function (e) { log('getAll 2', show(e.target.result)); };
  plain.count().onsuccess = function (e) { log('count', e.target.result); };
  plain.count(IDBKeyRange.bound(0, 'zzz')).onsuccess = function (e) { log('count range', e.target.result); };
  gen.getAll().onsuccess = function (e) { log('gen all', show(e.target.result)); };
  gen.getAllKeys().onsuccess = function (e) { log('gen keys', show(e.target.result)); };
  both.getAll().onsuccess = function (e) { log('both all', show(e.target.result)); };
  tx.objectStore('compound').getAllKeys().onsuccess = function (e) { log('compound keys', show(e.target.result)); };
  var del = plain.delete(IDBKeyRange.bound(1, 'two'));
  del.onsuccess = function () { log('delete', show(del.result)); };
  plain.getAllKeys().onsuccess = function (e) { log('after delete', e.target.result.length); };
  var clr = inline.clear();
  clr.onsuccess = function () { log('clear', show(clr.result)); };
  inline.count().onsuccess = function (e) { log('inline count', e.target.result); };
  tx.oncomplete = function (e) {
    log('complete', e.bubbles, tx.error);
    err(function () { plain.put('x', 5); });
    err(function () { tx.objectStore('plain'); });
    err(function () { plain.get(1); });
    err(function () { tx.abort(); });
    err(function () { tx.commit(); });
    var ro = db.transaction('plain');
    log(ro.mode, ro.durability);
    err(function () { ro.objectStore('plain').put(1, 1); });
    err(function () { ro.objectStore('plain').clear(); });
    err(function () { ro.objectStore('plain').delete(1); });
    ro.objectStore('plain').getAll().onsuccess = function (e) {
      log('readonly sees', show(e.target.result));
      setTimeout(function () {
        err(function () { ro.objectStore('plain').get(1); });
        err(function () { db.transaction('plain').objectStore('plain').get(1).onsuccess = function (e) { log('later get', e.target.result); }; });
      }, 0);
    };
  };
};
