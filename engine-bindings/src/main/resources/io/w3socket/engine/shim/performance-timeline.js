// performance-timeline.js (lazy module timing): Performance Timeline
// (https://w3c.github.io/performance-timeline/): PerformanceEntry, the realm's performance entry
// buffer with Performance's getEntries, getEntriesByType and getEntriesByName, and
// PerformanceObserver with PerformanceObserverEntryList. The entries are User Timing's marks and
// measures (user-timing.js), the only types here: no navigation, resource, paint or event timing
// entries, which Chromium also lists.

function PerformanceEntry() {
  illegalConstructor(this, PerformanceEntry);
}
setTag(PerformanceEntry.prototype, 'PerformanceEntry');

/** #dom-performanceentry-navigationid: one per realm (its document never navigates here). */
var navigationId = Crypto.prototype.randomUUID.call(crypto);

/** An entry's slot: name, entryType, startTime, duration. */
function initEntry(entry, kinds, name, type, startTime, duration) {
  return setSlot(entry, {kinds: ['PerformanceEntry'].concat(kinds), name: name, entryType: type,
    startTime: startTime, duration: duration});
}

['name', 'entryType', 'startTime', 'duration'].forEach(function (field) {
  defineAccessor(PerformanceEntry.prototype, field, function () {
    return slotOf(this, 'PerformanceEntry')[field];
  });
});
defineAccessor(PerformanceEntry.prototype, 'navigationId', function () {
  slotOf(this, 'PerformanceEntry');
  return navigationId;
});
defineMethods(PerformanceEntry.prototype, {
  toJSON: function () {
    var s = slotOf(this, 'PerformanceEntry');
    return {name: s.name, entryType: s.entryType, startTime: s.startTime, duration: s.duration,
      navigationId: navigationId};
  }
});

/** #performance-entry-buffer: the marks and measures, in the order they were queued. */
var entryBuffer = [];

/**
 * #filter-buffer-by-name-and-type: the entries of that name (if not undefined) and type, in
 * order of startTime (a stable sort: those that start together in the order they came).
 */
function filterEntries(entries, name, type) {
  return entries.filter(function (e) {
    var s = e[SLOT];
    return (name === undefined || s.name === name) && (type === undefined || s.entryType === type);
  }).map(function (e, i) {
    return [e, i];
  }).sort(function (a, b) {
    return a[0][SLOT].startTime - b[0][SLOT].startTime || a[1] - b[1];
  }).map(function (pair) {
    return pair[0];
  });
}

defineMethods(Performance.prototype, {
  getEntries: function () {
    slotOf(this, 'Performance');
    return filterEntries(entryBuffer, undefined, undefined);
  },
  getEntriesByType: function (type) {
    slotOf(this, 'Performance');
    requireArgs(arguments, 1, "execute 'getEntriesByType' on 'Performance'");
    return filterEntries(entryBuffer, undefined, toDOMString(type));
  },
  getEntriesByName: function (name, type) {
    slotOf(this, 'Performance');
    requireArgs(arguments, 1, "execute 'getEntriesByName' on 'Performance'");
    return filterEntries(entryBuffer, toDOMString(name), type === undefined ? undefined : toDOMString(type));
  }
});

/** The entry types an observer may ask for (#dom-performanceobserver-supportedentrytypes). */
var SUPPORTED_ENTRY_TYPES = Object.freeze(['mark', 'measure']);

/** The observers observing (#list-of-registered-performance-observers), in registration order. */
var performanceObservers = [];
/** #performance-observer-task-queued-flag. */
var observerTaskQueued = false;

/** #queue-a-performanceentry: into the buffer, and to each observer of its type, in a task. */
function queuePerformanceEntry(entry) {
  entryBuffer.push(entry);
  var type = entry[SLOT].entryType;
  performanceObservers.forEach(function (s) {
    if (s.types.indexOf(type) >= 0) {
      s.buffer.push(entry);
    }
  });
  queueObserverTask();
}

/** #queue-the-performanceobserver-task: each observer's buffer to its callback, in one task. */
function queueObserverTask() {
  if (observerTaskQueued) {
    return;
  }
  observerTaskQueued = true;
  queueTask(function () {
    observerTaskQueued = false;
    performanceObservers.slice().forEach(function (s) {
      var entries = s.buffer;
      if (entries.length === 0) {
        return;
      }
      s.buffer = [];
      try {
        s.callback.call(s.self, newEntryList(entries), s.self);
      } catch (e) {
        reportException(e);
      }
    });
  });
}

function PerformanceObserver(callback) {
  requireNew(this, PerformanceObserver, 'PerformanceObserver');
  requireArgs(arguments, 1, "construct 'PerformanceObserver'");
  if (typeof callback !== 'function') {
    throw new TypeError("Failed to construct 'PerformanceObserver': The callback provided as parameter 1 is not a function.");
  }
  setSlot(this, {kinds: ['PerformanceObserver'], callback: callback, types: [], mode: null, buffer: [],
    self: this});
}
setTag(PerformanceObserver.prototype, 'PerformanceObserver');
Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', {get: function () {
  return SUPPORTED_ENTRY_TYPES;
}, enumerable: true, configurable: true});

