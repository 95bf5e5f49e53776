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
  if (typeof Proxy === 'function') {
    namedProperties = windowNamedProperties(namedProperties);
  }
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

/**
 * HTML #named-access-on-the-window-object, through the named properties object (WebIDL
 * #named-properties-object): a name that nothing on its prototype chain (EventTarget.prototype,
 * Object.prototype) has names the page's elements of that id (and the
 * embed, form, img and object elements of that name, DomNodes.namedObjects): one element, or a
 * live HTMLCollection of them. The global's own properties (declared variables, functions) come
 * first, as they are found before it. A Proxy (GraalJS); on Nashorn, which has none, the object
 * stays plain and the window has no named properties.
 */
function windowNamedProperties(target) {
  function named(name) {
    if (typeof name !== 'string' || name === '' || name in target) {
      return undefined;
    }
    var found = host.domNamedObjects(name);
    if (found.length === 0) {
      return undefined;
    }
    if (found.length === 1) {
      return nodeFor(found[0]);
    }
    return liveElements(function () {
      return nodesFor(host.domNamedObjects(name));
    });
  }
  return new Proxy(target, {
    has: function (t, name) {
      return named(name) !== undefined || Reflect.has(t, name);
    },
    get: function (t, name, receiver) {
      var v = named(name);
      return v !== undefined ? v : Reflect.get(t, name, receiver);
    },
    getOwnPropertyDescriptor: function (t, name) {
      var v = named(name);
      // [LegacyUnenumerableNamedProperties]: not enumerable.
      return v !== undefined ? {value: v, writable: true, enumerable: false, configurable: true}
          : Reflect.getOwnPropertyDescriptor(t, name);
    },
    // #named-properties-object-defineownproperty, -delete: not through this object.
    defineProperty: function () {
      return false;
    }
  });
}


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
