// idb-cursor.js: IDBCursor and IDBCursorWithValue (https://w3c.github.io/IndexedDB/#cursor-interface):
// cursors over a store's or an index's records in the four directions (#iterate-a-cursor), moved
// by advance, continue and continuePrimaryKey, and changing their record by update and delete.

function IDBCursor() {
  illegalConstructor(this, IDBCursor);
}

function IDBCursorWithValue() {
  illegalConstructor(this, IDBCursorWithValue);
}
inherit(IDBCursorWithValue, IDBCursor);

var CURSOR_DIRECTIONS = ['next', 'nextunique', 'prev', 'prevunique'];

/** #cursor-construct: a cursor of a store handle (index null) or an index handle, not moved yet. */
function newCursor(source, tx, store, index, range, direction, keyOnly) {
  var c = Object.create(keyOnly ? IDBCursor.prototype : IDBCursorWithValue.prototype);
  return setSlot(c, {
    kinds: keyOnly ? ['IDBCursor'] : ['IDBCursor', 'IDBCursorWithValue'],
    object: c, source: source, tx: tx, store: store, index: index, range: range, direction: direction,
    keyOnly: keyOnly, position: undefined, objectStorePosition: undefined, key: undefined,
    primaryKey: undefined, value: undefined, gotValue: false, request: null, keyValue: undefined,
    primaryKeyValue: undefined
  });
}

/** #dom-idbobjectstore-opencursor and openKeyCursor. */
function openStoreCursor(handle, name, query, direction, keyOnly) {
  var what = "'" + name + "' on 'IDBObjectStore'";
  direction = direction === undefined ? 'next'
      : toEnum(direction, CURSOR_DIRECTIONS, 'IDBCursorDirection', 'execute ' + what);
  var s = storeOperation(handle, name, false);
  var range = toKeyRange(query, false, what);
  var c = newCursor(handle, s.tx, s.store, null, range, direction, keyOnly);
  return openCursorRequest(handle, s.tx, c);
}

/** #dom-idbindex-opencursor and openKeyCursor. */
function openIndexCursor(handle, name, query, direction, keyOnly) {
  var what = "'" + name + "' on 'IDBIndex'";
  direction = direction === undefined ? 'next'
      : toEnum(direction, CURSOR_DIRECTIONS, 'IDBCursorDirection', 'execute ' + what);
  var s = indexOperation(handle, name);
  var range = toKeyRange(query, false, what);
  var c = newCursor(handle, s.tx, s.store, s.index, range, direction, keyOnly);
  return openCursorRequest(handle, s.tx, c);
}

function openCursorRequest(source, tx, c) {
  var req = newRequest(source, tx, false);
  c.request = req;
  return executeRequest(tx, req, function () {
    return iterateCursor(c, undefined, undefined, 1);
  });
}

/** The records a cursor walks: its index's, else its store's. */
function cursorRecords(c) {
  return c.index !== null ? c.index.records : c.store.records;
}

/** A record's value in the sense of #iterate-a-cursor: an index record's primary key. */
function recordPrimaryKey(c, r) {
  return c.index !== null ? r.primaryKey : r.key;
}

/**
 * #iterate-a-cursor: the count-th record past the cursor's position in its direction, at or past
 * key (and primaryKey); the cursor moved there with its value, or null when there is none.
 */
