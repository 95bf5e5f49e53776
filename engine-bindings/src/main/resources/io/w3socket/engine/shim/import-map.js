// import-map.js: an importmap script's text parsed and checked (HTML #parse-an-import-map-string,
// with Chromium 156's errors), its entries handed to the host (io.w3socket.engine.ImportMap, which
// normalizes, sorts, merges and resolves them), the host's warnings written to the console.

/**
 * HTML #register-an-import-map: a parse error is reported as the script's exception, at {@code
 * where} (the script's "file:line").
 */
function registerImportMap(text, where) {
  var entries;
  try {
    entries = importMapEntries(text);
  } catch (e) {
    reportException(e, where + ': ' + e.name + ': ' + e.message);
    return;
  }
  var warnings = host.importMap(entries);
  for (var i = 0; i < warnings.length; i++) {
    console.warn(warnings[i]);
  }
}

function importMapEntries(text) {
  var parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new SyntaxError('Failed to parse import map: invalid JSON');
  }
  if (!isJsonObject(parsed)) {
    throw new TypeError('Failed to parse import map: not an object');
  }
  var entries = [];
  if (Object.prototype.hasOwnProperty.call(parsed, 'imports')) {
    if (!isJsonObject(parsed.imports)) {
      throw new TypeError('Failed to parse import map: "imports" top-level key must be a JSON object.');
    }
    addSpecifierMap(entries, 'imports', '', parsed.imports);
  }
  if (Object.prototype.hasOwnProperty.call(parsed, 'scopes')) {
    if (!isJsonObject(parsed.scopes)) {
      throw new TypeError('Failed to parse import map: "scopes" top-level key must be a JSON object.');
    }
    Object.keys(parsed.scopes).forEach(function (prefix) {
      var map = parsed.scopes[prefix];
      if (!isJsonObject(map)) {
        throw new TypeError('Failed to parse import map: the value of the scope with prefix "' + prefix
            + '" must be a JSON object.');
      }
      addSpecifierMap(entries, 'scope', prefix, map);
    });
  }
  return entries;
}

function isJsonObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Four strings an entry: kind, scope prefix, specifier key, "s" and the address or "x". */
function addSpecifierMap(entries, kind, prefix, map) {
  Object.keys(map).forEach(function (key) {
    var v = map[key];
    entries.push(kind, prefix, key, typeof v === 'string' ? 's' + v : 'x');
  });
}

/** HTML #prepare-the-script-element: an external import map fires error at its element, in a task. */
function rejectExternalImportMap(handle) {
  var script = nodeFor(handle);
  queueTask(function () {
    dispatch(script, trustedEvent(new Event('error')));
  });
}
