// webidl.js: WebIDL glue shared by every interface: the realm's global object, internal slots (a Symbol-keyed
// property, so 'Illegal invocation' is detected as in browsers), property definers, and the
// WebIDL conversions (https://webidl.spec.whatwg.org/#es-type-mapping).

var global = Function('return this')();
var hasSymbol = typeof Symbol === 'function';
var SLOT = hasSymbol ? Symbol('w3socket') : '__w3socket_slot__';
var hasPromise = typeof Promise === 'function';

/** Interfaces and functions each file exposes on the global object; window.js defines them. */
var exposed = {};

/** The global object's interface, as exceptions name it (worker-global.js changes it). */
var globalInterface = 'Window';

/** The lazy modules loaded so far (io.w3socket.engine.ShimSource): their exports, by name. */
var loadedModules = {};

/**
 * Loads lazy module {@code name} once: its files run here, inside the closure, and what they
 * expose becomes the global object's (replacing the accessors installLazyGlobals made, where a
 * script has not replaced them). Its top-level functions are its exports.
 */
function loadModule(name) {
  var exports = loadedModules[name];
  if (exports === undefined) {
    exports = loadedModules[name] = {};
    var before = {};
    for (var k in exposed) {
      before[k] = true;
    }
    evaluateModule(host.shimModule(name), exports);
    for (var n in exposed) {
      var d = Object.prototype.hasOwnProperty.call(exposed, n) && !before[n]
          ? Object.getOwnPropertyDescriptor(global, n) : undefined;
      // Still the lazy accessor: a global a script replaced or deleted stays as the script left it.
      if (d !== undefined && d.get !== undefined) {
        define(global, n, exposed[n]);
      }
    }
  }
  return exports;
}

/** The marker of a lazy member's stub (lazyMembers), which its module's definition replaces. */
var LAZY_STUB = hasSymbol ? Symbol('lazy member') : '__w3socket_lazy_member__';

/**
 * An interface's members whose definitions are a lazy module's: each gets a stub on the
 * prototype, in the order given (which the module's definitions keep, replacing them in place),
 * that loads the module and then does what the module's member does. members: names separated by
 * spaces; "name" an attribute, "name:r" a read-only one, "name()" an operation of no required
 * argument, "name(1)" of one.
 */
function lazyMembers(module, ctor, members) {
  var proto = ctor.prototype;
  function real(name) {
    loadModule(module);
    var d = Object.getOwnPropertyDescriptor(proto, name);
    if (d === undefined || (d.get || d.value)[LAZY_STUB]) {
      throw new Error('internal error: module ' + module + ' did not define ' + ctor.name + '.' + name);
    }
    return d;
  }
  // Read with indexOf, not a regular expression: the first regular expression a realm runs costs
  // a short page tens of milliseconds (the regex engine's own start), which a start without one
  // does not pay.
  members.split(' ').forEach(function (member) {
    var paren = member.indexOf('(');
    var readOnly = paren < 0 && member.substring(member.length - 2) === ':r';
    var name = paren >= 0 ? member.substring(0, paren) : readOnly ? member.substring(0, member.length - 2) : member;
    var stub;
    if (paren >= 0) {
      stub = member.charAt(paren + 1) === '1' ? function (a) {
        return real(name).value.apply(this, arguments);
      } : function () {
        return real(name).value.apply(this, arguments);
      };
      stub[LAZY_STUB] = true;
      Object.defineProperty(proto, name, {value: stub, writable: true, enumerable: true, configurable: true});
      return;
    }
    stub = function () {
      return real(name).get.call(this);
    };
    stub[LAZY_STUB] = true;
    defineAccessor(proto, name, stub, readOnly ? undefined : function (v) {
      real(name).set.call(this, v);
    });
  });
}

/** A direct eval, so that the module's code sees this closure; it fills __exports. */
function evaluateModule(__source, __exports) {
  eval(__source);
}

/**
 * Makes each global a lazy module exposes an accessor of the global object that loads the module
 * and is replaced by the global's own value (a script that assigns one first just replaces it).
 */
function installLazyGlobals() {
  var spec = host.shimModules();
  var module = null;
  for (var i = 0; i < spec.length; i++) {
    if (module === null) {
      module = spec[i];
    } else if (spec[i] === '') {
      module = null;
    } else {
      lazyGlobal(module, spec[i]);
    }
  }
}

function lazyGlobal(module, name) {
  Object.defineProperty(global, name, {
    configurable: true,
    enumerable: false,
    get: function () {
      loadModule(module);
      var d = Object.getOwnPropertyDescriptor(global, name);
      return d && 'value' in d ? d.value : undefined;
    },
    set: function (v) {
      define(global, name, v);
    }
  });
}

