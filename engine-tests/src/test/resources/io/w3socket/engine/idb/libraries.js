function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
var kv = idbKeyval;
kv.set('hello', {world: [1, 2, new Date(7)]})
  .then(function () { return kv.setMany([['a', 1], ['b', new Uint8Array([3, 4])]]); })
  .then(function () { return kv.get('hello'); })
  .then(function (v) { log('keyval get', JSON.stringify(v.world.slice(0, 2)), v.world[2].getTime()); return kv.getMany(['a', 'b', 'zzz']); })
  .then(function (v) { log('keyval getMany', v[0], Array.prototype.join.call(v[1]), v[2]); return kv.update('a', function (x) { return x + 41; }); })
  .then(function () { return kv.keys(); })
  .then(function (k) { log('keyval keys', k.join()); return kv.entries(); })
  .then(function (e) { log('keyval entries', e.length, e[0][0], e[0][1]); return kv.del('hello'); })
  .then(function () { return kv.values(); })
  .then(function (v) { log('keyval values', v.length, v[0]); var s = kv.createStore('other-db', 'other-store'); return kv.set(1, 'x', s).then(function () { return kv.get(1, s); }); })
  .then(function (v) { log('keyval custom store', v); return kv.clear(); })
  .then(function () { return kv.keys(); })
  .then(function (k) { log('keyval cleared', k.length); return dexieRun(); })
  .catch(function (e) { log('failed', e && e.name, e && e.message); });

function dexieRun() {
  var db = new Dexie('friends');
  db.version(1).stores({friends: '++id, name, age, *tags', notes: '&title'});
  return db.open().then(function () {
    log('dexie open', db.verno, db.tables.map(function (t) { return t.name; }).join());
    return db.friends.bulkAdd([{name: 'ann', age: 30, tags: ['x', 'y']}, {name: 'bob', age: 25, tags: ['y']}, {name: 'cat', age: 41}]);
  }).then(function (lastKey) {
    log('dexie bulkAdd', lastKey);
    return db.friends.where('age').above(26).toArray();
  }).then(function (rows) {
    log('dexie above 26', rows.map(function (r) { return r.name + ':' + r.id; }).join());
    return db.friends.where('tags').equals('y').primaryKeys();
  }).then(function (keys) {
    log('dexie tags y', keys.join());
    return db.transaction('rw', db.friends, db.notes, function () {
      db.friends.update(1, {age: 31});
      db.notes.add({title: 't1', body: 'b'});
      return db.friends.where('name').startsWith('c').modify({age: 42});
    });
  }).then(function (n) {
    log('dexie transaction', n);
    return db.notes.add({title: 't1'}).catch(function (e) { log('dexie constraint', e.name); });
  }).then(function () {
    return db.transaction('rw', db.friends, function () {
      db.friends.add({name: 'dan', age: 1});
      throw new Error('rollback');
    }).catch(function (e) { log('dexie rolled back', e.message); });
  }).then(function () {
    return db.friends.orderBy('age').reverse().toArray();
  }).then(function (rows) {
    log('dexie orderBy', rows.map(function (r) { return r.name + ':' + r.age; }).join());
    return db.friends.count();
  }).then(function (c) {
    log('dexie count', c);
    return db.friends.where('name').anyOf('ann', 'cat').sortBy('age');
  }).then(function (rows) {
    log('dexie anyOf', rows.map(function (r) { return r.name; }).join());
    return db.friends.where('id').between(1, 3).delete();
  }).then(function (n) {
    log('dexie deleted', n);
    db.close();
    return Dexie.delete('friends');
  }).then(function () {
    return Dexie.getDatabaseNames();
  }).then(function (names) {
    log('dexie names', names.join());
  });
}
