// idb-database.js: IDBDatabase, a connection (https://w3c.github.io/IndexedDB/#database-interface):
// its stores made and deleted in an upgrade, transactions, close; and the database records
// (#database-construct) this realm keeps in memory for the run.

/** The realm's databases (name, version, stores, connections, upgrade transaction). */
var idbDatabases = [];

function databaseNamed(name) {
  for (var i = 0; i < idbDatabases.length; i++) {
    if (idbDatabases[i].name === name) {
      return idbDatabases[i];
    }
  }
  return null;
}

function IDBDatabase() {
  illegalConstructor(this, IDBDatabase);
}
inherit(IDBDatabase, EventTarget);

/** A new connection to db (#connection), of version {@code version}. */
function newConnection(db, version) {
  var c = Object.create(IDBDatabase.prototype);
  var s = initTarget(c, ['EventTarget', 'IDBDatabase']);
  s.object = c;
  s.db = db;
  s.version = version;
  s.closePending = false;
  s.closed = false;
  db.connections.push(s);
  return s;
}

/**
 * #close-a-database-connection, once its transactions are finished: the connection is closed, and
 * an open or delete waiting for it may go on.
 */
function connectionMayClose(conn) {
  if (!conn.closePending || conn.closed) {
    return;
  }
  for (var i = 0; i < idbTransactions.length; i++) {
    if (idbTransactions[i].conn === conn) {
      return;
    }
  }
  conn.closed = true;
  var i2 = conn.db.connections.indexOf(conn);
  if (i2 >= 0) {
    conn.db.connections.splice(i2, 1);
  }
  advanceConnectionQueue(conn.db.name);
}

/** The live upgrade transaction of a connection, or null. */
function upgradeOf(conn) {
  var tx = conn.db.upgradeTx;
  return tx && tx.conn === conn && tx.state !== 'finished' ? tx : null;
}

/**
 * #dom-idbdatabase-createobjectstore steps 2-3 and the others an upgrade allows: the connection's
 * upgrade transaction, active.
 */
function requireUpgrade(conn, what) {
  var tx = upgradeOf(conn);
  if (tx === null) {
    throw new DOMException('Failed to execute ' + what + ': The database is not running a version change transaction.',
        'InvalidStateError');
  }
  requireActive(tx, what);
  return tx;
}

function storeNamed(db, name) {
  for (var i = 0; i < db.stores.length; i++) {
    if (db.stores[i].name === name) {
      return db.stores[i];
    }
  }
  return null;
}

