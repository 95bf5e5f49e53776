// history.js: History (https://html.spec.whatwg.org/#the-history-interface), PopStateEvent and
// HashChangeEvent, for the page's one session history: pushState and replaceState change the
// document's URL (location.js), and so does a Location's navigation to a fragment; back, forward
// and go traverse the entries in a task, firing popstate, and hashchange when the two URLs differ
// only in their fragment (as Chromium does).

/** The session history: each entry's URL and serialized state (or null), and the current one. */
var sessionEntries = [{url: location.href, state: null}];
var sessionIndex = 0;

/** history.state: the current entry's state, deserialized once (the same object each read). */
var historyState = null;

var HISTORY_CONTEXT = "'%s' on 'History'";

function History() {
  throw new TypeError("Failed to construct 'History': Illegal constructor");
}
var history = Object.create(History.prototype);
setSlot(history, {kinds: ['History'], scrollRestoration: 'auto'});

defineAccessor(History.prototype, 'length', function () {
  slotOf(this, 'History');
  return sessionEntries.length;
});
defineAccessor(History.prototype, 'state', function () {
  slotOf(this, 'History');
  return historyState;
});
defineAccessor(History.prototype, 'scrollRestoration', function () {
  return slotOf(this, 'History').scrollRestoration;
}, function (v) {
  // An enumerated attribute: a value not in the enum is ignored (WebIDL #es-enumeration).
  var value = toDOMString(v);
  if (value === 'auto' || value === 'manual') {
    slotOf(this, 'History').scrollRestoration = value;
  }
});

/**
 * #shared-history-push/replace-state-steps: the state serialized for storage, the URL parsed
 * against the document's and allowed only if the document can have its URL rewritten to it; then
 * the URL and history update steps.
 */
function pushOrReplaceState(args, replace) {
  var context = HISTORY_CONTEXT.replace('%s', replace ? 'replaceState' : 'pushState');
  requireArgs(args, 2, 'execute ' + context);
  var record = serializeWithTransfer(args[0], [], context);
  var url = args[2];
  var newUrl = location.href;
  if (url !== undefined && url !== null) {
    var text = toUSVString(url);
    var parts = parseUrl(text, documentBaseUrl());
    if (parts === null) {
      throw new DOMException('Failed to execute ' + context + ": The URL '" + text + "' is invalid.", 'SyntaxError');
    }
    if (!canRewriteUrl(location.href, parts)) {
      throw new DOMException('Failed to execute ' + context + ": A history state object with URL '" + parts.href
          + "' cannot be created in a document with origin '" + location.origin + "' and URL '" + location.href
          + "'.", 'SecurityError');
    }
    newUrl = parts.href;
  }
  // #url-and-history-update-steps
  if (replace) {
    sessionEntries[sessionIndex] = {url: newUrl, state: record};
  } else {
    sessionEntries = sessionEntries.slice(0, sessionIndex + 1);
    sessionEntries.push({url: newUrl, state: record});
    sessionIndex++;
  }
  setDocumentUrl(newUrl);
  historyState = deserializeRecord(record, identityBytes).data;
}

function identityBytes(u8) {
  return u8;
}

/** #can-have-its-url-rewritten. */
function canRewriteUrl(documentHref, target) {
  var doc = parseUrl(documentHref);
  if (doc === null || doc.protocol !== target.protocol || doc.username !== target.username
      || doc.password !== target.password || doc.host !== target.host) {
    return false;
  }
  if (target.protocol === 'http:' || target.protocol === 'https:') {
    return true;
  }
  if (target.protocol === 'file:') {
    return doc.pathname === target.pathname;
  }
  return doc.pathname === target.pathname && doc.search === target.search;
}

/**
 * #dom-history-go: a traversal by {@code delta} in a task; none past either end, and go(0), a
 * reload, is not done here.
 */
