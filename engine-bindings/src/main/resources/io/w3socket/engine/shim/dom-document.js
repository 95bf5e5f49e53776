// dom-document.js: Document (https://dom.spec.whatwg.org/#interface-document) for the page's
// jsoup tree, the window and document event targets, and "the end" of loading
// (https://html.spec.whatwg.org/#the-end): readyState, DOMContentLoaded, load.

function Document() {
  throw new TypeError('Illegal constructor');
}
inherit(Document, Node);

var document = nodeFor(host.domDocument());
var documentTarget = document;
var readyState = 'loading';

/** HTML #completely-loaded: set once the load event has been dispatched. */
var documentCompletelyLoaded = false;

// DOM #get-the-parent for a Document: its relevant global object, except for load events.
document[SLOT].eventParent = function (es) {
  return es.type === 'load' ? null : windowTarget;
};

/**
 * HTML #the-end: the document's readiness becomes interactive (fireInteractive); the deferred
 * scripts run; DOMContentLoaded at the document (it bubbles on to window: #get-the-parent), the
 * readiness becomes complete, then load at window (fireLoad), once no image delays the load event;
 * each change of readiness fires readystatechange at the document
 * (#update-the-current-document-readiness); then the document is completely loaded, and the page
 * runner's click may come (io.w3socket.engine.BrowserContext). One listener per call (fireInteractive or fireLoad, then loadStep until it
 * answers false), as every callback the user agent invokes is followed by a microtask checkpoint
 * (callback-steps.js).
 */
var loadSteps = new StepSeries();

function readiness(state) {
  return function () {
    readyState = state;
    return beginDispatch(document, trustedEvent(new Event('readystatechange')));
  };
}

/**
 * #delay-the-load-event: what still delays it (images and style sheets loading:
 * html-image-element.js, html-link-element.js), and the rest of the load steps waiting for the
 * last delay to end (fireLoad).
 */
var loadEventDelays = 0;
var afterLoadEventDelays = null;

function delayLoadEvent() {
  loadEventDelays++;
}

/** A delay ended: the last one's end queues the load steps that waited for it. */
function endLoadEventDelay() {
  loadEventDelays--;
  if (loadEventDelays === 0 && afterLoadEventDelays !== null) {
    var rest = afterLoadEventDelays;
    afterLoadEventDelays = null;
    queueTask(rest);
  }
}

function fireInteractive() {
  loadSteps.add([readiness('interactive')]);
  return loadSteps.step();
}

function fireLoad() {
  var afterDelays = [
    readiness('complete'),
    function () {
      return beginDispatch(windowTarget, trustedEvent(new Event('load')));
    },
    function () {
      documentCompletelyLoaded = true;
      host.documentLoaded();
    }
  ];
  loadSteps.add([
    function () {
      return beginDispatch(document, trustedEvent(new Event('DOMContentLoaded', {bubbles: true})));
    },
    function () {
      // #the-end step 9: the rest waits until nothing delays the load event (images and style
      // sheets still loading), then comes in a task of its own.
      if (loadEventDelays > 0) {
        afterLoadEventDelays = function () {
          var rest = new StepSeries();
          rest.add(afterDelays);
          return rest;
        };
        return STOP_STEPS;
      }
      loadSteps.add(afterDelays);
    }
  ]);
  return loadSteps.step();
}

function loadStep() {
  return loadSteps.step();
}

/** A document's document element, head and body handles (the page's by default). */
function roots(doc) {
  return host.domRoots(slotOf(doc || document, 'Document').handle);
}

/** Whether the document is one a script made (dom-implementation.js), not the page's. */
function isMadeDocument(doc) {
  return doc !== document;
}

