// window.js: The global object: the browser names defined above, and (unless the embedder opted in) none of
// the engine's host access.

if (!hostAccessAllowed) {
  ['Java', 'Packages', 'JavaImporter', 'java', 'javax', 'javafx', 'com', 'org', 'edu', 'net', 'jdk',
    'Polyglot', 'Graal', 'load', 'loadWithNewGlobal', 'exit', 'quit', 'readLine', 'readFully', 'readbuffer',
    'printf', 'echo', '__noSuchProperty__', 'Debug', 'debug'].forEach(function (name) {
    try {
      delete global[name];
    } catch (ignored) {
      // not deletable: shadow it
    }
    if (Object.prototype.hasOwnProperty.call(global, name)) {
      try {
        Object.defineProperty(global, name, {value: undefined, writable: false, configurable: false});
      } catch (ignored2) {
        // leave it
      }
    }
  });
}
try {
  delete global.print;
} catch (ignored3) {
  // not deletable
}

delegateListeners(global, windowTarget, global);
['load', 'DOMContentLoaded', 'error', 'unhandledrejection'].forEach(function (type) {
  defineEventHandler(global, 'Window', type, function () {
    return windowTarget[SLOT];
  });
});

var globals = {
  EventTarget: EventTarget, Event: Event, MessageEvent: MessageEvent, CloseEvent: CloseEvent,
  DOMException: DOMException, Blob: Blob, WebSocket: WebSocket,
  console: console, document: document, location: location,
  alert: function (message) {
    host.print(message === undefined ? '' : toDOMString(message));
  },
  confirm: function (message) {
    host.print(message === undefined ? '' : toDOMString(message));
    return false;
  },
  prompt: function (message) {
    host.print(message === undefined ? '' : toDOMString(message));
    return null;
  },
  setTimeout: function (handler, timeout) {
    return initTimer(handler, timeout, Array.prototype.slice.call(arguments, 2), false);
  },
  setInterval: function (handler, timeout) {
    return initTimer(handler, timeout, Array.prototype.slice.call(arguments, 2), true);
  },
  clearTimeout: function (id) {
    clearTimer(id);
  },
  clearInterval: function (id) {
    clearTimer(id);
  },
  queueMicrotask: queueMicrotask,
  reportError: function (e) {
    reportException(e);
  }
};
for (var x in exposed) {
  if (Object.prototype.hasOwnProperty.call(exposed, x)) {
    globals[x] = exposed[x];
  }
}
for (var g in globals) {
  if (Object.prototype.hasOwnProperty.call(globals, g)) {
    define(global, g, globals[g]);
  }
}
if (global.globalThis === undefined) {
  define(global, 'globalThis', global);
}
define(global, 'window', global);
define(global, 'self', global);
// A top-level browsing context: no parent, no opener.
['parent', 'top', 'frames'].forEach(function (name) {
  define(global, name, global);
});
define(global, 'opener', null);
