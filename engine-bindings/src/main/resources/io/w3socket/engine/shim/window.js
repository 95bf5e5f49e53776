// window.js: The global object: the browser names defined above, and (unless the embedder opted in) none of
// the engine's host access.

hideHostAccess();

delegateListeners(global, windowTarget, global);

/**
 * HTML #the-window-object: the global object's interface. Its prototype chain is the browser's:
 * Window.prototype, the named properties object (WebIDL #named-properties-object, not exposed;
 * Chromium's "WindowProperties"), then EventTarget.prototype; the global's own
 * addEventListener family (delegateListeners above) stays in front of EventTarget's. No
 * constructor: TypeError, with Chromium's messages.
 */
function Window() {
  illegalConstructor(this, Window);
}
(function () {
  var namedProperties = Object.create(EventTarget.prototype);
  setTag(namedProperties, 'WindowProperties');
  Window.prototype = Object.create(namedProperties);
  define(Window.prototype, 'constructor', Window);
  setTag(Window.prototype, 'Window');
  if (Object.setPrototypeOf) {
    Object.setPrototypeOf(Window, EventTarget);
    Object.setPrototypeOf(global, Window.prototype);
  } else {
    global.__proto__ = Window.prototype; // Nashorn without ES6
  }
  // GraalJS gives its global object a tag of its own ("global"); the browser's comes from
  // Window.prototype.
  if (hasSymbol && Symbol.toStringTag) {
    delete global[Symbol.toStringTag];
  }
})();
exposed.Window = Window;

var globals = {
  document: document,
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
installLazyGlobals();
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
