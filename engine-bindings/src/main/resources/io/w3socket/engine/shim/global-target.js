// global-target.js: the global object's EventTarget side. The global object (window, or a worker's
// DedicatedWorkerGlobalScope) is the engine's own, not an EventTarget instance: its
// addEventListener family and event handlers delegate to this hidden target, at which report.js
// fires error and unhandledrejection.

var windowTarget = new EventTarget();

/**
 * obj's EventTarget methods act on target; listeners on it see self (default: target) as `this`
 * and currentTarget.
 */
function delegateListeners(obj, target, self) {
  if (self !== undefined) {
    target[SLOT].self = self;
  }
  defineMethods(obj, {
    addEventListener: function () {
      return EventTarget.prototype.addEventListener.apply(target, arguments);
    },
    removeEventListener: function () {
      return EventTarget.prototype.removeEventListener.apply(target, arguments);
    },
    dispatchEvent: function () {
      return EventTarget.prototype.dispatchEvent.apply(target, arguments);
    }
  });
}
