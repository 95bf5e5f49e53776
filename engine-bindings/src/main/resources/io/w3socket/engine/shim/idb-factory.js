// idb-factory.js: IDBFactory, the realm's indexedDB (https://w3c.github.io/IndexedDB/#factory-interface):
// open and deleteDatabase through each name's connection queue (#connection-queue), with the
// versionchange, blocked and upgradeneeded events between this realm's connections
// (#open-a-database-connection, #upgrade-a-database, #delete-a-database), databases() and cmp().

/** Each database name's connection queue, by '$' + name: open and delete requests in order. */
var connectionQueues = {};

function IDBFactory() {
  illegalConstructor(this, IDBFactory);
}

/** A DOMStringList of names (dom-string-list.js; a worker's: idb-string-list.js). */
function idbStringList(names) {
  return newDOMStringList(names);
}

function enqueueConnectionRequest(entry) {
  var key = '$' + entry.name;
  var queue = connectionQueues[key] || (connectionQueues[key] = []);
  queue.push(entry);
  if (queue.length === 1) {
    advanceConnectionQueue(entry.name);
  }
}

/**
 * Runs the first request of a name's queue as far as it can go: its steps wait for versionchange
 * events, for other connections to close, or for the upgrade transaction to finish, and go on from
 * here when those happen.
 */
function advanceConnectionQueue(name) {
  var queue = connectionQueues['$' + name];
  if (!queue || queue.length === 0) {
    return;
  }
  var entry = queue[0];
  if (entry.phase === 'start') {
    if (entry.kind === 'open') {
      startOpen(entry);
    } else {
      startDelete(entry);
    }
  } else if (entry.phase === 'waitClose') {
    // #open-a-database-connection step 10.5, #delete-a-database step 7: until they are closed.
    var open = entry.others.some(function (c) {
      return !c.closed;
    });
    if (!open) {
      if (entry.kind === 'open') {
        upgradeDatabase(entry);
      } else {
        finishDelete(entry);
      }
    }
  } else if (entry.phase === 'waitUpgrade') {
    // Step 10.6-10.8: once the upgrade transaction is finished.
    if (entry.tx.state === 'finished' && idbTransactions.indexOf(entry.tx) < 0) {
      entry.phase = 'done';
      if (entry.tx.aborted) {
        entry.conn.closePending = true;
        connectionMayClose(entry.conn);
        finishEntry(entry, new DOMException('Version change transaction was aborted in upgradeneeded event handler.',
            'AbortError'), null);
      } else if (entry.conn.closePending) {
        finishEntry(entry, new DOMException('The connection was closed.', 'AbortError'), null);
      } else {
        finishEntry(entry, null, null);
      }
    }
  }
}

/** #open-a-database-connection steps 4-10. */
function startOpen(entry) {
  var db = databaseNamed(entry.name);
  var existing = db !== null && db.version > 0;
  var version = entry.version === undefined ? (existing ? db.version : 1) : entry.version;
  if (db === null) {
    db = {name: entry.name, version: 0, stores: [], connections: [], upgradeTx: null};
    idbDatabases.push(db);
  }
  // Step 7: a version lower than the database's → VersionError.
  if (db.version > version) {
    entry.phase = 'done';
    finishEntry(entry, new DOMException('The requested version (' + version + ') is less than the existing version ('
        + db.version + ').', 'VersionError'), null);
    return;
  }
  entry.db = db;
  entry.conn = newConnection(db, version);
  if (db.version === version) {
    entry.phase = 'done';
    finishEntry(entry, null, null);
    return;
  }
  entry.version = version;
  entry.oldVersion = db.version;
  fireVersionChanges(entry, db, version);
}

/**
 * #open-a-database-connection steps 10.1-10.4 (#delete-a-database steps 4-6): a versionchange
 * event at each other connection not closing, each in a task; then, if any is still open, blocked
 * at the request.
 */
function fireVersionChanges(entry, db, newVersion) {
  var conn = entry.conn;
  entry.others = db.connections.filter(function (c) {
    return c !== conn && !c.closed;
  });
  entry.phase = 'versionchange';
  var oldVersion = db.version;
  entry.others.forEach(function (c) {
    if (!c.closePending) {
      queueDatabaseTask(function () {
        return eventSteps(c.object, versionChangeEvent('versionchange', oldVersion, newVersion), null, null);
      });
    }
  });
  var fire = function () {
    entry.phase = 'waitClose';
    var blocked = entry.others.some(function (c) {
      return !c.closed;
    });
    if (blocked) {
      return eventSteps(entry.request.object, versionChangeEvent('blocked', oldVersion, newVersion), null,
          function () {
            advanceConnectionQueue(entry.name);
          });
    }
    advanceConnectionQueue(entry.name);
    return null;
  };
  if (entry.others.length === 0) {
    fire();
  } else {
    queueDatabaseTask(fire);
  }
}

