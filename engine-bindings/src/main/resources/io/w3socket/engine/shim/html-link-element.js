// html-link-element.js (lazy module links): a link element's style sheet (HTML
// #link-type-stylesheet, #fetch-and-process-the-linked-resource). A connected link of the page's
// document whose rel has the stylesheet keyword, with an href and without disabled, fetches its
// resource through fetch.js's requests (the run's network policy applies; file: URLs as fetch()
// reads them) when it is connected or one of its attributes that matter changes; the response
// succeeds when it is ok and CSS (isCssResponse); then load or error fires at the element in a
// task, unless it was disconnected or fetched again meanwhile. It delays the page's load event
// until then, and a link of the page's markup the page's scripts too (blocksScripts). Its sheet
// is made from the text (style-sheets.js); other link types fetch nothing.

/** The link elements connected or moved since the last task (resource-hooks.js resourcesMade). */
function linksMade() {
  var handles = host.domTakeLinks();
  var seen = {};
  for (var i = 0; i < handles.length; i++) {
    if (seen[handles[i]] !== true) { // a parse and the insertion of its nodes: one fetch
      seen[handles[i]] = true;
      fetchLinkedResource(nodeFor(handles[i]));
    }
  }
}

/**
 * A script changed href, rel, disabled, crossorigin or type: #link-type-stylesheet's appropriate
 * times to fetch again (disabled removed, crossorigin only when its state changes, type when
 * whether it is CSS changes); rel losing the keyword makes what was being fetched stale.
 */
function attributeChanged(el, name, oldValue, value) {
  if (name === 'crossorigin' && corsSettingState(oldValue) === corsSettingState(value)) {
    return;
  }
  if (name === 'type' && isCssType(oldValue) === isCssType(value)) {
    return;
  }
  if (name === 'disabled' && value !== null) {
    return; // a fetch under way goes on (its load comes, as in Chromium); none starts
  }
  fetchLinkedResource(el);
}

/** The link's fetch state: a generation, so that a later fetch makes an earlier one's answer stale. */
function linkRequest(el) {
  var s = el[SLOT];
  if (!s.linkRequest) {
    s.linkRequest = {generation: 0};
  }
  return s.linkRequest;
}

/** Whether rel has a keyword (#linkTypes: ASCII case-insensitive tokens). */
function relHas(el, keyword) {
  var rel = attributeOf(el, 'rel');
  return rel !== null && orderedSet(asciiLowercase(rel)).indexOf(keyword) >= 0; // dom-token-list.js
}

/** Whether rel has the stylesheet keyword. */
function isStylesheetLink(el) {
  return relHas(el, 'stylesheet');
}

/**
 * #default-fetch-and-process-the-linked-resource for a style sheet: nothing for a link that is
 * not connected (or of another document), not a style sheet, disabled, of a type other than CSS,
 * or whose href is empty or does not parse; else the fetch, which delays the load event.
 */
function fetchLinkedResource(el) {
  var state = linkRequest(el);
  var generation = ++state.generation;
  if (!el.isConnected || el.ownerDocument !== document || !isStylesheetLink(el)
      || attributeOf(el, 'disabled') !== null || !isCssType(attributeOf(el, 'type'))) {
    return;
  }
  var href = attributeOf(el, 'href');
  var url = href === null || href === '' ? null : parseUrl(href, documentBaseUrl());
  if (url === null) {
    return;
  }
  var delaying = !documentCompletelyLoaded;
  if (delaying) {
    delayLoadEvent();
  }
  var blocking = blocksScripts(el);
  loadModule('network').startRequest('GET', url.href, [['Accept', 'text/css,*/*;q=0.1']], null, 'follow',
      function (res) {
        // #link-type-stylesheet's process the linked resource: an ok status and CSS.
        var success = !res.error && res.status >= 200 && res.status <= 299 && isCssResponse(res, url);
        var text = success ? utf8Decode(res.bytes) : null;
        queueTask(function () {
          var current = generation === state.generation && el.isConnected;
          if (current) {
            // #link-type-stylesheet step 4: the sheet (style-sheets.js), whose text this is.
            state.text = text;
            state.href = url.href;
            styleSheetsVersion++;
          }
          if (blocking) {
            host.pageSheetDone(); // the parser's scripts go on in the tasks after this one
          }
          if (host.pageHoldUntilParsed()) {
            // While the page is parsed, the event waits for the end of its scripts (as in
            // Chromium, whose links' events come after DOMContentLoaded): linksParsed.
            heldLinkEvents.push(function () {
              return linkLoaded(el, current, success, delaying);
            });
            return undefined;
          }
          return linkLoaded(el, current, success, delaying);
        });
      }, false);
}

/** The load and error events of links whose fetches ended while the page was parsed. */
var heldLinkEvents = [];

/** The page's parser has run its last step: the events it held, each in a task of its own. */
function linksParsed() {
  var held = heldLinkEvents;
  heldLinkEvents = [];
  held.forEach(queueTask);
}

