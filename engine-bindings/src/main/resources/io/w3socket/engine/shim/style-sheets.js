// style-sheets.js (lazy module css): CSSOM's style sheets (https://drafts.csswg.org/cssom/):
// StyleSheet and CSSStyleSheet (#the-cssstylesheet-interface: cssRules, insertRule, deleteRule,
// the legacy rules, addRule and removeRule, and the constructor with replace and replaceSync),
// MediaList and StyleSheetList. A style element's sheet (#update-a-style-block: connected, of a
// CSS type, a new sheet when its text changes) and a link element's (html-link-element.js, once
// loaded) are document.styleSheets, in tree order. Rules are css-rules.js's; getComputedStyle's
// cascade (cascade.js) applies them (there is no layout); @import is kept but not fetched.

function StyleSheet() {
  illegalConstructor(this, StyleSheet);
}
setTag(StyleSheet.prototype, 'StyleSheet');

/** #dom-cssstylesheet-cssstylesheet: a constructed sheet (its media and disabled from options). */
function CSSStyleSheet(options) {
  requireNew(this, CSSStyleSheet, 'CSSStyleSheet');
  var media = options && options.media !== undefined ? options.media : '';
  var s = sheetSlot(this, null, null, null, typeof media === 'string' ? media : Array.prototype.join.call(media, ', '));
  s.constructed = true;
  s.disabled = !!(options && options.disabled);
}
inherit(CSSStyleSheet, StyleSheet);
setTag(CSSStyleSheet.prototype, 'CSSStyleSheet');

/** A sheet's slot: owner node, href, title, media text; rules empty. */
function sheetSlot(sheet, ownerNode, href, title, media) {
  setSlot(sheet, {kinds: ['StyleSheet', 'CSSStyleSheet'], ownerNode: ownerNode, href: href, title: title,
    media: newMediaList(media), disabled: false, rules: [], self: sheet, constructed: false,
    originClean: true});
  return sheet[SLOT];
}

/**
 * A sheet of a style or link element, its rules parsed from text (#create-a-css-style-sheet); a
 * link's from another origin is not origin-clean (#concept-css-style-sheet-origin-clean-flag).
 */
function elementSheet(el, text, href, originClean) {
  var sheet = Object.create(CSSStyleSheet.prototype);
  var title = attributeOf(el, 'title');
  var s = sheetSlot(sheet, el, href, title === '' ? null : title, attributeOf(el, 'media') || '');
  s.originClean = originClean;
  replaceRules(s, text, true);
  return sheet;
}

/**
 * The slot of a sheet whose rules a script may read or change: a SecurityError for one that is
 * not origin-clean (#dom-cssstylesheet-cssrules, #dom-cssstylesheet-insertrule), with Chromium's
 * messages.
 */
function cleanSheet(sheet, what) {
  var s = slotOf(sheet, 'CSSStyleSheet');
  if (!s.originClean) {
    throw new DOMException(what === 'cssRules' || what === 'rules'
        ? "Failed to read the '" + what + "' property from 'CSSStyleSheet': Cannot access rules"
        : "Failed to execute '" + what + "' on 'CSSStyleSheet': Cannot access StyleSheet to " + what,
        'SecurityError');
  }
  return s;
}

/** #parse-a-stylesheet into the sheet's rules: @import only first (and never when constructed). */
function replaceRules(s, text, importsAllowed) {
  s.rules = [];
  var allowImport = importsAllowed;
  loadModule('style').cssRuleList(text).forEach(function (raw) {
    var rule = cssRuleFrom(raw, s.self, null, allowImport);
    if (rule !== null) {
      s.rules.push(rule);
      // A dropped rule does not count, nor does a layer statement (css-cascade-5 #at-import).
      allowImport = allowImport && (rule[SLOT].type === 3 || rule[SLOT].names !== undefined);
    }
  });
  rulesChanged(s);
}

