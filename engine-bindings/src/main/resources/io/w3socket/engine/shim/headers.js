// headers.js: Headers (https://fetch.spec.whatwg.org/#headers-class). Guards "none" and
// "immutable" only: as in server runtimes there is no CORS, so the "request" and "response"
// guards forbid nothing here (XMLHttpRequest applies the forbidden request-header names itself).

var HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** #concept-header-value-normalize: strip leading and trailing HTTP whitespace. */
function normalizeHeaderValue(v) {
  return v.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

/** WebIDL ByteString (#es-ByteString): a code unit above 0xFF is a TypeError. */
function toByteString(v, what) {
  var s = toDOMString(v);
  if (/[^\x00-\xFF]/.test(s)) {
    throw new TypeError('Failed to ' + what + ': String contains non ISO-8859-1 code point.');
  }
  return s;
}

/** #header-value: no NUL, CR or LF (leading and trailing whitespace are already gone). */
function isHeaderValue(v) {
  return !/[\0\r\n]/.test(v);
}

function headersError(what, message) {
  return new TypeError('Failed to ' + what + ": " + message);
}

function checkHeaderName(name, what) {
  if (!HTTP_TOKEN.test(name)) {
    throw headersError(what, "Invalid name");
  }
}

function newHeaders(guard) {
  var h = Object.create(Headers.prototype);
  setSlot(h, {kinds: ['Headers'], list: [], guard: guard});
  return h;
}

function Headers() {
  requireNew(this, Headers, 'Headers');
  setSlot(this, {kinds: ['Headers'], list: [], guard: 'none'});
  if (arguments[0] !== undefined) {
    fillHeaders(this, arguments[0], "construct 'Headers'");
  }
}

/** #concept-headers-fill: a sequence of pairs (anything iterable, or Headers) or a record. */
function fillHeaders(headers, init, what) {
  if (!isObject(init)) {
    throw headersError(what, "The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
  }
  var pairs;
  if (init[SLOT] && init[SLOT].kinds.indexOf('Headers') >= 0) {
    pairs = sortAndCombine(init[SLOT].list);
  } else if (Array.isArray(init)
      || (hasSymbol && Symbol.iterator && typeof init[Symbol.iterator] === 'function')) {
    pairs = toSequence(init, what).map(function (p) {
      if (!isObject(p)) {
        throw headersError(what, 'The provided value cannot be converted to a sequence.');
      }
      var pair = toSequence(p, what);
      if (pair.length !== 2) {
        throw headersError(what, 'Invalid value');
      }
      return [toByteString(pair[0], what), toByteString(pair[1], what)];
    });
  } else {
    pairs = Object.keys(init).map(function (k) {
      return [toByteString(k, what), toByteString(init[k], what)];
    });
  }
  for (var i = 0; i < pairs.length; i++) {
    appendHeader(headers[SLOT], pairs[i][0], pairs[i][1], what);
  }
}

/**
 * #headers-validate, after normalizing the value: a bad name or value is a TypeError, as is any
 * change to immutable headers. Returns the normalized value.
 */
function validateHeader(s, name, value, what) {
  value = normalizeHeaderValue(value);
  checkHeaderName(name, what);
  if (!isHeaderValue(value)) {
    throw headersError(what, 'Invalid value');
  }
  if (s.guard === 'immutable') {
    throw headersError(what, 'Headers are immutable');
  }
  return value;
}

/** #concept-headers-append. */
function appendHeader(s, name, value, what) {
  value = validateHeader(s, name, value, what);
  // #concept-header-list-append: a name already there keeps its first spelling.
  var lower = name.toLowerCase();
  for (var i = 0; i < s.list.length; i++) {
    if (s.list[i][0].toLowerCase() === lower) {
      name = s.list[i][0];
      break;
    }
  }
  s.list.push([name, value]);
}

/** #concept-header-list-get: the values joined with ", ", or null. */
function headerListGet(list, name) {
  var lower = name.toLowerCase();
  var values = [];
  for (var i = 0; i < list.length; i++) {
    if (list[i][0].toLowerCase() === lower) {
      values.push(list[i][1]);
    }
  }
  return values.length === 0 ? null : values.join(', ');
}

function headerListContains(list, name) {
  return headerListGet(list, name) !== null;
}

/** #concept-header-list-sort-and-combine: lowercase names, sorted; set-cookie stays apart. */
function sortAndCombine(list) {
  var names = [];
  list.forEach(function (h) {
    var n = h[0].toLowerCase();
    if (names.indexOf(n) < 0) {
      names.push(n);
    }
  });
  names.sort();
  var out = [];
  names.forEach(function (n) {
    if (n === 'set-cookie') {
      list.forEach(function (h) {
        if (h[0].toLowerCase() === n) {
          out.push([n, h[1]]);
        }
      });
    } else {
      out.push([n, headerListGet(list, n)]);
    }
  });
  return out;
}

function headersSlot(self) {
  return slotOf(self, 'Headers');
}

defineMethods(Headers.prototype, {
  append: function (name, value) {
    requireArgs(arguments, 2, "execute 'append' on 'Headers'");
    var what = "execute 'append' on 'Headers'";
    appendHeader(headersSlot(this), toByteString(name, what), toByteString(value, what), what);
  },
  'delete': function (name) {
    requireArgs(arguments, 1, "execute 'delete' on 'Headers'");
    var what = "execute 'delete' on 'Headers'";
    var s = headersSlot(this);
    name = toByteString(name, what);
    checkHeaderName(name, what);
    if (s.guard === 'immutable') {
      throw headersError(what, 'Headers are immutable');
    }
    var lower = name.toLowerCase();
    s.list = s.list.filter(function (h) {
      return h[0].toLowerCase() !== lower;
    });
  },
  get: function (name) {
    requireArgs(arguments, 1, "execute 'get' on 'Headers'");
    var what = "execute 'get' on 'Headers'";
    var s = headersSlot(this);
    name = toByteString(name, what);
    checkHeaderName(name, what);
    return headerListGet(s.list, name);
  },
  getSetCookie: function () {
    return headersSlot(this).list.filter(function (h) {
      return h[0].toLowerCase() === 'set-cookie';
    }).map(function (h) {
      return h[1];
    });
  },
  has: function (name) {
    requireArgs(arguments, 1, "execute 'has' on 'Headers'");
    var what = "execute 'has' on 'Headers'";
    var s = headersSlot(this);
    name = toByteString(name, what);
    checkHeaderName(name, what);
    return headerListContains(s.list, name);
  },
  set: function (name, value) {
    requireArgs(arguments, 2, "execute 'set' on 'Headers'");
    var what = "execute 'set' on 'Headers'";
    var s = headersSlot(this);
    name = toByteString(name, what);
    value = validateHeader(s, name, toByteString(value, what), what);
    // #concept-header-list-set: the first one takes the value, the others go.
    var lower = name.toLowerCase();
    var found = false;
    s.list = s.list.filter(function (h) {
      if (h[0].toLowerCase() !== lower) {
        return true;
      }
      if (!found) {
        found = true;
        h[1] = value;
        return true;
      }
      return false;
    });
    if (!found) {
      s.list.push([name, value]);
    }
  },
  forEach: function (callback) {
    requireArgs(arguments, 1, "execute 'forEach' on 'Headers'");
    var s = headersSlot(this);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': The callback provided as parameter 1 is not a function.");
    }
    var thisArg = arguments[1];
    // WebIDL #es-forEach: the pairs are computed again after each call.
    for (var i = 0; ; i++) {
      var pairs = sortAndCombine(s.list);
      if (i >= pairs.length) {
        return;
      }
      callback.call(thisArg, pairs[i][1], pairs[i][0], this);
    }
  },
  entries: function () {
    return headersIterator(headersSlot(this), 'key+value');
  },
  keys: function () {
    return headersIterator(headersSlot(this), 'key');
  },
  values: function () {
    return headersIterator(headersSlot(this), 'value');
  }
});
setTag(Headers.prototype, 'Headers');

/** WebIDL #es-default-iterator-object: the pairs are sorted and combined at each next(). */
function HeadersIterator() {
  throw new TypeError('Illegal constructor');
}
defineMethods(HeadersIterator.prototype, {
  next: function () {
    var it = slotOf(this, 'HeadersIterator');
    var pairs = sortAndCombine(it.target.list);
    if (it.index >= pairs.length) {
      return {value: undefined, done: true};
    }
    var p = pairs[it.index++];
    return {value: it.kind === 'key' ? p[0] : it.kind === 'value' ? p[1] : [p[0], p[1]], done: false};
  }
});
setTag(HeadersIterator.prototype, 'Headers Iterator');

function headersIterator(target, kind) {
  var it = Object.create(HeadersIterator.prototype);
  setSlot(it, {kinds: ['HeadersIterator'], target: target, kind: kind, index: 0});
  return it;
}

if (hasSymbol && Symbol.iterator) {
  define(Headers.prototype, Symbol.iterator, Headers.prototype.entries);
  define(HeadersIterator.prototype, Symbol.iterator, function () {
    return this;
  });
}

exposed.Headers = Headers;
