// idb-transaction.js: IDBTransaction (https://w3c.github.io/IndexedDB/#transaction), its lifecycle
// (#transaction-lifecycle: active only while its creating task or its requests' events run, then
// inactive; committed once no request is left), scheduling (#transaction-scheduling: transactions
// of overlapping scopes start in creation order, read-only ones together), requests run in order
// in tasks of the loop (#asynchronously-execute-a-request), and abort with rollback
// (#abort-a-transaction; an upgrade transaction also reverts the stores, indexes and version).

/** The realm's transactions not finished yet, in creation order. */
var idbTransactions = [];

function IDBTransaction() {
  illegalConstructor(this, IDBTransaction);
}
inherit(IDBTransaction, EventTarget);

/**
 * A new transaction (#transaction-construct) of a connection: mode 'readonly', 'readwrite' or
 * 'versionchange'; scope the names of its stores (null: all the database's, an upgrade's).
 */
function newTransaction(conn, scope, mode, durability) {
  var t = Object.create(IDBTransaction.prototype);
  var s = initTarget(t, ['EventTarget', 'IDBTransaction']);
  s.object = t;
  s.conn = conn;
  s.db = conn.db;
  s.scope = scope;
  s.mode = mode;
  s.durability = durability;
  s.state = 'active';
  s.requests = [];
  s.error = null;
  s.started = false;
  s.commitQueued = false;
  s.handles = [];
  s.journal = [];
  s.schema = null;
  s.openRequest = null;
  s.aborted = false;
  // #get-the-parent: a transaction's parent is its connection.
  s.eventParent = function () {
    return conn.object;
  };
  s.self = t;
  idbTransactions.push(s);
  return s;
}

/** The message Chromium gives a TransactionInactiveError: a committing one has finished too. */
function inactiveMessage(tx) {
  return tx.state === 'finished' || tx.state === 'committing' ? 'The transaction has finished.'
      : 'The transaction is not active.';
}

/** #dom-idbobjectstore-put step 4 and the others: a transaction not active is an error. */
function requireActive(tx, what) {
  if (tx.state !== 'active') {
    throw new DOMException('Failed to execute ' + what + ': ' + inactiveMessage(tx), 'TransactionInactiveError');
  }
}

/** #dom-idbobjectstore-put step 5 and the others: a read-only transaction is a ReadOnlyError. */
function requireWritable(tx, what) {
  if (tx.mode === 'readonly') {
    throw new DOMException('Failed to execute ' + what + ': The transaction is read-only.', 'ReadOnlyError');
  }
}

/** The stores of a transaction's scope (an upgrade's: every store of the database). */
function scopeStores(tx) {
  return tx.db.stores.filter(function (store) {
    return tx.scope === null || tx.scope.indexOf(store.name) >= 0;
  });
}

/** Whether two transactions' scopes overlap (#transaction-scope). */
function scopesOverlap(a, b) {
  if (a.db !== b.db) {
    return false;
  }
  if (a.scope === null || b.scope === null) {
    return true;
  }
  for (var i = 0; i < a.scope.length; i++) {
    if (b.scope.indexOf(a.scope[i]) >= 0) {
      return true;
    }
  }
  return false;
}

/**
 * #transaction-scheduling: a read-only transaction starts when no read/write transaction created
 * before it with an overlapping scope is unfinished; any other when no transaction is.
 */
function startTransactions() {
  for (var i = 0; i < idbTransactions.length; i++) {
    var tx = idbTransactions[i];
    if (!tx.started && tx.state !== 'finished') {
      var blocked = false;
      for (var j = 0; j < i && !blocked; j++) {
        var earlier = idbTransactions[j];
        blocked = (tx.mode !== 'readonly' || earlier.mode !== 'readonly') && scopesOverlap(tx, earlier);
      }
      if (!blocked) {
        tx.started = true;
        for (var k = 0; k < tx.requests.length; k++) {
          queueRequestTask(tx, tx.requests[k]);
        }
      }
    }
  }
}

/**
 * #asynchronously-execute-a-request: the request joins the transaction's request list; its
 * operation runs in a task, after those placed before it.
 */
function executeRequest(tx, req, operation) {
  req.operation = operation;
  req.done = false;
  req.handled = false;
  tx.requests.push(req);
  if (tx.started) {
    queueRequestTask(tx, req);
  }
  return req.object;
}

function queueRequestTask(tx, req) {
  queueDatabaseTask(function () {
    return runRequest(tx, req);
  });
}

/**
 * #asynchronously-execute-a-request step 5: the operation's result, then the request done and its
 * success or error event; an operation fails by throwing a DOMException after undoing its changes.
 */