/** An entry point the host calls that lives in a lazy module. */
function lazyEntry(module, fn) {
  return function () {
    return loadModule(module)[fn].apply(null, arguments);
  };
}

function define(obj, name, value) {
  Object.defineProperty(obj, name, {value: value, writable: true, enumerable: false, configurable: true});
}

/** WebIDL #es-constants: each constant of the table on the interface object and on its prototype. */
function defineConstants(ctor, table) {
  for (var name in table) {
    if (Object.prototype.hasOwnProperty.call(table, name)) {
      defineConstant(ctor, name, table[name]);
      defineConstant(ctor.prototype, name, table[name]);
    }
  }
}

/** Read-only attributes (WebIDL #es-attributes) whose values are the same names in the slot of kind. */
function defineSlotAccessors(proto, kind, names) {
  names.forEach(function (name) {
    defineAccessor(proto, name, function () {
      return slotOf(this, kind)[name];
    });
  });
}

function defineConstant(obj, name, value) {
  Object.defineProperty(obj, name, {value: value, writable: false, enumerable: true, configurable: false});
}

function defineAccessor(proto, name, getter, setter) {
  var d = {get: getter, enumerable: true, configurable: true};
  if (setter) {
    d.set = setter;
  }
  Object.defineProperty(proto, name, d);
}

function defineMethods(proto, methods) {
  for (var name in methods) {
    if (Object.prototype.hasOwnProperty.call(methods, name)) {
      Object.defineProperty(proto, name,
          {value: methods[name], writable: true, enumerable: true, configurable: true});
    }
  }
}

/**
 * The descriptor setSlot defines the slot with, reused (it is read only during the call): not
 * writable or enumerable, but configurable, so that a Proxy over a platform object may leave the
 * slot out of the keys it reports (the ownKeys invariant binds only non-configurable properties),
 * as htmx's FormData proxy does.
 */
var SLOT_DESCRIPTOR = {value: undefined, configurable: true};

function setSlot(obj, slot) {
  SLOT_DESCRIPTOR.value = slot;
  Object.defineProperty(obj, SLOT, SLOT_DESCRIPTOR);
  SLOT_DESCRIPTOR.value = undefined;
  return slot;
}

/** The internal slots of a platform object, or a TypeError ("Illegal invocation") otherwise. */
function slotOf(obj, kind) {
  // A primitive has no slot either: reading SLOT of one finds nothing.
  var s = obj === null || obj === undefined ? undefined : obj[SLOT];
  if (!s) {
    throw new TypeError('Illegal invocation');
  }
  if (kind) {
    // Most often the object's own interface is asked for (the last kind): no search then.
    var kinds = s.kinds;
    if (kinds[kinds.length - 1] !== kind && kinds.indexOf(kind) < 0) {
      throw new TypeError('Illegal invocation');
    }
  }
  return s;
}

function inherit(child, parent) {
  child.prototype = Object.create(parent.prototype);
  define(child.prototype, 'constructor', child);
  if (Object.setPrototypeOf) {
    Object.setPrototypeOf(child, parent);
  }
}

function setTag(proto, tag) {
  if (hasSymbol && Symbol.toStringTag) {
    Object.defineProperty(proto, Symbol.toStringTag, {value: tag, configurable: true});
  }
}

function requireNew(self, ctor, name) {
  if (!(self instanceof ctor) || self[SLOT]) {
    throw new TypeError("Failed to construct '" + name + "': Please use the 'new' operator, "
        + 'this DOM object constructor cannot be called as a function.');
  }
}

/**
 * WebIDL #dfn-interface-object without a constructor operation: a TypeError, with the message
 * Chromium 156 gives when called with new, and its shorter one without.
 */
function illegalConstructor(self, ctor) {
  throw new TypeError(self instanceof ctor ? "Failed to construct '" + ctor.name + "': Illegal constructor"
      : 'Illegal constructor');
}

/** WebIDL #js-overloads: fewer arguments than the operation requires is a TypeError. */
function requireArgs(args, count, what) {
  requireCount(args.length, count, what);
}

/** requireArgs for hot paths, given arguments.length (so the arguments object is never made). */
function requireCount(present, count, what) {
  if (present < count) {
    throw new TypeError('Failed to ' + what + ': ' + count + ' argument' + (count > 1 ? 's' : '')
        + ' required, but only ' + present + ' present.');
  }
}

/** WebIDL #es-nullable of DOMString: undefined and null are null, anything else a DOMString. */
function nullableString(v) {
  return v === null || v === undefined ? null : toDOMString(v);
}

/** WebIDL #es-DOMString: ToString (throws a TypeError for a Symbol). */
function toDOMString(v) {
  if (hasSymbol && typeof v === 'symbol') {
    throw new TypeError('Cannot convert a Symbol value to a string');
  }
  return String(v);
}