function iterateCursor(c, key, primaryKey, count) {
  var records = cursorRecords(c);
  var isIndex = c.index !== null;
  var range = c.range;
  var position = c.position;
  var osPosition = c.objectStorePosition;
  var found = null;
  while (count > 0) {
    found = null;
    var i;
    var r;
    var k;
    var cmp;
    if (c.direction === 'next' || c.direction === 'nextunique') {
      var unique = c.direction === 'nextunique';
      i = range.lower === undefined ? 0 : lowerBound(records, range.lower, range.lowerOpen);
      if (key !== undefined) {
        i = Math.max(i, lowerBound(records, key, false));
      }
      if (position !== undefined) {
        i = Math.max(i, lowerBound(records, position, unique || !isIndex));
      }
      for (; i < records.length && found === null; i++) {
        r = records[i];
        k = r.key;
        if (!range.includes(k)) {
          if (range.upper !== undefined && compareKeys(k, range.upper) >= 0) {
            break;
          }
          continue;
        }
        if (!unique && primaryKey !== undefined) {
          cmp = compareKeys(k, key);
          if (cmp === 0 && compareKeys(recordPrimaryKey(c, r), primaryKey) < 0) {
            continue;
          }
        }
        if (position !== undefined) {
          cmp = compareKeys(k, position);
          if (unique || !isIndex ? cmp <= 0 : cmp < 0 || (cmp === 0
              && compareKeys(recordPrimaryKey(c, r), osPosition) <= 0)) {
            continue;
          }
        }
        found = r;
      }
    } else {
      var prevUnique = c.direction === 'prevunique';
      i = range.upper === undefined ? records.length - 1 : lowerBound(records, range.upper, !range.upperOpen) - 1;
      if (key !== undefined) {
        i = Math.min(i, lowerBound(records, key, true) - 1);
      }
      if (position !== undefined) {
        i = Math.min(i, lowerBound(records, position, !(prevUnique || !isIndex)) - 1);
      }
      for (; i >= 0 && found === null; i--) {
        r = records[i];
        k = r.key;
        if (!range.includes(k)) {
          if (range.lower !== undefined && compareKeys(k, range.lower) <= 0) {
            break;
          }
          continue;
        }
        if (!prevUnique && primaryKey !== undefined) {
          cmp = compareKeys(k, key);
          if (cmp === 0 && compareKeys(recordPrimaryKey(c, r), primaryKey) > 0) {
            continue;
          }
        }
        if (position !== undefined) {
          cmp = compareKeys(k, position);
          if (prevUnique || !isIndex ? cmp >= 0 : cmp > 0 || (cmp === 0
              && compareKeys(recordPrimaryKey(c, r), osPosition) >= 0)) {
            continue;
          }
        }
        found = r;
      }
      // prevunique: the first record of the found key.
      if (found !== null && prevUnique) {
        found = records[lowerBound(records, found.key, false)];
      }
    }
    if (found === null) {
      // Step 9: no record: the key and value undefined; the result null.
      c.key = undefined;
      c.keyValue = undefined;
      if (isIndex) {
        c.objectStorePosition = undefined;
      }
      if (!c.keyOnly) {
        c.value = undefined;
      }
      return null;
    }
    position = found.key;
    if (isIndex) {
      osPosition = found.primaryKey;
    }
    count--;
  }
  // Steps 10-15: the cursor at the record.
  c.position = position;
  c.objectStorePosition = osPosition;
  c.key = found.key;
  c.primaryKey = recordPrimaryKey(c, found);
  c.keyValue = undefined;
  c.primaryKeyValue = undefined;
  if (!c.keyOnly) {
    var record = isIndex ? recordOf(c.store, found.primaryKey) : found;
    c.value = idbDeserialize(record.value);
  }
  c.gotValue = true;
  return c.object;
}

function cursorOf(self) {
  return slotOf(self, 'IDBCursor');
}

/** The cursor's source or effective object store deleted → InvalidStateError. */
function requireCursorLive(c, what) {
  if (c.store.deleted || (c.index !== null && c.index.deleted)) {
    throw new DOMException('Failed to execute ' + what
        + ": The cursor's source or effective object store has been deleted.", 'InvalidStateError');
  }
}

function requireGotValue(c, what) {
  if (!c.gotValue) {
    throw new DOMException('Failed to execute ' + what
        + ': The cursor is being iterated or has iterated past its end.', 'InvalidStateError');
  }
}

/** Moves a cursor again: its request pending, the iteration placed in its transaction. */
function moveCursor(c, key, primaryKey, count) {
  c.gotValue = false;
  return executeRequest(c.tx, c.request, function () {
    return iterateCursor(c, key, primaryKey, count);
  });
}

