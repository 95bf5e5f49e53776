// console.js: console (https://console.spec.whatwg.org/), printed through the host: the logging,
// counting, grouping and timing functions, format specifiers (#formatter), groups as two spaces of
// indentation per level. warn, error, assert and the console's own warnings go to the run's error
// output, the rest to its output.

/**
 * How an argument is printed (#printer, implementation-defined): strings as they are, plain objects
 * and arrays as JSON, anything else as String() gives it.
 */
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

/**
 * #formatter: each format specifier of the first argument, left to right, takes the next argument
 * (%s String(), %d and %i parseInt(, 10), %f parseFloat(), %o and %O the printer's form, %c CSS:
 * nothing here) until no specifier or no argument is left; a specifier without an argument stays
 * as it is. What a specifier was replaced with is not scanned again (as in Chromium and Node; the
 * standard's steps would look at it again).
 */
function formatSpecifiers(args) {
  var target = args[0];
  var next = 1;
  var out = '';
  var from = 0;
  var re = /%[sdifoOc]/g;
  var m;
  while (next < args.length && (m = re.exec(target)) !== null) {
    var current = args[next++];
    var c = m[0].charAt(1);
    var converted;
    if (c === 's') {
      // String(): a Symbol's description too (which Nashorn's String() refuses).
      converted = typeof current === 'symbol' ? current.toString() : String(current);
    } else if (c === 'd' || c === 'i') {
      converted = typeof current === 'symbol' ? 'NaN' : String(parseInt(current, 10));
    } else if (c === 'f') {
      converted = typeof current === 'symbol' ? 'NaN' : String(parseFloat(current));
    } else if (c === 'c') {
      converted = '';
    } else {
      converted = formatArg(current);
    }
    out += target.substring(from, m.index) + converted;
    from = m.index + 2;
  }
  return [out + target.substring(from)].concat(Array.prototype.slice.call(args, next));
}

/** The console's group stack's depth (#grouping); its count map and timer table. */
var consoleGroups = 0;
var consoleCounts = {};
var consoleTimers = {};

/** #printer: the arguments separated by spaces, each line indented by the open groups. */
function consolePrint(toErrors, args) {
  var text = formatArgs(args);
  if (consoleGroups > 0) {
    var indent = new Array(consoleGroups + 1).join('  ');
    text = indent + text.split('\n').join('\n' + indent);
  }
  if (toErrors) {
    host.printError(text);
  } else {
    host.print(text);
  }
}

/** #logger: nothing for no arguments; format specifiers if there is more than one. */
function consoleLog(toErrors, args) {
  if (args.length === 0) {
    return;
  }
  consolePrint(toErrors, formatted(args));
}

/** The arguments with the first one's format specifiers applied, if it is a string and has any. */
function formatted(args) {
  return args.length > 1 && typeof args[0] === 'string' ? formatSpecifiers(args) : args;
}

function consoleLabel(label) {
  return label === undefined ? 'default' : toDOMString(label);
}

/** A duration for timeLog and timeEnd (implementation-defined): milliseconds, as Chromium prints them. */
function consoleDuration(label) {
  return label + ': ' + Math.round((host.clockNow() - consoleTimers[label]) * 1000) / 1000 + ' ms';
}

/** The call stack for trace(), without the first line of an Error's stack and the shim's frames. */
function callStack() {
  var stack = String(new Error().stack || '').split('\n').slice(1);
  return stack.filter(function (line) {
    return line.indexOf('w3socket-shim') < 0 && line.indexOf('w3socket-worker-shim') < 0;
  }).map(function (line) {
    return '    ' + line.replace(/^\s+/, '');
  });
}

