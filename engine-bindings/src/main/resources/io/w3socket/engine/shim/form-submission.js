// form-submission.js: forms (HTML #forms): a form
// element's form owner and listed elements, its attributes and methods (submit, requestSubmit,
// reset), SubmitEvent, the activation behaviour of submit and reset buttons (run by the DOM's
// dispatch for a click MouseEvent: event-target.js), the entry list (#constructing-the-form-data-
// set, which FormData(form) takes too), and the submission algorithm: a submit event nobody
// canceled, then a navigation, which a run with one document does not make (it is said on the
// error output, and the page goes on) unless it is to a javascript: URL or a fragment.
//
// Not done: the formdata event, selected files (a file input's entry is an empty File), implicit
// submission (no keyboard here). The controls' state is form-controls.js's, their validation
// form-validation.js's.

var LISTED = ['BUTTON', 'FIELDSET', 'INPUT', 'OBJECT', 'OUTPUT', 'SELECT', 'TEXTAREA'];

function tagOf(el) {
  return host.domTagName(elementHandle(el));
}

function attributeOf(el, name) {
  return host.domAttribute(elementHandle(el), name);
}

/** #concept-button-type-attribute (and input's type): the button's type, lower-cased. */
function buttonType(el) {
  var tag = tagOf(el);
  var type = (attributeOf(el, 'type') || '').toLowerCase();
  if (tag === 'BUTTON') {
    return type === 'reset' || type === 'button' ? type : 'submit';
  }
  return tag === 'INPUT' ? type : null;
}

/** #concept-submit-button: a button of the Submit Button state, an input of submit or image. */
function isSubmitButton(el) {
  var type = buttonType(el);
  return tagOf(el) === 'BUTTON' ? type === 'submit' : type === 'submit' || type === 'image';
}

function isResetButton(el) {
  return buttonType(el) === 'reset';
}

/**
 * #concept-fe-disabled (and #concept-fieldset-disabled): a disabled attribute, or a fieldset
 * ancestor with one whose first legend child the element is not in.
 */
function isDisabledControl(el) {
  if (attributeOf(el, 'disabled') !== null) {
    return true;
  }
  for (var child = el, n = el.parentNode; n !== null && n.nodeType === 1; child = n, n = n.parentNode) {
    if (tagOf(n) === 'FIELDSET' && attributeOf(n, 'disabled') !== null
        && !(tagOf(child) === 'LEGEND' && child === firstLegendChild(n))) {
      return true;
    }
  }
  return false;
}

/** A fieldset's first legend element child, or null. */
function firstLegendChild(fieldset) {
  for (var c = fieldset.firstElementChild; c !== null; c = c.nextElementSibling) {
    if (tagOf(c) === 'LEGEND') {
      return c;
    }
  }
  return null;
}

/** HTML #form-associated-element: the listed elements and img (those with a form owner). */
function isFormAssociated(el) {
  var tag = tagOf(el);
  return el[SLOT].namespace === HTML_NAMESPACE && (tag === 'IMG' || LISTED.indexOf(tag) >= 0 || isFaceElement(el));
}

/** The listed elements: the listed element tags, and the form-associated custom elements. */
function isListed(el) {
  return LISTED.indexOf(tagOf(el)) >= 0 || isFaceElement(el);
}

/** A selector of the listed elements, the defined form-associated custom element names too. */
function listedSelector(tags) {
  return formAssociatedNames.length === 0 ? tags : tags + ', ' + formAssociatedNames.join(', ');
}

/**
 * #form-owner: the element named by a listed element's form attribute (a form, in a connected
 * element's tree), else the nearest form ancestor.
 */
function formOwner(el) {
  var id = isListed(el) ? attributeOf(el, 'form') : null;
  if (id !== null) {
    var named = el.isConnected ? el.ownerDocument.getElementById(id) : null;
    return named !== null && tagOf(named) === 'FORM' ? named : null;
  }
  for (var n = el.parentNode; n !== null && n.nodeType === 1; n = n.parentNode) {
    if (tagOf(n) === 'FORM') {
      return n;
    }
  }
  return null;
}

