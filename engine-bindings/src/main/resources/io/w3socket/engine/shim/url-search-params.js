// url-search-params.js: URLSearchParams (https://url.spec.whatwg.org/#interface-urlsearchparams)
// and the application/x-www-form-urlencoded parser and serializer (#urlencoded-parsing) it uses.

/** #concept-urlencoded-parser: a list of [name, value]. */
function parseForm(input) {
  var list = [];
  var sequences = input.split('&');
  for (var i = 0; i < sequences.length; i++) {
    var bytes = sequences[i];
    if (bytes === '') {
      continue;
    }
    var eq = bytes.indexOf('=');
    var name = eq < 0 ? bytes : bytes.substring(0, eq);
    var value = eq < 0 ? '' : bytes.substring(eq + 1);
    list.push([percentDecodeForm(name), percentDecodeForm(value)]);
  }
  return list;
}

/** application/x-www-form-urlencoded's percent-decoding: '+' is a space, then percentDecode. */
function percentDecodeForm(s) {
  return percentDecode(s.replace(/\+/g, ' '));
}

/** #concept-urlencoded-serializer with the application/x-www-form-urlencoded percent-encode set. */
function serializeForm(list) {
  return list.map(function (pair) {
    return encodeForm(pair[0]) + '=' + encodeForm(pair[1]);
  }).join('&');
}

function encodeForm(s) {
  var bytes = utf8Encode(s);
  var out = [];
  for (var i = 0; i < bytes.length; i++) {
    var b = bytes[i];
    if (b === 0x20) {
      out.push('+');
    } else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        || b === 0x2A || b === 0x2D || b === 0x2E || b === 0x5F) {
      out.push(String.fromCharCode(b));
    } else {
      out.push('%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase());
    }
  }
  return out.join('');
}

function URLSearchParams() {
  requireNew(this, URLSearchParams, 'URLSearchParams');
  var init = arguments[0];
  var list = [];
  if (init === undefined || init === null) {
    list = init === null ? parseForm('null') : [];
  } else if (isObject(init) && init[SLOT] && init[SLOT].kinds.indexOf('URLSearchParams') >= 0) {
    list = init[SLOT].list.map(function (p) {
      return [p[0], p[1]];
    });
  } else if (isObject(init) && (Array.isArray(init)
      || (hasSymbol && Symbol.iterator && typeof init[Symbol.iterator] === 'function'))) {
    // sequence<sequence<USVString>>: each pair exactly two strings.
    toSequence(init, "construct 'URLSearchParams'").forEach(function (pair) {
      var items = isObject(pair) ? toSequence(pair, "construct 'URLSearchParams'") : null;
      if (items === null || items.length !== 2) {
        throw new TypeError("Failed to construct 'URLSearchParams': Sequence initializer must only contain pair elements");
      }
      list.push([toUSVString(items[0]), toUSVString(items[1])]);
    });
  } else if (isObject(init)) {
    // record<USVString, USVString>
    Object.keys(init).forEach(function (k) {
      list.push([toUSVString(k), toUSVString(init[k])]);
    });
  } else {
    var str = toUSVString(init);
    list = parseForm(str.charAt(0) === '?' ? str.substring(1) : str);
  }
  setSlot(this, {kinds: ['URLSearchParams'], list: list, url: null});
}

function newSearchParams(list, url) {
  var p = Object.create(URLSearchParams.prototype);
  setSlot(p, {kinds: ['URLSearchParams'], list: list, url: url});
  return p;
}

/** #concept-urlsearchparams-update: the URL's query follows the list. */
function updateSearchParams(s) {
  if (s.url === null) {
    return;
  }
  var serialized = serializeForm(s.list);
  // The serialization has nothing the query percent-encode set would encode, and no leading '?'.
  var url = s.url[SLOT];
  url.parts = urlParts(host.urlSet(url.parts.href, 'search', serialized));
}

