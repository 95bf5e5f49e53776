// url.js: URL and URLSearchParams (https://url.spec.whatwg.org/#api). URLs are parsed by the
// api's one WHATWG URL parser (io.w3socket.WhatwgUrl) through the host; the setters rebuild the
// href and parse it again (no state overrides). application/x-www-form-urlencoded
// (#application/x-www-form-urlencoded) is parsed and serialized here.

var URL_PARTS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];

/** The parts of a parsed URL by name, or null with the parser's message in failure[0]. */
function parseUrl(input, base, failure) {
  var r = host.urlParse(input, base === undefined ? null : base);
  if (r.length === 1) {
    if (failure) {
      failure[0] = r[0];
    }
    return null;
  }
  var parts = {};
  for (var i = 0; i < URL_PARTS.length; i++) {
    parts[URL_PARTS[i]] = r[i];
  }
  return parts;
}

function URL(url) {
  requireNew(this, URL, 'URL');
  requireArgs(arguments, 1, "construct 'URL'");
  var base = arguments[1];
  var failure = [];
  // #dom-url-url: 1.-2. parse (with the base, if given); failure → TypeError.
  var parts = parseUrl(toUSVString(url), base === undefined ? undefined : toUSVString(base), failure);
  if (parts === null) {
    throw new TypeError("Failed to construct 'URL': " + failure[0]);
  }
  var s = setSlot(this, {kinds: ['URL'], parts: parts, query: null});
  s.query = newSearchParams(parseForm(parts.search.substring(1)), this);
}

function urlSetHref(url, href) {
  var s = url[SLOT];
  var failure = [];
  var parts = parseUrl(href, undefined, failure);
  if (parts === null) {
    throw new TypeError("Failed to set the 'href' property on 'URL': " + failure[0]);
  }
  s.parts = parts;
  s.query[SLOT].list = parseForm(parts.search.substring(1));
}

/** A setter: rebuild the href with one part replaced, parse it, keep the result if it parses. */
function urlSetPart(url, build) {
  var s = url[SLOT];
  var parts = parseUrl(build(s.parts));
  if (parts !== null) {
    s.parts = parts;
    s.query[SLOT].list = parseForm(parts.search.substring(1));
  }
}

function authority(p, overrides) {
  var q = {};
  for (var k in p) {
    if (Object.prototype.hasOwnProperty.call(p, k)) {
      q[k] = p[k];
    }
  }
  for (var o in overrides) {
    if (Object.prototype.hasOwnProperty.call(overrides, o)) {
      q[o] = overrides[o];
    }
  }
  var userinfo = q.username || q.password ? q.username + (q.password ? ':' + q.password : '') + '@' : '';
  var hostPart = q.hostname === '' && q.host === '' ? '' : '//' + userinfo + q.hostname + (q.port ? ':' + q.port : '');
  return q.protocol + hostPart + q.pathname + q.search + q.hash;
}

URL_PARTS.forEach(function (name) {
  var setter;
  if (name === 'href') {
    setter = function (v) {
      urlSetHref(slotOf(this, 'URL') && this, toUSVString(v));
    };
  } else if (name !== 'origin') {
    setter = function (v) {
      slotOf(this, 'URL');
      v = toUSVString(v);
      urlSetPart(this, function (p) {
        var o = {};
        if (name === 'protocol') {
          o.protocol = v.replace(/:.*$/, '') + ':';
        } else if (name === 'host') {
          var m = /^([^:]*)(?::(\d*))?/.exec(v);
          o.hostname = m[1];
          o.port = m[2] === undefined ? p.port : m[2];
        } else if (name === 'search') {
          o.search = v === '' ? '' : (v.charAt(0) === '?' ? v : '?' + v);
        } else if (name === 'hash') {
          o.hash = v === '' ? '' : (v.charAt(0) === '#' ? v : '#' + v);
        } else if (name === 'pathname') {
          o.pathname = v.charAt(0) === '/' || p.hostname === '' ? v : '/' + v;
        } else {
          o[name] = v;
        }
        return authority(p, o);
      });
    };
  }
  defineAccessor(URL.prototype, name, function () {
    return slotOf(this, 'URL').parts[name];
  }, setter);
});
defineAccessor(URL.prototype, 'searchParams', function () {
  return slotOf(this, 'URL').query;
});
defineMethods(URL.prototype, {
  toString: function () {
    return slotOf(this, 'URL').parts.href;
  },
  toJSON: function () {
    return slotOf(this, 'URL').parts.href;
  }
});
defineMethods(URL, {
  /** #dom-url-canparse. */
  canParse: function (url) {
    requireArgs(arguments, 1, "execute 'canParse' on 'URL'");
    var base = arguments[1];
    return parseUrl(toUSVString(url), base === undefined ? undefined : toUSVString(base)) !== null;
  },
  /** #dom-url-parse: the URL, or null. */
  parse: function (url) {
    requireArgs(arguments, 1, "execute 'parse' on 'URL'");
    var base = arguments[1];
    return URL.canParse(url, base) ? new URL(url, base) : null;
  },
  /** File API #dfn-createObjectURL: blob:ORIGIN/UUID, valid until revoked. */
  createObjectURL: function (obj) {
    requireArgs(arguments, 1, "execute 'createObjectURL' on 'URL'");
    if (!(isObject(obj) && obj[SLOT] && obj[SLOT].kinds.indexOf('Blob') >= 0)) {
      throw new TypeError("Failed to execute 'createObjectURL' on 'URL': parameter 1 is not of type 'Blob'.");
    }
    var url = 'blob:' + location.origin + '/' + crypto.randomUUID();
    blobUrls[url] = obj;
    return url;
  },
  revokeObjectURL: function (url) {
    requireArgs(arguments, 1, "execute 'revokeObjectURL' on 'URL'");
    delete blobUrls[toUSVString(url)];
  }
});
setTag(URL.prototype, 'URL');

/** The blob URL store (File API #BlobURLStore). */
var blobUrls = {};

// ---- application/x-www-form-urlencoded

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

/** '+' is a space; %XX are bytes; the result is UTF-8 decoded without BOM, with replacement. */
function percentDecodeForm(s) {
  var bytes = utf8Encode(s.replace(/\+/g, ' '));
  var out = [];
  for (var i = 0; i < bytes.length; i++) {
    var b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else {
      out.push(b);
    }
  }
  return utf8Decode(out);
}

function isHex(b) {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
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
    (Array.isArray(init) ? init : iterate(init, "construct 'URLSearchParams'")).forEach(function (pair) {
      var items = isObject(pair) ? (Array.isArray(pair) ? pair : iterate(pair, "construct 'URLSearchParams'")) : null;
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
  var parts = s.url[SLOT].parts;
  var reparsed = parseUrl(authority(parts, {search: serialized === '' ? '' : '?' + serialized}));
  if (reparsed !== null) {
    s.url[SLOT].parts = reparsed;
  }
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

exposed.URL = URL;
exposed.URLSearchParams = URLSearchParams;