/** #dom-form-elements: the listed elements whose form owner is the form, in tree order. */
function listedElements(form) {
  var doc = form.ownerDocument;
  var root = form.isConnected ? doc : form.getRootNode();
  var scope = root === form ? [form] : [];
  return scope.concat(Array.prototype.slice.call(root.querySelectorAll(
      listedSelector('button, fieldset, input, object, output, select, textarea')))).filter(function (el) {
    return el !== form && isListed(el) && formOwner(el) === form
        && !(tagOf(el) === 'INPUT' && buttonType(el) === 'image');
  });
}

/**
 * #constructing-the-form-data-set: the names and values of the form's submittable elements, in
 * tree order, as [name, value] pairs, a value a string or a File (the submitter's only if it is a
 * button).
 */
function constructEntryList(form, submitter) {
  var list = [];
  var doc = form.ownerDocument;
  var root = form.isConnected ? doc : form.getRootNode();
  var controls = Array.prototype.slice.call(root.querySelectorAll(listedSelector('button, input, select, textarea')));
  controls.forEach(function (field) {
    if (formOwner(field) !== form || isDisabledControl(field) || field.closest('datalist') !== null) {
      return;
    }
    if (isFaceElement(field)) {
      // Step 5.13: a form-associated custom element's submission value (element-internals.js).
      Array.prototype.push.apply(list, loadModule('internals').submissionEntries(field));
      return;
    }
    var tag = tagOf(field);
    var type = buttonType(field);
    var isButton = tag === 'BUTTON' || (tag === 'INPUT'
        && (type === 'submit' || type === 'image' || type === 'reset' || type === 'button'));
    if (isButton && field !== submitter) {
      return;
    }
    if (tag === 'INPUT' && (type === 'checkbox' || type === 'radio') && !checkedness(field)) {
      return;
    }
    var name = attributeOf(field, 'name');
    if (tag === 'INPUT' && type === 'image') {
      var prefix = name ? name + '.' : '';
      list.push([prefix + 'x', '0'], [prefix + 'y', '0']);
      return;
    }
    if (!name) {
      return;
    }
    if (tag === 'INPUT' && type === 'file') {
      // No file is ever selected here: the entry is an empty File with no name (step 5.10.1).
      list.push([name, new (loadModule('network').File)([], '', {type: 'application/octet-stream'})]);
      return;
    }
    if (tag === 'SELECT') {
      selectedOptionsOf(field).forEach(function (o) {
        if (attributeOf(o, 'disabled') === null) {
          list.push([name, optionValue(o)]);
        }
      });
    } else {
      list.push([name, controlValue(field)]);
    }
  });
  return list;
}

function SubmitEvent(type) {
  requireNew(this, SubmitEvent, 'SubmitEvent');
  requireArgs(arguments, 1, "construct 'SubmitEvent'");
  var init = arguments[1] === undefined || arguments[1] === null ? {} : arguments[1];
  var submitter = init.submitter === undefined ? null : init.submitter;
  if (submitter !== null && !(isElementNode(submitter) && submitter instanceof HTMLElement)) {
    throw new TypeError("Failed to construct 'SubmitEvent': Failed to read the 'submitter' property "
        + "from 'SubmitEventInit': Failed to convert value to 'HTMLElement'.");
  }
  initEventSlot(this, ['Event', 'SubmitEvent'], type, init).submitter = submitter;
}
inherit(SubmitEvent, Event);
defineAccessor(SubmitEvent.prototype, 'submitter', function () {
  return slotOf(this, 'SubmitEvent').submitter;
});
setTag(SubmitEvent.prototype, 'SubmitEvent');

/**
 * #concept-form-submit: from a submitter (the form itself for submit()); submit() skips the
 * submit event.
 */
