// url.js: URL (https://url.spec.whatwg.org/#url-class). URLs are parsed by the api's one WHATWG
// URL parser (io.w3socket.WhatwgUrl) through the host; the setters rebuild the href and parse it
// again (no state overrides). Its searchParams are in url-search-params.js.

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

exposed.URL = URL;