function runRequest(tx, req) {
  if (req.handled || tx.requests.indexOf(req) < 0) {
    return null;
  }
  req.handled = true;
  var result;
  var error = null;
  try {
    result = req.operation();
  } catch (e) {
    error = e;
  }
  var i = tx.requests.indexOf(req);
  if (i >= 0) {
    tx.requests.splice(i, 1);
  }
  // Step 5.3: an error while the transaction commits aborts it.
  if (error !== null && tx.state === 'committing') {
    abortTransaction(tx, error);
    return null;
  }
  req.done = true;
  if (error !== null) {
    req.result = undefined;
    req.error = error;
    return errorSteps(req, tx);
  }
  req.result = result;
  req.error = null;
  return successSteps(req, tx);
}

/**
 * Once a transaction is inactive or committing with no request left, it commits
 * (#transaction-lifecycle's auto-commit; #commit-a-transaction).
 */
function transactionSettles(tx) {
  if (tx.requests.length === 0 && (tx.state === 'inactive' || tx.state === 'committing')) {
    commitTransaction(tx);
  }
}

/** HTML's "cleanup Indexed Database transactions": a transaction made in this task goes inactive. */
function cleanupTransaction(tx) {
  if (tx.state === 'active') {
    tx.state = 'inactive';
    transactionSettles(tx);
  }
}

/**
 * #commit-a-transaction: committing; once every request is done, a task finishes it and fires
 * complete (an upgrade transaction's open request then gets its success).
 */
function commitTransaction(tx) {
  tx.state = 'committing';
  if (tx.requests.length > 0 || tx.commitQueued) {
    return;
  }
  tx.commitQueued = true;
  queueDatabaseTask(function () {
    if (tx.state !== 'committing') {
      return null;
    }
    // Step 5.4: the upgrade is over; the transaction finished, then complete.
    if (tx.mode === 'versionchange') {
      tx.db.upgradeTx = null;
    }
    tx.state = 'finished';
    tx.journal = [];
    tx.schema = null;
    return eventSteps(tx.object, idbEvent('complete', false, false), null, function () {
      if (tx.openRequest !== null) {
        tx.openRequest.tx = null;
      }
      transactionFinished(tx);
    });
  });
}

/** A finished transaction leaves the schedule: waiting transactions and opens may go on. */
function transactionFinished(tx) {
  var i = idbTransactions.indexOf(tx);
  if (i >= 0) {
    idbTransactions.splice(i, 1);
  }
  connectionMayClose(tx.conn);
  startTransactions();
  advanceConnectionQueue(tx.db.name);
}

/**
 * Records, before a transaction first changes a store, the store's records, key generator and
 * index records, which an abort puts back (#abort-a-transaction step 1).
 */
function journalStore(tx, store) {
  for (var i = 0; i < tx.journal.length; i++) {
    if (tx.journal[i].store === store) {
      return;
    }
  }
  tx.journal.push({
    store: store,
    records: store.records.slice(),
    current: store.current,
    indexes: store.indexes.map(function (index) {
      return {index: index, records: index.records.slice()};
    })
  });
}

/** An upgrade transaction's record of the database's stores and indexes, for its abort. */
function journalSchema(tx) {
  var db = tx.db;
  tx.schema = {
    version: db.version,
    stores: db.stores.slice(),
    states: db.stores.map(function (store) {
      return {
        store: store, name: store.name, indexes: store.indexes.slice(),
        names: store.indexes.map(function (index) {
          return index.name;
        })
      };
    })
  };
}

/** #abort-a-transaction step 1: every change undone; an upgrade's stores and version too. */
function revertTransaction(tx) {
  for (var i = tx.journal.length - 1; i >= 0; i--) {
    var j = tx.journal[i];
    j.store.records = j.records;
    j.store.current = j.current;
    for (var k = 0; k < j.indexes.length; k++) {
      j.indexes[k].index.records = j.indexes[k].records;
    }
  }
  tx.journal = [];
  var schema = tx.schema;
  if (schema !== null) {
    var db = tx.db;
    // #abort-an-upgrade-transaction: stores and indexes created are gone, deleted or renamed
    // ones back, the version the previous one.
    db.stores.forEach(function (store) {
      if (schema.stores.indexOf(store) < 0) {
        store.deleted = true;
        store.indexes.forEach(function (index) {
          index.deleted = true;
        });
      }
    });
    schema.states.forEach(function (st) {
      st.store.deleted = false;
      st.store.name = st.name;
      st.store.indexes.forEach(function (index) {
        if (st.indexes.indexOf(index) < 0) {
          index.deleted = true;
        }
      });
      st.store.indexes = st.indexes;
      st.indexes.forEach(function (index, n) {
        index.deleted = false;
        index.name = st.names[n];
      });
    });
    db.stores = schema.stores;
    db.version = schema.version;
    tx.conn.version = schema.version;
    tx.schema = null;
  }
}

