// transactions: lifecycle, auto-commit, commit(), abort and rollback (of an upgrade's stores too), error events bubbling, preventDefault
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
function show(v) { return v === undefined ? 'undefined' : JSON.stringify(v); }
function err(f) { try { f(); log('no error'); } catch (e) { log(e.name + ': ' + e.message); } }
function name(o) { return o === null ? 'null' : o.constructor.name; }
var steps = [];
function next() { var f = steps.shift(); if (f) f(); }
var db;
steps.push(function () {
  // an upgrade that throws away its stores by abort()
  var r = indexedDB.open('tx', 1);
  r.onupgradeneeded = function () {
    var d = r.result;
    d.createObjectStore('s').put('v', 1);
    d.onabort = function (e) { log('db onabort', name(e.target), e.bubbles, e.eventPhase); };
    r.transaction.onabort = function (e) { log('tx onabort', e.target === r.transaction, r.transaction.error, d.version, d.objectStoreNames.length); };
    r.transaction.abort();
    log('aborted', d.version, d.objectStoreNames.length, r.readyState);
    err(function () { r.transaction.objectStore('s'); });
  };
  r.onsuccess = function () { log('unexpected success'); };
  r.onerror = function (e) {
    log('open error', r.error.name, r.error.message, r.result, r.transaction, e.bubbles);
    indexedDB.databases().then(function (l) { log('databases', JSON.stringify(l)); next(); });
  };
});
steps.push(function () {
  var r = indexedDB.open('tx', 2);
  r.onupgradeneeded = function (e) {
    log('oldVersion', e.oldVersion);
    var d = r.result;
    var s = d.createObjectStore('s');
    s.put('a', 1); s.put('b', 2);
    d.createObjectStore('t', {autoIncrement: true});
  };
  r.onsuccess = function () { db = r.result; next(); };
});
steps.push(function () {
  // rollback of records and of the key generator; requests not done get AbortError
  var tx = db.transaction(['s', 't'], 'readwrite');
  var s = tx.objectStore('s'), t = tx.objectStore('t');
  s.put('changed', 1); s.delete(2); s.put('new', 3);
  t.add('x'); t.add('y');
  var last = t.add('z');
  var after = s.get(1);
  last.onsuccess = function () { log('generated', last.result); tx.abort(); log('state after abort', tx.error, last.readyState); };
  after.onerror = function (e) { log('pending request', after.error.name, after.error.message, e.bubbles, e.cancelable, after.result); };
  db.onerror = function (e) { log('db onerror', name(e.target), e.eventPhase, e.target.error.name); };
  tx.onerror = function (e) { log('tx onerror', name(e.target), e.eventPhase); };
  tx.onabort = function (e) {
    log('tx abort', tx.error, e.eventPhase);
    db.onerror = null;
    var ro = db.transaction(['s', 't'], 'readwrite');
    ro.objectStore('s').getAll().onsuccess = function (e) { log('after rollback', show(e.target.result)); };
    ro.objectStore('t').add('w').onsuccess = function (e) { log('generator rolled back', e.target.result); };
    ro.oncomplete = next;
  };
});
steps.push(function () {
  // an error nobody cancels aborts the transaction with it; bubbling order; preventDefault keeps it
  var tx = db.transaction('s', 'readwrite');
  var s = tx.objectStore('s');
  var order = [];
  var a = s.add('dup', 1);
  a.addEventListener('error', function (e) { order.push('request ' + e.eventPhase); });
  tx.addEventListener('error', function (e) { order.push('tx capture ' + e.eventPhase); }, true);
  tx.addEventListener('error', function (e) { order.push('tx bubble ' + e.eventPhase); });
  db.addEventListener('error', function (e) { order.push('db capture ' + e.eventPhase + ' ' + (e.currentTarget === db)); }, true);
  db.onerror = function (e) { order.push('db bubble ' + e.eventPhase); if (e.target === a) e.preventDefault(); };
  var b = s.put('ok', 5);
  b.onsuccess = function () { order.push('second ok'); };
  var c = s.add('dup2', 2);
  c.onerror = function (e) { order.push('unhandled'); };
  var d = s.put('never', 6);
  d.onsuccess = function () { order.push('never'); };
  d.onerror = function (e) { order.push('d ' + d.error.name); };
  tx.onabort = function (e) {
    log(order.join(' | '));
    log('aborted with', tx.error.name, tx.error.message, tx.error === c.error);
    db.onerror = null;
    next();
  };
  tx.oncomplete = function () { log('unexpected complete'); };
});
steps.push(function () {
  // auto-commit: active only in the task and the callbacks of its requests
  var tx = db.transaction('s', 'readwrite');
  var s = tx.objectStore('s');
  Promise.resolve().then(function () {
    s.put('from microtask', 10).onsuccess = function () {
      log('microtask put ok');
      Promise.resolve().then(function () {
        s.put('from success microtask', 11).onsuccess = function () { log('nested microtask put ok'); };
      });
      setTimeout(function () { err(function () { s.put('too late', 12); }); }, 0);
    };
  });
  setTimeout(function () { err(function () { s.get(1); }); }, 0);
  tx.oncomplete = function (e) { log('autocommit complete', e.bubbles, tx.error); next(); };
});
steps.push(function () {
  // an empty transaction commits; commit() with a pending request
  var empty = db.transaction('s');
  empty.oncomplete = function () { log('empty complete'); };
  var tx = db.transaction('s', 'readwrite');
  var p = tx.objectStore('s').put('c', 20);
  tx.commit();
  err(function () { tx.objectStore('s').put('d', 21); });
  err(function () { tx.commit(); });
  err(function () { tx.abort(); });
  p.onsuccess = function () { log('put before commit ok'); err(function () { tx.objectStore('s').put('e', 22); }); };
  tx.oncomplete = function () { log('commit complete'); next(); };
});
steps.push(function () {
  // scheduling: overlapping read/write transactions run in creation order; read-only ones together
  var out = [];
  var w1 = db.transaction('s', 'readwrite');
  var r1 = db.transaction('s', 'readonly');
  var w2 = db.transaction('s', 'readwrite');
  w1.objectStore('s').put('w1', 30).onsuccess = function () { out.push('w1 put'); };
  r1.objectStore('s').get(30).onsuccess = function (e) { out.push('r1 get ' + e.target.result); };
  w2.objectStore('s').put('w2', 30).onsuccess = function () { out.push('w2 put'); };
  [['w1', w1], ['r1', r1], ['w2', w2]].forEach(function (p) {
    p[1].oncomplete = function () { out.push(p[0] + ' complete'); if (p[0] === 'w2') { log(out.join(' | ')); next(); } };
  });
});
steps.push(function () {
  // a listener that throws aborts; closing
  var tx = db.transaction('s', 'readwrite');
  var r = tx.objectStore('s').put('x', 40);
  window.onerror = function () { log('window onerror'); return true; };
  r.onsuccess = function () { throw new Error('boom'); };
  tx.onabort = function () {
    log('aborted by throw', tx.error.name);
    db.close();
    err(function () { db.transaction('s'); });
    log('closed', db.name, db.version);
  };
});
next();