function submitForm(form, submitter, fromSubmitMethod) {
  var s = slotOf(form, 'Element');
  // Step 2-3: a form not connected cannot navigate (Chromium says so on the console).
  if (!form.isConnected) {
    consolePrint(true, ['Form submission canceled because the form is not connected']);
    return;
  }
  if (s.constructingEntryList) {
    return;
  }
  if (!fromSubmitMethod) {
    // Step 6: no reentry while the submission events fire; step 6.5: the submit event.
    if (s.firingSubmissionEvents) {
      return;
    }
    s.firingSubmissionEvents = true;
    // Step 6.4: the constraints validated first, unless the form or its submitter says novalidate.
    var noValidate = attributeOf(form, 'novalidate') !== null
        || (submitter !== form && attributeOf(submitter, 'formnovalidate') !== null);
    if (!noValidate && !interactivelyValidate(form)) {
      s.firingSubmissionEvents = false;
      return;
    }
    var event = new SubmitEvent('submit', {bubbles: true, cancelable: true,
      submitter: submitter === form ? null : submitter});
    var go;
    try {
      go = dispatch(form, trustedEvent(event));
    } finally {
      s.firingSubmissionEvents = false;
    }
    if (!go) {
      return;
    }
  }
  s.constructingEntryList = true;
  var entries;
  try {
    entries = constructEntryList(form, submitter);
  } finally {
    s.constructingEntryList = false;
  }
  // Steps 11-20: the action, method and target of the submitter, else the form's.
  var fromButton = submitter !== form;
  var action = (fromButton && attributeOf(submitter, 'formaction')) || attributeOf(form, 'action') || '';
  var method = ((fromButton && attributeOf(submitter, 'formmethod')) || attributeOf(form, 'method') || '')
      .toLowerCase();
  method = method === 'post' || method === 'dialog' ? method : 'get';
  if (method === 'dialog') {
    loadModule('popups').submitToDialog(form, submitter); // dialog-steps.js
    return;
  }
  var url = parseUrl(action === '' ? location.href : action, documentBaseUrl());
  if (url === null) {
    return; // step 15: an action that does not parse ends the submission
  }
  var href = url.href;
  if (url.protocol === 'javascript:') {
    // #submit-mutate-action... navigate to a javascript: URL: its script runs in a task.
    var source = percentDecode(href.substring('javascript:'.length));
    queueTask(function () {
      (0, eval)(source);
    });
    return;
  }
  if (method === 'get') {
    // #submit-mutate-action: the query becomes the entries, serialized.
    // #convert-to-a-list-of-name-value-pairs: a File is its name.
    href = href.replace(/[?#].*$/, '') + '?' + serializeForm(entries.map(function (e) {
      return [e[0], typeof e[1] === 'string' ? e[1] : e[1].name];
    }))
        + (url.hash ? url.hash : '');
  }
  host.printError("w3socket: not navigating to '" + href + "' (a form's " + method.toUpperCase()
      + ' submission): a run keeps its one document, which goes on');
}

/** #reset-algorithm: a reset event, and (not canceled) each control's reset (form-controls.js). */
function resetForm(form) {
  var s = slotOf(form, 'Element');
  if (s.resetting) {
    return;
  }
  s.resetting = true;
  var go;
  try {
    go = dispatch(form, trustedEvent(new Event('reset', {bubbles: true, cancelable: true})));
  } finally {
    s.resetting = false;
  }
  if (go) {
    listedElements(form).forEach(resetControl);
  }
}

/**
 * DOM #eventtarget-activation-behavior for a click MouseEvent (event-target.js), as {pre,
 * activate, cancel} (legacy-pre-activation, activation and legacy-canceled-activation behaviour):
 * a checkbox's or radio button's (form-controls.js); a submit button submits its form owner, a
 * reset button resets it (#the-button-element, #submit-button-state, #reset-button-state), unless
 * disabled; then a button's popovertarget acts (popover.js); a summary's toggles its details
 * (html-details-element.js); other targets have none here (a link's is the page runner's, for the
 * user's click).
 */
function activationBehaviorOf(target) {
  if (!isElementNode(target)) {
    return null;
  }
  var checkable = checkableActivation(target) || labelActivation(target);
  if (checkable !== null) {
    return checkable;
  }
  var type = buttonType(target);
  if (type !== 'submit' && type !== 'image' && type !== 'reset' && type !== 'button') {
    return summaryActivation(target); // html-details-element.js
  }
  return {
    activate: function () {
      if (isDisabledControl(target)) {
        return;
      }
      var form = type === 'button' ? null : formOwner(target);
      if (form !== null) {
        if (type === 'reset') {
          resetForm(form);
        } else {
          submitForm(form, target, false);
        }
      }
      popoverTargetActivation(target); // popover.js
    }
  };
}

