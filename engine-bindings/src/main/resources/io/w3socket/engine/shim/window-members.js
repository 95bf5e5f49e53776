// window-members.js: the Window members of a page that is one top-level browsing context, never
// opened by a script (HTML #the-window-object): name and status as plain strings, closed,
// crossOriginIsolated, length (no child navigables), frameElement, clientInformation, close()
// (which such a page's scripts may not do), and the members that do nothing here: focus, blur,
// print (loaded after window.js, which removes the engine's own print), stop, captureEvents and
// releaseEvents. The bars, external, requestIdleCallback and the named constructors are the lazy
// module windowextras's.

/** #dom-name: the browsing context's name; a run has one context and never navigates it. */
var browsingContextName = '';
Object.defineProperty(global, 'name', {
  get: function () {
    return browsingContextName;
  },
  set: function (v) {
    browsingContextName = toDOMString(v);
  },
  enumerable: true,
  configurable: true
});

/** #dom-window-status: kept, and shown nowhere (there is no status bar). */
var windowStatus = '';
Object.defineProperty(global, 'status', {
  get: function () {
    return windowStatus;
  },
  set: function (v) {
    windowStatus = toDOMString(v);
  },
  enumerable: true,
  configurable: true
});

/** #dom-window-closed: the page's window is never closed while its scripts run. */
Object.defineProperty(global, 'closed', {
  get: function () {
    return false;
  },
  enumerable: true,
  configurable: true
});
/** #dom-window-frameelement: a top-level browsing context has no container. */
Object.defineProperty(global, 'frameElement', {
  get: function () {
    return null;
  },
  enumerable: true,
  configurable: true
});
/** HTML #dom-crossoriginisolated: a run serves no COOP/COEP headers to isolate a page with. */
Object.defineProperty(global, 'crossOriginIsolated', {
  get: function () {
    return false;
  },
  enumerable: true,
  configurable: true
});
/** #dom-window-length: no iframes are loaded here, so no child navigables. */
defineReplaceable('length', function () {
  return 0;
});
/** #dom-navigator: clientInformation is navigator's legacy name ([Replaceable]). */
defineReplaceable('clientInformation', function () {
  return navigator;
});

function doNothing() {
}

defineMethods(global, {
  /**
   * #dom-window-close: a window a script did not open is not script-closable, so only Chromium's
   * warning.
   */
  close: function () {
    console.warn('Scripts may close only the windows that were opened by them.');
  },
  /** #dom-window-focus, #dom-window-blur: no system focus to move. */
  focus: doNothing,
  blur: doNothing,
  /** #dom-print: no printing here (headless Chromium prints nothing either). */
  print: doNothing,
  /** #dom-window-stop: the page is loaded before its scripts run; nothing to stop. */
  stop: doNothing,
  /** #dom-window-captureevents, #dom-window-releaseevents: "do nothing". */
  captureEvents: doNothing,
  releaseEvents: doNothing
});