defineAccessor(IDBDatabase.prototype, 'name', function () {
  return slotOf(this, 'IDBDatabase').db.name;
});
defineAccessor(IDBDatabase.prototype, 'version', function () {
  return slotOf(this, 'IDBDatabase').version;
});
// #dom-idbdatabase-objectstorenames: the names of the connection's stores, sorted.
defineAccessor(IDBDatabase.prototype, 'objectStoreNames', function () {
  var conn = slotOf(this, 'IDBDatabase');
  return idbStringList(conn.db.stores.map(function (store) {
    return store.name;
  }).sort());
});
defineMethods(IDBDatabase.prototype, {
  createObjectStore: function (name) {
    var what = "'createObjectStore' on 'IDBDatabase'";
    var conn = slotOf(this, 'IDBDatabase');
    requireArgs(arguments, 1, 'execute ' + what);
    name = toDOMString(name);
    var options = arguments[1];
    if (options !== undefined && options !== null && !isObject(options)) {
      throw new TypeError('Failed to execute ' + what + ": The provided value is not of type 'IDBObjectStoreParameters'.");
    }
    options = options || {};
    // IDBObjectStoreParameters, its members in order: autoIncrement, keyPath.
    var autoIncrement = toBoolean(options.autoIncrement);
    var rawKeyPath = options.keyPath;
    // Steps 2-3: an upgrade transaction, active.
    var tx = requireUpgrade(conn, what);
    // Steps 4-5: a key path, if any, valid (SyntaxError).
    var keyPath = rawKeyPath === undefined || rawKeyPath === null ? null : toKeyPath(rawKeyPath, what,
        'The keyPath option is not a valid key path.');
    // Step 6: a store of that name exists → ConstraintError.
    if (storeNamed(conn.db, name) !== null) {
      throw new DOMException('Failed to execute ' + what + ': An object store with the specified name already exists.',
          'ConstraintError');
    }
    // Step 8: autoIncrement with an empty or an array key path → InvalidAccessError.
    if (autoIncrement && (keyPath === '' || (keyPath !== null && typeof keyPath !== 'string'))) {
      throw new DOMException('Failed to execute ' + what + ': The autoIncrement option was set but the keyPath option was empty or an array.',
          'InvalidAccessError');
    }
    // Step 9: the store, with a key generator if autoIncrement.
    var store = {
      name: name, keyPath: keyPath, autoIncrement: autoIncrement, current: 1, records: [], indexes: [],
      deleted: false
    };
    conn.db.stores.push(store);
    return storeHandle(tx, store);
  },
  deleteObjectStore: function (name) {
    var what = "'deleteObjectStore' on 'IDBDatabase'";
    var conn = slotOf(this, 'IDBDatabase');
    requireArgs(arguments, 1, 'execute ' + what);
    name = toDOMString(name);
    var tx = requireUpgrade(conn, what);
    // Step 4: no such store → NotFoundError.
    var store = storeNamed(conn.db, name);
    if (store === null) {
      throw new DOMException('Failed to execute ' + what + ': The specified object store was not found.',
          'NotFoundError');
    }
    // Step 5: the store and its indexes are gone (an abort brings them back).
    journalStore(tx, store);
    conn.db.stores.splice(conn.db.stores.indexOf(store), 1);
    store.deleted = true;
    store.indexes.forEach(function (index) {
      index.deleted = true;
    });
  },
  // #dom-idbdatabase-transaction
  transaction: function (storeNames) {
    var what = "'transaction' on 'IDBDatabase'";
    var conn = slotOf(this, 'IDBDatabase');
    requireArgs(arguments, 1, 'execute ' + what);
    var names;
    if (isObject(storeNames) && hasSymbol && typeof storeNames[Symbol.iterator] === 'function') {
      names = toSequence(storeNames, 'execute ' + what).map(toDOMString);
    } else if (Array.isArray(storeNames)) {
      names = storeNames.map(toDOMString);
    } else {
      names = [toDOMString(storeNames)];
    }
    var mode = arguments[1] === undefined ? 'readonly'
        : toEnum(arguments[1], ['readonly', 'readwrite', 'versionchange'], 'IDBTransactionMode', 'execute ' + what);
    var options = arguments[2];
    if (options !== undefined && options !== null && !isObject(options)) {
      throw new TypeError('Failed to execute ' + what + ": The provided value is not of type 'IDBTransactionOptions'.");
    }
    var durability = options && options.durability !== undefined
        ? toEnum(options.durability, ['default', 'strict', 'relaxed'], 'IDBTransactionDurability',
        "execute 'transaction' on 'IDBDatabase': Failed to read the 'durability' property from 'IDBTransactionOptions'")
        : 'default';
    // Step 1: a live upgrade transaction → InvalidStateError.
    if (upgradeOf(conn) !== null) {
      throw new DOMException('Failed to execute ' + what + ': A version change transaction is running.',
          'InvalidStateError');
    }
    // Step 2: a connection closing → InvalidStateError.
    if (conn.closePending) {
      throw new DOMException('Failed to execute ' + what + ': The database connection is closing.',
          'InvalidStateError');
    }
    // Step 3: the scope, each name once; step 4: a name not a store → NotFoundError.
    var scope = [];
    for (var i = 0; i < names.length; i++) {
      if (storeNamed(conn.db, names[i]) === null) {
        throw new DOMException('Failed to execute ' + what + ': One of the specified object stores was not found.',
            'NotFoundError');
      }
      if (scope.indexOf(names[i]) < 0) {
        scope.push(names[i]);
      }
    }
    // Step 5: an empty scope → InvalidAccessError.
    if (scope.length === 0) {
      throw new DOMException('Failed to execute ' + what + ': The storeNames parameter was empty.',
          'InvalidAccessError');
    }
    // Step 6: versionchange is no mode a script may ask for.
    if (mode === 'versionchange') {
      throw new TypeError('Failed to execute ' + what + ": The mode provided ('versionchange') is not one of 'readonly' or 'readwrite'.");
    }
    scope.sort();
    var tx = newTransaction(conn, scope, mode, durability);
    // Step 8: its cleanup event loop: inactive once this task's microtasks have run.
    afterCheckpoint(function () {
      cleanupTransaction(tx);
    });
    startTransactions();
    return tx.object;
  },
  // #dom-idbdatabase-close: close pending; closed once its transactions finish.
  close: function () {
    var conn = slotOf(this, 'IDBDatabase');
    conn.closePending = true;
    connectionMayClose(conn);
  }
});
defineEventHandler(IDBDatabase.prototype, 'IDBDatabase', 'abort');
defineEventHandler(IDBDatabase.prototype, 'IDBDatabase', 'close');
defineEventHandler(IDBDatabase.prototype, 'IDBDatabase', 'error');
defineEventHandler(IDBDatabase.prototype, 'IDBDatabase', 'versionchange');
setTag(IDBDatabase.prototype, 'IDBDatabase');
exposed.IDBDatabase = IDBDatabase;
