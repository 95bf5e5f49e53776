// idb-object-store.js: IDBObjectStore (https://w3c.github.io/IndexedDB/#object-store-interface) and
// the object store storage operations (#object-store-storage-operation): records sorted by key
// (each value its structured serialization), key generators (#key-generator-construct), and the
// index records kept with them.

function IDBObjectStore() {
  illegalConstructor(this, IDBObjectStore);
}

function newStoreHandle(tx, store) {
  var h = Object.create(IDBObjectStore.prototype);
  setSlot(h, {kinds: ['IDBObjectStore'], tx: tx, store: store, indexHandles: []});
  return h;
}

/** The first position in sorted records whose key is >= key (> key if strict). */
function lowerBound(records, key, strict) {
  var lo = 0;
  var hi = records.length;
  while (lo < hi) {
    var mid = (lo + hi) >>> 1;
    var c = compareKeys(records[mid].key, key);
    if (c < 0 || (strict && c === 0)) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** The positions [start, end) of the records whose keys are in range (#in). */
function rangeBounds(records, range) {
  var start = range.lower === undefined ? 0 : lowerBound(records, range.lower, range.lowerOpen);
  var end = range.upper === undefined ? records.length : lowerBound(records, range.upper, !range.upperOpen);
  return [start, Math.max(start, end)];
}

/** The position of an index record (key, primaryKey) in its sorted records. */
function indexPosition(records, key, primaryKey) {
  var lo = 0;
  var hi = records.length;
  while (lo < hi) {
    var mid = (lo + hi) >>> 1;
    var c = compareKeys(records[mid].key, key);
    if (c === 0) {
      c = compareKeys(records[mid].primaryKey, primaryKey);
    }
    if (c < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** The store record of a key, or null. */
function recordOf(store, key) {
  var i = lowerBound(store.records, key, false);
  return i < store.records.length && compareKeys(store.records[i].key, key) === 0 ? store.records[i] : null;
}

/** The index keys of a value (#extract-a-key-from-a-value-using-a-key-path): none if invalid. */
function indexKeysOf(index, value) {
  var k = extractKey(value, index.keyPath, index.multiEntry);
  if (k === INVALID_KEY || k === KEY_PATH_FAILURE) {
    return [];
  }
  return index.multiEntry && Array.isArray(k) ? k : [k];
}

/** Removes the index records of a primary key from each of a store's indexes. */
function removeIndexRecords(store, primaryKey) {
  store.indexes.forEach(function (index) {
    index.records = index.records.filter(function (r) {
      return compareKeys(r.primaryKey, primaryKey) !== 0;
    });
  });
}

/** The error of a unique index that already has a key (Chromium's message). */
function uniquenessError(index) {
  return new DOMException("Unable to add key to index '" + index.name
      + "': at least one key does not satisfy the uniqueness requirements.", 'ConstraintError');
}

/** Whether a unique index holds key for a primary key other than primaryKey. */
function uniqueIndexHas(index, key, primaryKey) {
  var i = lowerBound(index.records, key, false);
  for (; i < index.records.length && compareKeys(index.records[i].key, key) === 0; i++) {
    if (primaryKey === undefined || compareKeys(index.records[i].primaryKey, primaryKey) !== 0) {
      return true;
    }
  }
  return false;
}

/**
 * #store-a-record-into-an-object-store: the key (generated if none, and injected into the value
 * for in-line keys), a ConstraintError for an existing key when not overwriting or an index's
 * uniqueness broken (the changes undone); else the record and its index records stored.
 */
function storeRecord(tx, store, value, key, noOverwrite, tokens) {
  journalStore(tx, store);
  var current = store.current;
  if (store.autoIncrement) {
    if (key === undefined) {
      // Step 1.1: #generate-a-key; past 2^53 it fails.
      if (store.current > 9007199254740992) {
        throw new DOMException('Key generator has reached its maximum value.', 'ConstraintError');
      }
      key = store.current;
      store.current += 1;
      if (store.keyPath !== null) {
        injectKey(value, key, store.keyPath);
        tokens = null;
      }
    } else if (typeof key === 'number') {
      // Step 2: #possibly-update-the-key-generator.
      var n = Math.min(Math.floor(key), 9007199254740992);
      if (n >= store.current) {
        store.current = n + 1;
      }
    }
  }
  var existing = recordOf(store, key);
  // Step 3: no overwrite and a record of the key → ConstraintError.
  if (noOverwrite && existing !== null) {
    store.current = current;
    throw new DOMException('Key already exists in the object store.', 'ConstraintError');
  }
  // Step 6: each index's keys; a unique index that has one already fails the whole operation.
  var keysByIndex = [];
  for (var i = 0; i < store.indexes.length; i++) {
    var index = store.indexes[i];
    var keys = indexKeysOf(index, value);
    if (index.unique) {
      for (var j = 0; j < keys.length; j++) {
        if (uniqueIndexHas(index, keys[j], existing !== null ? key : undefined)) {
          store.current = current;
          throw uniquenessError(index);
        }
      }
    }
    keysByIndex.push(keys);
  }
  // Steps 4-5: a record of the key is replaced.
  var record = {key: key, value: tokens || idbSerialize(value, "'put' on 'IDBObjectStore'")};
  var at = lowerBound(store.records, key, false);
  if (existing !== null) {
    removeIndexRecords(store, key);
    store.records[at] = record;
  } else {
    store.records.splice(at, 0, record);
  }
  for (var k = 0; k < store.indexes.length; k++) {
    var ix = store.indexes[k];
    for (var m = 0; m < keysByIndex[k].length; m++) {
      var ik = keysByIndex[k][m];
      ix.records.splice(indexPosition(ix.records, ik, key), 0, {key: ik, primaryKey: key});
    }
  }
  return keyToValue(key);
}

/** #delete-records-from-an-object-store: the records in range and their index records. */
function deleteRecords(tx, store, range) {
  journalStore(tx, store);
  var b = rangeBounds(store.records, range);
  if (b[1] > b[0]) {
    store.records.splice(b[0], b[1] - b[0]);
    store.indexes.forEach(function (index) {
      index.records = index.records.filter(function (r) {
        return !range.includes(r.primaryKey);
      });
    });
  }
  return undefined;
}

/** The records of a range, the first count of them (0: all), in key order. */
function recordsIn(records, range, count) {
  var b = rangeBounds(records, range);
  var end = count > 0 ? Math.min(b[1], b[0] + count) : b[1];
  return records.slice(b[0], end);
}

/**
 * #dom-idbobjectstore-put and #dom-idbobjectstore-add (#add-or-put): the checks in the standard's
 * order, the value cloned (the transaction inactive meanwhile), its key.
 */
function addOrPut(handle, value, key, keyGiven, noOverwrite) {
  var what = noOverwrite ? "'add' on 'IDBObjectStore'" : "'put' on 'IDBObjectStore'";
  var s = slotOf(handle, 'IDBObjectStore');
  var tx = s.tx;
  var store = s.store;
  // Step 3: a deleted store → InvalidStateError.
  requireStoreLive(store, what);
  // Step 4: not active → TransactionInactiveError; step 5: read-only → ReadOnlyError.
  requireActive(tx, what);
  requireWritable(tx, what);
  // Step 6: in-line keys and a key → DataError.
  if (store.keyPath !== null && keyGiven) {
    throw new DOMException('Failed to execute ' + what
        + ': The object store uses in-line keys and the key parameter was provided.', 'DataError');
  }
  // Step 7: out-of-line keys, no key generator and no key → DataError.
  if (store.keyPath === null && !store.autoIncrement && !keyGiven) {
    throw new DOMException('Failed to execute ' + what + ': The object store uses out-of-line keys and has no key '
        + 'generator and the key parameter was not provided.', 'DataError');
  }
  // Step 8: the key, valid.
  var k;
  if (keyGiven) {
    k = requireKey(key, what);
  }
  // Step 10: #clone-a-value-in-a-transaction: inactive while serializing.
  var tokens = serializeInTransaction(tx, value, what);
  var clone = idbDeserialize(tokens);
  // Step 11: in-line keys: the key path's key, or one the generator can inject.
  if (store.keyPath !== null) {
    var kpk = extractKey(clone, store.keyPath, false);
    if (kpk === INVALID_KEY) {
      throw new DOMException('Failed to execute ' + what
          + ": Evaluating the object store's key path yielded a value that is not a valid key.", 'DataError');
    }
    if (kpk !== KEY_PATH_FAILURE) {
      k = kpk;
    } else if (!store.autoIncrement) {
      throw new DOMException('Failed to execute ' + what
          + ": Evaluating the object store's key path did not yield a value.", 'DataError');
    } else if (!canInjectKey(clone, store.keyPath)) {
      throw new DOMException('Failed to execute ' + what
          + ': A generated key could not be inserted into the value.', 'DataError');
    }
  }
  var req = newRequest(handle, tx, false);
  return executeRequest(tx, req, function () {
    return storeRecord(tx, store, clone, k, noOverwrite, tokens);
  });
}

/** #clone-a-value-in-a-transaction, its serialization: the transaction inactive meanwhile. */
function serializeInTransaction(tx, value, what) {
  var state = tx.state;
  tx.state = 'inactive';
  try {
    return idbSerialize(value, what);
  } finally {
    tx.state = state;
  }
}

function requireStoreLive(store, what) {
  if (store.deleted) {
    throw new DOMException('Failed to execute ' + what + ': The object store has been deleted.', 'InvalidStateError');
  }
}

/**
 * The first steps of a store's reading and writing methods: the store not deleted (step 3), the
 * transaction active (step 4), writable for a write.
 */
function storeOperation(handle, name, write) {
  var what = "'" + name + "' on 'IDBObjectStore'";
  var s = slotOf(handle, 'IDBObjectStore');
  requireStoreLive(s.store, what);
  requireActive(s.tx, what);
  if (write) {
    requireWritable(s.tx, what);
  }
  return s;
}

/** The optional count of getAll and getAllKeys: [EnforceRange] unsigned long. */
function toCount(v, what) {
  if (v === undefined) {
    return 0;
  }
  var x = Number(v);
  if (x !== x || x === Infinity || x === -Infinity) {
    throw new TypeError('Failed to execute ' + what + ": Value is not of type 'unsigned long'.");
  }
  x = x < 0 ? Math.ceil(x) : Math.floor(x);
  if (x < 0 || x > 4294967295) {
    throw new TypeError('Failed to execute ' + what + ": Value is outside the 'unsigned long' value range.");
  }
  return x;
}

function IDBObjectStoreName() {
  return slotOf(this, 'IDBObjectStore').store.name;
}

defineAccessor(IDBObjectStore.prototype, 'name', IDBObjectStoreName, function (value) {
  // #dom-idbobjectstore-name (setter): only in an upgrade, active; a taken name → ConstraintError.
  var s = slotOf(this, 'IDBObjectStore');
  var name = toDOMString(value);
  var setWhat = "Failed to set the 'name' property on 'IDBObjectStore': ";
  if (s.tx.mode !== 'versionchange') {
    throw new DOMException(setWhat + 'The database is not running a version change transaction.', 'InvalidStateError');
  }
  if (s.store.deleted) {
    throw new DOMException(setWhat + 'The object store has been deleted.', 'InvalidStateError');
  }
  if (s.tx.state !== 'active') {
    throw new DOMException(setWhat + inactiveMessage(s.tx), 'TransactionInactiveError');
  }
  if (s.store.name === name) {
    return;
  }
  if (storeNamed(s.tx.db, name) !== null) {
    throw new DOMException(setWhat + 'An object store with the specified name already exists.', 'ConstraintError');
  }
  s.store.name = name;
});
// #dom-idbobjectstore-keypath: an array key path is the same Array each time (Chromium's).
defineAccessor(IDBObjectStore.prototype, 'keyPath', function () {
  var s = slotOf(this, 'IDBObjectStore');
  if (s.keyPath === undefined) {
    s.keyPath = keyPathValue(s.store.keyPath);
  }
  return s.keyPath;
});
defineAccessor(IDBObjectStore.prototype, 'indexNames', function () {
  return idbStringList(slotOf(this, 'IDBObjectStore').store.indexes.map(function (index) {
    return index.name;
  }).sort());
});
defineAccessor(IDBObjectStore.prototype, 'transaction', function () {
  return slotOf(this, 'IDBObjectStore').tx.object;
});
defineAccessor(IDBObjectStore.prototype, 'autoIncrement', function () {
  return slotOf(this, 'IDBObjectStore').store.autoIncrement;
});
defineMethods(IDBObjectStore.prototype, {
  put: function (value) {
    slotOf(this, 'IDBObjectStore');
    requireArgs(arguments, 1, "execute 'put' on 'IDBObjectStore'");
    return addOrPut(this, value, arguments[1], arguments.length > 1 && arguments[1] !== undefined, false);
  },
  add: function (value) {
    slotOf(this, 'IDBObjectStore');
    requireArgs(arguments, 1, "execute 'add' on 'IDBObjectStore'");
    return addOrPut(this, value, arguments[1], arguments.length > 1 && arguments[1] !== undefined, true);
  },
  // #dom-idbobjectstore-delete
  'delete': function (query) {
    requireArgs(arguments, 1, "execute 'delete' on 'IDBObjectStore'");
    var s = storeOperation(this, 'delete', true);
    var range = toKeyRange(query, true, "'delete' on 'IDBObjectStore'");
    return executeRequest(s.tx, newRequest(this, s.tx, false), function () {
      return deleteRecords(s.tx, s.store, range);
    });
  },
  // #dom-idbobjectstore-clear
  clear: function () {
    var s = storeOperation(this, 'clear', true);
    return executeRequest(s.tx, newRequest(this, s.tx, false), function () {
      return deleteRecords(s.tx, s.store, UNBOUNDED_RANGE);
    });
  },
  // #dom-idbobjectstore-get: #retrieve-a-value-from-an-object-store.
  get: function (query) {
    requireArgs(arguments, 1, "execute 'get' on 'IDBObjectStore'");
    var s = storeOperation(this, 'get', false);
    var range = toKeyRange(query, true, "'get' on 'IDBObjectStore'");
    return executeRequest(s.tx, newRequest(this, s.tx, false), function () {
      var r = recordsIn(s.store.records, range, 1);
      return r.length === 0 ? undefined : idbDeserialize(r[0].value);
    });
  },
  // #dom-idbobjectstore-getkey
  getKey: function (query) {
    requireArgs(arguments, 1, "execute 'getKey' on 'IDBObjectStore'");
    var s = storeOperation(this, 'getKey', false);
    var range = toKeyRange(query, true, "'getKey' on 'IDBObjectStore'");
    return executeRequest(s.tx, newRequest(this, s.tx, false), function () {
      var r = recordsIn(s.store.records, range, 1);
      return r.length === 0 ? undefined : keyToValue(r[0].key);
    });
  },
  // #dom-idbobjectstore-getall
  getAll: function (query, count) {
    var s = storeOperation(this, 'getAll', false);
    var range = toKeyRange(query, false, "'getAll' on 'IDBObjectStore'");
    var n = toCount(count, "'getAll' on 'IDBObjectStore'");
    return executeRequest(s.tx, newRequest(this, s.tx, false), function () {
      return recordsIn(s.store.records, range, n).map(function (r) {
        return idbDeserialize(r.value);
      });
    });
  },
  // #dom-idbobjectstore-getallkeys
  getAllKeys: function (query, count) {
    var s = storeOperation(this, 'getAllKeys', false);
    var range = toKeyRange(query, false, "'getAllKeys' on 'IDBObjectStore'");
    var n = toCount(count, "'getAllKeys' on 'IDBObjectStore'");
    return executeRequest(s.tx, newRequest(this, s.tx, false), function () {
      return recordsIn(s.store.records, range, n).map(function (r) {
        return keyToValue(r.key);
      });
    });
  },
  // #dom-idbobjectstore-count
  count: function (query) {
    var s = storeOperation(this, 'count', false);
    var range = toKeyRange(query, false, "'count' on 'IDBObjectStore'");
    return executeRequest(s.tx, newRequest(this, s.tx, false), function () {
      var b = rangeBounds(s.store.records, range);
      return b[1] - b[0];
    });
  },
  // #dom-idbobjectstore-opencursor
  openCursor: function (query, direction) {
    return openStoreCursor(this, 'openCursor', query, direction, false);
  },
  // #dom-idbobjectstore-openkeycursor
  openKeyCursor: function (query, direction) {
    return openStoreCursor(this, 'openKeyCursor', query, direction, true);
  },
  // #dom-idbobjectstore-index: the handle of an index of the store, one per index.
  index: function (name) {
    var what = "'index' on 'IDBObjectStore'";
    var s = slotOf(this, 'IDBObjectStore');
    requireArgs(arguments, 1, 'execute ' + what);
    name = toDOMString(name);
    // Step 3: a deleted store or a finished transaction → InvalidStateError.
    requireStoreLive(s.store, what);
    if (s.tx.state === 'finished') {
      throw new DOMException('Failed to execute ' + what + ': The transaction has finished.', 'InvalidStateError');
    }
    var index = indexNamed(s.store, name);
    if (index === null) {
      throw new DOMException('Failed to execute ' + what + ': The specified index was not found.', 'NotFoundError');
    }
    return indexHandle(this, index);
  },
  // #dom-idbobjectstore-createindex
  createIndex: function (name, keyPath) {
    var what = "'createIndex' on 'IDBObjectStore'";
    var s = slotOf(this, 'IDBObjectStore');
    requireArgs(arguments, 2, 'execute ' + what);
    name = toDOMString(name);
    var options = arguments[2];
    if (options !== undefined && options !== null && !isObject(options)) {
      throw new TypeError('Failed to execute ' + what + ": The provided value is not of type 'IDBIndexParameters'.");
    }
    options = options || {};
    // IDBIndexParameters, its members in order: multiEntry, unique.
    var multiEntry = toBoolean(options.multiEntry);
    var unique = toBoolean(options.unique);
    var path = isObject(keyPath) && !Array.isArray(keyPath) && !(hasSymbol && typeof keyPath[Symbol.iterator] === 'function')
        ? toDOMString(keyPath) : keyPath;
    // Steps 1-3: an upgrade transaction; the store not deleted; active.
    if (s.tx.mode !== 'versionchange') {
      throw new DOMException('Failed to execute ' + what + ': The database is not running a version change transaction.',
          'InvalidStateError');
    }
    requireStoreLive(s.store, what);
    requireActive(s.tx, what);
    // Step 4: an index of that name → ConstraintError.
    if (indexNamed(s.store, name) !== null) {
      throw new DOMException('Failed to execute ' + what + ': An index with the specified name already exists.',
          'ConstraintError');
    }
    // Step 5: a valid key path (SyntaxError).
    path = toKeyPath(path, what);
    // Step 8: an array key path and multiEntry → InvalidAccessError.
    if (typeof path !== 'string' && multiEntry) {
      throw new DOMException('Failed to execute ' + what
          + ': The keyPath argument was an array and the multiEntry option is true.', 'InvalidAccessError');
    }
    var index = {name: name, store: s.store, keyPath: path, unique: unique, multiEntry: multiEntry, records: [],
      deleted: false};
    // Step 9: the index populated from the store's records; a uniqueness failure aborts the
    // transaction with a ConstraintError (in parallel: after this call).
    var failed = false;
    s.store.records.forEach(function (r) {
      if (failed) {
        return;
      }
      var keys = indexKeysOf(index, idbDeserialize(r.value));
      for (var i = 0; i < keys.length && !failed; i++) {
        if (unique && uniqueIndexHas(index, keys[i], undefined)) {
          failed = true;
        } else {
          index.records.splice(indexPosition(index.records, keys[i], r.key), 0, {key: keys[i], primaryKey: r.key});
        }
      }
    });
    s.store.indexes.push(index);
    if (failed) {
      var tx = s.tx;
      queueDatabaseTask(function () {
        abortTransaction(tx, uniquenessError(index));
      });
    }
    return indexHandle(this, index);
  },
  // #dom-idbobjectstore-deleteindex
  deleteIndex: function (name) {
    var what = "'deleteIndex' on 'IDBObjectStore'";
    var s = slotOf(this, 'IDBObjectStore');
    requireArgs(arguments, 1, 'execute ' + what);
    name = toDOMString(name);
    if (s.tx.mode !== 'versionchange') {
      throw new DOMException('Failed to execute ' + what + ': The database is not running a version change transaction.',
          'InvalidStateError');
    }
    requireStoreLive(s.store, what);
    requireActive(s.tx, what);
    var index = indexNamed(s.store, name);
    if (index === null) {
      throw new DOMException('Failed to execute ' + what + ': The specified index was not found.', 'NotFoundError');
    }
    s.store.indexes.splice(s.store.indexes.indexOf(index), 1);
    index.deleted = true;
  }
});
setTag(IDBObjectStore.prototype, 'IDBObjectStore');

function indexNamed(store, name) {
  for (var i = 0; i < store.indexes.length; i++) {
    if (store.indexes[i].name === name) {
      return store.indexes[i];
    }
  }
  return null;
}

exposed.IDBObjectStore = IDBObjectStore;