defineMethods(HTMLFormElement.prototype, {
  /** #dom-form-submit: no submit event. */
  submit: function () {
    slotOf(this, 'Element');
    submitForm(this, this, true);
  },
  /** #dom-form-requestsubmit: a submitter of this form, or the form itself. */
  requestSubmit: function (submitter) {
    var what = "Failed to execute 'requestSubmit' on 'HTMLFormElement': ";
    slotOf(this, 'Element');
    if (submitter !== undefined && submitter !== null) {
      if (!isElementNode(submitter) || !isSubmitButton(submitter)) {
        throw new TypeError(what + 'The specified element is not a submit button.');
      }
      if (formOwner(submitter) !== this) {
        throw new DOMException(what + 'The specified element is not owned by this form element.',
            'NotFoundError');
      }
    } else {
      submitter = this;
    }
    submitForm(this, submitter, false);
  },
  /** #dom-form-reset. */
  reset: function () {
    slotOf(this, 'Element');
    resetForm(this);
  }
});
/** #dom-form-elements: [SameObject], live. */
defineAccessor(HTMLFormElement.prototype, 'elements', function () {
  return formElements(this);
});
/** #dom-form-length: the number of its elements. */
defineAccessor(HTMLFormElement.prototype, 'length', function () {
  return formControlItems(this).length;
});
/** #dom-fs-action: the action attribute resolved, the document's URL when missing or empty. */
defineAccessor(HTMLFormElement.prototype, 'action', function () {
  var v = attributeOf(this, 'action');
  if (v === null || v === '') {
    return location.href;
  }
  var parsed = parseUrl(v, documentBaseUrl());
  return parsed === null ? v : parsed.href;
}, function (v) {
  hostSetAttribute(elementHandle(this), 'action', toUSVString(v));
});
// #dom-fs-method, #dom-fs-enctype: enumerated attributes whose invalid and missing value defaults
// are the same keyword (form-control-members.js reflectKeyword).
reflectKeyword([HTMLFormElement], 'method', 'method', ['get', 'post', 'dialog'], 'get', 'get');
reflectKeyword([HTMLFormElement], 'enctype', 'enctype',
    ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'],
    'application/x-www-form-urlencoded', 'application/x-www-form-urlencoded');
// #dom-fs-encoding: enctype's own accessor (a control named enctype would hide this.enctype).
var enctypeAccessor = Object.getOwnPropertyDescriptor(HTMLFormElement.prototype, 'enctype');
defineAccessor(HTMLFormElement.prototype, 'encoding', function () {
  return enctypeAccessor.get.call(this);
}, function (v) {
  enctypeAccessor.set.call(this, v);
});
defineAccessor(HTMLFormElement.prototype, 'target', function () {
  return attributeOf(this, 'target') || '';
}, function (v) {
  hostSetAttribute(elementHandle(this), 'target', toDOMString(v));
});
defineAccessor(HTMLFormElement.prototype, 'noValidate', function () {
  return attributeOf(this, 'novalidate') !== null;
}, function (v) {
  if (toBoolean(v)) {
    hostSetAttribute(elementHandle(this), 'novalidate', '');
  } else {
    this.removeAttribute('novalidate');
  }
});
// #dom-fae-form: a listed element's form owner.
[HTMLButtonElement, HTMLFieldSetElement, HTMLInputElement, HTMLObjectElement, HTMLOutputElement,
  HTMLSelectElement, HTMLTextAreaElement].forEach(function (ctor) {
  defineAccessor(ctor.prototype, 'form', function () {
    slotOf(this, 'Element');
    return formOwner(this);
  });
});

exposed.SubmitEvent = SubmitEvent;

/** A form's elements collection (#dom-form-elements), made at the first need. */
function formElements(form) {
  var s = slotOf(form, 'Element');
  if (!s.elements) {
    s.elements = liveFormControls(form, function () {
      return listedElements(form);
    });
  }
  return s.elements;
}

/**
 * The form's listed elements as its elements collection holds them: computed again only when the
 * tree's change count moved (dom-collections.js itemsOf), so that a loop over form[i] or
 * form.length does not query the tree each time.
 */
function formControlItems(form) {
  return itemsOf(formElements(form), 'HTMLCollection');
}

