// url.js: URL (https://url.spec.whatwg.org/#url-class). URLs are parsed by the api's one WHATWG
// URL parser (io.w3socket.WhatwgUrl) through the host, and so are its setters. Its searchParams are
// in url-search-params.js.

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
  return urlParts(r);
}

/**
 * URL #string-percent-decode, then UTF-8 decode without BOM, with replacement: %XX are bytes, the
 * rest the UTF-8 bytes of its characters.
 */
function percentDecode(s) {
  var bytes = utf8Encode(s);
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

/** URL #url-opaque-path, for a parsed URL's parts: a path that is no list (mailto:x, about:blank). */
function urlHasOpaquePath(parts) {
  return parts.pathname.charAt(0) !== '/' && parts.href.substr(parts.protocol.length, 2) !== '//';
}

/** The parts of a parsed URL, as parseUrl answers them, from the host's answer r. */
function urlParts(r) {
  var parts = {};
  for (var i = 0; i < URL_PARTS.length; i++) {
    parts[URL_PARTS[i]] = r[i];
  }
  return parts;
}

URL_PARTS.forEach(function (name) {
  var setter;
  if (name === 'href') {
    setter = function (v) {
      urlSetHref(slotOf(this, 'URL') && this, toUSVString(v));
    };
  } else if (name !== 'origin') {
    // #dom-url-protocol … #dom-url-hash: the parser's state overrides, in the api (UrlSetters).
    setter = function (v) {
      var s = slotOf(this, 'URL');
      v = toUSVString(v);
      s.parts = urlParts(host.urlSet(s.parts.href, name, v));
      if (name === 'search') {
        // #dom-url-search step 6: the list is parsed from the value, not from the encoded query.
        s.query[SLOT].list = parseForm(v.charAt(0) === '?' ? v.substring(1) : v);
      }
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
