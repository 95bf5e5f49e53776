// structured-clone.js: structuredClone (https://html.spec.whatwg.org/#dom-structuredclone), the
// StructuredSerialize/Deserialize pair done as one deep copy that keeps shared references and
// cycles. Transfer is not supported (a non-empty transfer list is a DataCloneError).

function dataCloneError(what) {
  return new DOMException("Failed to execute 'structuredClone' on 'Window': " + what + ' could not be cloned.',
      'DataCloneError');
}

function structuredClone(value) {
  requireArgs(arguments, 1, "execute 'structuredClone' on 'Window'");
  var options = arguments[1];
  if (isObject(options) && options.transfer !== undefined && options.transfer.length > 0) {
    throw new DOMException("Failed to execute 'structuredClone' on 'Window': transferring is not supported here.",
        'DataCloneError');
  }
  var seen = [];
  var copies = [];

  function remember(original, copy) {
    seen.push(original);
    copies.push(copy);
    return copy;
  }

  function clone(v) {
    if (hasSymbol && typeof v === 'symbol') {
      throw dataCloneError('Symbol()');
    }
    if (!isObject(v)) {
      return v;
    }
    var at = seen.indexOf(v);
    if (at >= 0) {
      return copies[at];
    }
    if (typeof v === 'function') {
      throw dataCloneError(String(v).split('\n')[0]);
    }
    var tag = Object.prototype.toString.call(v).slice(8, -1);
    if (v[SLOT]) {
      if (v[SLOT].kinds.indexOf('Blob') >= 0) {
        return remember(v, makeBlob(v[SLOT].bytes, v[SLOT].type));
      }
      if (v[SLOT].kinds.indexOf('DOMException') >= 0) {
        return remember(v, new DOMException(v.message, v.name));
      }
      throw dataCloneError('#<' + tag + '>');
    }
    if (isArrayBuffer(v)) {
      return remember(v, v.slice(0));
    }
    if (isView(v)) {
      var buffer = clone(v.buffer);
      var Ctor = global[tag];
      return remember(v, tag === 'DataView' ? new DataView(buffer, v.byteOffset, v.byteLength)
          : new Ctor(buffer, v.byteOffset, v.length));
    }
    switch (tag) {
      case 'Boolean':
      case 'Number':
      case 'String':
        return remember(v, Object(v.valueOf()));
      case 'Date':
        return remember(v, new Date(v.getTime()));
      case 'RegExp':
        return remember(v, new RegExp(v.source, v.flags !== undefined ? v.flags
            : (v.global ? 'g' : '') + (v.ignoreCase ? 'i' : '') + (v.multiline ? 'm' : '')));
      case 'Map': {
        var m = remember(v, new Map());
        v.forEach(function (val, key) {
          m.set(clone(key), clone(val));
        });
        return m;
      }
      case 'Set': {
        var st = remember(v, new Set());
        v.forEach(function (val) {
          st.add(clone(val));
        });
        return st;
      }
      case 'Error': {
        // #structuredserializeinternal: name (one of the standard ones) and message.
        var names = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];
        var name = names.indexOf(v.name) >= 0 ? v.name : 'Error';
        var e = remember(v, new global[name](v.message === undefined ? undefined : String(v.message)));
        return e;
      }
      case 'Array': {
        var a = remember(v, new Array(v.length));
        Object.keys(v).forEach(function (k) {
          a[k] = clone(v[k]);
        });
        return a;
      }
      case 'Object': {
        var o = remember(v, {});
        Object.keys(v).forEach(function (k) {
          o[k] = clone(v[k]);
        });
        return o;
      }
      default:
        throw dataCloneError('#<' + tag + '>');
    }
  }

  return clone(value);
}

exposed.structuredClone = structuredClone;