defineAccessor(IDBCursor.prototype, 'source', function () {
  return cursorOf(this).source;
});
defineAccessor(IDBCursor.prototype, 'direction', function () {
  return cursorOf(this).direction;
});
// #dom-idbcursor-key: the same value until the cursor moves.
defineAccessor(IDBCursor.prototype, 'key', function () {
  var c = cursorOf(this);
  if (c.key === undefined) {
    return undefined;
  }
  if (c.keyValue === undefined) {
    c.keyValue = keyToValue(c.key);
  }
  return c.keyValue;
});
defineAccessor(IDBCursor.prototype, 'primaryKey', function () {
  var c = cursorOf(this);
  if (c.primaryKey === undefined) {
    return undefined;
  }
  if (c.primaryKeyValue === undefined) {
    c.primaryKeyValue = keyToValue(c.primaryKey);
  }
  return c.primaryKeyValue;
});
defineAccessor(IDBCursor.prototype, 'request', function () {
  return cursorOf(this).request.object;
});
defineMethods(IDBCursor.prototype, {
  // #dom-idbcursor-advance
  advance: function (count) {
    var what = "'advance' on 'IDBCursor'";
    var c = cursorOf(this);
    requireArgs(arguments, 1, 'execute ' + what);
    var n = toCount(count, what);
    // Step 1: zero → TypeError.
    if (n === 0) {
      throw new TypeError('Failed to execute ' + what
          + ': A count argument with value 0 (zero) was supplied, must be greater than 0.');
    }
    requireActive(c.tx, what);
    requireCursorLive(c, what);
    requireGotValue(c, what);
    return void moveCursor(c, undefined, undefined, n);
  },
  // #dom-idbcursor-continue
  'continue': function (key) {
    var what = "'continue' on 'IDBCursor'";
    var c = cursorOf(this);
    requireActive(c.tx, what);
    requireCursorLive(c, what);
    requireGotValue(c, what);
    var k;
    if (key !== undefined) {
      k = requireKey(key, what);
      // Step 4.3: not past the position in the cursor's direction → DataError.
      var cmp = compareKeys(k, c.position);
      if ((c.direction === 'next' || c.direction === 'nextunique') && cmp <= 0) {
        throw new DOMException('Failed to execute ' + what
            + ": The parameter is less than or equal to this cursor's position.", 'DataError');
      }
      if ((c.direction === 'prev' || c.direction === 'prevunique') && cmp >= 0) {
        throw new DOMException('Failed to execute ' + what
            + ": The parameter is greater than or equal to this cursor's position.", 'DataError');
      }
    }
    return void moveCursor(c, k, undefined, 1);
  },
  // #dom-idbcursor-continueprimarykey
  continuePrimaryKey: function (key, primaryKey) {
    var what = "'continuePrimaryKey' on 'IDBCursor'";
    var c = cursorOf(this);
    requireArgs(arguments, 2, 'execute ' + what);
    requireActive(c.tx, what);
    requireCursorLive(c, what);
    // Steps 3-4: an index's cursor, in direction next or prev.
    if (c.index === null) {
      throw new DOMException('Failed to execute ' + what + ": The cursor's source is not an index.",
          'InvalidAccessError');
    }
    if (c.direction !== 'next' && c.direction !== 'prev') {
      throw new DOMException('Failed to execute ' + what + ": The cursor's direction is not 'next' or 'prev'.",
          'InvalidAccessError');
    }
    requireGotValue(c, what);
    var k = requireKey(key, what);
    var pk = requireKey(primaryKey, what);
    var cmp = compareKeys(k, c.position);
    var forward = c.direction === 'next';
    if (forward ? cmp < 0 : cmp > 0) {
      // Chromium's message is the one of an equal key too.
      throw new DOMException('Failed to execute ' + what + ': The parameter is ' + (forward ? 'less' : 'greater')
          + " than or equal to this cursor's position.", 'DataError');
    }
    var pcmp = compareKeys(pk, c.objectStorePosition);
    if (cmp === 0 && (forward ? pcmp <= 0 : pcmp >= 0)) {
      throw new DOMException('Failed to execute ' + what + ': The parameter is ' + (forward ? 'less' : 'greater')
          + " than or equal to this cursor's position.", 'DataError');
    }
    return void moveCursor(c, k, pk, 1);
  },
  // #dom-idbcursor-update
  update: function (value) {
    var what = "'update' on 'IDBCursor'";
    var c = cursorOf(this);
    requireArgs(arguments, 1, 'execute ' + what);
    requireActive(c.tx, what);
    if (c.tx.mode === 'readonly') {
      throw new DOMException('Failed to execute ' + what + ': The record may not be updated inside a read-only transaction.',
          'ReadOnlyError');
    }
    requireCursorLive(c, what);
    requireGotValue(c, what);
    if (c.keyOnly) {
      throw new DOMException('Failed to execute ' + what + ': The cursor is a key cursor.', 'InvalidStateError');
    }
    var tokens = serializeInTransaction(c.tx, value, what);
    var clone = idbDeserialize(tokens);
    // Step 8: in-line keys must give the cursor's effective key.
    if (c.store.keyPath !== null) {
      var kpk = extractKey(clone, c.store.keyPath, false);
      if (kpk === INVALID_KEY || kpk === KEY_PATH_FAILURE || compareKeys(kpk, c.primaryKey) !== 0) {
        throw new DOMException('Failed to execute ' + what + ': The effective object store of this cursor uses in-line '
            + "keys and evaluating the key path of the value parameter results in a different value than the cursor's "
            + 'effective key.', 'DataError');
      }
    }
    var store = c.store;
    var pk = c.primaryKey;
    var tx = c.tx;
    return executeRequest(tx, newRequest(c.object, tx, false), function () {
      return storeRecord(tx, store, clone, pk, false, tokens);
    });
  },
  // #dom-idbcursor-delete
  'delete': function () {
    var what = "'delete' on 'IDBCursor'";
    var c = cursorOf(this);
    requireActive(c.tx, what);
    if (c.tx.mode === 'readonly') {
      throw new DOMException('Failed to execute ' + what + ': The record may not be deleted inside a read-only transaction.',
          'ReadOnlyError');
    }
    requireCursorLive(c, what);
    requireGotValue(c, what);
    if (c.keyOnly) {
      throw new DOMException('Failed to execute ' + what + ': The cursor is a key cursor.', 'InvalidStateError');
    }
    var store = c.store;
    var pk = c.primaryKey;
    var tx = c.tx;
    return executeRequest(tx, newRequest(c.object, tx, false), function () {
      return deleteRecords(tx, store, new KeyRange(pk, pk, false, false));
    });
  }
});
setTag(IDBCursor.prototype, 'IDBCursor');
// #dom-idbcursorwithvalue-value: the same value until the cursor moves.
defineAccessor(IDBCursorWithValue.prototype, 'value', function () {
  return slotOf(this, 'IDBCursorWithValue').value;
});
setTag(IDBCursorWithValue.prototype, 'IDBCursorWithValue');
exposed.IDBCursor = IDBCursor;
exposed.IDBCursorWithValue = IDBCursorWithValue;