/**
 * A surrogate code unit; a string without one is already a scalar value string. Made when first
 * needed: each regular expression a shim file makes at its top level costs every page's start.
 */
var surrogatePattern = null;

/** The engine's own check and conversion where it has them (ES2024), taken before any page runs. */
var isWellFormed = String.prototype.isWellFormed;
var toWellFormed = String.prototype.toWellFormed;
var hasWellFormed = typeof isWellFormed === 'function' && typeof toWellFormed === 'function';

/** WebIDL #es-USVString: each lone surrogate becomes U+FFFD. */
function toUSVString(v) {
  var s = typeof v === 'string' ? v : toDOMString(v);
  // Every send converts: returns in terminal position only (GraalJS's interpreter throws for others).
  if (hasWellFormed) {
    return isWellFormed.call(s) ? s : toWellFormed.call(s);
  } else if (!(surrogatePattern || (surrogatePattern = /[\uD800-\uDFFF]/)).test(s)) {
    return s;
  } else {
    return replaceLoneSurrogates(s);
  }
}

function replaceLoneSurrogates(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        out.push(s.charAt(i), s.charAt(i + 1));
        i++;
        continue;
      }
    }
    out.push(c >= 0xD800 && c <= 0xDFFF ? '\uFFFD' : s.charAt(i));
  }
  return out.join('');
}

/** Infra #ascii-lowercase: A-Z to a-z, every other code point kept. */
function asciiLowercase(s) {
  return s.replace(/[A-Z]+/g, function (c) {
    return c.toLowerCase();
  });
}

/** WebIDL #es-unsigned-long (no [EnforceRange]): ToUint32, so NaN and infinities are 0. */
function toUint32(v) {
  return Number(v) >>> 0;
}

/** WebIDL #es-long: ToInt32 (NaN and the infinities are 0). */
function toLong(v) {
  return Number(v) | 0;
}

/** WebIDL #es-short: the integer modulo 2^16, as a signed 16-bit value. */
function toShort(v) {
  return (Number(v) << 16) >> 16;
}

/** WebIDL #es-unsigned-short: the integer modulo 2^16 (NaN and the infinities are 0). */
function toUnsignedShort(v) {
  return Number(v) & 0xFFFF;
}

/** WebIDL #es-unsigned-short with #Clamp: NaN → 0, clamp to 0..65535, round half to even. */
function toClampedUnsignedShort(v) {
  var x = Number(v);
  if (x !== x) {
    return 0;
  }
  x = Math.min(Math.max(x, 0), 65535);
  var f = Math.floor(x);
  var diff = x - f;
  if (diff > 0.5 || (diff === 0.5 && f % 2 !== 0)) {
    f += 1;
  }
  return f;
}

/** WebIDL #es-boolean. */
/** WebIDL enumeration: a value not in the list is a TypeError. */
function toEnum(v, values, type, what) {
  var s = toDOMString(v);
  if (values.indexOf(s) < 0) {
    throw new TypeError('Failed to ' + what + ": The provided value '" + s
        + "' is not a valid enum value of type " + type + '.');
  }
  return s;
}

/** WebIDL #es-double (a float too, rounded): a non-finite value is a TypeError. */
function toFiniteDouble(v, what, float) {
  var x = Number(v);
  if (x !== x || x === Infinity || x === -Infinity) {
    throw new TypeError('Failed to ' + what + ': The provided ' + (float ? 'float' : 'double')
        + ' value is non-finite.');
  }
  return float ? fround(x) : x;
}

/** ES2015 Math.fround, which Nashorn lacks. */
var fround = Math.fround || function (x) {
  return new Float32Array([x])[0];
};

function toBoolean(v) {
  return !!v;
}

/**
 * WebIDL #js-sequence: an iterable's values, through its @@iterator (#create-sequence-from-iterable);
 * what names the call for the TypeError a value without one gets.
 */
function iterate(obj, what) {
  if (hasSymbol && Symbol.iterator && typeof obj[Symbol.iterator] === 'function') {
    var out = [];
    var it = obj[Symbol.iterator]();
    for (var r = it.next(); !r.done; r = it.next()) {
      out.push(r.value);
    }
    return out;
  }
  throw new TypeError('Failed to ' + what + ': The object must have a callable @@iterator property.');
}

/**
 * A sequence<T> argument (WebIDL #js-sequence): an array as it is (so Nashorn, whose arrays have no
 * @@iterator, takes arrays), any other value through iterate.
 */
function toSequence(v, what) {
  return Array.isArray(v) ? v : iterate(v, what);
}

function isObject(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

function isArrayBuffer(v) {
  return typeof ArrayBuffer === 'function' && v instanceof ArrayBuffer;
}