/** DOM #dom-document-doctype: the document's doctype child, or null. */
defineAccessor(Document.prototype, 'doctype', function () {
  var children = host.domChildren(slotOf(this, 'Document').handle);
  for (var i = 0; i < children.length; i++) {
    var n = nodeFor(children[i]);
    if (n[SLOT].nodeType === 10) {
      return n;
    }
  }
  return null;
});
defineAccessor(Document.prototype, 'documentElement', function () {
  return nodeFor(roots(this)[0]);
});
defineAccessor(Document.prototype, 'head', function () {
  return nodeFor(roots(this)[1]);
});
defineAccessor(Document.prototype, 'body', function () {
  return nodeFor(roots(this)[2]);
});
defineAccessor(Document.prototype, 'title', function () {
  return host.domTitle(slotOf(this, 'Document').handle);
});
// A made document was created complete (DOMParser, createHTMLDocument) and never loads.
defineAccessor(Document.prototype, 'readyState', function () {
  slotOf(this, 'Document');
  return isMadeDocument(this) ? 'complete' : readyState;
});
// HTML #page-visibility: the page is shown, as headless Chromium reports it; and it has the focus
// (#dom-document-hasfocus).
defineAccessor(Document.prototype, 'hidden', function () {
  slotOf(this, 'Document');
  return false;
});
defineAccessor(Document.prototype, 'visibilityState', function () {
  slotOf(this, 'Document');
  return 'visible';
});
defineMethods(Document.prototype, {
  hasFocus: function () {
    slotOf(this, 'Document');
    return true;
  },
  /**
   * DOM #dom-document-createevent: an event of the interface the name gives (case-insensitively),
   * its type empty and its initialized flag unset, for the legacy init methods; a name of an
   * interface this host does not have is a NotSupportedError, as the standard's step 4 says of an
   * interface not exposed.
   */
  createEvent: function (name) {
    slotOf(this, 'Document');
    requireArgs(arguments, 1, "execute 'createEvent' on 'Document'");
    name = toDOMString(name);
    var ctor = eventInterface(name.toLowerCase());
    if (ctor === null) {
      throw new DOMException("Failed to execute 'createEvent' on 'Document': The provided event type ('"
          + name + "') is invalid.", 'NotSupportedError');
    }
    var ev = new ctor('');
    var s = ev[SLOT];
    s.initialized = false;
    s.type = '';
    return ev;
  }
});

/** createEvent's table (DOM #dom-document-createevent step 2), of the interfaces this host has. */
function eventInterface(lower) {
  switch (lower) {
    case 'event': case 'events': case 'htmlevents': case 'svgevents': return Event;
    case 'customevent': return CustomEvent;
    case 'messageevent': return MessageEvent;
    case 'hashchangeevent': return loadModule('messaging').HashChangeEvent;
    case 'uievent': case 'uievents': return loadModule('ui').UIEvent;
    case 'focusevent': return loadModule('ui').FocusEvent;
    case 'mouseevent': case 'mouseevents': return loadModule('ui').MouseEvent;
    case 'keyboardevent': return loadModule('ui').KeyboardEvent;
    default: return null;
  }
}
// DOM #mixin-xpathevaluatorbase: Document includes XPathEvaluatorBase; the steps are the lazy
// module xpath's (xpath-evaluator.js), loaded by the first call.
defineMethods(Document.prototype, {
  createExpression: function (expression) {
    return loadModule('xpath').createExpressionOn(this, arguments, 'Document');
  },
  createNSResolver: function (nodeResolver) {
    return loadModule('xpath').createNSResolverOn(this, arguments, 'Document');
  },
  evaluate: function (expression, contextNode) {
    return loadModule('xpath').evaluateOn(this, arguments, 'Document');
  }
});
// HTML #dom-document-cookie: no cookie store here (fetch keeps none either), as for a page whose
// URL has no cookies (a file: page): '' is read, and setting does nothing.
defineAccessor(Document.prototype, 'cookie', function () {
  slotOf(this, 'Document');
  return '';
}, function (v) {
  slotOf(this, 'Document');
  toDOMString(v);
});
['URL', 'documentURI'].forEach(function (name) {
  defineAccessor(Document.prototype, name, function () {
    var s = slotOf(this, 'Document');
    return isMadeDocument(this) ? s.url : location.href;
  });
});
// A made document has no browsing context: no window, no script running in it.
defineAccessor(Document.prototype, 'defaultView', function () {
  slotOf(this, 'Document');
  return isMadeDocument(this) ? null : global;
});
// HTML #dom-document-currentscript: the classic script element being run, else null.
defineAccessor(Document.prototype, 'currentScript', function () {
  slotOf(this, 'Document');
  return isMadeDocument(this) ? null : nodeFor(host.domCurrentScript());
});
defineAccessor(Document.prototype, 'characterSet', function () {
  return 'UTF-8';
});
defineAccessor(Document.prototype, 'contentType', function () {
  return 'text/html';
});
defineMethods(Document.prototype, parentNodeMethods);
defineParentNodeAccessors(Document.prototype);
/**
 * HTML #dom-document-forms etc.: live HTMLCollections over the document's elements, with named
 * properties (dom-collections.js liveNamedElements).
 */
var DOCUMENT_COLLECTIONS = {forms: 'form', images: 'img', scripts: 'script', embeds: 'embed',
  plugins: 'embed', links: 'a[href], area[href]', anchors: 'a[name]'};
