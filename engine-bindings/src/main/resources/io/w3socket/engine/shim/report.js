// report.js: reporting exceptions (https://html.spec.whatwg.org/#report-the-exception): an
// ErrorEvent at the global object first (cancelable; window.onerror gets five arguments), then,
// unless canceled, to the host with the file and line of the innermost frame. Unhandled
// rejections likewise fire unhandledrejection (#unhandled-promise-rejections) where the engine
// tells us of them (GraalJS).

/** {where: "file:line" or '', text: "Name: message"} of a thrown value. */
function describeThrown(e) {
  var text;
  try {
    if (isObject(e) && e.name !== undefined && e.message !== undefined) {
      text = String(e.name) + ': ' + String(e.message);
    } else {
      text = 'Uncaught ' + String(e);
    }
  } catch (ignored) {
    text = 'Uncaught exception';
  }
  var where = '';
  try {
    if (isObject(e) && typeof e.lineNumber === 'number' && e.lineNumber > 0) {
      where = (e.fileName ? String(e.fileName) : '<script>') + ':' + e.lineNumber;
    } else if (isObject(e) && typeof e.stack === 'string') {
      where = topFrame(e.stack);
    }
  } catch (ignored2) {
    where = '';
  }
  return {where: where, text: text};
}

function describeError(e) {
  var d = describeThrown(e);
  return d.where ? d.where + ': ' + d.text : d.text;
}

/**
 * "file:line" of the innermost frame of a V8-style stack: "at f (file:line:col)" or, for an
 * anonymous function, "at file:line:col".
 */
function topFrame(stack) {
  var lines = stack.split('\n');
  for (var i = 0; i < lines.length; i++) {
    var m = /^\s*at (?:[^(]*\()?(.+):(\d+):\d+\)?$/.exec(lines[i]);
    if (m) {
      return m[1] + ':' + m[2];
    }
  }
  return '';
}

var reportingException = false;

/**
 * Reports a script's parse error (HTML #concept-script-parse-error: a script that does not parse,
 * or a module specifier that resolves to nothing), given as the host's "[file:line: ]Type:
 * message": an error of that type (SyntaxError, TypeError) with that message, as a script's
 * exception is reported.
 */
function reportParseError(described) {
  var m = /^(?:.*?:\d+: )?(SyntaxError|TypeError): (.*)$/.exec(described);
  var error = m === null ? new SyntaxError(described)
      : m[1] === 'TypeError' ? new TypeError(m[2]) : new SyntaxError(m[2]);
  reportException(error, described);
}

/**
 * Reports {@code e}; {@code described} is the host's "file:line: Name: message" where the host
 * caught it (an uncaught top-level script error), else it is worked out here.
 */
function reportException(e, described) {
  var text = described === undefined ? describeError(e) : described;
  // An error thrown by an error listener is reported without a second event.
  if (reportingException || windowTarget === undefined) {
    host.reportError(text);
    return;
  }
  var m = /^(.*?):(\d+): (.*)$/.exec(text);
  var ev = trustedEvent(new ErrorEvent('error', {
    cancelable: true,
    message: 'Uncaught ' + (m ? m[3] : text),
    filename: m ? m[1] : '',
    lineno: m ? Number(m[2]) : 0,
    colno: 0,
    error: e
  }));
  var notCanceled;
  reportingException = true;
  try {
    notCanceled = dispatch(windowTarget, ev, global);
  } finally {
    reportingException = false;
  }
  if (notCanceled) {
    host.reportError(text);
  }
}

/**
 * Where a rejection nobody handled is reported: the run's errors. (A worker's go there too, not
 * to its Worker object's error event: worker-global.js replaces this.)
 */
var reportRejectionText = function (text) {
  host.reportError(text);
};

/** HTML #unhandled-promise-rejections, for one rejected promise nobody handled. */
function reportUnhandledRejection(reason, promise) {
  var ev = trustedEvent(new PromiseRejectionEvent('unhandledrejection',
      {cancelable: true, promise: promise, reason: reason}));
  if (dispatch(windowTarget, ev, global)) {
    var d = describeThrown(reason);
    reportRejectionText((d.where ? d.where + ': ' : '') + 'Uncaught (in promise) '
        + d.text.replace(/^Uncaught /, ''));
  }
}

// GraalJS (js.unhandled-rejections=handler) calls this with the reason and the promise.
if (typeof Graal === 'object' && Graal !== null
    && typeof Graal.setUnhandledPromiseRejectionHandler === 'function') {
  Graal.setUnhandledPromiseRejectionHandler(function (reason, promise) {
    try {
      reportUnhandledRejection(reason, promise);
    } catch (e) {
      host.reportError(describeError(e));
    }
  });
}
