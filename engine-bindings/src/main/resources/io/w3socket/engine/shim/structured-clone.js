// structured-clone.js: StructuredSerialize and StructuredDeserialize
// (https://html.spec.whatwg.org/#safe-passing-of-structured-data) as a flat list of tokens —
// strings, numbers, booleans, null and bytes (Uint8Array) — so that one record can be read back in
// this realm (structuredClone) or cross the host bridge to another realm (worker messages, see
// worker.js). Objects are numbered in the order they are first met; a back reference ('r', n)
// keeps shared references and cycles. Transfer copies an ArrayBuffer's bytes, then detaches the
// sender's buffer where the engine can, and moves a MessagePort (see serializeWithTransfer).
//
// Tokens: 'u' undefined, 'z' null, 'b' bool, 'n' number, 's' string, 'i' bigint (decimal text),
// 'r' n (the n-th object), 'B'/'N'/'S'/'I' value (primitive wrappers), 'D' time, 'R' source flags,
// 'A' bytes (ArrayBuffer), 'V' type buffer byteOffset length (a view), 'M' count key value...,
// 'T' count value..., 'E' name hasMessage message, 'L' type bytes (Blob), 'X' name message
// (DOMException), 'P' index (a MessagePort in the transfer list), 'a' length (key value)... null
// (Array), 'o' (key value)... null (Object). A record (serializeWithTransfer) is the number of
// ports it transfers, their ids, then the tokens.

function dataCloneError(context, what) {
  return new DOMException('Failed to execute ' + context + ': ' + what + ' could not be cloned.',
      'DataCloneError');
}

/** "Symbol(description)", as String(symbol) gives it (Nashorn's String() throws for a symbol). */
function symbolName(v) {
  try {
    return Symbol.prototype.toString.call(v);
  } catch (e) {
    return 'Symbol()';
  }
}

var WRAPPER_TOKENS = {Boolean: 'B', Number: 'N', String: 'S', BigInt: 'I'};

var ERROR_NAMES = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];

/**
 * #structuredserialize: the tokens of {@code value}, or a DataCloneError naming {@code context}.
 * A MessagePort in {@code ports} (the transferred ones) is its index there; any other cannot be
 * serialized.
 */
function serialize(value, context, ports) {
  var memory = [];
  var out = [];

  function entries(obj) {
    var keys = Object.keys(obj);
    for (var i = 0; i < keys.length; i++) {
      // #structuredserializeinternal: a property a getter removed meanwhile is skipped.
      if (Object.prototype.hasOwnProperty.call(obj, keys[i])) {
        out.push(keys[i]);
        ser(obj[keys[i]]);
      }
    }
    out.push(null);
  }

  function ser(v) {
    var t = typeof v;
    if (v === undefined) {
      out.push('u');
    } else if (v === null) {
      out.push('z');
    } else if (t === 'boolean') {
      out.push('b', v);
    } else if (t === 'number') {
      out.push('n', v);
    } else if (t === 'string') {
      out.push('s', v);
    } else if (t === 'bigint') {
      out.push('i', String(v));
    } else if (t === 'symbol') {
      throw dataCloneError(context, symbolName(v));
    } else if (memory.indexOf(v) >= 0) {
      out.push('r', memory.indexOf(v));
    } else if (t === 'function') {
      throw dataCloneError(context, String(v).split('\n')[0]);
    } else {
      memory.push(v);
      serObject(v);
    }
  }

  function serObject(v) {
    var tag = Object.prototype.toString.call(v).slice(8, -1);
    if (v[SLOT]) {
      if (isPort(v)) {
        if (!ports || ports.indexOf(v) < 0) {
          throw new DOMException('Failed to execute ' + context
              + ': A MessagePort could not be cloned because it was not transferred.', 'DataCloneError');
        }
        out.push('P', ports.indexOf(v));
      } else if (v[SLOT].kinds.indexOf('Blob') >= 0) {
        out.push('L', v[SLOT].type, copyBytes(v[SLOT].bytes));
      } else if (v[SLOT].kinds.indexOf('DOMException') >= 0) {
        out.push('X', String(v.name), String(v.message));
      } else {
        throw dataCloneError(context, '#<' + tag + '>');
      }
    } else if (isArrayBuffer(v)) {
      // #structuredserializeinternal step 13.2: a detached ArrayBuffer cannot be serialized.
      if (isDetached(v)) {
        throw new DOMException('Failed to execute ' + context + ': An ArrayBuffer is detached and could not be cloned.',
            'DataCloneError');
      }
      out.push('A', new Uint8Array(v.slice(0)));
    } else if (isView(v)) {
      out.push('V', tag);
      ser(v.buffer);
      out.push(v.byteOffset, tag === 'DataView' ? v.byteLength : v.length);
    } else if (tag === 'Boolean' || tag === 'Number' || tag === 'String' || tag === 'BigInt') {
      out.push(WRAPPER_TOKENS[tag], tag === 'BigInt' ? String(v.valueOf()) : v.valueOf());
    } else if (tag === 'Date') {
      out.push('D', v.getTime());
    } else if (tag === 'RegExp') {
      out.push('R', v.source, v.flags !== undefined ? v.flags
          : (v.global ? 'g' : '') + (v.ignoreCase ? 'i' : '') + (v.multiline ? 'm' : ''));
    } else if (tag === 'Map') {
      var pairs = [];
      v.forEach(function (val, key) {
        pairs.push(key, val);
      });
      out.push('M', pairs.length / 2);
      pairs.forEach(ser);
    } else if (tag === 'Set') {
      var items = [];
      v.forEach(function (val) {
        items.push(val);
      });
      out.push('T', items.length);
      items.forEach(ser);
    } else if (tag === 'Error') {
      // The name if it is one of the standard ones, and an own data property message.
      var name = ERROR_NAMES.indexOf(v.name) >= 0 ? v.name : 'Error';
      var d = Object.getOwnPropertyDescriptor(v, 'message');
      var has = d !== undefined && 'value' in d;
      out.push('E', name, has, has ? String(d.value) : '');
    } else if (tag === 'Array') {
      out.push('a', v.length);
      entries(v);
    } else if (tag === 'Object') {
      out.push('o');
      entries(v);
    } else {
      throw dataCloneError(context, '#<' + tag + '>');
    }
  }

  ser(value);
  return out;
}

