// dom-parsing.js: the HTML standard's unsafe parsing and shadow-aware serialization
// (https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#html-parsing-and-serialization-apis):
// setHTMLUnsafe on elements and shadow roots and Document.parseHTMLUnsafe, whose parses make
// declarative shadow roots (io.w3socket.engine.DomNodes.declarativeShadowRoots), and getHTML,
// which writes chosen shadow roots as declarative ones (io.w3socket.engine.HtmlSerializer).

/** #dom-element-sethtmlunsafe, #dom-shadowroot-sethtmlunsafe: innerHTML's parse, shadow roots allowed. */
function setHTMLUnsafe(node, kind, html) {
  var h = slotOf(node, kind === 'ShadowRoot' ? 'ShadowRoot' : 'Element').handle;
  html = toDOMString(html);
  blurIfRemoving(node, false);
  var template = kind === 'Element' && host.domTagName(h) === 'TEMPLATE';
  replacingAll(template ? node.content : node, function () {
    host.domSetHtmlUnsafe(h, html);
  });
  shadowRootCount = host.domShadowRootCount(); // the parse may have made shadow roots
}

/**
 * #dom-element-gethtml, #dom-shadowroot-gethtml: the children serialized, with the shadow roots
 * that are serializable (serializableShadowRoots) or among shadowRoots as declarative ones
 * (GetHTMLOptions, its members read in order).
 */
function getHTMLOf(node, kind, options) {
  var what = "Failed to execute 'getHTML' on '" + kind + "': ";
  var h = slotOf(node, kind === 'ShadowRoot' ? 'ShadowRoot' : 'Element').handle;
  if (options !== undefined && options !== null && !isObject(options)) {
    throw new TypeError(what + "The provided value is not of type 'GetHTMLOptions'.");
  }
  options = options || {};
  var serializable = toBoolean(options.serializableShadowRoots);
  var roots = [];
  if (options.shadowRoots !== undefined) {
    if (!isObject(options.shadowRoots)) {
      throw new TypeError(what + "Failed to read the 'shadowRoots' property from 'GetHTMLOptions': "
          + 'The provided value cannot be converted to a sequence.');
    }
    roots = toSequence(options.shadowRoots, 'execute \'getHTML\' on \'' + kind + '\'').map(function (r) {
      if (!isNode(r) || r[SLOT].kinds.indexOf('ShadowRoot') < 0) {
        throw new TypeError(what + "Failed to read the 'shadowRoots' property from 'GetHTMLOptions': "
            + "Failed to convert value to 'ShadowRoot'.");
      }
      return r[SLOT].handle;
    });
  }
  return host.domGetHtml(h, serializable, roots);
}

// Element and ShadowRoot have the same two methods; each one's errors name its interface.
[[Element, 'Element'], [ShadowRoot, 'ShadowRoot']].forEach(function (pair) {
  var kind = pair[1];
  defineMethods(pair[0].prototype, {
    setHTMLUnsafe: function (html) {
      requireArgs(arguments, 1, "execute 'setHTMLUnsafe' on '" + kind + "'");
      setHTMLUnsafe(this, kind, html);
    },
    getHTML: function (options) {
      return getHTMLOf(this, kind, options);
    }
  });
});
/** #dom-parsehtmlunsafe: a new HTML document of the string, its declarative shadow roots made. */
define(Document, 'parseHTMLUnsafe', function parseHTMLUnsafe(html) {
  requireArgs(arguments, 1, "execute 'parseHTMLUnsafe' on 'Document'");
  return madeDocument(host.domParseDocumentUnsafe(toDOMString(html), 'about:blank'), 'about:blank');
});
