// idb-index.js: IDBIndex (https://w3c.github.io/IndexedDB/#index-interface): an index's records
// (#index-construct) are sorted by key, then by the primary key of the record they refer to.

function IDBIndex() {
  illegalConstructor(this, IDBIndex);
}

/** The handle of an index for a store handle: one object per index. */
function indexHandle(storeHandle, index) {
  var hs = storeHandle[SLOT];
  for (var i = 0; i < hs.indexHandles.length; i++) {
    if (hs.indexHandles[i][SLOT].index === index) {
      return hs.indexHandles[i];
    }
  }
  var h = Object.create(IDBIndex.prototype);
  setSlot(h, {kinds: ['IDBIndex'], index: index, storeHandle: storeHandle, tx: hs.tx, store: hs.store});
  hs.indexHandles.push(h);
  return h;
}

/**
 * The first steps of an index's methods (#dom-idbindex-get steps 3-4 and the others): the index
 * and its store not deleted, the transaction active.
 */
function indexOperation(handle, name) {
  var what = "'" + name + "' on 'IDBIndex'";
  var s = slotOf(handle, 'IDBIndex');
  if (s.index.deleted || s.store.deleted) {
    throw new DOMException('Failed to execute ' + what + ': The index or its object store has been deleted.',
        'InvalidStateError');
  }
  requireActive(s.tx, what);
  return s;
}

/** The referenced store record of an index record (#index-referenced-value). */
function referencedRecord(s, indexRecord) {
  return recordOf(s.store, indexRecord.primaryKey);
}

defineAccessor(IDBIndex.prototype, 'name', function () {
  return slotOf(this, 'IDBIndex').index.name;
}, function (value) {
  // #dom-idbindex-name (setter): only in an upgrade, active; a taken name → ConstraintError.
  var s = slotOf(this, 'IDBIndex');
  var name = toDOMString(value);
  var setWhat = "Failed to set the 'name' property on 'IDBIndex': ";
  if (s.tx.mode !== 'versionchange') {
    throw new DOMException(setWhat + 'The database is not running a version change transaction.', 'InvalidStateError');
  }
  if (s.index.deleted || s.store.deleted) {
    throw new DOMException(setWhat + 'The index or its object store has been deleted.', 'InvalidStateError');
  }
  if (s.tx.state !== 'active') {
    throw new DOMException(setWhat + inactiveMessage(s.tx), 'TransactionInactiveError');
  }
  if (s.index.name === name) {
    return;
  }
  if (indexNamed(s.store, name) !== null) {
    throw new DOMException(setWhat + 'An index with the specified name already exists.', 'ConstraintError');
  }
  s.index.name = name;
});
defineAccessor(IDBIndex.prototype, 'objectStore', function () {
  return slotOf(this, 'IDBIndex').storeHandle;
});
defineAccessor(IDBIndex.prototype, 'keyPath', function () {
  var s = slotOf(this, 'IDBIndex');
  if (s.keyPath === undefined) {
    s.keyPath = keyPathValue(s.index.keyPath);
  }
  return s.keyPath;
});
defineAccessor(IDBIndex.prototype, 'multiEntry', function () {
  return slotOf(this, 'IDBIndex').index.multiEntry;
});
defineAccessor(IDBIndex.prototype, 'unique', function () {
  return slotOf(this, 'IDBIndex').index.unique;
});
defineMethods(IDBIndex.prototype, {
  // #dom-idbindex-get: #retrieve-a-referenced-value-from-an-index.
  get: function (query) {
    requireArgs(arguments, 1, "execute 'get' on 'IDBIndex'");
    var s = indexOperation(this, 'get');
    var range = toKeyRange(query, true, "'get' on 'IDBIndex'");
    return executeRequest(s.tx, newRequest(this, s.tx, false), function () {
      var r = recordsIn(s.index.records, range, 1);
      return r.length === 0 ? undefined : idbDeserialize(referencedRecord(s, r[0]).value);
    });
  },
  // #dom-idbindex-getkey: #retrieve-a-value-from-an-index.
  getKey: function (query) {
    requireArgs(arguments, 1, "execute 'getKey' on 'IDBIndex'");
    var s = indexOperation(this, 'getKey');
    var range = toKeyRange(query, true, "'getKey' on 'IDBIndex'");
    return executeRequest(s.tx, newRequest(this, s.tx, false), function () {
      var r = recordsIn(s.index.records, range, 1);
      return r.length === 0 ? undefined : keyToValue(r[0].primaryKey);
    });
  },
  // #dom-idbindex-getall
  getAll: function (query, count) {
    var s = indexOperation(this, 'getAll');
    var range = toKeyRange(query, false, "'getAll' on 'IDBIndex'");
    var n = toCount(count, "'getAll' on 'IDBIndex'");
    return executeRequest(s.tx, newRequest(this, s.tx, false), function () {
      return recordsIn(s.index.records, range, n).map(function (r) {
        return idbDeserialize(referencedRecord(s, r).value);
      });
    });
  },
  // #dom-idbindex-getallkeys
  getAllKeys: function (query, count) {
    var s = indexOperation(this, 'getAllKeys');
    var range = toKeyRange(query, false, "'getAllKeys' on 'IDBIndex'");
    var n = toCount(count, "'getAllKeys' on 'IDBIndex'");
    return executeRequest(s.tx, newRequest(this, s.tx, false), function () {
      return recordsIn(s.index.records, range, n).map(function (r) {
        return keyToValue(r.primaryKey);
      });
    });
  },
  // #dom-idbindex-count
  count: function (query) {
    var s = indexOperation(this, 'count');
    var range = toKeyRange(query, false, "'count' on 'IDBIndex'");
    return executeRequest(s.tx, newRequest(this, s.tx, false), function () {
      var b = rangeBounds(s.index.records, range);
      return b[1] - b[0];
    });
  },
  // #dom-idbindex-opencursor
  openCursor: function (query, direction) {
    return openIndexCursor(this, 'openCursor', query, direction, false);
  },
  // #dom-idbindex-openkeycursor
  openKeyCursor: function (query, direction) {
    return openIndexCursor(this, 'openKeyCursor', query, direction, true);
  }
});
setTag(IDBIndex.prototype, 'IDBIndex');
exposed.IDBIndex = IDBIndex;