/**
 * #structureddeserialize of tokens from {@link serialize}, from {@code tokens[start]}; {@code
 * bytesOf} turns a bytes token into a Uint8Array this realm owns, {@code ports} are the transferred
 * ports' new objects. Throws a DataCloneError when this realm cannot make a value (an unknown
 * typed array type).
 */
function deserialize(tokens, bytesOf, start, ports) {
  var at = start;
  var memory = [];

  function next() {
    return tokens[at++];
  }

  function keep(obj) {
    memory.push(obj);
    return obj;
  }

  function fill(obj) {
    for (var key = next(); key !== null && key !== undefined; key = next()) {
      obj[key] = de();
    }
    return obj;
  }

  function de() {
    var tag = next();
    switch (tag) {
      case 'u':
        return undefined;
      case 'z':
        return null;
      case 'b':
      case 'n':
      case 's':
        return next();
      case 'i':
        return BigInt(next());
      case 'r':
        return memory[next()];
      case 'B':
      case 'N':
      case 'S':
        return keep(Object(next()));
      case 'I':
        return keep(Object(BigInt(next())));
      case 'D':
        return keep(new Date(next()));
      case 'R':
        return keep(new RegExp(next(), next()));
      case 'A':
        return keep(bytesOf(next()).buffer);
      case 'P':
        return keep(ports[next()]);
      case 'V': {
        var slot = memory.length;
        memory.push(null);
        var type = next();
        var buffer = de();
        var offset = next();
        var length = next();
        var Ctor = global[type];
        if (typeof Ctor !== 'function') {
          throw dataCloneError('deserialize', 'a ' + type);
        }
        memory[slot] = new Ctor(buffer, offset, length);
        return memory[slot];
      }
      case 'M': {
        var m = keep(new Map());
        for (var n = next(); n > 0; n--) {
          var k = de();
          m.set(k, de());
        }
        return m;
      }
      case 'T': {
        var st = keep(new Set());
        for (var c = next(); c > 0; c--) {
          st.add(de());
        }
        return st;
      }
      case 'E': {
        var Err = global[next()];
        var has = next();
        var message = next();
        return keep(has ? new Err(message) : new Err());
      }
      case 'L': {
        var blobType = next();
        return keep(makeBlob(bytesOf(next()), blobType));
      }
      case 'X': {
        var exName = next();
        return keep(new DOMException(next(), exName));
      }
      case 'a': {
        var a = keep(new Array(next()));
        return fill(a);
      }
      case 'o':
        return fill(keep({}));
      default:
        throw dataCloneError('deserialize', 'a record (' + String(tag) + ')');
    }
  }

  return de();
}

/** ES2024 IsDetachedBuffer, where the engine tells (GraalJS); an engine without it never detaches. */
function isDetached(buffer) {
  return buffer.detached === true;
}

