// html-element.js: HTMLElement's IDL attributes for the global attributes (HTML #htmlelement):
// accessKey, autocapitalize, autocorrect, autofocus, contentEditable and isContentEditable, dir,
// draggable, enterKeyHint, inert, inputMode, nonce, outerText, spellcheck, translate and
// writingSuggestions, as headless Chromium 156 answers them with no user and no layout.
// (title, lang, hidden, innerText are dom-element.js's; tabIndex focus.js's.)

/** The attribute's value ASCII-lowercased, or null. */
function lowerAttribute(el, name) {
  var v = host.domAttribute(elementHandle(el), name);
  return v === null ? null : asciiLowercase(v);
}

/**
 * An enumerated attribute (#enumerated-attribute): its keyword when valid (keywords maps a
 * keyword to the state's own), else invalid (with a value) or missing (without).
 */
function enumeratedAttribute(el, name, keywords, invalid, missing) {
  var v = lowerAttribute(el, name);
  if (v === null) {
    return missing;
  }
  return Object.prototype.hasOwnProperty.call(keywords, v) ? keywords[v] : invalid;
}

/** An inherited boolean-like state: the nearest inclusive ancestor's keyword, else fallback. */
function inheritedState(el, name, keywords, fallback) {
  for (var n = el; n !== null; n = n.parentElement) {
    var v = lowerAttribute(n, name);
    if (v !== null && Object.prototype.hasOwnProperty.call(keywords, v)) {
      return keywords[v];
    }
  }
  return fallback;
}

function setAttributeTo(name) {
  return function (v) {
    hostSetAttribute(elementHandle(this), name, toDOMString(v));
  };
}

