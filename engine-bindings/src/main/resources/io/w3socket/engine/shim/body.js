// body.js: the Body mixin of Request and Response (https://fetch.spec.whatwg.org/#body-mixin) and
// #concept-bodyinit-extract. A body is whole bytes, or a ReadableStream the page gave
// (#bodyinit-safely-extract); the `body` attribute makes a byte stream of the bytes when first
// read (the streams module, streams-hooks.js, loads then), and reading the body reads that stream
// once it exists. FormData bodies are in form-data.js.

function isPlatform(v, kind) {
  return isObject(v) && !!v[SLOT] && v[SLOT].kinds.indexOf(kind) >= 0;
}

/**
 * #concept-bodyinit-extract: {bytes, type} from a BodyInit (Blob, BufferSource, FormData,
 * URLSearchParams or a string), type null when the body does not name one; with {@code kind}
 * (Request or Response, whose BodyInit has one) a ReadableStream too, as {stream, bytes: null}.
 */
function extractBody(v, kind) {
  if (kind !== undefined && isPlatform(v, 'ReadableStream')) {
    // #concept-bodyinit-extract step 2 (and #bodyinit-safely-extract's check).
    var streams = loadModule('streams');
    if (streams.isReadableStreamDisturbed(v) || streams.readableStreamIsLocked(v)) {
      throw new TypeError("Failed to construct '" + kind + "': " + kind
          + ' body object should not be disturbed or locked');
    }
    return {bytes: null, stream: v, type: null};
  }
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

/**
 * A body in a slot: {bytes, stream, used}: bytes (null for a page's stream), its stream (null until
 * the body attribute is read), and used, set when it was read without a stream.
 */
function newBody(bytes, stream) {
  return {bytes: bytes, stream: stream || null, used: false};
}

/** #body-unusable: disturbed (read, or cancelled) or locked. */
function bodyDisturbed(body) {
  return body.used
      || (body.stream !== null && loadModule('streams').isReadableStreamDisturbed(body.stream));
}

function bodyUsed(s) {
  return s.body !== null && bodyDisturbed(s.body);
}

/**
 * #concept-body-stream: the body's ReadableStream; for bytes, a byte stream made when first asked
 * for, with the bytes queued as one chunk and closed (disturbed, if the bytes were read already).
 */
function bodyStream(body) {
  if (body.stream === null) {
    var streams = loadModule('streams');
    var stream = streams.setUpReadableStreamWithByteReadingSupport(streams.newReadableStreamObject());
    if (body.bytes.length > 0) {
      streams.enqueueIntoReadableStream(stream, copyBytes(body.bytes));
    }
    streams.closeReadableStream(stream);
    if (body.used) {
      streams.cancelReadableStream(stream);
    }
    body.stream = stream;
  }
  return body.stream;
}

/**
 * #fully-read-body: the body's bytes to {@code success}, read from its stream where it has one;
 * to {@code failure}, the stream's error, or a TypeError and true for a chunk that is no
 * Uint8Array.
 */
function fullyReadBody(body, success, failure) {
  if (body.stream === null) {
    body.used = true;
    success(body.bytes);
    return;
  }
  var streams = loadModule('streams');
  streams.readAllBytes(streams.getAReader(body.stream), success, failure);
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
  var what = "Failed to execute '" + method + "' on '" + kind + "': ";
  if (bodyUsed(s)) {
    return Promise.reject(new TypeError(what + 'body stream already read'));
  }
  if (s.body !== null && s.body.stream !== null
      && loadModule('streams').readableStreamIsLocked(s.body.stream)) {
    return Promise.reject(new TypeError(what + 'body stream is locked'));
  }
  return new Promise(function (resolve, reject) {
    if (s.body === null) {
      resolve(convert(new Uint8Array(0), s));
      return;
    }
    fullyReadBody(s.body, function (bytes) {
      try {
        resolve(convert(bytes, s));
      } catch (e) {
        reject(e);
      }
    }, function (e, badChunk) {
      // A chunk that is no Uint8Array: Chromium's message; else the stream's error.
      reject(badChunk ? new TypeError('Failed to fetch') : e);
    });
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
    var s = slotOf(this, kind);
    return s.body === null ? null : bodyStream(s.body);
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

/** #concept-body-clone: the stream teed (this body keeps one branch), or a copy of the bytes. */
function cloneBody(body) {
  if (body === null) {
    return null;
  }
  if (body.stream === null) {
    return newBody(body.bytes);
  }
  var branches = loadModule('streams').teeReadableStream(body.stream);
  body.stream = branches[0];
  return newBody(body.bytes, branches[1]);
}

function copyHeadersInto(guard, list) {
  var h = newHeaders(guard);
  h[SLOT].list = list.map(function (p) {
    return [p[0], p[1]];
  });
  return h;
}
