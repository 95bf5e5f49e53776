// a dedicated worker's own indexedDB
var code = "var r = indexedDB.open('w', 1);"
  + "r.onupgradeneeded = function (e) { var s = r.result.createObjectStore('s', {autoIncrement: true}); s.createIndex('n', 'n', {unique: true}); postMessage('upgrade ' + e.oldVersion + ' ' + e.newVersion); };"
  + "r.onsuccess = function () {"
  + "  var db = r.result, tx = db.transaction('s', 'readwrite'), s = tx.objectStore('s');"
  + "  postMessage([typeof IDBFactory, typeof DOMStringList, db.objectStoreNames.constructor.name, db.objectStoreNames.length, db.objectStoreNames[0], db.objectStoreNames.item(0), db.objectStoreNames.contains('s'), s.indexNames[0]].join(' '));"
  + "  s.add({n: 'a', d: new Date(5)}); s.add({n: 'b', m: new Map([[1, 2]])});"
  + "  var dup = s.add({n: 'a'}); dup.onerror = function (e) { postMessage('dup ' + dup.error.name); e.preventDefault(); };"
  + "  s.index('n').openCursor(null, 'prev').onsuccess = function (e) { var c = e.target.result; if (c) { postMessage('cursor ' + c.key + ' ' + c.primaryKey); c.continue(); } };"
  + "  tx.oncomplete = function () { db.transaction('s').objectStore('s').getAll().onsuccess = function (e) { var v = e.target.result; postMessage('all ' + v.length + ' ' + v[0].d.getTime() + ' ' + v[1].m.get(1)); postMessage('end'); }; };"
  + "};";
var worker = new Worker(URL.createObjectURL(new Blob([code], {type: 'text/javascript'})));
worker.onmessage = function (e) {
  if (e.data === 'end') { worker.terminate(); return; }
  console.log('worker: ' + e.data);
};
console.log('page: ' + typeof indexedDB.open);
