// body.js: the Body mixin of Request and Response (https://fetch.spec.whatwg.org/#body-mixin) and
// #concept-bodyinit-extract. Bodies are whole byte arrays (no streams): the `body` attribute is
// null, and a body is "used" once read. FormData bodies are in form-data.js.

function isPlatform(v, kind) {
  return isObject(v) && !!v[SLOT] && v[SLOT].kinds.indexOf(kind) >= 0;
}

/**
 * #concept-bodyinit-extract: {bytes, type} from a BodyInit (Blob, BufferSource, FormData,
 * URLSearchParams or a string), type null when the body does not name one.
 */
function extractBody(v) {
  if (isPlatform(v, 'Blob')) {
    var b = v[SLOT];
    return {bytes: b.bytes, type: b.type === '' ? null : b.type};
  }
  if (isArrayBuffer(v)) {
    return {bytes: copyBytes(new Uint8Array(v)), type: null};
  }
  if (isView(v)) {
    return {bytes: copyBytes(viewBytes(v)), type: null};
  }
  if (isPlatform(v, 'FormData')) {
    return encodeMultipart(v[SLOT].list);
  }
  if (isPlatform(v, 'URLSearchParams')) {
    return {bytes: utf8Encode(serializeForm(v[SLOT].list)),
      type: 'application/x-www-form-urlencoded;charset=UTF-8'};
  }
  return {bytes: utf8Encode(toUSVString(v)), type: 'text/plain;charset=UTF-8'};
}

/** A body in a slot: {bytes, used}. */
function newBody(bytes) {
  return {bytes: bytes, used: false};
}

function bodyUsed(s) {
  return s.body !== null && s.body.used;
}

/**
 * #concept-body-consume-body: rejects with a TypeError if the body was used; else marks it used
 * and resolves with convert(bytes) (a null body is empty).
 */
function consumeBody(self, kind, method, convert) {
  var s;
  try {
    s = slotOf(self, kind);
  } catch (e) {
    return Promise.reject(e);
  }
  if (bodyUsed(s)) {
    return Promise.reject(new TypeError("Failed to execute '" + method + "' on '" + kind
        + "': body stream already read"));
  }
  var bytes = s.body === null ? new Uint8Array(0) : s.body.bytes;
  if (s.body !== null) {
    s.body.used = true;
  }
  return new Promise(function (resolve) {
    resolve(convert(bytes, s));
  });
}

/** #concept-body-mime-type: the Content-Type of the headers, or "". */
function bodyMimeType(s) {
  var v = headerListGet(s.headers[SLOT].list, 'Content-Type');
  return v === null ? '' : v;
}

/** Encoding #utf-8-decode: a leading BOM is dropped, bad sequences become U+FFFD. */
function utf8DecodeBody(bytes) {
  var bom = bytes.length >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF;
  return utf8Decode(bom ? bytes.subarray(3) : bytes);
}

/** Defines text(), json(), arrayBuffer(), blob(), bytes() and bodyUsed on a prototype. */
function defineBodyMixin(proto, kind) {
  defineAccessor(proto, 'body', function () {
    slotOf(this, kind);
    return null;
  });
  defineAccessor(proto, 'bodyUsed', function () {
    return bodyUsed(slotOf(this, kind));
  });
  defineMethods(proto, {
    arrayBuffer: function () {
      return consumeBody(this, kind, 'arrayBuffer', function (bytes) {
        return copyBytes(bytes).buffer;
      });
    },
    blob: function () {
      return consumeBody(this, kind, 'blob', function (bytes, s) {
        return makeBlob(copyBytes(bytes), bodyMimeType(s));
      });
    },
    bytes: function () {
      return consumeBody(this, kind, 'bytes', function (bytes) {
        return copyBytes(bytes);
      });
    },
    formData: function () {
      return consumeBody(this, kind, 'formData', function (bytes, s) {
        return parseFormDataBody(bytes, bodyMimeType(s), "execute 'formData' on '" + kind + "'");
      });
    },
    json: function () {
      return consumeBody(this, kind, 'json', function (bytes) {
        return JSON.parse(utf8DecodeBody(bytes));
      });
    },
    text: function () {
      return consumeBody(this, kind, 'text', function (bytes) {
        return utf8DecodeBody(bytes);
      });
    }
  });
}

/** #concept-body-clone: a copy of the bytes, unused. */
function cloneBody(body) {
  return body === null ? null : newBody(body.bytes);
}

function copyHeadersInto(guard, list) {
  var h = newHeaders(guard);
  h[SLOT].list = list.map(function (p) {
    return [p[0], p[1]];
  });
  return h;
}
