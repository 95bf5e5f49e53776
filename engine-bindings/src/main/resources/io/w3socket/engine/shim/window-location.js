// window-location.js: the page's location, a Location (https://html.spec.whatwg.org/#the-location-interface).
// Its members are [LegacyUnforgeable]: own properties of the one Location object, which no script
// can redefine; so are window.location and document.location. Setting one of its URL parts, or
// calling assign or replace, navigates (#location-object-navigate): to a fragment of the same
// document as a browser does (history.js), a javascript: URL by running it; any other navigation
// would unload the page, and a run keeps its one document, so it says so and the page goes on, as
// a page goes on while a navigation it started has not arrived.

function Location() {
  illegalConstructor(this, Location);
}
setTag(Location.prototype, 'Location');

/**
 * The brand check of Location's members: the realm has one Location object, so it is the one
 * (it has no slot, which a script could see among its own symbols).
 */
function checkLocation(self) {
  if (self !== location) {
    throw new TypeError('Illegal invocation');
  }
}

function locationPart(self, name) {
  checkLocation(self);
  return locationFields[name];
}

function locationSyntaxError(context, message) {
  return new DOMException('Failed to ' + context + " on 'Location': " + message, 'SyntaxError');
}

/** A copy of the document's URL with one URL setter (URL #urlutils-members) applied: its parts. */
function locationWith(name, value) {
  return urlParts(host.urlSet(locationFields.href, name, value));
}

/** URL #url-opaque-path, for the document's URL: a path that is no list (mailto:x, about:blank). */
function locationHasOpaquePath() {
  return urlHasOpaquePath(locationFields);
}

/** A URL's fragment: what follows its first '#', or null without one. */
function fragmentOf(href) {
  var at = href.indexOf('#');
  return at < 0 ? null : href.substring(at + 1);
}

/** A URL without its fragment (URL #concept-url-equals with exclude fragments). */
function withoutFragment(href) {
  var at = href.indexOf('#');
  return at < 0 ? href : href.substring(0, at);
}

/** A URL part's setter that copies the part into the URL and navigates, unless unless() is true. */
function setLocationPart(self, name, v, unless) {
  checkLocation(self);
  var value = toUSVString(v);
  if (!unless()) {
    locationNavigate(locationWith(name, value), 'auto', "set the '" + name + "' property");
  }
}

function never() {
  return false;
}

/** #dom-location-port setter's check: the URL cannot have a port (no host, or file:). */
function locationCannotHavePort() {
  return locationFields.host === '' || locationFields.protocol === 'file:';
}

/**
 * The members, written as accessors of a literal so that their functions have the browser's names
 * ("get href", "set href").
 */
var LOCATION_MEMBERS = {
  get href() {
    return locationPart(this, 'href');
  },
  // #dom-location-href setter: the value parsed against the document's URL; failure → SyntaxError.
  set href(v) {
    checkLocation(this);
    var context = "set the 'href' property";
    locationNavigate(parseLocationUrl(toUSVString(v), context), 'auto', context);
  },
  get origin() {
    return locationPart(this, 'origin');
  },
  get protocol() {
    return locationPart(this, 'protocol');
  },
  // #dom-location-protocol setter: the value and ':' parsed with scheme start state as the state
  // override fails unless a scheme (an ASCII letter, then letters, digits, '+', '-', '.') ends at
  // the first ':' (tabs and newlines are removed first) → SyntaxError; a scheme other than http(s)
  // ends the steps.
  set protocol(v) {
    checkLocation(this);
    var value = toUSVString(v);
    if (!/^[A-Za-z][A-Za-z0-9+\-.]*(:|$)/.test(value.replace(/[\t\n\r]/g, ''))) {
      throw locationSyntaxError("set the 'protocol' property", "'" + value + "' is an invalid protocol.");
    }
    var parts = locationWith('protocol', value);
    if (parts.protocol === 'http:' || parts.protocol === 'https:') {
      locationNavigate(parts, 'auto', "set the 'protocol' property");
    }
  },
  get host() {
    return locationPart(this, 'host');
  },
  // #dom-location-host, #dom-location-hostname, #dom-location-pathname setters: nothing for an
  // opaque path; else the URL setter's parse with its state override.
  set host(v) {
    setLocationPart(this, 'host', v, locationHasOpaquePath);
  },
  get hostname() {
    return locationPart(this, 'hostname');
  },
  set hostname(v) {
    setLocationPart(this, 'hostname', v, locationHasOpaquePath);
  },
  get port() {
    return locationPart(this, 'port');
  },
  // #dom-location-port setter: nothing if the URL cannot have a port (no host, or file:).
  set port(v) {
    setLocationPart(this, 'port', v, locationCannotHavePort);
  },
  get pathname() {
    return locationPart(this, 'pathname');
  },
  set pathname(v) {
    setLocationPart(this, 'pathname', v, locationHasOpaquePath);
  },
  get search() {
    return locationPart(this, 'search');
  },
  // #dom-location-search setter: '' → no query; else the value without a leading '?' (URL's too).
  set search(v) {
    setLocationPart(this, 'search', v, never);
  },
  get hash() {
    return locationPart(this, 'hash');
  },
  // #dom-location-hash setter: the value without a leading '#' as the fragment ('' too: unlike
  // URL's setter, which takes '' for no fragment); nothing if the fragment stays the same.
  set hash(v) {
    checkLocation(this);
    var value = toUSVString(v);
    var parts = value === '' ? parseUrl(withoutFragment(locationFields.href) + '#')
        : locationWith('hash', value);
    if (fragmentOf(parts.href) !== fragmentOf(locationFields.href)) {
      locationNavigate(parts, 'auto', "set the 'hash' property");
    }
  },
  assign: function (url) {
    checkLocation(this);
    requireArgs(arguments, 1, "execute 'assign' on 'Location'");
    locationNavigate(parseLocationUrl(toUSVString(url), "execute 'assign'"), 'auto', "execute 'assign'");
  },
  replace: function (url) {
    checkLocation(this);
    requireArgs(arguments, 1, "execute 'replace' on 'Location'");
    locationNavigate(parseLocationUrl(toUSVString(url), "execute 'replace'"), 'replace', "execute 'replace'");
  },
  // #dom-location-reload: a navigation to the document's URL that reloads it; not done here.
  reload: function () {
    checkLocation(this);
    refuseNavigation(locationFields.href, "execute 'reload'");
  },
  get ancestorOrigins() {
    checkLocation(this);
    return ANCESTOR_ORIGINS; // a top-level document has no ancestors
  },
  // #dom-location-href is the stringifier: a toString of its own, with href's steps.
  toString: function () {
    return locationPart(this, 'href');
  }
};
var ANCESTOR_ORIGINS = newDOMStringList([]);