/**
 * HTML #structuredserializewithtransfer steps 1-2 for a transfer list already converted to a
 * sequence<object>: every item an ArrayBuffer or a MessagePort (the transferable types here), none
 * twice, none detached; else a DataCloneError worded as Chromium words it.
 */
function checkTransferList(list, context) {
  var prefix = 'Failed to execute ' + context + ': ';
  for (var i = 0; i < list.length; i++) {
    var t = list[i];
    if (isPort(t)) {
      if (list.indexOf(t) < i) {
        throw new DOMException(prefix + 'Message port at index ' + i + ' is a duplicate of an earlier port.',
            'DataCloneError');
      }
      if (t[SLOT].detached) {
        throw new DOMException(prefix + 'Port at index ' + i + ' is already neutered.', 'DataCloneError');
      }
      continue;
    }
    if (!isArrayBuffer(t)) {
      throw new DOMException(prefix + 'Value at index ' + i + ' does not have a transferable type.',
          'DataCloneError');
    }
    if (list.indexOf(t) < i) {
      throw new DOMException(prefix + 'ArrayBuffer at index ' + i + ' is a duplicate of an earlier ArrayBuffer.',
          'DataCloneError');
    }
    if (isDetached(t)) {
      throw new DOMException(prefix + 'ArrayBuffer at index ' + i + ' is already detached.', 'DataCloneError');
    }
  }
  return list;
}

/**
 * A sequence<object> argument or dictionary member (WebIDL #es-sequence): an iterable object whose
 * items are all objects; undefined is the empty sequence.
 */
function objectSequence(value, context, member) {
  if (value === undefined) {
    return [];
  }
  var prefix = 'Failed to execute ' + context + ': ' + (member ? 'Failed to read the ' + member + ': ' : '');
  if (!isObject(value)) {
    throw new TypeError(prefix + 'The provided value cannot be converted to a sequence.');
  }
  var list = Array.isArray(value) ? value.slice() : iterate(value, 'execute ' + context);
  for (var i = 0; i < list.length; i++) {
    if (!isObject(list[i])) {
      throw new TypeError(prefix + "Failed to convert value to 'object'.");
    }
  }
  return list;
}

/**
 * #structuredserializewithtransfer step 5: once the value is serialized (its bytes copied), each
 * transferred ArrayBuffer is detached, with ES2024 ArrayBuffer.prototype.transfer where the engine
 * has it (GraalJS; Nashorn cannot detach one, so there the sender keeps its buffer), and each
 * transferred MessagePort object is detached, its port going with the message.
 */
function detachTransferred(list) {
  var ids = [];
  for (var i = 0; i < list.length; i++) {
    if (isPort(list[i])) {
      ids.push(shipPort(list[i]));
    } else if (typeof list[i].transfer === 'function') {
      list[i].transfer();
    }
  }
  return ids;
}

/**
 * The value serialized with its transfer list (HTML #structuredserializewithtransfer): a record
 * of the number of ports it transfers, their ids, then the value's tokens.
 */
function serializeWithTransfer(value, transfer, context) {
  checkTransferList(transfer, context);
  var ports = [];
  for (var i = 0; i < transfer.length; i++) {
    if (isPort(transfer[i])) {
      ports.push(transfer[i]);
    }
  }
  var tokens = serialize(value, context, ports);
  var ids = detachTransferred(transfer);
  return [ids.length].concat(ids, tokens);
}

/**
 * HTML #structureddeserializewithtransfer of a record from {@link serializeWithTransfer}: the
 * value, and the transferred ports as new MessagePort objects of this realm.
 */
function deserializeRecord(record, bytesOf) {
  var n = record[0];
  var ports = [];
  for (var i = 1; i <= n; i++) {
    ports.push(adoptPort(record[i]));
  }
  return {data: deserialize(record, bytesOf, n + 1, ports), ports: ports};
}

/** The transfer list of a StructuredSerializeOptions argument (undefined and null are {}). */
function optionsTransfer(options, context) {
  if (options !== undefined && options !== null && !isObject(options)) {
    throw new TypeError('Failed to execute ' + context + ": The provided value is not of type 'StructuredSerializeOptions'.");
  }
  return objectSequence(isObject(options) ? options.transfer : undefined, context,
      "'transfer' property from 'StructuredSerializeOptions'");
}

function structuredClone(value) {
  var context = "'structuredClone' on '" + globalInterface + "'";
  requireArgs(arguments, 1, 'execute ' + context);
  var transfer = optionsTransfer(arguments[1], context);
  return deserializeRecord(serializeWithTransfer(value, transfer, context), function (u8) {
    return u8;
  }).data;
}

exposed.structuredClone = structuredClone;
