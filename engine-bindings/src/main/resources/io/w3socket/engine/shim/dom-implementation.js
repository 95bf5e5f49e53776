// dom-implementation.js: DOMImplementation (DOM #interface-domimplementation: a document's
// implementation) and DOMParser (HTML #dom-parsing-and-serialization), which make HTML documents
// other than the page's (io.w3socket.engine.ScriptDocuments), and doctypes: the documents have no
// browsing context, so no script of theirs runs and nothing in them is the page's output. XML
// documents are not made here.

function DOMImplementation() {
  illegalConstructor(this, DOMImplementation);
}

/** A document a script made, its URL kept for URL and documentURI (dom-document.js). */
function madeDocument(handle, url) {
  var d = nodeFor(handle);
  d[SLOT].url = url;
  return d;
}

function xmlNotSupported(what) {
  return new DOMException('Failed to ' + what + ': XML documents are not supported here.',
      'NotSupportedError');
}

defineMethods(DOMImplementation.prototype, {
  /** #dom-domimplementation-createhtmldocument: doctype, html, head (with the title), body. */
  createHTMLDocument: function () {
    slotOf(this, 'DOMImplementation');
    var title = arguments[0] === undefined ? null : toDOMString(arguments[0]);
    return madeDocument(host.domCreateDocument(title), 'about:blank');
  },
  /** #dom-domimplementation-createdocument: an XML document, which this host does not make. */
  createDocument: function (namespace, qualifiedName) {
    slotOf(this, 'DOMImplementation');
    requireArgs(arguments, 2, "execute 'createDocument' on 'DOMImplementation'");
    throw xmlNotSupported("execute 'createDocument' on 'DOMImplementation'");
  },
  /** #dom-domimplementation-createdocumenttype: a valid doctype name, else InvalidCharacterError. */
  createDocumentType: function (qualifiedName, publicId, systemId) {
    var s = slotOf(this, 'DOMImplementation');
    var what = "Failed to execute 'createDocumentType' on 'DOMImplementation': ";
    requireArgs(arguments, 3, "execute 'createDocumentType' on 'DOMImplementation'");
    var name = toDOMString(qualifiedName);
    // #valid-doctype-name: no ASCII whitespace, NULL or ">".
    if (/[\t\n\f\r \u0000>]/.test(name)) {
      throw new DOMException(what + "The provided doctype name ('" + name
          + "') contains an invalid character.", 'InvalidCharacterError');
    }
    return nodeFor(host.domCreateDoctype(name, toDOMString(publicId), toDOMString(systemId),
        slotOf(s.document, 'Document').handle));
  },
  /** #dom-domimplementation-hasfeature: true, as the standard says. */
  hasFeature: function () {
    slotOf(this, 'DOMImplementation');
    return true;
  }
});
setTag(DOMImplementation.prototype, 'DOMImplementation');

/** #dom-document-implementation: [SameObject], one per document. */
defineAccessor(Document.prototype, 'implementation', function () {
  var s = slotOf(this, 'Document');
  if (!s.implementation) {
    s.implementation = Object.create(DOMImplementation.prototype);
    setSlot(s.implementation, {kinds: ['DOMImplementation'], document: this});
  }
  return s.implementation;
});

function DOMParser() {
  requireNew(this, DOMParser, 'DOMParser');
  setSlot(this, {kinds: ['DOMParser']});
}

var DOM_PARSER_TYPES = ['text/html', 'text/xml', 'application/xml', 'application/xhtml+xml',
  'image/svg+xml'];

defineMethods(DOMParser.prototype, {
  /**
   * #dom-domparser-parsefromstring: "text/html" parses an HTML document of the page's URL (its
   * scripts never run); the XML types are not supported here.
   */
  parseFromString: function (string, type) {
    var what = "execute 'parseFromString' on 'DOMParser'";
    slotOf(this, 'DOMParser');
    requireArgs(arguments, 2, what);
    string = toDOMString(string);
    // Chromium names the enumeration SupportedType, as the standard did before.
    type = toEnum(type, DOM_PARSER_TYPES, 'SupportedType', what);
    if (type !== 'text/html') {
      throw xmlNotSupported(what);
    }
    return madeDocument(host.domParseDocument(string, location.href), location.href);
  }
});
setTag(DOMParser.prototype, 'DOMParser');

exposed.DOMImplementation = DOMImplementation;
exposed.DOMParser = DOMParser;
