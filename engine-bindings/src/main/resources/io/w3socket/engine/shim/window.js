// window.js: The global object: the browser names defined above, and (unless the embedder opted in) none of
// the engine's host access.

hideHostAccess();

delegateListeners(global, windowTarget, global);

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
