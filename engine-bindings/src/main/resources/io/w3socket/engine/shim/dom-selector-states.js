// dom-selector-states.js: which elements are in the states Selectors' pseudo-classes name
// (https://html.spec.whatwg.org/multipage/semantics-other.html#pseudo-classes): :checked,
// :disabled, :enabled, :required, :optional, :read-only, :read-write, :link, :any-link, :defined,
// :focus, :focus-within, :valid, :invalid, :placeholder-shown, :default, :indeterminate,
// :in-range, :out-of-range, :modal, :open, :popover-open, :scope, :lang() and :dir(). The host
// rewrites a selector that uses them into attribute selectors on markers
// (io.w3socket.engine.SelectorStates) and marks, while the query runs, the elements this file lists.

/**
 * The marks of a query (SelectorStates.marked), after a SyntaxError if the selector is invalid
 * (#scope-match-a-selectors-string step 2; what names the operation): each state the selector uses
 * (its index), then the handles of the elements in it, among the elements of the scope's tree.
 * kept, if given, keeps each selector's states and each state's elements by scope for queries
 * while no state can change (one read of computed values: cascade-selectors.js).
 */
function selectorMarks(selector, what, scope, kept) {
  var states = kept && kept['?' + selector];
  if (!states) {
    states = host.domCheckSelector(selector, what);
    if (kept) {
      kept['?' + selector] = states;
    }
  }
  var at = kept && states.length > 0 ? ' ' + scope[SLOT].handle : ''; // :scope is the scope's own
  var marks = [];
  for (var i = 0; i < states.length; i++) {
    marks.push(String(i)); // the state's marker is its index
    var inState = kept && kept[states[i] + at];
    if (!inState) {
      inState = elementsInState(states[i], scope);
      if (kept) {
        kept[states[i] + at] = inState;
      }
    }
    for (var j = 0; j < inState.length; j++) {
      marks.push(inState[j][SLOT].handle);
    }
  }
  return marks;
}

/** The elements of the scope's tree that a selector (one without these states) finds, the root too. */
function treeElements(scope, selector) {
  var root = scope.getRootNode();
  var found = Array.prototype.slice.call(root.querySelectorAll(selector));
  if (isElementNode(root) && root.matches(selector)) {
    found.unshift(root);
  }
  return found;
}

var DISABLEABLE = 'button, input, select, textarea, optgroup, option, fieldset';

/** HTML #concept-fe-disabled, #concept-option-disabled, #concept-fieldset-disabled. */
function isActuallyDisabled(el) {
  var tag = tagOf(el);
  if (tag === 'OPTION') {
    var group = el.parentNode;
    return attributeOf(el, 'disabled') !== null
        || (group !== null && group.nodeType === 1 && tagOf(group) === 'OPTGROUP' && attributeOf(group, 'disabled') !== null);
  }
  if (tag === 'OPTGROUP') {
    return attributeOf(el, 'disabled') !== null;
  }
  return isDisabledControl(el);
}

function isHtmlElementNode(el) {
  return el[SLOT].namespace === HTML_NAMESPACE;
}

/** #selector-read-write: a mutable text control, or an editing host. */
function isReadWrite(el) {
  var tag = tagOf(el);
  if (tag === 'INPUT') {
    return ['hidden', 'range', 'color', 'checkbox', 'radio', 'file', 'submit', 'image', 'reset', 'button']
        .indexOf(inputType(el)) < 0 && attributeOf(el, 'readonly') === null && !isDisabledControl(el);
  }
  if (tag === 'TEXTAREA') {
    return attributeOf(el, 'readonly') === null && !isDisabledControl(el);
  }
  var editable = attributeOf(el, 'contenteditable');
  return editable !== null && ['', 'true', 'plaintext-only'].indexOf(editable.toLowerCase()) >= 0;
}

/**
 * #have-range-limitations: a range input (its default minimum and maximum), or a date, time or
 * number input with a minimum or a maximum its type can parse.
 */