/**
 * #abort-a-transaction: changes undone, the transaction finished with {@code error} (null when
 * aborted by abort()); each request not done gets an AbortError event in a task, then the
 * transaction's abort event (bubbling to the connection).
 */
function abortTransaction(tx, error) {
  if (tx.state === 'finished') {
    return;
  }
  revertTransaction(tx);
  tx.state = 'finished';
  tx.aborted = true;
  if (error !== null) {
    tx.error = error;
  }
  var pending = tx.requests;
  tx.requests = [];
  pending.forEach(function (req) {
    req.handled = true;
    queueDatabaseTask(function () {
      req.done = true;
      req.result = undefined;
      req.error = new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'AbortError');
      return eventSteps(req.object, idbEvent('error', true, true), null, null);
    });
  });
  queueDatabaseTask(function () {
    if (tx.mode === 'versionchange') {
      tx.db.upgradeTx = null;
    }
    return eventSteps(tx.object, idbEvent('abort', true, false), null, function () {
      var open = tx.openRequest;
      if (open !== null) {
        // #abort-an-upgrade-transaction step 5: the open request is no longer done.
        open.tx = null;
        open.result = undefined;
        open.done = false;
      }
      transactionFinished(tx);
    });
  });
}

/** The handle of a store for a transaction: one object per store (#dom-idbtransaction-objectstore). */
function storeHandle(tx, store) {
  for (var i = 0; i < tx.handles.length; i++) {
    if (tx.handles[i][SLOT].store === store) {
      return tx.handles[i];
    }
  }
  var h = newStoreHandle(tx, store);
  tx.handles.push(h);
  return h;
}

defineAccessor(IDBTransaction.prototype, 'objectStoreNames', function () {
  var tx = slotOf(this, 'IDBTransaction');
  // #dom-idbtransaction-objectstorenames: an upgrade's are the database's stores.
  return idbStringList(scopeStores(tx).map(function (store) {
    return store.name;
  }).sort());
});
defineAccessor(IDBTransaction.prototype, 'mode', function () {
  return slotOf(this, 'IDBTransaction').mode;
});
defineAccessor(IDBTransaction.prototype, 'durability', function () {
  return slotOf(this, 'IDBTransaction').durability;
});
defineAccessor(IDBTransaction.prototype, 'db', function () {
  return slotOf(this, 'IDBTransaction').conn.object;
});
defineAccessor(IDBTransaction.prototype, 'error', function () {
  return slotOf(this, 'IDBTransaction').error;
});
defineMethods(IDBTransaction.prototype, {
  // #dom-idbtransaction-objectstore
  objectStore: function (name) {
    var what = "'objectStore' on 'IDBTransaction'";
    var tx = slotOf(this, 'IDBTransaction');
    requireArgs(arguments, 1, 'execute ' + what);
    name = toDOMString(name);
    // Step 1: a finished transaction is an InvalidStateError (and, in Chromium, a committing one).
    if (tx.state === 'finished' || tx.state === 'committing') {
      throw new DOMException('Failed to execute ' + what + ': The transaction has finished.', 'InvalidStateError');
    }
    // Step 2: a store not in the scope is a NotFoundError.
    var stores = scopeStores(tx);
    for (var i = 0; i < stores.length; i++) {
      if (stores[i].name === name && !stores[i].deleted) {
        return storeHandle(tx, stores[i]);
      }
    }
    throw new DOMException('Failed to execute ' + what + ': The specified object store was not found.',
        'NotFoundError');
  },
  // #dom-idbtransaction-commit: 1. not active → InvalidStateError; 2. commit.
  commit: function () {
    var tx = slotOf(this, 'IDBTransaction');
    if (tx.state !== 'active') {
      throw new DOMException("Failed to execute 'commit' on 'IDBTransaction': " + inactiveMessage(tx),
          'InvalidStateError');
    }
    commitTransaction(tx);
  },
  // #dom-idbtransaction-abort: 1. committing or finished → InvalidStateError; 2. inactive; 3. abort.
  abort: function () {
    var tx = slotOf(this, 'IDBTransaction');
    if (tx.state === 'committing' || tx.state === 'finished') {
      throw new DOMException("Failed to execute 'abort' on 'IDBTransaction': The transaction has finished.",
          'InvalidStateError');
    }
    tx.state = 'inactive';
    abortTransaction(tx, null);
  }
});
defineEventHandler(IDBTransaction.prototype, 'IDBTransaction', 'abort');
defineEventHandler(IDBTransaction.prototype, 'IDBTransaction', 'complete');
defineEventHandler(IDBTransaction.prototype, 'IDBTransaction', 'error');
setTag(IDBTransaction.prototype, 'IDBTransaction');
exposed.IDBTransaction = IDBTransaction;
