// indexes (unique, multiEntry), cursors in every direction with ranges, update and delete through cursors
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
function show(v) { return v === undefined ? 'undefined' : JSON.stringify(v); }
function err(f) { try { f(); log('no error'); } catch (e) { log(e.name + ': ' + e.message); } }
function walk(label, req, then) {
  var out = [];
  req.onsuccess = function () {
    var c = req.result;
    if (c) {
      out.push(show(c.key) + ':' + show(c.primaryKey) + ('value' in c ? '=' + (c.value && c.value.name) : ''));
      c.continue();
    } else {
      log(label, out.join(' '));
      if (then) then();
    }
  };
}
var people = [
  {id: 1, name: 'ann', age: 30, tags: ['a', 'b', 'a']},
  {id: 2, name: 'bob', age: 25, tags: ['b', 'c']},
  {id: 3, name: 'cat', age: 30, tags: []},
  {id: 4, name: 'dan', age: 40, tags: 'x'},
  {id: 5, name: 'eve', age: 25},
  {id: 6, name: 'fay', age: 'old', tags: ['c', {}]}
];
var open = indexedDB.open('idx', 1);
open.onupgradeneeded = function () {
  var db = open.result;
  var s = db.createObjectStore('people', {keyPath: 'id'});
  people.forEach(function (p) { s.put(p); });
  var byName = s.createIndex('byName', 'name', {unique: true});
  var byAge = s.createIndex('byAge', 'age');
  var byTag = s.createIndex('byTag', 'tags', {multiEntry: true});
  var byNameAge = s.createIndex('byNameAge', ['name', 'age']);
  log(byName.name, byName.keyPath, byName.unique, byName.multiEntry, byTag.multiEntry, show(byNameAge.keyPath), byName.objectStore === s);
  log(Array.prototype.join.call(s.indexNames, ','), s.index('byAge') === byAge);
  err(function () { s.createIndex('byName', 'x'); });
  err(function () { s.createIndex('bad', 'a b'); });
  err(function () { s.createIndex('bad', ['a', 'b'], {multiEntry: true}); });
  err(function () { s.index('nope'); });
  err(function () { s.deleteIndex('nope'); });
  s.createIndex('tmp', 'x');
  s.deleteIndex('tmp');
  log(Array.prototype.join.call(s.indexNames, ','));
};
open.onsuccess = function () {
  var db = open.result;
  var tx = db.transaction('people', 'readwrite');
  var s = tx.objectStore('people');
  err(function () { s.createIndex('late', 'x'); });
  err(function () { s.deleteIndex('byAge'); });
  var byAge = s.index('byAge'), byName = s.index('byName'), byTag = s.index('byTag');
  byAge.get(30).onsuccess = function (e) { log('byAge get 30', show(e.target.result)); };
  byAge.getKey(25).onsuccess = function (e) { log('byAge getKey 25', show(e.target.result)); };
  byAge.getAll(30).onsuccess = function (e) { log('byAge getAll 30', e.target.result.map(function (p) { return p.name; }).join()); };
  byAge.getAllKeys(IDBKeyRange.bound(25, 30)).onsuccess = function (e) { log('byAge keys 25-30', show(e.target.result)); };
  byAge.count().onsuccess = function (e) { log('byAge count', e.target.result); };
  byTag.count().onsuccess = function (e) { log('byTag count', e.target.result); };
  byTag.getAllKeys('b').onsuccess = function (e) { log('byTag b', show(e.target.result)); };
  s.index('byNameAge').getAll().onsuccess = function (e) { log('byNameAge', e.target.result.map(function (p) { return p.name; }).join()); };
  walk('store next', s.openCursor());
  walk('store prev', s.openCursor(null, 'prev'));
  walk('store range', s.openCursor(IDBKeyRange.bound(2, 5, true, false)));
  walk('store prev range', s.openCursor(IDBKeyRange.upperBound(4, true), 'prev'));
  walk('store key cursor', s.openKeyCursor(IDBKeyRange.lowerBound(4)));
  walk('age next', byAge.openCursor());
  walk('age nextunique', byAge.openCursor(null, 'nextunique'));
  walk('age prev', byAge.openCursor(null, 'prev'));
  walk('age prevunique', byAge.openCursor(null, 'prevunique'));
  walk('age only 30', byAge.openCursor(30));
  walk('tag keys', byTag.openKeyCursor());
  walk('tag prevunique range', byTag.openKeyCursor(IDBKeyRange.bound('a', 'c'), 'prevunique'));
  var r = s.openCursor();
  var steps = 0;
  r.onsuccess = function () {
    var c = r.result;
    if (!c) { log('cursor done', steps); return; }
    steps++;
    if (steps === 1) {
      log('cursor', c.direction, c.source === s, c.request === r, c.key, c.primaryKey, c.value.name, c.key === c.key, c.value === c.value, c.constructor.name);
      err(function () { c.continuePrimaryKey(2, 2); });
      err(function () { c.continue(1); });
      err(function () { c.advance(0); });
      c.advance(2);
      err(function () { c.continue(); });
      log(r.readyState);
    } else if (steps === 2) {
      log('advanced to', c.key);
      var u = c.update({id: 3, name: 'cat2', age: 31, tags: ['z']});
      u.onsuccess = function () { log('update', u.result, u.source === c); };
      err(function () { c.update({id: 99}); });
      c.continue(5);
    } else if (steps === 3) {
      log('continued to', c.key);
      var d = c.delete();
      d.onsuccess = function () { log('delete', d.result, d.source === c); };
      c.continue();
    } else {
      log('then', c.key, c.value.name);
      c.continue();
    }
  };
  var k = s.openKeyCursor();
  k.onsuccess = function () {
    var c = k.result;
    log('key cursor', c.key, 'value' in c, c.constructor.name);
    err(function () { c.update({}); });
    err(function () { c.delete(); });
  };
  var ic = byAge.openCursor(null, 'next');
  var ics = 0;
  ic.onsuccess = function () {
    var c = ic.result;
    if (!c) { log('index cursor done'); return; }
    ics++;
    log('index cursor', show(c.key), c.primaryKey);
    if (ics === 1) {
      err(function () { c.continuePrimaryKey(20, 1); });
      err(function () { c.continuePrimaryKey(25, 2); });
      c.continuePrimaryKey(30, 2);
    } else if (ics === 2) {
      c.continue(40);
    } else c.continue();
  };
  var nu = byAge.openCursor(null, 'nextunique');
  nu.onsuccess = function () {
    if (nu.result) err(function () { nu.result.continuePrimaryKey(40, 1); });
  };
  var dup = s.put({id: 7, name: 'ann'});
  dup.onerror = function (e) { log('unique error', dup.error.name, dup.error.message); e.preventDefault(); };
  s.put({id: 1, name: 'ann', age: 31}).onsuccess = function () { log('ann replaced'); };
  tx.oncomplete = function () {
    var t2 = db.transaction('people');
    var st = t2.objectStore('people');
    walk('final', st.openCursor());
    walk('final age', st.index('byAge').openKeyCursor());
    walk('final tag', st.index('byTag').openKeyCursor());
    walk('final name', st.index('byName').openKeyCursor(), function () {
      var c2;
      var rq = st.openCursor();
      rq.onsuccess = function () {
        c2 = rq.result;
        err(function () { c2.update({id: 1}); });
        err(function () { c2.delete(); });
        setTimeout(function () { err(function () { c2.continue(); }); }, 0);
      };
    });
  };
};