defineAccessor(StyleSheet.prototype, 'type', function () {
  slotOf(this, 'StyleSheet');
  return 'text/css';
});
defineAccessor(StyleSheet.prototype, 'href', function () {
  return slotOf(this, 'StyleSheet').href;
});
defineAccessor(StyleSheet.prototype, 'ownerNode', function () {
  return slotOf(this, 'StyleSheet').ownerNode;
});
defineAccessor(StyleSheet.prototype, 'parentStyleSheet', function () {
  slotOf(this, 'StyleSheet');
  return null;
});
defineAccessor(StyleSheet.prototype, 'title', function () {
  return slotOf(this, 'StyleSheet').title;
});
defineAccessor(StyleSheet.prototype, 'media', function () {
  return slotOf(this, 'StyleSheet').media;
}, function (v) {
  this.media.mediaText = v;
});
defineAccessor(StyleSheet.prototype, 'disabled', function () {
  return slotOf(this, 'StyleSheet').disabled;
}, function (v) {
  slotOf(this, 'StyleSheet').disabled = toBoolean(v);
  styleSheetsVersion++;
});
defineAccessor(CSSStyleSheet.prototype, 'ownerRule', function () {
  slotOf(this, 'CSSStyleSheet');
  return null;
});
['cssRules', 'rules'].forEach(function (name) {
  defineAccessor(CSSStyleSheet.prototype, name, function () {
    var s = cleanSheet(this, name);
    return s.list || ruleList(s);
  });
});
defineMethods(CSSStyleSheet.prototype, {
  insertRule: function (rule, index) {
    var s = cleanSheet(this, 'insertRule');
    requireArgs(arguments, 1, "execute 'insertRule' on 'CSSStyleSheet'");
    return insertCssRule(s, 'CSSStyleSheet', toDOMString(rule), index === undefined ? 0 : toUint32(index), null,
        !s.constructed);
  },
  deleteRule: function (index) {
    var s = cleanSheet(this, 'deleteRule');
    requireArgs(arguments, 1, "execute 'deleteRule' on 'CSSStyleSheet'");
    deleteCssRule(s, 'CSSStyleSheet', toUint32(index));
  },
  /** #dom-cssstylesheet-addrule: "selector { style }" inserted at index (the end by default); -1. */
  addRule: function (selector, style, index) {
    var s = cleanSheet(this, 'addRule');
    var text = (selector === undefined ? 'undefined' : toDOMString(selector)) + ' { '
        + (style === undefined ? 'undefined' : toDOMString(style)) + (style === undefined || style === '' ? '' : ' ') + '}';
    insertCssRule(s, 'CSSStyleSheet', text, index === undefined ? s.rules.length : toUint32(index), null,
        !s.constructed);
    return -1;
  },
  removeRule: function (index) {
    var s = cleanSheet(this, 'removeRule');
    deleteCssRule(s, 'CSSStyleSheet', index === undefined ? 0 : toUint32(index));
  },
  /** #dom-cssstylesheet-replacesync: a constructed sheet's rules, its @import rules dropped. */
  replaceSync: function (text) {
    var s = slotOf(this, 'CSSStyleSheet');
    requireArgs(arguments, 1, "execute 'replaceSync' on 'CSSStyleSheet'");
    if (!s.constructed) {
      throw new DOMException("Failed to execute 'replaceSync' on 'CSSStyleSheet': Can't call replaceSync on "
          + 'non-constructed CSSStyleSheets.', 'NotAllowedError');
    }
    replaceRules(s, toDOMString(text), false);
  },
  /** #dom-cssstylesheet-replace: replaceSync's rules, the sheet in a promise. */
  replace: function (text) {
    var sheet = this;
    var s = slotOf(this, 'CSSStyleSheet');
    if (!s.constructed) {
      return Promise.reject(new DOMException("Failed to execute 'replace' on 'CSSStyleSheet': Can't call "
          + 'replace on non-constructed CSSStyleSheets.', 'NotAllowedError'));
    }
    replaceRules(s, toDOMString(text), false);
    return Promise.resolve(sheet);
  }
});

/** MediaList (#the-medialist-interface): media queries (media-queries.js) as their text. */
function MediaList() {
  illegalConstructor(this, MediaList);
}
setTag(MediaList.prototype, 'MediaList');

function newMediaList(text) {
  var queries = {list: []};
  var list = makeIndexed(MediaList.prototype, 'MediaList', function () {
    return queries.list;
  }, true);
  list[SLOT].queries = queries;
  setMediaText(list, text);
  return list;
}

/** Each media query list's text (by text) parsed and serialized, a query each (setMediaText). */
var serializedQueries = Object.create(null);