/** The end of a link's fetch: load or error at it (unless stale), and the load event's delay ended. */
function linkLoaded(el, current, success, delaying) {
  var steps = new StepSeries();
  if (current) {
    steps.add([function () {
      return beginDispatch(el, trustedEvent(new Event(success ? 'load' : 'error')));
    }]);
  }
  if (delaying) {
    steps.add([endLoadEventDelay]);
  }
  return steps;
}

/**
 * HTML #contributes-a-script-blocking-style-sheet: whether the link's style sheet, starting to
 * load, holds back the page's scripts until it has loaded or failed (the host counts it: a link
 * of the page's markup while the page is being parsed, io.w3socket.engine.ParserSteps), where its
 * media attribute matches and it is not an alternative style sheet.
 */
function blocksScripts(el) {
  if (relHas(el, 'alternate')) {
    return false; // #rel-alternate: an alternative style sheet is not enabled
  }
  var media = attributeOf(el, 'media');
  if (media !== null && media !== '') {
    var view = loadModule('view');
    if (!view.mediaQueryListMatches(view.parseMediaQueryList(media))) {
      return false;
    }
  }
  return host.pageSheetBlocksScripts(elementHandle(el));
}

/**
 * #link-type-stylesheet: the response's Content-Type is text/css, or it has none or one that does
 * not parse (unless X-Content-Type-Options is nosniff: #should-response-to-request-be-blocked-due-to-nosniff?),
 * or another type in quirks mode from the page's origin (HTML #quirks-mode's exception); a file's
 * type is its name's, as Chromium gives it (.css), else none. Chromium 156 fires load for any
 * type; this follows the standard and web-platform-tests' link-style-error tests.
 */
function isCssResponse(res, url) {
  var type = null;
  var nosniff = false;
  for (var i = 0; i < res.headers.length; i++) {
    var name = asciiLowercase(res.headers[i][0]);
    if (name === 'content-type') {
      type = res.headers[i][1];
    } else if (name === 'x-content-type-options') {
      nosniff = asciiLowercase(res.headers[i][1].split(',')[0]).replace(/^[\t ]+|[\t ]+$/g, '') === 'nosniff';
    }
  }
  if (type === null && /^file:/i.test(res.url)) {
    type = /\.css$/i.test(res.url.split(/[?#]/)[0]) ? 'text/css' : null;
  }
  var essence = type === null ? null
      : /^[\t\n\r ]*([!#$%&'*+\-.^_`|~0-9A-Za-z]+\/[!#$%&'*+\-.^_`|~0-9A-Za-z]+)[\t\n\r ]*(;|$)/.exec(type);
  if (essence === null) {
    return !nosniff;
  }
  if (asciiLowercase(essence[1]) === 'text/css') {
    return true;
  }
  return document.compatMode === 'BackCompat' && url.origin === location.origin && url.origin !== 'null';
}

reflectCrossOrigin(HTMLLinkElement); // resource-hooks.js
reflectString([HTMLLinkElement], 'media', 'media');
reflectString([HTMLLinkElement], 'integrity', 'integrity');
/** #dom-link-as: a destination keyword, limited to only known values. */
reflectKeyword([HTMLLinkElement], 'as', 'as', ['fetch', 'audio', 'audioworklet', 'document', 'embed',
  'font', 'frame', 'iframe', 'image', 'json', 'manifest', 'object', 'paintworklet', 'report', 'script',
  'serviceworker', 'sharedworker', 'style', 'track', 'video', 'webidentity', 'worker', 'xslt'], '');
reflectString([HTMLLinkElement], 'imageSrcset', 'imagesrcset');
reflectString([HTMLLinkElement], 'imageSizes', 'imagesizes');
reflectKeyword([HTMLLinkElement], 'referrerPolicy', 'referrerpolicy', REFERRER_POLICIES, '');
reflectBoolean([HTMLLinkElement], 'disabled', 'disabled');
reflectKeyword([HTMLLinkElement], 'fetchPriority', 'fetchpriority', ['high', 'low', 'auto'], 'auto', 'auto');
reflectString([HTMLLinkElement], 'target', 'target');
/**
 * #dom-link-sizes, #dom-link-blocking: [SameObject, PutForwards=value] DOMTokenLists of sizes
 * (any token) and blocking (render, its one supported token).
 */
[['sizes', null], ['blocking', ['render']]].forEach(function (pair) {
  defineAccessor(HTMLLinkElement.prototype, pair[0], function () {
    var s = slotOf(this, 'Element');
    var key = pair[0] + 'List';
    if (!s[key]) {
      s[key] = tokenList(this, pair[0]);
      if (pair[1] !== null) {
        s[key][SLOT].supported = pair[1];
      }
    }
    return s[key];
  }, function (v) {
    hostSetAttribute(elementHandle(this), pair[0], toDOMString(v));
  });
});
/**
 * CSSOM #dom-linkstyle-sheet: the sheet of the text the last fetch brought, while the link is
 * connected and still a style sheet link; null before, after an error, or when disconnected.
 */
defineAccessor(HTMLLinkElement.prototype, 'sheet', function () {
  var state = linkRequest(this);
  return typeof state.text === 'string' && this.isConnected && isStylesheetLink(this)
      ? loadModule('css').linkElementSheet(this, state.text, state.href) : null;
});
