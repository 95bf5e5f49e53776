// console.js: console (https://console.spec.whatwg.org/), printed through the host.

function formatArg(v) {
  if (typeof v === 'string') {
    return v;
  }
  if (isObject(v) && typeof v !== 'function' && !(v instanceof Error) && !v[SLOT]) {
    try {
      var json = JSON.stringify(v);
      if (json !== undefined) {
        return json;
      }
    } catch (ignored) {
      // fall through
    }
  }
  try {
    return String(v);
  } catch (e2) {
    return Object.prototype.toString.call(v);
  }
}

function formatArgs(args) {
  var parts = [];
  for (var i = 0; i < args.length; i++) {
    parts.push(formatArg(args[i]));
  }
  return parts.join(' ');
}

var console = {};
['log', 'info', 'debug', 'trace'].forEach(function (level) {
  define(console, level, function () {
    host.print(formatArgs(arguments));
  });
});
['warn', 'error'].forEach(function (level) {
  define(console, level, function () {
    host.printError(formatArgs(arguments));
  });
});
exposed.console = console;