/** #dom-medialist-mediatext's setter: the queries of a media query list, serialized. */
function setMediaText(list, text) {
  var s = list[SLOT];
  styleSheetsVersion++;
  var queries = serializedQueries[text];
  if (queries === undefined) {
    var view = loadModule('view');
    queries = serializedQueries[text] = text === '' ? [] : view.parseMediaQueryList(text).map(function (q) {
      return view.serializeMediaQueryList([q]);
    });
  }
  s.queries.list = queries.slice();
  s.version = -1;
  itemsOf(list, 'MediaList');
}

/** A medium as a MediaList's item reads: its media query list serialized (media-queries.js). */
function serializedMedia(text) {
  var view = loadModule('view');
  return view.serializeMediaQueryList(view.parseMediaQueryList(text));
}

function mediaText(list) {
  return itemsOf(list, 'MediaList').join(', ');
}

defineAccessor(MediaList.prototype, 'mediaText', function () {
  return mediaText(this);
}, function (v) {
  setMediaText(this, v === null ? '' : toDOMString(v));
});
defineAccessor(MediaList.prototype, 'length', function () {
  return itemsOf(this, 'MediaList').length;
});
defineMethods(MediaList.prototype, {
  item: function (index) {
    requireArgs(arguments, 1, "execute 'item' on 'MediaList'");
    return itemAt(this, 'MediaList', index);
  },
  appendMedium: function (medium) {
    requireArgs(arguments, 1, "execute 'appendMedium' on 'MediaList'");
    var text = mediaText(this);
    var add = serializedMedia(toDOMString(medium));
    if (add !== '' && itemsOf(this, 'MediaList').indexOf(add) < 0) {
      setMediaText(this, text === '' ? add : text + ', ' + add);
    }
  },
  deleteMedium: function (medium) {
    requireArgs(arguments, 1, "execute 'deleteMedium' on 'MediaList'");
    var drop = serializedMedia(toDOMString(medium));
    var items = itemsOf(this, 'MediaList');
    if (items.indexOf(drop) < 0) {
      throw new DOMException("Failed to execute 'deleteMedium' on 'MediaList': Failed to delete '" + medium
          + "'.", 'NotFoundError');
    }
    setMediaText(this, items.filter(function (q) {
      return q !== drop;
    }).join(', '));
  },
  toString: function () {
    return mediaText(this);
  }
});

/** StyleSheetList (#the-stylesheetlist-interface): the document's sheets, in tree order. */
function StyleSheetList() {
  illegalConstructor(this, StyleSheetList);
}
setTag(StyleSheetList.prototype, 'StyleSheetList');
defineAccessor(StyleSheetList.prototype, 'length', function () {
  return itemsOf(this, 'StyleSheetList').length;
});
defineMethods(StyleSheetList.prototype, {
  item: function (index) {
    requireArgs(arguments, 1, "execute 'item' on 'StyleSheetList'");
    return itemAt(this, 'StyleSheetList', index);
  }
});

/**
 * #dom-documentorshadowroot-stylesheets: [SameObject], the sheets of the document's (or shadow
 * root's) style and link elements, not those of the shadow trees in it, recomputed whenever the
 * tree changed.
 */
function documentStyleSheets(doc) {
  var s = slotOf(doc, 'Node');
  if (!s.styleSheets) {
    s.styleSheets = makeIndexed(StyleSheetList.prototype, 'StyleSheetList', function () {
      var out = [];
      Array.prototype.forEach.call(doc.querySelectorAll('style, link'), function (el) {
        var sheet = el.sheet; // an SVG style element has none here
        if (sheet) {
          out.push(sheet);
        }
      });
      return out;
    }, true);
  }
  return s.styleSheets;
}

/**
 * #update-a-style-block: the sheet of a style element connected to the page's document (or a
 * shadow tree in it) whose type is CSS, made anew when its text changed; else null.
 */
function styleElementSheet(el) {
  if (!el.isConnected || !isCssType(attributeOf(el, 'type'))) { // resource-hooks.js
    slotOf(el, 'Element').cssSheet = null;
    return null;
  }
  return cachedSheet(el, el.textContent, null, true);
}

/**
 * A link element's sheet from the text its fetch brought (html-link-element.js); origin-clean
 * when it came from the page's own (not opaque) origin.
 */
function linkElementSheet(el, text, href) {
  var origin = parseUrl(href).origin;
  return cachedSheet(el, text, href, origin !== 'null' && origin === location.origin);
}

