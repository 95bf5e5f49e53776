// aria-mixin.js: ARIAMixin (WAI-ARIA 1.3 #ARIAMixin) on Element: role and the aria* properties,
// which reflect the role and aria-* attributes (nullable strings), and the element references
// (aria-activedescendant and the rest: #reflecting-content-attributes-in-idl-attributes, an
// element or a FrozenArray of elements, by id or as set). ElementInternals has the same names
// (element-internals.js) for a custom element's defaults.

var ARIA_STRING_PROPERTIES = ['role', 'ariaAtomic', 'ariaAutoComplete', 'ariaBusy', 'ariaBrailleLabel',
  'ariaBrailleRoleDescription', 'ariaChecked', 'ariaColCount', 'ariaColIndex', 'ariaColSpan',
  'ariaCurrent', 'ariaDescription', 'ariaDisabled', 'ariaExpanded', 'ariaHasPopup', 'ariaHidden',
  'ariaInvalid', 'ariaKeyShortcuts', 'ariaLabel', 'ariaLevel', 'ariaLive', 'ariaModal', 'ariaMultiLine',
  'ariaMultiSelectable', 'ariaOrientation', 'ariaPlaceholder', 'ariaPosInSet', 'ariaPressed',
  'ariaReadOnly', 'ariaRelevant', 'ariaRequired', 'ariaRoleDescription', 'ariaRowCount', 'ariaRowIndex',
  'ariaRowSpan', 'ariaSelected', 'ariaSetSize', 'ariaSort', 'ariaValueMax', 'ariaValueMin',
  'ariaValueNow', 'ariaValueText', 'ariaColIndexText', 'ariaRowIndexText'];

/** The element-reference ones; those ending in Elements are lists. */
var ARIA_ELEMENT_PROPERTIES = ['ariaActionsElements', 'ariaActiveDescendantElement',
  'ariaControlsElements', 'ariaDescribedByElements', 'ariaDetailsElements',
  'ariaErrorMessageElements', 'ariaFlowToElements', 'ariaLabelledByElements'];

/**
 * The content attribute a property reflects: role, or aria- and the rest lowercased, less an
 * element reference's Element or Elements (by slicing: no regular expression runs at start,
 * webidl.js lazyMembers).
 */
function ariaAttribute(name) {
  if (name === 'role') {
    return 'role';
  }
  var end = name.length;
  if (ARIA_ELEMENT_PROPERTIES.indexOf(name) >= 0) {
    end = name.lastIndexOf('Element');
  }
  return 'aria-' + name.substring(4, end).toLowerCase();
}

/**
 * #attr-associated-element's condition for an explicitly set element: a descendant of one of the
 * element's shadow-including ancestors (in its tree, or a tree of one of its shadow hosts).
 */
function isInScopeOf(candidate, el) {
  var root = candidate.getRootNode();
  for (var scope = el.getRootNode(); ; scope = scope.host.getRootNode()) {
    if (root === scope) {
      return true;
    }
    if (!(scope instanceof ShadowRoot)) {
      return false;
    }
  }
}

ARIA_STRING_PROPERTIES.forEach(function (name) {
  var attribute = ariaAttribute(name);
  defineAccessor(Element.prototype, name, function () {
    return host.domAttribute(elementHandle(this), attribute);
  }, function (v) {
    var h = elementHandle(this);
    if (v === null || v === undefined) {
      if (host.domAttribute(h, attribute) !== null) {
        hostRemoveAttribute(h, attribute);
      }
    } else {
      hostSetAttribute(h, attribute, toDOMString(v));
    }
  });
});

ARIA_ELEMENT_PROPERTIES.forEach(function (name) {
  var attribute = ariaAttribute(name);
  var many = name.charAt(name.length - 1) === 's';
  var what = "Failed to set the '" + name + "' property on 'Element': ";
  defineAccessor(Element.prototype, name, function () {
    var s = slotOf(this, 'Element');
    var value = host.domAttribute(s.handle, attribute);
    if (value === null) {
      return null;
    }
    var self = this;
    var set = s.ariaElements && s.ariaElements[name];
    if (set && value !== '') {
      delete s.ariaElements[name]; // the attribute was set since: it wins (#concept-element-attributes-change-ext)
      set = null;
    }
    var root = this.getRootNode();
    function byId(id) {
      return typeof root.getElementById === 'function' ? root.getElementById(id)
          : root.querySelector('#' + CSS.escape(id));
    }
    if (!many) {
      // #attr-associated-element: the element set (if still in scope), else the element of that id.
      if (set) {
        return isInScopeOf(set, self) ? set : null;
      }
      return value === '' ? null : byId(value);
    }
    // #attr-associated-elements: the elements set that are in scope, else those of the ids.
    var elements = set ? set.filter(function (el) {
      return isInScopeOf(el, self);
    }) : value.split(/[\t\n\f\r ]+/).filter(function (id) {
      return id !== '';
    }).map(byId).filter(function (el) {
      return el !== null;
    });
    // The same FrozenArray while the elements are the same (#cached-attr-associated-elements).
    var cached = s.ariaCache && s.ariaCache[name];
    if (cached && cached.length === elements.length && cached.every(function (el, i) {
      return el === elements[i];
    })) {
      return cached;
    }
    s.ariaCache = s.ariaCache || {};
    s.ariaCache[name] = Object.freeze(elements);
    return s.ariaCache[name];
  }, function (v) {
    var s = slotOf(this, 'Element');
    s.ariaElements = s.ariaElements || {};
    if (v === null || v === undefined) {
      delete s.ariaElements[name];
      if (host.domAttribute(s.handle, attribute) !== null) {
        hostRemoveAttribute(s.handle, attribute);
      }
      return;
    }
    var list = many ? toSequence(v, what) : [v];
    list.forEach(function (el) {
      if (!isElementNode(el)) {
        throw new TypeError(what + "Failed to convert value to 'Element'.");
      }
    });
    s.ariaElements[name] = many ? list : v;
    hostSetAttribute(s.handle, attribute, '');
  });
});

// ariaNotify (the ARIA Notification API, which Chromium 156 has on Element and Document): an
// announcement for assistive technology, of which a run has none.
[Element, Document].forEach(function (ctor) {
  defineMethods(ctor.prototype, {
    ariaNotify: function (announcement) {
      requireArgs(arguments, 1, "execute 'ariaNotify' on '" + ctor.name + "'");
      toDOMString(announcement);
    }
  });
});