/** #upgrade-a-database. */
function upgradeDatabase(entry) {
  var db = entry.db;
  var conn = entry.conn;
  var req = entry.request;
  entry.phase = 'waitUpgrade';
  // Steps 2-5: an upgrade transaction over every store, inactive, started.
  var tx = newTransaction(conn, null, 'versionchange', 'default');
  tx.state = 'inactive';
  tx.openRequest = req;
  db.upgradeTx = tx;
  entry.tx = tx;
  journalSchema(tx);
  // Steps 6-7: the version set, part of the transaction.
  var oldVersion = db.version;
  db.version = entry.version;
  startTransactions();
  // Step 9: a task: the request done with the connection, upgradeneeded with the transaction active.
  queueDatabaseTask(function () {
    req.result = conn.object;
    req.tx = tx;
    req.done = true;
    if (tx.state === 'finished') {
      return null;
    }
    return eventSteps(req.object, versionChangeEvent('upgradeneeded', oldVersion, entry.version), function () {
      tx.state = 'active';
    }, function (ev, threw) {
      // Step 9.8: inactive; a listener that threw aborts it.
      if (tx.state === 'active') {
        tx.state = 'inactive';
        if (threw) {
          abortTransaction(tx, new DOMException('Uncaught exception in event handler.', 'AbortError'));
          return;
        }
      }
      transactionSettles(tx);
    });
  });
}

/** #delete-a-database steps 2-7. */
function startDelete(entry) {
  var db = databaseNamed(entry.name);
  if (db === null) {
    entry.phase = 'done';
    entry.oldVersion = 0;
    finishEntry(entry, null, null);
    return;
  }
  entry.db = db;
  entry.conn = null;
  fireVersionChanges(entry, db, null);
}

/** #delete-a-database steps 8-10: the database is gone; its version is the result. */
function finishDelete(entry) {
  entry.phase = 'done';
  var db = entry.db;
  entry.oldVersion = db.version;
  var i = idbDatabases.indexOf(db);
  if (i >= 0) {
    idbDatabases.splice(i, 1);
  }
  finishEntry(entry, null, null);
}

/**
 * The queue's first request is done: in a task, it leaves the queue (the next one starts) and
 * fires success with the connection (open) or an IDBVersionChangeEvent (delete), or error.
 */
function finishEntry(entry, error) {
  entry.phase = 'done';
  queueDatabaseTask(function () {
    var queue = connectionQueues['$' + entry.name];
    queue.shift();
    var req = entry.request;
    req.done = true;
    advanceConnectionQueue(entry.name);
    if (error !== null) {
      req.result = undefined;
      req.error = error;
      return eventSteps(req.object, idbEvent('error', true, true), null, null);
    }
    req.error = null;
    if (entry.kind === 'open') {
      req.result = entry.conn.object;
      return eventSteps(req.object, idbEvent('success', false, false), null, null);
    }
    req.result = undefined;
    return eventSteps(req.object, versionChangeEvent('success', entry.oldVersion, null), null, null);
  });
}

defineMethods(IDBFactory.prototype, {
  // #dom-idbfactory-open: 1. version 0 → TypeError; 2-5. the request; open in the queue.
  open: function (name) {
    var what = "'open' on 'IDBFactory'";
    slotOf(this, 'IDBFactory');
    requireArgs(arguments, 1, 'execute ' + what);
    name = toDOMString(name);
    var version = arguments[1] === undefined ? undefined : toVersionNumber(arguments[1], 'execute ' + what);
    if (version === 0) {
      throw new TypeError('Failed to execute ' + what + ': The version provided must not be 0.');
    }
    var req = newRequest(null, null, true);
    enqueueConnectionRequest({kind: 'open', name: name, version: version, request: req, phase: 'start'});
    return req.object;
  },
  // #dom-idbfactory-deletedatabase
  deleteDatabase: function (name) {
    var what = "'deleteDatabase' on 'IDBFactory'";
    slotOf(this, 'IDBFactory');
    requireArgs(arguments, 1, 'execute ' + what);
    name = toDOMString(name);
    var req = newRequest(null, null, true);
    enqueueConnectionRequest({kind: 'delete', name: name, request: req, phase: 'start'});
    return req.object;
  },
  // #dom-idbfactory-databases: in a task, each database's name and version.
  databases: function () {
    slotOf(this, 'IDBFactory');
    return new Promise(function (resolve) {
      queueDatabaseTask(function () {
        resolve(idbDatabases.filter(function (db) {
          return db.version > 0;
        }).map(function (db) {
          return {name: db.name, version: db.version};
        }));
      });
    });
  },
  // #dom-idbfactory-cmp: both keys (DataError if invalid), compared.
  cmp: function (first, second) {
    var what = "'cmp' on 'IDBFactory'";
    slotOf(this, 'IDBFactory');
    requireArgs(arguments, 2, 'execute ' + what);
    var a = requireKey(first, what);
    var b = requireKey(second, what);
    return compareKeys(a, b);
  }
});
setTag(IDBFactory.prototype, 'IDBFactory');

var theIndexedDB = Object.create(IDBFactory.prototype);
setSlot(theIndexedDB, {kinds: ['IDBFactory']});

exposed.IDBFactory = IDBFactory;
exposed.indexedDB = theIndexedDB;