function hasRangeLimitations(el) {
  var type = inputType(el);
  if (type === 'range') {
    return true;
  }
  if (RANGED.indexOf(type) < 0) {
    return false;
  }
  return [attributeOf(el, 'min'), attributeOf(el, 'max')].some(function (limit) {
    if (limit === null) {
      return false;
    }
    var n = rangedNumber(type, limit);
    return n === n || (valueFormats()[type] !== undefined && valueFormats()[type].test(limit));
  });
}

/** #selector-required: an input, select or textarea that has required (where it applies). */
function canBeRequired(el) {
  var tag = tagOf(el);
  return tag === 'SELECT' || tag === 'TEXTAREA' || (tag === 'INPUT'
      && ['hidden', 'range', 'color', 'submit', 'image', 'reset', 'button'].indexOf(inputType(el)) < 0);
}

/** Whether a form or fieldset has a candidate for constraint validation that is invalid. */
function containsInvalid(el) {
  var controls = tagOf(el) === 'FORM' ? listedElements(el)
      : Array.prototype.slice.call(el.querySelectorAll(listedSelector('button, input, select, textarea')));
  return controls.some(function (c) {
    return !isBarred(c) && !isValidControl(c);
  });
}

/**
 * #the-lang-pseudo: an element's language (its nearest lang attribute; none known without one)
 * against the ranges (Selectors 4 #extended-filtering, in its simple form: the range, or a
 * subtag prefix of the tag; "*" any language).
 */
function matchesLanguage(el, ranges) {
  var lang = null;
  for (var n = el; n !== null && n.nodeType === 1 && lang === null; n = n.parentNode) {
    lang = attributeOf(n, 'lang');
  }
  if (lang === null) {
    return false;
  }
  lang = lang.toLowerCase();
  return ranges.some(function (r) {
    return r === '*' ? lang !== '' : lang === r || lang.indexOf(r + '-') === 0;
  });
}

/** HTML #the-directionality: the nearest dir attribute of ltr or rtl ("auto" is taken as ltr), else ltr. */
function directionality(el) {
  for (var n = el; n !== null && n.nodeType === 1; n = n.parentNode) {
    var dir = (attributeOf(n, 'dir') || '').toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') {
      return dir;
    }
    if (dir === 'auto') {
      return 'ltr';
    }
  }
  return 'ltr';
}

