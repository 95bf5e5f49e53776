// storage.js: Storage, localStorage and sessionStorage (https://html.spec.whatwg.org/#storage): in
// memory, for the run (as a fresh browser profile: nothing of the host is read or written), with
// Chromium's quota. On GraalJS a Proxy gives the named properties (#named-properties: storage.key
// reads, sets and deletes an item); Nashorn has no Proxy, so there only the methods work.

/** Chromium's quota: 10 MiB of UTF-16, keys and values together, per storage area. */
var STORAGE_QUOTA = 5 * 1024 * 1024;

function Storage() {
  throw new TypeError("Failed to construct 'Storage': Illegal constructor");
}

/**
 * A storage area (#storage-area): keys in the order they were first set, and their values, in an
 * object without a prototype (so that a key such as "__proto__" is an item like any other).
 */
function newStorageArea() {
  return {kinds: ['Storage'], keys: [], values: Object.create(null), used: 0};
}

function storageHas(s, key) {
  return Object.prototype.hasOwnProperty.call(s.values, key);
}

/** #dom-storage-setitem: the QuotaExceededError leaves the area as it was. */
function storageSet(s, key, value) {
  var old = storageHas(s, key) ? s.values[key] : null;
  if (old === value) {
    return;
  }
  var used = s.used - (old === null ? 0 : key.length + old.length) + key.length + value.length;
  if (used > STORAGE_QUOTA) {
    throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value of '" + key
        + "' exceeded the quota.", 'QuotaExceededError');
  }
  if (old === null) {
    s.keys.push(key);
  }
  s.values[key] = value;
  s.used = used;
}

function storageRemove(s, key) {
  if (storageHas(s, key)) {
    s.used -= key.length + s.values[key].length;
    delete s.values[key];
    s.keys.splice(s.keys.indexOf(key), 1);
  }
}

defineAccessor(Storage.prototype, 'length', function () {
  return slotOf(this, 'Storage').keys.length;
});
defineMethods(Storage.prototype, {
  key: function (index) {
    var s = slotOf(this, 'Storage');
    requireArgs(arguments, 1, "execute 'key' on 'Storage'");
    var i = toUint32(index);
    return i < s.keys.length ? s.keys[i] : null;
  },
  getItem: function (key) {
    var s = slotOf(this, 'Storage');
    requireArgs(arguments, 1, "execute 'getItem' on 'Storage'");
    key = toDOMString(key);
    return storageHas(s, key) ? s.values[key] : null;
  },
  setItem: function (key, value) {
    var s = slotOf(this, 'Storage');
    requireArgs(arguments, 2, "execute 'setItem' on 'Storage'");
    storageSet(s, toDOMString(key), toDOMString(value));
  },
  removeItem: function (key) {
    var s = slotOf(this, 'Storage');
    requireArgs(arguments, 1, "execute 'removeItem' on 'Storage'");
    storageRemove(s, toDOMString(key));
  },
  clear: function () {
    var s = slotOf(this, 'Storage');
    s.keys = [];
    s.values = Object.create(null);
    s.used = 0;
  }
});
setTag(Storage.prototype, 'Storage');

/**
 * A Storage object of a new area. With a Proxy: WebIDL #legacy-platform-object-abstract-ops for an
 * interface with a named getter, setter and deleter and no [LegacyOverrideBuiltIns] — a key is
 * visible unless the prototype chain has that property; a string property is always set as an item.
 */
function newStorage() {
  var target = Object.create(Storage.prototype);
  var s = setSlot(target, newStorageArea());
  if (typeof Proxy !== 'function') {
    return target;
  }
  function visible(p) {
    return typeof p === 'string' && storageHas(s, p) && !(p in Storage.prototype);
  }
  function item(p) {
    return {value: s.values[p], writable: true, enumerable: true, configurable: true};
  }
  return new Proxy(target, {
    get: function (t, p, receiver) {
      return visible(p) ? s.values[p] : Reflect.get(t, p, receiver);
    },
    set: function (t, p, v, receiver) {
      if (typeof p === 'string') {
        storageSet(s, p, toDOMString(v));
        return true;
      }
      return Reflect.set(t, p, v, receiver);
    },
    has: function (t, p) {
      return visible(p) || Reflect.has(t, p);
    },
    deleteProperty: function (t, p) {
      if (visible(p)) {
        storageRemove(s, p);
        return true;
      }
      return Reflect.deleteProperty(t, p);
    },
    ownKeys: function (t) {
      return s.keys.filter(function (k) {
        return !(k in Storage.prototype);
      }).concat(Reflect.ownKeys(t));
    },
    getOwnPropertyDescriptor: function (t, p) {
      return visible(p) ? item(p) : Reflect.getOwnPropertyDescriptor(t, p);
    },
    defineProperty: function (t, p, d) {
      if (typeof p === 'string') {
        if (!('value' in d) || 'get' in d || 'set' in d) {
          return false;
        }
        storageSet(s, p, toDOMString(d.value));
        return true;
      }
      return Reflect.defineProperty(t, p, d);
    }
  });
}

exposed.Storage = Storage;
exposed.localStorage = newStorage();
exposed.sessionStorage = newStorage();