/**
 * The form's listed elements, and (for its named properties) its img elements, by their ids and
 * names: each a map from '$' + name to the elements of that id or name in tree order, and the
 * names in the order they come. Made again only when the tree's change count moved, so that a
 * read of any form member (each is a named lookup first: [LegacyOverrideBuiltIns]) does not ask
 * every control for its attributes.
 */
function formNames(form) {
  var s = slotOf(form, 'Element');
  var version = host.domVersion();
  if (!s.formNames || s.formNames.version !== version) {
    s.formNames = {version: version, controls: elementsByName(formControlItems(form)), images: null};
  }
  return s.formNames;
}

function elementsByName(elements) {
  var byName = {map: {}, names: []};
  function add(name, el) {
    if (name === null || name === '') {
      return;
    }
    var list = byName.map['$' + name];
    if (list === undefined) {
      byName.map['$' + name] = [el];
      byName.names.push(name);
    } else if (list[list.length - 1] !== el) {
      list.push(el);
    }
  }
  elements.forEach(function (el) {
    add(attributeOf(el, 'id'), el);
    add(attributeOf(el, 'name'), el);
  });
  return byName;
}

/** The form's img elements by id and name (#dom-form-nameditem step 2's candidates). */
function formImagesByName(form) {
  var names = formNames(form);
  if (names.images === null) {
    names.images = elementsByName(Array.prototype.filter.call(form.getElementsByTagName('img'), function (el) {
      return formOwner(el) === form;
    }));
  }
  return names.images;
}

/**
 * The form's past names map (#past-names-map: the element a name last found, '$' + name to it),
 * less the entries of elements that no longer have the form as their form owner.
 */
function pastNamesOf(form) {
  var names = formNames(form);
  var s = slotOf(form, 'Element');
  if (!s.pastNames) {
    s.pastNames = {};
  } else if (names.pastChecked !== true) {
    Object.keys(s.pastNames).forEach(function (key) {
      if (formOwner(s.pastNames[key]) !== form) {
        delete s.pastNames[key];
      }
    });
  }
  names.pastChecked = true;
  return s.pastNames;
}

/** The form's listed elements whose id or name is name, in tree order. */
function formControlsNamed(form, name) {
  var found = formNames(form).controls.map['$' + name];
  return found === undefined ? [] : found.slice();
}

/**
 * The live RadioNodeList of the form's controls of that id or name, one per name, which its
 * named property and its elements' namedItem share (as Chromium does).
 */
function formRadioNodes(form, name) {
  var s = slotOf(form, 'Element');
  if (!s.radioNodes) {
    s.radioNodes = {};
  }
  var key = '$' + name;
  if (!s.radioNodes[key]) {
    s.radioNodes[key] = liveRadioNodes(function () {
      return formControlsNamed(form, name);
    });
  }
  return s.radioNodes[key];
}

/**
 * A form element's wrapper (nodeFor's) with its indexed and named properties (HTML
 * #the-form-element: [LegacyOverrideBuiltIns, LegacyUnenumerableNamedProperties]): form[i] is its
 * elements' i-th, form.name its control of that id or name (#dom-form-nameditem; several: a
 * RadioNodeList), else its img of that id or name, else the element the name last found while it
 * is still the form's (the past names map).
 */
function formWithNamedProperties(form) {
  return withNamedProperties(form, {enumerable: false, overrideBuiltIns: true,
    items: function (self) {
      return formControlItems(self);
    },
    lookup: function (self, name) {
      // #dom-form-nameditem steps 1-2: its listed elements of that id or name, else its images.
      var found = formControlsNamed(self, name);
      if (found.length === 0) {
        found = formImagesByName(self).map['$' + name] || [];
      }
      var past = pastNamesOf(self);
      if (found.length === 0) {
        return past['$' + name] || null; // step 3
      }
      if (found.length > 1) {
        return formRadioNodes(self, name); // step 4
      }
      past['$' + name] = found[0]; // step 6
      return found[0];
    },
    names: function (self) {
      // #the-form-element's supported property names: ids and names, then the past names.
      var names = formNames(self).controls.names.slice();
      var past = pastNamesOf(self);
      formImagesByName(self).names.concat(Object.keys(past).map(function (key) {
        return key.substring(1);
      })).forEach(function (n) {
        if (names.indexOf(n) < 0) {
          names.push(n);
        }
      });
      return names;
    }
  });
}