var CONSOLE_METHODS = {
  assert: function () {
    if (toBoolean(arguments[0])) {
      return;
    }
    var data = Array.prototype.slice.call(arguments, 1);
    var message = 'Assertion failed';
    if (data.length === 0) {
      data.push(message);
    } else if (typeof data[0] !== 'string') {
      data.unshift(message);
    } else {
      data[0] = message + ': ' + data[0];
    }
    consoleLog(true, data);
  },
  clear: function () {
    consoleGroups = 0; // a terminal's output cannot be cleared
  },
  debug: function () {
    consoleLog(false, arguments);
  },
  error: function () {
    consoleLog(true, arguments);
  },
  info: function () {
    consoleLog(false, arguments);
  },
  log: function () {
    consoleLog(false, arguments);
  },
  // #table: the rows of tabularData (its own enumerable properties), the columns of their values'
  // (or of properties), drawn with box characters; anything else logged as it is.
  table: function () {
    var tabularData = arguments[0];
    var properties = arguments[1];
    if (!isObject(tabularData)) {
      consoleLog(false, arguments.length === 0 ? [] : [tabularData]);
      return;
    }
    consolePrint(false, [drawTable(tabularData, properties === undefined ? null
        : Array.prototype.map.call(properties, toDOMString))]);
  },
  trace: function () {
    var label = arguments.length === 0 ? 'console.trace' : formatArgs(formatted(arguments));
    consolePrint(false, [[label].concat(callStack()).join('\n')]);
  },
  warn: function () {
    consoleLog(true, arguments);
  },
  dir: function () {
    consolePrint(false, [formatArg(arguments[0])]);
  },
  dirxml: function () {
    consoleLog(false, arguments);
  },
  count: function () {
    var label = consoleLabel(arguments[0]);
    consoleCounts[label] = (consoleCounts[label] || 0) + 1;
    consoleLog(false, [label + ': ' + consoleCounts[label]]);
  },
  countReset: function () {
    var label = consoleLabel(arguments[0]);
    if (Object.prototype.hasOwnProperty.call(consoleCounts, label)) {
      consoleCounts[label] = 0;
    } else {
      consoleLog(true, ["Count for '" + label + "' does not exist"]);
    }
  },
  group: function () {
    consoleGroupStart(arguments);
  },
  groupCollapsed: function () {
    consoleGroupStart(arguments);
  },
  groupEnd: function () {
    if (consoleGroups > 0) {
      consoleGroups--;
    }
  },
  time: function () {
    var label = consoleLabel(arguments[0]);
    if (Object.prototype.hasOwnProperty.call(consoleTimers, label)) {
      consoleLog(true, ["Timer '" + label + "' already exists"]);
      return;
    }
    consoleTimers[label] = host.clockNow();
  },
  timeLog: function () {
    var label = consoleLabel(arguments[0]);
    if (!Object.prototype.hasOwnProperty.call(consoleTimers, label)) {
      consoleLog(true, ["Timer '" + label + "' does not exist"]);
      return;
    }
    consolePrint(false, [consoleDuration(label)].concat(Array.prototype.slice.call(arguments, 1)));
  },
  timeEnd: function () {
    var label = consoleLabel(arguments[0]);
    if (!Object.prototype.hasOwnProperty.call(consoleTimers, label)) {
      consoleLog(true, ["Timer '" + label + "' does not exist"]);
      return;
    }
    var line = consoleDuration(label);
    delete consoleTimers[label];
    consolePrint(false, [line]);
  }
};

/** #group: its label (the formatted data, or "console.group") printed, then one level deeper. */
function consoleGroupStart(args) {
  consolePrint(false, args.length === 0 ? ['console.group'] : formatted(args));
  consoleGroups++;
}

/** console.table's drawing: an "(index)" column, the data's columns, or "Values" for primitives. */
function drawTable(data, properties) {
  var rows = Object.keys(data);
  var columns = properties === null ? [] : properties;
  var hasValues = false;
  rows.forEach(function (r) {
    var v = data[r];
    if (!isObject(v)) {
      hasValues = true;
    } else if (properties === null) {
      Object.keys(v).forEach(function (k) {
        if (columns.indexOf(k) < 0) {
          columns.push(k);
        }
      });
    }
  });
  var head = ['(index)'].concat(columns).concat(hasValues ? ['Values'] : []);
  var body = rows.map(function (r) {
    var v = data[r];
    var cells = [r];
    columns.forEach(function (k) {
      cells.push(isObject(v) && Object.prototype.hasOwnProperty.call(v, k) ? formatArg(v[k]) : '');
    });
    if (hasValues) {
      cells.push(isObject(v) ? '' : formatArg(v));
    }
    return cells;
  });
  var widths = head.map(function (h, i) {
    return body.reduce(function (w, cells) {
      return Math.max(w, cells[i].length);
    }, h.length) + 2;
  });
  function line(l, m, r) {
    return l + widths.map(function (w) {
      return new Array(w + 1).join('\u2500');
    }).join(m) + r;
  }
  function row(cells) {
    return '\u2502' + cells.map(function (c, i) {
      var pad = widths[i] - c.length;
      var left = Math.floor(pad / 2);
      return new Array(left + 1).join(' ') + c + new Array(pad - left + 1).join(' ');
    }).join('\u2502') + '\u2502';
  }
  return [line('\u250c', '\u252c', '\u2510'), row(head), line('\u251c', '\u253c', '\u2524')]
      .concat(body.map(row)).concat([line('\u2514', '\u2534', '\u2518')]).join('\n');
}

/**
 * WebIDL #es-namespaces: the operations are own enumerable, writable, configurable properties; the
 * [[Prototype]] an empty object (Console #namespace-object requirements); the tag "console".
 */
var console = Object.create(Object.create(Object.prototype));
Object.keys(CONSOLE_METHODS).forEach(function (name) {
  Object.defineProperty(console, name, {value: CONSOLE_METHODS[name], writable: true, enumerable: true,
    configurable: true});
});
setTag(console, 'console');
exposed.console = console;
