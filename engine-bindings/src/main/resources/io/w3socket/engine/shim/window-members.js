// window-members.js: the Window members of a page that is one top-level browsing context, never
// opened by a script (HTML #the-window-object): name and status as plain strings, closed,
// crossOriginIsolated, length (no child navigables), frameElement, clientInformation, close()
// (which such a page's scripts may not do), and the members that do nothing here: focus, blur,
// print (loaded after window.js, which removes the engine's own print), stop, captureEvents and
// releaseEvents. The bars, external, requestIdleCallback and the named constructors are the lazy
// module windowextras's.

/**
 * A window attribute: an accessor of the global object, as WebIDL's [Global] puts it there. A
 * function assigned to it replaces it, as a script's global function declaration of that name does
 * in a browser (Nashorn declares such a function through the setter; `function name() {}` is
 * common).
 */
function defineWindowAttribute(name, get, set) {
  Object.defineProperty(global, name, {
    get: get,
    set: function (v) {
      if (typeof v === 'function') {
        define(global, name, v);
      } else if (set) {
        set(v);
      }
    },
    enumerable: true,
    configurable: true
  });
}

/** #dom-name: the browsing context's name; a run has one context and never navigates it. */
var browsingContextName = '';
defineWindowAttribute('name', function () {
  return browsingContextName;
}, function (v) {
  browsingContextName = toDOMString(v);
});

/** #dom-window-status: kept, and shown nowhere (there is no status bar). */
var windowStatus = '';
defineWindowAttribute('status', function () {
  return windowStatus;
}, function (v) {
  windowStatus = toDOMString(v);
});

/** #dom-window-closed: the page's window is never closed while its scripts run. */
defineWindowAttribute('closed', function () {
  return false;
});
/** HTML #dom-crossoriginisolated: a run serves no COOP/COEP headers to isolate a page with. */
defineWindowAttribute('crossOriginIsolated', function () {
  return false;
});
/** #dom-window-frameelement: a top-level browsing context has no container. */
defineWindowAttribute('frameElement', function () {
  return null;
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