/** The arguments of :lang(): the ranges, unquoted, lower-cased. */
function languageRanges(argument) {
  return argument.split(',').map(function (r) {
    return r.trim().replace(/^["']|["']$/g, '').toLowerCase();
  }).filter(function (r) {
    return r !== '';
  });
}

/** The elements of the scope's tree in the state ("lang:ranges" and "dir:ltr" with their argument). */
function elementsInState(state, scope) {
  if (state.indexOf('lang:') === 0) {
    var ranges = languageRanges(state.substring(5));
    return treeElements(scope, '*').filter(function (el) {
      return matchesLanguage(el, ranges);
    });
  }
  if (state.indexOf('dir:') === 0) {
    var wanted = state.substring(4).trim().toLowerCase();
    return treeElements(scope, '*').filter(function (el) {
      return directionality(el) === wanted;
    });
  }
  switch (state) {
    case 'checked':
      return treeElements(scope, 'input, option').filter(function (el) {
        return tagOf(el) === 'OPTION' ? el.selected
            : (inputType(el) === 'checkbox' || inputType(el) === 'radio') && checkedness(el);
      });
    case 'disabled':
    case 'enabled':
      return treeElements(scope, listedSelector(DISABLEABLE)).filter(function (el) {
        return isHtmlElementNode(el) && isActuallyDisabled(el) === (state === 'disabled');
      });
    case 'required':
    case 'optional':
      return treeElements(scope, 'input, select, textarea').filter(function (el) {
        return canBeRequired(el) ? (attributeOf(el, 'required') !== null) === (state === 'required')
            : state === 'optional';
      });
    case 'read-write':
    case 'read-only':
      return treeElements(scope, '*').filter(function (el) {
        return isHtmlElementNode(el) ? isReadWrite(el) === (state === 'read-write') : state === 'read-only';
      });
    case 'link':
    case 'any-link':
      return treeElements(scope, 'a[href], area[href]');
    case 'defined':
      return treeElements(scope, '*').filter(function (el) {
        return !isHtmlElementNode(el) || el[SLOT].ceState === 'custom'
            || !host.domValidCustomName(el[SLOT].localName);
      });
    case 'focus':
      return focusedElement !== null && focusedElement.getRootNode() === scope.getRootNode() ? [focusedElement] : [];
    case 'focus-within':
      var within = [];
      for (var n = focusedElement; n !== null; n = n.parentNode || (n[SLOT].kinds.indexOf('ShadowRoot') >= 0 ? n.host : null)) {
        if (n.nodeType === 1) {
          within.push(n);
        }
      }
      return within;
    case 'valid':
    case 'invalid':
      return treeElements(scope, listedSelector('button, input, select, textarea, form, fieldset')).filter(function (el) {
        var tag = tagOf(el);
        if (tag === 'FORM' || tag === 'FIELDSET') {
          return containsInvalid(el) === (state === 'invalid');
        }
        return !isBarred(el) && isValidControl(el) === (state === 'valid');
      });
    case 'placeholder-shown':
      return treeElements(scope, 'input[placeholder], textarea[placeholder]').filter(function (el) {
        return controlValue(el) === '';
      });
    case 'default':
      return treeElements(scope, 'input, option, button').filter(function (el) {
        var tag = tagOf(el);
        if (tag === 'OPTION') {
          return attributeOf(el, 'selected') !== null;
        }
        if (tag === 'INPUT' && (inputType(el) === 'checkbox' || inputType(el) === 'radio')) {
          return attributeOf(el, 'checked') !== null;
        }
        // #default-button: the first submit button of its form owner, in tree order.
        var form = buttonType(el) === 'submit' || (tag === 'INPUT' && inputType(el) === 'image') ? formOwner(el) : null;
        return form !== null && listedElements(form).filter(function (c) {
          return tagOf(c) === 'BUTTON' ? buttonType(c) === 'submit'
              : tagOf(c) === 'INPUT' && ['submit', 'image'].indexOf(inputType(c)) >= 0;
        })[0] === el;
      });
    case 'indeterminate':
      // #selector-indeterminate: a checkbox whose indeterminate is true, a radio button whose
      // group has none checked, a progress element without a value attribute.
      return treeElements(scope, 'input, progress').filter(function (el) {
        if (!isHtmlElementNode(el)) {
          return false;
        }
        if (tagOf(el) === 'PROGRESS') {
          return attributeOf(el, 'value') === null;
        }
        var type = inputType(el);
        return type === 'checkbox' ? controlState(el).indeterminate
            : type === 'radio' && !checkedness(el) && !radioGroup(el).some(checkedness);
      });
    case 'in-range':
    case 'out-of-range':
      // #selector-in-range, #selector-out-of-range: a candidate for constraint validation that
      // has range limitations, suffering from an underflow or an overflow or from neither.
      return treeElements(scope, 'input').filter(function (el) {
        if (!isHtmlElementNode(el) || !hasRangeLimitations(el) || isBarred(el)) {
          return false;
        }
        var flags = constraintProblems(el).flags;
        return (flags.rangeUnderflow === true || flags.rangeOverflow === true) === (state === 'out-of-range');
      });
    case 'modal':
      // #selector-modal: a dialog shown with showModal() (html-dialog-element.js); no fullscreen.
      return treeElements(scope, 'dialog[open]').filter(function (el) {
        return isHtmlElementNode(el) && el[SLOT].dialog !== undefined && el[SLOT].dialog.modal;
      });
    case 'popover-open':
      // #selector-popover-open: a popover showing (popover.js).
      return treeElements(scope, '[popover]').filter(popoverShowing);
    case 'open':
      // #selector-open: a details or dialog element with an open attribute (no picker opens here).
      return treeElements(scope, 'details[open], dialog[open]').filter(isHtmlElementNode);
    case 'scope':
      // #scope-pseudo: the scoping element; for a document's query, its document element.
      var el = isElementNode(scope) ? scope : scope.nodeType === 9 ? scope.documentElement : null;
      return el === null ? [] : [el];
    default:
      return [];
  }
}