/** #dom-location-assign step 3 and the href setter's: parse, or a SyntaxError. */
function parseLocationUrl(text, context) {
  var parts = parseUrl(text, locationFields.href);
  if (parts === null) {
    throw locationSyntaxError(context, "'" + text + "' is not a valid URL.");
  }
  return parts;
}

/**
 * #location-object-navigate and #navigate, as far as a run with one document goes: before the
 * document is completely loaded (dom-document.js) a navigation replaces the current entry (no user
 * activation is tracked; Chromium 156 still pushes a fragment navigation then); one to the
 * document's own URL replaces it too; a javascript: URL runs as a script in a task
 * (#evaluate-a-javascript:-url; a string it evaluates to would replace the document: not done);
 * one to the document's URL but for a fragment is a fragment navigation (#navigate-fragid,
 * history.js); any other leaves the page, which this runner does not do.
 */
function locationNavigate(parts, historyHandling, context) {
  if (!documentCompletelyLoaded) {
    historyHandling = 'replace';
  }
  var href = parts.href;
  if (href === locationFields.href) {
    historyHandling = 'replace';
  }
  if (parts.protocol === 'javascript:') {
    var source = percentDecode(href.substring('javascript:'.length));
    queueTask(function () {
      (0, eval)(source);
    });
  } else if (fragmentOf(href) !== null && withoutFragment(href) === withoutFragment(locationFields.href)) {
    loadModule('messaging').navigateToFragment(href, historyHandling === 'replace');
  } else {
    refuseNavigation(href, context);
  }
}

/** A navigation to another document, or a reload: said on the run's error output; the page goes on. */
function refuseNavigation(href, context) {
  host.printError("w3socket: not navigating to '" + href + "' (" + context + " on 'Location'): a run keeps"
      + ' its one document, which goes on');
}

location = Object.create(Location.prototype);
Object.keys(LOCATION_MEMBERS).forEach(function (name) {
  var d = Object.getOwnPropertyDescriptor(LOCATION_MEMBERS, name);
  d.enumerable = true;
  d.configurable = false;
  if ('value' in d) {
    d.writable = false;
  }
  Object.defineProperty(location, name, d);
});
// #the-location-interface: valueOf and @@toPrimitive of its own, fixed.
Object.defineProperty(location, 'valueOf', {value: Object.prototype.valueOf});
if (hasSymbol && Symbol.toPrimitive) {
  Object.defineProperty(location, Symbol.toPrimitive, {value: undefined});
}

/**
 * window.location and document.location ([LegacyUnforgeable], [PutForwards=href]): the Location
 * object (a document's: while it is fully active, which the page's is); assigning to either sets
 * its href.
 */
var WINDOW_LOCATION = {
  get location() {
    return location;
  },
  set location(v) {
    location.href = v;
  }
};
var DOCUMENT_LOCATION = {
  get location() {
    slotOf(this, 'Document');
    return location;
  },
  set location(v) {
    slotOf(this, 'Document');
    location.href = v;
  }
};
[[global, WINDOW_LOCATION], [document, DOCUMENT_LOCATION]].forEach(function (pair) {
  var d = Object.getOwnPropertyDescriptor(pair[1], 'location');
  d.configurable = false;
  Object.defineProperty(pair[0], 'location', d);
});
exposed.Location = Location;
