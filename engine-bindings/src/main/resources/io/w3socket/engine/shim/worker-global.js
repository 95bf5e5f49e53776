// worker-global.js: the global object of a dedicated worker, in place of window.js
// (https://html.spec.whatwg.org/#dedicated-workers-and-the-dedicatedworkerglobalscope-interface and
// #the-workerglobalscope-common-interface): self, name, location, postMessage, close,
// importScripts, onmessage/onmessageerror/onerror, timers, WebSocket, console; no document.

hideHostAccess();
globalInterface = 'DedicatedWorkerGlobalScope';

// [name]
var workerInfo = host.workerInfo();

// #unhandled-promise-rejections: after unhandledrejection at the worker's global, a rejection
// nobody handled is reported (to the run), without an error event at the Worker object.
reportRejectionText = function (text) {
  host.workerReportRejection(text);
};

// The interface objects; the global object is a DedicatedWorkerGlobalScope (its prototype chain,
// where the engine lets a global's prototype change), as libraries test with
// self.constructor.name or instanceof WorkerGlobalScope.
function WorkerGlobalScope() {
  throw new TypeError('Illegal constructor');
}
inherit(WorkerGlobalScope, EventTarget);
setTag(WorkerGlobalScope.prototype, 'WorkerGlobalScope');
function DedicatedWorkerGlobalScope() {
  throw new TypeError('Illegal constructor');
}
inherit(DedicatedWorkerGlobalScope, WorkerGlobalScope);
setTag(DedicatedWorkerGlobalScope.prototype, 'DedicatedWorkerGlobalScope');
try {
  Object.setPrototypeOf(global, DedicatedWorkerGlobalScope.prototype);
} catch (ignored) {
  // the engine keeps its global's prototype
}

delegateListeners(global, windowTarget, global);
['message', 'messageerror', 'error', 'unhandledrejection'].forEach(function (type) {
  defineEventHandler(global, 'DedicatedWorkerGlobalScope', type, function () {
    return windowTarget[SLOT];
  });
});

/** #dom-workerglobalscope-importscripts: parse every URL first, then fetch and run each in order. */
function importScripts() {
  var urls = [];
  for (var i = 0; i < arguments.length; i++) {
    var url = toUSVString(arguments[i]);
    var parts = parseUrl(url, location.href);
    if (parts === null) {
      throw new DOMException("Failed to execute 'importScripts' on 'WorkerGlobalScope': The URL '" + url
          + "' is invalid.", 'SyntaxError');
    }
    urls.push(parts.href);
  }
  for (var j = 0; j < urls.length; j++) {
    var code;
    var entry = blobUrls[urls[j].replace(/#.*$/, '')];
    if (entry) {
      code = utf8Decode(entry[SLOT].bytes);
    } else {
      // A script that cannot be fetched: the host throws a NetworkError DOMException.
      code = host.workerImport(urls[j]);
    }
    // Run as a classic script in the global scope (indirect eval); its exceptions, syntax errors
    // included, propagate to the caller of importScripts.
    (0, eval)(code + '\n//# sourceURL=' + urls[j]);
  }
}

var workerGlobals = {
  /** #dom-dedicatedworkerglobalscope-postmessage: to the Worker object, in a task of its owner. */
  postMessage: function (message) {
    host.workerPostToOwner(serializeMessage(arguments, "'postMessage' on 'DedicatedWorkerGlobalScope'"));
  },
  /** #dom-dedicatedworkerglobalscope-close: queued tasks are dropped; this task runs to its end. */
  close: function () {
    host.workerClose();
  },
  importScripts: importScripts,
  WorkerGlobalScope: WorkerGlobalScope,
  DedicatedWorkerGlobalScope: DedicatedWorkerGlobalScope
};
for (var wx in exposed) {
  if (Object.prototype.hasOwnProperty.call(exposed, wx) && wx !== 'Worker') {
    workerGlobals[wx] = exposed[wx];
  }
}
for (var wg in workerGlobals) {
  if (Object.prototype.hasOwnProperty.call(workerGlobals, wg)) {
    define(global, wg, workerGlobals[wg]);
  }
}
installLazyGlobals();
if (global.globalThis === undefined) {
  define(global, 'globalThis', global);
}
define(global, 'self', global);
// #dom-dedicatedworkerglobalscope-name: the name given to the Worker constructor.
defineAccessor(global, 'name', function () {
  return workerInfo[0];
});

/** A message from the owner (#dom-worker-postmessage), in a task of this worker's loop. */
function workerScopeEvent(kind) {
  if (kind === 'message') {
    dispatch(windowTarget, receivedMessageEvent(host.workerMessageData()), global);
  }
}