defineAccessor(URLSearchParams.prototype, 'size', function () {
  return slotOf(this, 'URLSearchParams').list.length;
});
defineMethods(URLSearchParams.prototype, {
  append: function (name, value) {
    requireArgs(arguments, 2, "execute 'append' on 'URLSearchParams'");
    var s = slotOf(this, 'URLSearchParams');
    s.list.push([toUSVString(name), toUSVString(value)]);
    updateSearchParams(s);
  },
  'delete': function (name) {
    requireArgs(arguments, 1, "execute 'delete' on 'URLSearchParams'");
    var s = slotOf(this, 'URLSearchParams');
    name = toUSVString(name);
    var value = arguments[1] === undefined ? undefined : toUSVString(arguments[1]);
    s.list = s.list.filter(function (p) {
      return !(p[0] === name && (value === undefined || p[1] === value));
    });
    updateSearchParams(s);
  },
  get: function (name) {
    requireArgs(arguments, 1, "execute 'get' on 'URLSearchParams'");
    name = toUSVString(name);
    var list = slotOf(this, 'URLSearchParams').list;
    for (var i = 0; i < list.length; i++) {
      if (list[i][0] === name) {
        return list[i][1];
      }
    }
    return null;
  },
  getAll: function (name) {
    requireArgs(arguments, 1, "execute 'getAll' on 'URLSearchParams'");
    name = toUSVString(name);
    return slotOf(this, 'URLSearchParams').list.filter(function (p) {
      return p[0] === name;
    }).map(function (p) {
      return p[1];
    });
  },
  has: function (name) {
    requireArgs(arguments, 1, "execute 'has' on 'URLSearchParams'");
    name = toUSVString(name);
    var value = arguments[1] === undefined ? undefined : toUSVString(arguments[1]);
    return slotOf(this, 'URLSearchParams').list.some(function (p) {
      return p[0] === name && (value === undefined || p[1] === value);
    });
  },
  set: function (name, value) {
    requireArgs(arguments, 2, "execute 'set' on 'URLSearchParams'");
    var s = slotOf(this, 'URLSearchParams');
    name = toUSVString(name);
    value = toUSVString(value);
    var found = false;
    s.list = s.list.filter(function (p) {
      if (p[0] !== name) {
        return true;
      }
      if (found) {
        return false;
      }
      found = true;
      p[1] = value;
      return true;
    });
    if (!found) {
      s.list.push([name, value]);
    }
    updateSearchParams(s);
  },
  /** #dom-urlsearchparams-sort: stable, by code units of the name. */
  sort: function () {
    var s = slotOf(this, 'URLSearchParams');
    var indexed = s.list.map(function (p, i) {
      return [p, i];
    });
    indexed.sort(function (a, b) {
      return a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1];
    });
    s.list = indexed.map(function (x) {
      return x[0];
    });
    updateSearchParams(s);
  },
  forEach: function (callback) {
    requireArgs(arguments, 1, "execute 'forEach' on 'URLSearchParams'");
    var s = slotOf(this, 'URLSearchParams');
    for (var i = 0; i < s.list.length; i++) {
      callback.call(arguments[1], s.list[i][1], s.list[i][0], this);
    }
  },
  toString: function () {
    return serializeForm(slotOf(this, 'URLSearchParams').list);
  }
});

/** WebIDL #es-iterators for the pair iterator: live over the list, as the standard's cursor. */
function searchParamsIterator(params, kind) {
  var s = slotOf(params, 'URLSearchParams');
  var index = 0;
  var it = {
    next: function () {
      if (index >= s.list.length) {
        return {value: undefined, done: true};
      }
      var p = s.list[index++];
      return {value: kind === 'keys' ? p[0] : kind === 'values' ? p[1] : [p[0], p[1]], done: false};
    }
  };
  if (hasSymbol && Symbol.iterator) {
    it[Symbol.iterator] = function () {
      return this;
    };
  }
  return it;
}
['keys', 'values', 'entries'].forEach(function (kind) {
  define(URLSearchParams.prototype, kind, function () {
    return searchParamsIterator(this, kind);
  });
});
if (hasSymbol && Symbol.iterator) {
  define(URLSearchParams.prototype, Symbol.iterator, URLSearchParams.prototype.entries);
}
setTag(URLSearchParams.prototype, 'URLSearchParams');

exposed.URLSearchParams = URLSearchParams;