(function (proto) {
  reflectString([HTMLElement], 'accessKey', 'accesskey');
  reflectBoolean([HTMLElement], 'autofocus', 'autofocus');
  reflectBoolean([HTMLElement], 'inert', 'inert');

  // #dom-dir, #dom-enterkeyhint, #dom-inputmode: their keywords, else "" (form-control-members.js).
  reflectKeyword([HTMLElement], 'dir', 'dir', ['ltr', 'rtl', 'auto'], '');
  reflectKeyword([HTMLElement], 'enterKeyHint', 'enterkeyhint', ['enter', 'done', 'go', 'next',
    'previous', 'search', 'send'], '');
  reflectKeyword([HTMLElement], 'inputMode', 'inputmode', ['none', 'text', 'tel', 'url', 'email',
    'numeric', 'decimal', 'search'], '');

  /**
   * #dom-autocapitalize: the own autocapitalization hint's keyword (off is none, on is
   * sentences; an invalid value is sentences), "" for the default state (no attribute, or "" as
   * Chromium 156 reads it).
   */
  defineAccessor(proto, 'autocapitalize', function () {
    return enumeratedAttribute(this, 'autocapitalize', {'': '', off: 'none', none: 'none',
      on: 'sentences', sentences: 'sentences', words: 'words', characters: 'characters'}, 'sentences', '');
  }, setAttributeTo('autocapitalize'));

  /** #dom-autocorrect: false for autocorrect=off (Chromium 156 reads only the element's own). */
  defineAccessor(proto, 'autocorrect', function () {
    return lowerAttribute(this, 'autocorrect') !== 'off';
  }, function (v) {
    hostSetAttribute(elementHandle(this), 'autocorrect', toBoolean(v) ? 'on' : 'off');
  });

  /** #dom-draggable: the draggable attribute's true or false, else an img or a link with an href. */
  defineAccessor(proto, 'draggable', function () {
    var v = lowerAttribute(this, 'draggable');
    if (v === 'true' || v === 'false') {
      return v === 'true';
    }
    var tag = tagOf(this);
    return tag === 'IMG' || (tag === 'A' && host.domAttribute(elementHandle(this), 'href') !== null);
  }, function (v) {
    hostSetAttribute(elementHandle(this), 'draggable', toBoolean(v) ? 'true' : 'false');
  });

  /** #dom-spellcheck: the nearest spellcheck attribute's state, true by default. */
  defineAccessor(proto, 'spellcheck', function () {
    return inheritedState(this, 'spellcheck', {'': true, 'true': true, 'false': false}, true);
  }, function (v) {
    hostSetAttribute(elementHandle(this), 'spellcheck', toBoolean(v) ? 'true' : 'false');
  });

  /** #dom-translate: the translation mode (#attr-translate), inherited, yes at the root. */
  defineAccessor(proto, 'translate', function () {
    return inheritedState(this, 'translate', {'': true, yes: true, no: false}, true);
  }, function (v) {
    hostSetAttribute(elementHandle(this), 'translate', toBoolean(v) ? 'yes' : 'no');
  });

  /** #dom-writingsuggestions: "false" when the nearest writingsuggestions says so, else "true". */
  defineAccessor(proto, 'writingSuggestions', function () {
    return inheritedState(this, 'writingsuggestions', {'': 'true', 'true': 'true', 'false': 'false'}, 'true');
  }, setAttributeTo('writingsuggestions'));

  /** #dom-contenteditable: true, false, plaintext-only, or inherit (missing or invalid). */
  defineAccessor(proto, 'contentEditable', function () {
    return enumeratedAttribute(this, 'contenteditable', {'': 'true', 'true': 'true', 'false': 'false',
      'plaintext-only': 'plaintext-only'}, 'inherit', 'inherit');
  }, function (v) {
    var value = toDOMString(v);
    var lower = asciiLowercase(value);
    var h = elementHandle(this);
    if (lower === 'inherit') {
      if (host.domAttribute(h, 'contenteditable') !== null) {
        hostRemoveAttribute(h, 'contenteditable');
      }
    } else if (lower === 'true' || lower === 'false' || lower === 'plaintext-only') {
      hostSetAttribute(h, 'contenteditable', lower);
    } else {
      throw new DOMException("Failed to set the 'contentEditable' property on 'HTMLElement': The value provided ('"
          + value + "') is not one of 'true', 'false', 'plaintext-only', or 'inherit'.", 'SyntaxError');
    }
  });

  /**
   * #dom-iscontenteditable: an editing host or editable (the nearest contenteditable state, else
   * the document's designMode for a connected element).
   */
  defineAccessor(proto, 'isContentEditable', function () {
    return inheritedState(this, 'contenteditable', {'': true, 'true': true, 'plaintext-only': true,
      'false': false}, this.isConnected && this.ownerDocument.designMode === 'on');
  });

  /**
   * #dom-noncedelement-nonce: the element's cryptographic nonce, which the nonce attribute sets
   * (#attr-nonce) and the IDL setter sets alone (the attribute keeps its value).
   */
  defineAccessor(proto, 'nonce', function () {
    var s = slotOf(this, 'Element');
    var v = host.domAttribute(elementHandle(this), 'nonce');
    return s.nonce !== undefined && s.nonceAttribute === v ? s.nonce : v === null ? '' : v;
  }, function (v) {
    var s = slotOf(this, 'Element');
    s.nonce = toDOMString(v);
    s.nonceAttribute = host.domAttribute(elementHandle(this), 'nonce');
  });

  /** #dom-outertext: innerText's value; set: the element replaced by the text (#the-innertext-idl-attribute). */
  var innerText = Object.getOwnPropertyDescriptor(proto, 'innerText');
  defineAccessor(proto, 'outerText', function () {
    return innerText.get.call(this);
  }, function (v) {
    var parent = this.parentNode;
    if (parent === null) {
      throw new DOMException("Failed to set the 'outerText' property on 'HTMLElement': The element has no parent.",
          'NoModificationAllowedError');
    }
    var value = toDOMString(v);
    var next = this.nextSibling;
    var previous = this.previousSibling;
    // Steps 3-5: the rendered text fragment (lines parted by br elements) takes its place.
    var fragment = this.ownerDocument.createDocumentFragment();
    value.split(/\r\n|\r|\n/).forEach(function (line, i) {
      if (i > 0) {
        fragment.appendChild(fragment.ownerDocument.createElement('br'));
      }
      if (line !== '') {
        fragment.appendChild(fragment.ownerDocument.createTextNode(line));
      }
    });
    if (fragment.firstChild === null) {
      fragment.appendChild(this.ownerDocument.createTextNode(''));
    }
    parent.replaceChild(fragment, this);
    // Steps 6-7: merge with the next text node, at next and after previous.
    if (next !== null && next.previousSibling !== null && next.previousSibling.nodeType === 3) {
      mergeWithNextText(next.previousSibling);
    }
    if (previous !== null && previous.nodeType === 3) {
      mergeWithNextText(previous);
    }
  });
})(HTMLElement.prototype);

/** #merge-with-the-next-text-node: a following Text's data joins node's, and it is removed. */
function mergeWithNextText(node) {
  var next = node.nextSibling;
  if (next !== null && next.nodeType === 3) {
    node.replaceData(node.length, 0, next.data);
    next.parentNode.removeChild(next);
  }
}
