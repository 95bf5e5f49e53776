// form-data.js: FormData (https://xhr.spec.whatwg.org/#interface-formdata), its
// multipart/form-data encoding (https://html.spec.whatwg.org/#multipart/form-data-encoding-algorithm)
// and the parser Body's formData() uses. No form elements: the constructor takes no form.

/**
 * #dom-formdata: empty, or a form's entry list (form-submission.js constructEntryList) with the
 * submitter's entry if one is given.
 */
function FormData(form, submitter) {
  requireNew(this, FormData, 'FormData');
  var list = [];
  if (form !== undefined) {
    var what = "Failed to construct 'FormData': ";
    if (!isElementNode(form) || !(form instanceof HTMLFormElement)) {
      throw new TypeError(what + "parameter 1 is not of type 'HTMLFormElement'.");
    }
    if (submitter !== undefined && submitter !== null) {
      if (!isElementNode(submitter) || !isSubmitButton(submitter)) {
        throw new TypeError(what + 'The specified element is not a submit button.');
      }
      if (formOwner(submitter) !== form) {
        throw new DOMException(what + 'The specified element is not owned by this form element.',
            'NotFoundError');
      }
    }
    list = constructEntryList(form, submitter === undefined ? null : submitter);
  }
  setSlot(this, {kinds: ['FormData'], list: list});
}

/** #create-an-entry: a Blob becomes a File named filename, "blob" when not given. */
function formEntry(args, method) {
  var what = "execute '" + method + "' on 'FormData'";
  var name = toUSVString(args[0]);
  var value = args[1];
  if (args.length > 2 && !isPlatform(value, 'Blob')) {
    throw new TypeError('Failed to ' + what + ": parameter 2 is not of type 'Blob'.");
  }
  if (!isPlatform(value, 'Blob')) {
    return [name, toUSVString(value)];
  }
  var filename = args.length > 2 && args[2] !== undefined ? toUSVString(args[2])
      : isPlatform(value, 'File') ? value[SLOT].name : 'blob';
  if (isPlatform(value, 'File') && args.length <= 2) {
    return [name, value];
  }
  var v = value[SLOT];
  return [name, makeFile(v.bytes, v.type, filename,
      isPlatform(value, 'File') ? v.lastModified : undefined)];
}

defineMethods(FormData.prototype, {
  append: function (name, value) {
    requireArgs(arguments, 2, "execute 'append' on 'FormData'");
    var s = slotOf(this, 'FormData');
    s.list.push(formEntry(arguments, 'append'));
  },
  'delete': function (name) {
    requireArgs(arguments, 1, "execute 'delete' on 'FormData'");
    var s = slotOf(this, 'FormData');
    var n = toUSVString(name);
    s.list = s.list.filter(function (e) {
      return e[0] !== n;
    });
  },
  get: function (name) {
    requireArgs(arguments, 1, "execute 'get' on 'FormData'");
    var s = slotOf(this, 'FormData');
    var n = toUSVString(name);
    for (var i = 0; i < s.list.length; i++) {
      if (s.list[i][0] === n) {
        return s.list[i][1];
      }
    }
    return null;
  },
  getAll: function (name) {
    requireArgs(arguments, 1, "execute 'getAll' on 'FormData'");
    var n = toUSVString(name);
    return slotOf(this, 'FormData').list.filter(function (e) {
      return e[0] === n;
    }).map(function (e) {
      return e[1];
    });
  },
  has: function (name) {
    requireArgs(arguments, 1, "execute 'has' on 'FormData'");
    var n = toUSVString(name);
    return slotOf(this, 'FormData').list.some(function (e) {
      return e[0] === n;
    });
  },
  set: function (name, value) {
    requireArgs(arguments, 2, "execute 'set' on 'FormData'");
    var s = slotOf(this, 'FormData');
    var entry = formEntry(arguments, 'set');
    // The first entry of that name takes the value; the others go.
    var out = [];
    var found = false;
    for (var i = 0; i < s.list.length; i++) {
      if (s.list[i][0] !== entry[0]) {
        out.push(s.list[i]);
      } else if (!found) {
        found = true;
        out.push(entry);
      }
    }
    if (!found) {
      out.push(entry);
    }
    s.list = out;
  },
  forEach: function (callback) {
    requireArgs(arguments, 1, "execute 'forEach' on 'FormData'");
    var s = slotOf(this, 'FormData');
    for (var i = 0; i < s.list.length; i++) {
      callback.call(arguments[1], s.list[i][1], s.list[i][0], this);
    }
  }
});
['keys', 'values', 'entries'].forEach(function (kind) {
  define(FormData.prototype, kind, function () {
    var s = slotOf(this, 'FormData');
    var index = 0;
    var it = {
      next: function () {
        if (index >= s.list.length) {
          return {value: undefined, done: true};
        }
        var e = s.list[index++];
        return {value: kind === 'keys' ? e[0] : kind === 'values' ? e[1] : [e[0], e[1]], done: false};
      }
    };
    if (hasSymbol && Symbol.iterator) {
      it[Symbol.iterator] = function () {
        return this;
      };
    }
    return it;
  });
});
if (hasSymbol && Symbol.iterator) {
  define(FormData.prototype, Symbol.iterator, FormData.prototype.entries);
}
setTag(FormData.prototype, 'FormData');

