// host-access.js: unless the embedder opted in, the global object keeps none of the engine's host
// access (Java, Packages, Polyglot, load, exit, print, ...). Called by window.js and
// worker-global.js.

function hideHostAccess() {
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
}