function traverseHistory(delta) {
  if (delta === 0) {
    return;
  }
  queueTask(function () {
    var target = sessionIndex + delta;
    if (target < 0 || target >= sessionEntries.length) {
      return;
    }
    var oldUrl = location.href;
    sessionIndex = target;
    var entry = sessionEntries[target];
    setDocumentUrl(entry.url);
    historyState = entry.state === null ? null : deserializeRecord(entry.state, identityBytes).data;
    dispatch(windowTarget, trustedEvent(new PopStateEvent('popstate', {state: historyState})), global);
    if (oldUrl !== entry.url && withoutFragment(oldUrl) === withoutFragment(entry.url)) {
      var newUrl = entry.url;
      queueTask(function () {
        dispatch(windowTarget, trustedEvent(new HashChangeEvent('hashchange', {oldURL: oldUrl, newURL: newUrl})),
            global);
      });
    }
  });
}

/**
 * #navigate-fragid, for a Location's navigation (window-location.js) to href, the document's URL
 * but for its fragment: a new entry (or the current one replaced), with no state; the document's
 * URL becomes href; popstate at once (#update-document-for-history-step-application, as the
 * document's entry changed), and hashchange in a task if the fragment changed.
 */
function navigateToFragment(href, replace) {
  var oldUrl = location.href;
  var entry = {url: href, state: null};
  if (replace) {
    sessionEntries[sessionIndex] = entry;
  } else {
    sessionEntries = sessionEntries.slice(0, sessionIndex + 1);
    sessionEntries.push(entry);
    sessionIndex++;
  }
  setDocumentUrl(href);
  historyState = null;
  dispatch(windowTarget, trustedEvent(new PopStateEvent('popstate', {state: null})), global);
  if (fragmentOf(oldUrl) !== fragmentOf(href)) {
    queueTask(function () {
      dispatch(windowTarget, trustedEvent(new HashChangeEvent('hashchange', {oldURL: oldUrl, newURL: href})), global);
    });
  }
}

defineMethods(History.prototype, {
  pushState: function () {
    slotOf(this, 'History');
    pushOrReplaceState(arguments, false);
  },
  replaceState: function () {
    slotOf(this, 'History');
    pushOrReplaceState(arguments, true);
  },
  back: function () {
    slotOf(this, 'History');
    traverseHistory(-1);
  },
  forward: function () {
    slotOf(this, 'History');
    traverseHistory(1);
  },
  go: function () {
    slotOf(this, 'History');
    traverseHistory(Number(arguments[0]) | 0); // a WebIDL long: ToInt32, undefined is 0
  }
});
setTag(History.prototype, 'History');

function PopStateEvent(type) {
  requireNew(this, PopStateEvent, 'PopStateEvent');
  requireArgs(arguments, 1, "construct 'PopStateEvent'");
  var init = arguments[1] === undefined || arguments[1] === null ? {} : arguments[1];
  var s = initEventSlot(this, ['Event', 'PopStateEvent'], type, init);
  s.state = init.state === undefined ? null : init.state;
  s.hasUAVisualTransition = toBoolean(init.hasUAVisualTransition);
}
inherit(PopStateEvent, Event);
defineSlotAccessors(PopStateEvent.prototype, 'PopStateEvent', ['state', 'hasUAVisualTransition']);
setTag(PopStateEvent.prototype, 'PopStateEvent');

function HashChangeEvent(type) {
  requireNew(this, HashChangeEvent, 'HashChangeEvent');
  requireArgs(arguments, 1, "construct 'HashChangeEvent'");
  var init = arguments[1] === undefined || arguments[1] === null ? {} : arguments[1];
  var s = initEventSlot(this, ['Event', 'HashChangeEvent'], type, init);
  s.oldURL = init.oldURL === undefined ? '' : toUSVString(init.oldURL);
  s.newURL = init.newURL === undefined ? '' : toUSVString(init.newURL);
}
inherit(HashChangeEvent, Event);
defineSlotAccessors(HashChangeEvent.prototype, 'HashChangeEvent', ['oldURL', 'newURL']);
setTag(HashChangeEvent.prototype, 'HashChangeEvent');

exposed.History = History;
exposed.history = history;
exposed.PopStateEvent = PopStateEvent;
exposed.HashChangeEvent = HashChangeEvent;