/** Line breaks become CRLF (#multipart/form-data-encoding-algorithm, names and string values). */
function crlf(s) {
  return s.replace(/\r\n|\r|\n/g, '\r\n');
}

/** Names and filenames in the header: LF, CR and '"' percent-encoded. */
function escapeFormName(s) {
  return s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

/** #multipart/form-data-encoding-algorithm: {bytes, type} with a fresh boundary. */
function encodeMultipart(list) {
  var digits = [];
  var random = randomBytes(16);
  for (var i = 0; i < random.length; i++) {
    digits.push((random[i] + 0x100).toString(16).substring(1));
  }
  var boundary = '----formdata-w3socket-' + digits.join('');
  var chunks = [];
  list.forEach(function (e) {
    var head = '--' + boundary + '\r\nContent-Disposition: form-data; name="'
        + escapeFormName(crlf(e[0])) + '"';
    if (typeof e[1] === 'string') {
      chunks.push(utf8Encode(head + '\r\n\r\n' + crlf(e[1]) + '\r\n'));
    } else {
      var f = e[1][SLOT];
      chunks.push(utf8Encode(head + '; filename="' + escapeFormName(f.name) + '"\r\nContent-Type: '
          + (f.type === '' ? 'application/octet-stream' : f.type) + '\r\n\r\n'));
      chunks.push(f.bytes);
      chunks.push(utf8Encode('\r\n'));
    }
  });
  chunks.push(utf8Encode('--' + boundary + '--\r\n'));
  var total = 0;
  chunks.forEach(function (c) {
    total += c.length;
  });
  var out = new Uint8Array(total);
  var at = 0;
  chunks.forEach(function (c) {
    out.set(c, at);
    at += c.length;
  });
  return {bytes: out, type: 'multipart/form-data; boundary=' + boundary};
}

/**
 * Fetch #dom-body-formdata: a multipart/form-data or application/x-www-form-urlencoded body as a
 * FormData; anything else, or a body that does not parse, is a TypeError.
 */
function parseFormDataBody(bytes, mimeType, what) {
  var essence = mimeType.split(';')[0].replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '').toLowerCase();
  var fd = new FormData();
  var list = fd[SLOT].list;
  if (essence === 'application/x-www-form-urlencoded') {
    parseForm(utf8DecodeBody(bytes)).forEach(function (p) {
      list.push(p);
    });
    return fd;
  }
  var boundary = /;\s*boundary=(?:"([^"]*)"|([^;\s]*))/i.exec(mimeType);
  if (essence !== 'multipart/form-data' || !boundary) {
    throw new TypeError('Failed to ' + what + ': Invalid MIME type');
  }
  var delimiter = '--' + (boundary[1] !== undefined ? boundary[1] : boundary[2]);
  var s = bytesToBinary(bytes);
  var fail = function () {
    throw new TypeError('Failed to ' + what + ': Failed to parse body as FormData.');
  };
  if (s.indexOf(delimiter) !== 0) {
    fail();
  }
  var pos = delimiter.length;
  while (s.substring(pos, pos + 2) !== '--') {
    if (s.substring(pos, pos + 2) !== '\r\n') {
      fail();
    }
    var headEnd = s.indexOf('\r\n\r\n', pos + 2);
    var next = headEnd < 0 ? -1 : s.indexOf('\r\n' + delimiter, headEnd + 4);
    if (next < 0) {
      fail();
    }
    var head = s.substring(pos + 2, headEnd);
    var content = binaryToBytes(s.substring(headEnd + 4, next));
    var name = /(?:^|;)\s*name="([^"]*)"/i.exec(head);
    var filename = /;\s*filename="([^"]*)"/i.exec(head);
    var type = /(?:^|\r\n)content-type:[ \t]*([^\r\n]*)/i.exec(head);
    if (!name) {
      fail();
    }
    var n = utf8Decode(binaryToBytes(name[1]));
    if (filename) {
      list.push([n, makeFile(content, type ? type[1] : 'text/plain', utf8Decode(binaryToBytes(filename[1])))]);
    } else {
      list.push([n, utf8Decode(content)]);
    }
    pos = next + 2 + delimiter.length;
  }
  return fd;
}

exposed.FormData = FormData;
