// open, upgrade, versionchange, blocked, delete: the order of events
function tag(o) { return o === null ? 'null' : o === undefined ? 'undefined' : o.constructor.name; }
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
log(typeof indexedDB, tag(indexedDB), typeof IDBFactory, typeof IDBKeyRange, typeof IDBVersionChangeEvent);
try { indexedDB.open('x', 0); } catch (e) { log(e.name, e.message); }
try { indexedDB.open('x', -1); } catch (e) { log(e.name, e.message); }
try { indexedDB.open(); } catch (e) { log(e.name, e.message); }
try { new IDBFactory(); } catch (e) { log(e.name, e.message); }
var r1 = indexedDB.open('db1', 2);
log('r1', r1.readyState, r1.source, r1.transaction, tag(r1));
try { r1.result; } catch (e) { log(e.name, e.message); }
try { r1.error; } catch (e) { log(e.name, e.message); }
var db1;
r1.onupgradeneeded = function (e) {
  db1 = r1.result;
  log('upgradeneeded', e.oldVersion, e.newVersion, e.type, e.bubbles, e.cancelable, tag(e), r1.readyState,
      r1.transaction.mode, db1.version, db1.name, db1.objectStoreNames.length, e.target === r1);
  var s = db1.createObjectStore('a');
  db1.createObjectStore('b', {keyPath: 'id', autoIncrement: true});
  log('stores', db1.objectStoreNames.length, db1.objectStoreNames[0], db1.objectStoreNames.item(1), db1.objectStoreNames.contains('a'),
      tag(db1.objectStoreNames), s.name, s.keyPath, s.autoIncrement, s.transaction === r1.transaction);
  r1.transaction.oncomplete = function () { log('upgrade complete', tag(r1.transaction)); };
};
r1.onsuccess = function (e) {
  log('r1 success', r1.result === db1, r1.readyState, r1.transaction, r1.error, e.bubbles, e.cancelable, tag(e));
  db1.onversionchange = function (e) {
    log('db1 versionchange', e.oldVersion, e.newVersion, tag(e));
  };
  var r2 = indexedDB.open('db1', 3);
  r2.onblocked = function (e) {
    log('r2 blocked', e.oldVersion, e.newVersion);
    setTimeout(function () { log('closing db1'); db1.close(); }, 0);
  };
  r2.onupgradeneeded = function (e) {
    log('r2 upgradeneeded', e.oldVersion, e.newVersion, r2.result.objectStoreNames.length);
    r2.result.deleteObjectStore('a');
    log('after delete', Array.prototype.join.call(r2.result.objectStoreNames, ','));
  };
  r2.onsuccess = function () {
    var db2 = r2.result;
    log('r2 success', db2.version, db1.version);
    var r3 = indexedDB.open('db1', 1);
    r3.onerror = function (e) {
      log('r3 error', r3.error.name, r3.error.message, r3.result, e.bubbles, e.cancelable);
      var r4 = indexedDB.open('db1');
      r4.onsuccess = function () {
        log('r4 version', r4.result.version);
        r4.result.close();
        indexedDB.databases().then(function (list) {
          log('databases', JSON.stringify(list));
          db2.onversionchange = function (e) { log('db2 versionchange', e.oldVersion, e.newVersion); db2.close(); };
          var d = indexedDB.deleteDatabase('db1');
          d.onblocked = function () { log('delete blocked'); };
          d.onsuccess = function (e) {
            log('deleted', d.result, e.oldVersion, e.newVersion, tag(e), d.readyState);
            var d2 = indexedDB.deleteDatabase('nothing');
            d2.onsuccess = function (e) { log('deleted nothing', e.oldVersion, e.newVersion);
              indexedDB.databases().then(function (list) { log('databases', JSON.stringify(list)); });
            };
          };
        });
      };
    };
  };
};
var ev = new IDBVersionChangeEvent('x', {oldVersion: 3, newVersion: 4});
log(ev.type, ev.oldVersion, ev.newVersion, new IDBVersionChangeEvent('y').newVersion);
log(indexedDB.cmp(1, 2), indexedDB.cmp('a', 1), indexedDB.cmp([1], 'z'), indexedDB.cmp(new Date(5), 100), indexedDB.cmp(new Uint8Array([1]), 'a'), indexedDB.cmp([1, 2], [1]), indexedDB.cmp(new Uint8Array([1,2]).buffer, new Uint8Array([1,3])));
try { indexedDB.cmp({}, 1); } catch (e) { log(e.name, e.message); }
try { indexedDB.cmp(1, NaN); } catch (e) { log(e.name, e.message); }
try { indexedDB.cmp(1); } catch (e) { log(e.name, e.message); }
