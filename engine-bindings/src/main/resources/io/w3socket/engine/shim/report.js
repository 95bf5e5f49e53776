// report.js: reporting exceptions (https://html.spec.whatwg.org/#report-the-exception): to the
// host, with the file and line of the innermost frame.

function describeError(e) {
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
  return where ? where + ': ' + text : text;
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

function reportException(e) {
  host.reportError(describeError(e));
}
