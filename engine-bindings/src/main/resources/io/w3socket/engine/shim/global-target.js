// global-target.js: the global object's EventTarget side. The global object (window, or a worker's
// DedicatedWorkerGlobalScope) is the engine's own, not an EventTarget instance: its
// addEventListener family and event handlers delegate to this hidden target, at which report.js
// fires error and unhandledrejection.

var windowTarget = new EventTarget();

function delegateListeners(obj, target, self) {
  defineMethods(obj, {
    addEventListener: function () {
      return EventTarget.prototype.addEventListener.apply(target, arguments);
    },
    removeEventListener: function () {
      return EventTarget.prototype.removeEventListener.apply(target, arguments);
    },
    dispatchEvent: function (event) {
      requireArgs(arguments, 1, "execute 'dispatchEvent' on 'EventTarget'");
      if (!(isObject(event) && event[SLOT] && event[SLOT].kinds.indexOf('Event') >= 0)) {
        throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
      }
      return dispatch(target, event, self);
    }
  });
}