/** The element's sheet, made again only when its text changed. */
function cachedSheet(el, text, href, originClean) {
  var s = slotOf(el, 'Element');
  if (!s.cssSheet || s.cssSheetText !== text) {
    s.cssSheet = elementSheet(el, text, href, originClean);
    s.cssSheetText = text;
  }
  return s.cssSheet;
}

defineAccessor(HTMLStyleElement.prototype, 'sheet', function () {
  return styleElementSheet(this);
});
/** #dom-style-disabled: its sheet's disabled flag; false without a sheet. */
defineAccessor(HTMLStyleElement.prototype, 'disabled', function () {
  var sheet = styleElementSheet(this);
  return sheet !== null && sheet.disabled;
}, function (v) {
  var sheet = styleElementSheet(this);
  if (sheet !== null) {
    sheet.disabled = v;
  }
});
reflectString([HTMLStyleElement], 'media', 'media');
[Document, ShadowRoot].forEach(function (ctor) {
  defineAccessor(ctor.prototype, 'styleSheets', function () {
    return documentStyleSheets(this);
  });
});

/**
 * #dom-documentorshadowroot-adoptedstylesheets: an ObservableArray of constructed sheets of this
 * document. The same array each time; where the engine has a Proxy (GraalJS), an index set (a
 * push) checks its sheet as the setter does; in Nashorn it is a plain array.
 */
function adoptedSheets(owner) {
  var s = slotOf(owner, 'Node');
  if (!s.adopted) {
    var backing = [];
    s.adoptedBacking = backing;
    s.adopted = typeof Proxy !== 'function' ? backing : new Proxy(backing, {
      set: function (target, key, value) {
        if (key !== 'length' && String(Number(key)) === key) {
          checkAdoptable(owner, value, '');
        }
        target[key] = value;
        return true;
      }
    });
  }
  return s;
}

/** A sheet an owner may adopt: a constructed one, made in the owner's document. */
function checkAdoptable(owner, sheet, what) {
  var s = sheet !== null && typeof sheet === 'object' && sheet[SLOT] ? sheet[SLOT] : null;
  if (s === null || s.kinds.indexOf('CSSStyleSheet') < 0) {
    throw new TypeError(what + "Failed to convert value to 'CSSStyleSheet'.");
  }
  if (!s.constructed) {
    throw new DOMException(what + "Can't adopt non-constructed stylesheets.", 'NotAllowedError');
  }
  var doc = owner.nodeType === 9 ? owner : owner.ownerDocument;
  if (doc !== document) {
    throw new DOMException(what + 'Sharing constructed stylesheets in multiple documents is not allowed',
        'NotAllowedError');
  }
}

[Document, ShadowRoot].forEach(function (ctor) {
  var what = "Failed to set the 'adoptedStyleSheets' property on '" + ctor.name + "': ";
  defineAccessor(ctor.prototype, 'adoptedStyleSheets', function () {
    return adoptedSheets(this).adopted;
  }, function (v) {
    var s = adoptedSheets(this);
    // WebIDL #es-sequence, then the ObservableArray's setter: emptied, then each value set.
    var iterable = v !== null && (typeof v === 'object' || typeof v === 'function')
        && (hasSymbol ? typeof v[Symbol.iterator] === 'function' : typeof v.length === 'number');
    if (!iterable) {
      throw new TypeError(what + 'The provided value cannot be converted to a sequence.');
    }
    var values = [];
    if (Array.isArray(v) || !hasSymbol) {
      values = Array.prototype.slice.call(v);
    } else {
      for (var it = v[Symbol.iterator](), step = it.next(); !step.done; step = it.next()) {
        values.push(step.value);
      }
    }
    values.forEach(function (sheet) {
      if (!(sheet !== null && typeof sheet === 'object' && sheet[SLOT]
          && sheet[SLOT].kinds.indexOf('CSSStyleSheet') >= 0)) {
        throw new TypeError(what + "Failed to convert value to 'CSSStyleSheet'.");
      }
    });
    s.adoptedBacking.length = 0;
    var owner = this;
    values.forEach(function (sheet) {
      checkAdoptable(owner, sheet, what);
      s.adoptedBacking.push(sheet);
    });
  });
});

exposed.StyleSheet = StyleSheet;
exposed.CSSStyleSheet = CSSStyleSheet;
exposed.MediaList = MediaList;
exposed.StyleSheetList = StyleSheetList;