defineMethods(PerformanceObserver.prototype, {
  /** #dom-performanceobserver-observe, with Chromium 156's messages. */
  observe: function (options) {
    var s = slotOf(this, 'PerformanceObserver');
    var what = "Failed to execute 'observe' on 'PerformanceObserver': ";
    if (options !== undefined && options !== null && !isObject(options)) {
      throw new TypeError(what + "The provided value is not of type 'PerformanceObserverInit'.");
    }
    options = options || {};
    // WebIDL dictionary members in lexicographical order: buffered, entryTypes, type.
    var buffered = toBoolean(options.buffered);
    var entryTypes = options.entryTypes === undefined ? undefined
        : sequenceOf(options.entryTypes, what).map(toDOMString);
    var type = options.type === undefined ? undefined : toDOMString(options.type);
    if (entryTypes === undefined && type === undefined) {
      throw new TypeError(what + 'An observe() call must include either entryTypes or type arguments.');
    }
    if (entryTypes !== undefined && type !== undefined) {
      throw new TypeError(what + 'An observe() call must not include both entryTypes and type arguments.');
    }
    if (s.mode === 'multiple' && type !== undefined) {
      throw new DOMException(what + 'This observer has performed observe({entryTypes:...}, therefore it cannot '
          + 'perform observe({type:...})', 'InvalidModificationError');
    }
    if (s.mode === 'single' && entryTypes !== undefined) {
      throw new DOMException(what + 'This observer has performed observe({type:...}, therefore it cannot '
          + 'perform observe({entryTypes:...})', 'InvalidModificationError');
    }
    if (entryTypes !== undefined) {
      // Step 6: the supported types only; none leaves the observer as it was.
      var types = entryTypes.filter(function (t, i) {
        return SUPPORTED_ENTRY_TYPES.indexOf(t) >= 0 && entryTypes.indexOf(t) === i;
      });
      if (types.length === 0) {
        return;
      }
      s.mode = 'multiple';
      s.types = types;
    } else {
      if (SUPPORTED_ENTRY_TYPES.indexOf(type) < 0) {
        return;
      }
      s.mode = 'single';
      if (s.types.indexOf(type) < 0) {
        s.types.push(type);
      }
      if (buffered) {
        // Step 7.4: the buffered entries of the type, then the observer task.
        s.buffer = s.buffer.concat(filterEntries(entryBuffer, undefined, type));
        queueObserverTask();
      }
    }
    if (performanceObservers.indexOf(s) < 0) {
      performanceObservers.push(s);
    }
  },
  disconnect: function () {
    var s = slotOf(this, 'PerformanceObserver');
    performanceObservers = performanceObservers.filter(function (o) {
      return o !== s;
    });
    s.buffer = [];
    s.types = [];
    s.mode = null;
  },
  takeRecords: function () {
    var s = slotOf(this, 'PerformanceObserver');
    var records = s.buffer;
    s.buffer = [];
    return records;
  }
});

/**
 * A sequence dictionary member's values (WebIDL #es-sequence): an array, or an object's iterable
 * (webidl.js iterate); otherwise Chromium's message for the member.
 */
function sequenceOf(v, what) {
  if (Array.isArray(v)) {
    return v.slice();
  }
  if (v !== null && typeof v === 'object' && hasSymbol && typeof v[Symbol.iterator] === 'function') {
    return iterate(v, what);
  }
  throw new TypeError(what + "Failed to read the 'entryTypes' property from 'PerformanceObserverInit': "
      + 'The provided value cannot be converted to a sequence.');
}

function PerformanceObserverEntryList() {
  illegalConstructor(this, PerformanceObserverEntryList);
}
setTag(PerformanceObserverEntryList.prototype, 'PerformanceObserverEntryList');

function newEntryList(entries) {
  var list = Object.create(PerformanceObserverEntryList.prototype);
  setSlot(list, {kinds: ['PerformanceObserverEntryList'], entries: entries});
  return list;
}

defineMethods(PerformanceObserverEntryList.prototype, {
  getEntries: function () {
    return filterEntries(slotOf(this, 'PerformanceObserverEntryList').entries, undefined, undefined);
  },
  getEntriesByType: function (type) {
    var s = slotOf(this, 'PerformanceObserverEntryList');
    requireArgs(arguments, 1, "execute 'getEntriesByType' on 'PerformanceObserverEntryList'");
    return filterEntries(s.entries, undefined, toDOMString(type));
  },
  getEntriesByName: function (name, type) {
    var s = slotOf(this, 'PerformanceObserverEntryList');
    requireArgs(arguments, 1, "execute 'getEntriesByName' on 'PerformanceObserverEntryList'");
    return filterEntries(s.entries, toDOMString(name), type === undefined ? undefined : toDOMString(type));
  }
});

exposed.PerformanceEntry = PerformanceEntry;
exposed.PerformanceObserver = PerformanceObserver;
exposed.PerformanceObserverEntryList = PerformanceObserverEntryList;