Object.keys(DOCUMENT_COLLECTIONS).forEach(function (name) {
  defineAccessor(Document.prototype, name, function () {
    var s = slotOf(this, 'Document');
    var key = 'collection ' + name;
    if (!s[key]) {
      s[key] = liveNamedElements(function () {
        return nodesFor(host.domQuery(s.handle, DOCUMENT_COLLECTIONS[name], true));
      });
    }
    return s[key];
  });
});
/** The dynamic markup methods write into the page's parser: a made document has none here. */
function pageDocumentOnly(doc, method) {
  slotOf(doc, 'Document');
  if (isMadeDocument(doc)) {
    throw new DOMException("Failed to execute '" + method + "' on 'Document': only the page's "
        + 'document can be written to here, not one a script made.', 'NotSupportedError');
  }
}

// HTML #dynamic-markup-insertion (io.w3socket.engine.DynamicMarkup): while a script of the
// page's markup runs, the text is parsed just after it; otherwise the document is opened anew.
defineMethods(Document.prototype, {
  write: function () {
    pageDocumentOnly(this, 'write');
    host.domWrite(Array.prototype.map.call(arguments, toDOMString).join(''));
    queueSignaledSlots();
  },
  writeln: function () {
    pageDocumentOnly(this, 'writeln');
    host.domWrite(Array.prototype.map.call(arguments, toDOMString).join('') + '\n');
    queueSignaledSlots();
  },
  open: function () {
    pageDocumentOnly(this, 'open');
    host.domOpen();
    return this;
  },
  close: function () {
    pageDocumentOnly(this, 'close');
    host.domClose();
  }
});
defineMethods(Document.prototype, {
  getElementById: function (id) {
    requireArgs(arguments, 1, "execute 'getElementById' on 'Document'");
    var h = host.domFind(slotOf(this, 'Document').handle, toDOMString(id));
    return h < 0 ? null : nodeFor(h);
  },
  /** HTML #dom-document-getelementsbyname: a live NodeList of the HTML elements of that name. */
  getElementsByName: function (elementName) {
    requireArgs(arguments, 1, "execute 'getElementsByName' on 'Document'");
    var h = slotOf(this, 'Document').handle;
    elementName = toDOMString(elementName);
    return liveNodes(function () {
      return nodesFor(host.domByName(h, elementName));
    });
  },
  /** #dom-document-createelement: HTML names are lowercased. */
  createElement: function (localName) {
    requireArgs(arguments, 1, "execute 'createElement' on 'Document'");
    localName = toDOMString(localName);
    if (!/^[A-Za-z][^\s\/>\u0000]*$/.test(localName)) {
      throw new DOMException("Failed to execute 'createElement' on 'Document': The tag name provided ('"
          + localName + "') is not a valid name.", 'InvalidCharacterError');
    }
    var h = slotOf(this, 'Document').handle;
    // HTML #create-an-element step 6.1: a defined custom element is constructed now.
    if (customElementDefinitions > 0 && this === document) {
      var custom = loadModule('customelements').createCustomElement(localName.toLowerCase());
      if (custom !== null) {
        return custom;
      }
    }
    return nodeFor(host.domCreate('element', localName, h));
  },
  /**
   * #dom-document-createelementns: an element of the namespace ("" is null) and qualified name;
   * Java validates and extracts them (#validate-and-extract: InvalidCharacterError and
   * NamespaceError with Chromium 156's messages) and makes the element (io.w3socket.engine.Namespaces).
   */
  createElementNS: function (namespace, qualifiedName) {
    slotOf(this, 'Document');
    requireArgs(arguments, 2, "execute 'createElementNS' on 'Document'");
    return nodeFor(host.domCreateNS(nullableString(namespace), toDOMString(qualifiedName),
        slotOf(this, 'Document').handle));
  },
  /** #dom-document-createattribute: the name checked, then lowercased (an HTML document). */
  createAttribute: function (localName) {
    requireArgs(arguments, 1, "execute 'createAttribute' on 'Document'");
    localName = toDOMString(localName);
    host.domCheckAttributeName(localName, "'createAttribute' on 'Document'");
    return makeAttr(localName.toLowerCase(), '', null);
  },
  createTextNode: function (data) {
    requireArgs(arguments, 1, "execute 'createTextNode' on 'Document'");
    return nodeFor(host.domCreate('text', toDOMString(data), slotOf(this, 'Document').handle));
  },
  createComment: function (data) {
    requireArgs(arguments, 1, "execute 'createComment' on 'Document'");
    return nodeFor(host.domCreate('comment', toDOMString(data), slotOf(this, 'Document').handle));
  }
});
setTag(Document.prototype, 'HTMLDocument');

exposed.Document = Document;
