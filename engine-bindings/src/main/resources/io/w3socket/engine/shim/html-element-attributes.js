// html-element-attributes.js: the HTML element interfaces' IDL attributes that reflect a content
// attribute (HTML #reflecting-content-attributes-in-idl-attributes), each on the interfaces that
// define it as headless Chromium 156 has them (a div has no value, href or type): name, content,
// type, rel, alt, charset, htmlFor, value, src and href; the typed ones, a button's and an input's
// type keywords, the fixed type of fieldset, output and textarea, li's value (a long), progress's
// and meter's numbers; and output's value, defaultValue and htmlFor. HTMLElement's own title and
// lang, and Element's id and className, are dom-element.js's; input's, textarea's, select's and
// option's values form-controls.js's.

/** #reflect a DOMString attribute on each interface (the same getter and setter functions). */
function reflectString(ctors, idl, attribute) {
  var get = function () {
    var v = host.domAttribute(elementHandle(this), attribute);
    return v === null ? '' : v;
  };
  var set = function (v) {
    hostSetAttribute(elementHandle(this), attribute, toDOMString(v));
  };
  ctors.forEach(function (ctor) {
    defineAccessor(ctor.prototype, idl, get, set);
  });
}

/** #reflect a USVString URL attribute: its value parsed against the document's base URL. */
function reflectUrl(ctors, idl) {
  var get = function () {
    var v = host.domAttribute(elementHandle(this), idl);
    if (v === null) {
      return '';
    }
    var parsed = parseUrl(v, documentBaseUrl());
    return parsed === null ? v : parsed.href;
  };
  var set = function (v) {
    hostSetAttribute(elementHandle(this), idl, toUSVString(v));
  };
  ctors.forEach(function (ctor) {
    defineAccessor(ctor.prototype, idl, get, set);
  });
}

reflectString([HTMLAnchorElement, HTMLButtonElement, HTMLDetailsElement, HTMLEmbedElement,
  HTMLFieldSetElement, HTMLFormElement, HTMLFrameElement, HTMLIFrameElement, HTMLImageElement,
  HTMLInputElement, HTMLMapElement, HTMLMetaElement, HTMLObjectElement, HTMLOutputElement,
  HTMLParamElement, HTMLSelectElement, HTMLTextAreaElement], 'name', 'name');
reflectString([HTMLMetaElement], 'content', 'content');
reflectString([HTMLAnchorElement, HTMLEmbedElement, HTMLLIElement, HTMLLinkElement, HTMLOListElement,
  HTMLObjectElement, HTMLParamElement, HTMLScriptElement, HTMLSourceElement, HTMLStyleElement,
  HTMLUListElement], 'type', 'type');
reflectString([HTMLAnchorElement, HTMLAreaElement, HTMLFormElement, HTMLLinkElement], 'rel', 'rel');
reflectString([HTMLAreaElement, HTMLImageElement, HTMLInputElement], 'alt', 'alt');
reflectString([HTMLAnchorElement, HTMLLinkElement, HTMLScriptElement], 'charset', 'charset');
reflectString([HTMLLabelElement, HTMLScriptElement], 'htmlFor', 'for');
reflectString([HTMLButtonElement, HTMLDataElement, HTMLParamElement], 'value', 'value');
reflectUrl([HTMLEmbedElement, HTMLFrameElement, HTMLIFrameElement, HTMLImageElement,
  HTMLInputElement, HTMLMediaElement, HTMLScriptElement, HTMLSourceElement, HTMLTrackElement], 'src');
// #dom-hyperlink-href (a, area: the URL, else the attribute's value) and #dom-link-href.
reflectUrl([HTMLAnchorElement, HTMLAreaElement, HTMLLinkElement], 'href');

/**
 * #dom-base-href: the href attribute ("" when missing) parsed against the document's fallback base
 * URL (its URL, not the base elements'), else the attribute's value.
 */
defineAccessor(HTMLBaseElement.prototype, 'href', function () {
  var v = host.domAttribute(elementHandle(this), 'href');
  var url = v === null ? '' : v;
  var parsed = parseUrl(url, location.href);
  return parsed === null ? url : parsed.href;
}, function (v) {
  hostSetAttribute(elementHandle(this), 'href', toDOMString(v));
});

/** #dom-button-type: the type attribute's keyword (submit, reset, button), submit when invalid. */
defineAccessor(HTMLButtonElement.prototype, 'type', function () {
  return buttonType(this);
}, function (v) {
  hostSetAttribute(elementHandle(this), 'type', toDOMString(v));
});

/** #dom-input-type: the type attribute's state's keyword, text when missing or invalid. */
defineAccessor(HTMLInputElement.prototype, 'type', function () {
  return inputType(this);
}, function (v) {
  hostSetAttribute(elementHandle(this), 'type', toDOMString(v));
  controlAttributeChanged(this, 'type', null); // #input-type-change (form-controls.js)
});

// #dom-fieldset-type, #dom-output-type, #dom-textarea-type: a fixed string.
[[HTMLFieldSetElement, 'fieldset'], [HTMLOutputElement, 'output'], [HTMLTextAreaElement, 'textarea']]
    .forEach(function (pair) {
      defineAccessor(pair[0].prototype, 'type', function () {
        slotOf(this, 'Element');
        return pair[1];
      });
    });

/** #dom-li-value: a long reflecting value (#rules-for-parsing-integers), 0 when missing or invalid. */
defineAccessor(HTMLLIElement.prototype, 'value', function () {
  var n = integerAttribute(this, 'value'); // form-control-members.js
  return n >= -2147483648 && n <= 2147483647 ? n : 0;
}, function (v) {
  hostSetAttribute(elementHandle(this), 'value', String(toLong(v)));
});

/** #rules-for-parsing-floating-point-number-values: the attribute's number, else null. */
function floatAttribute(el, name) {
  var v = host.domAttribute(elementHandle(el), name);
  var m = v === null ? null : /^[\t\n\f\r ]*([-+]?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?)/.exec(v);
  var n = m === null ? NaN : Number(m[1].charAt(0) === '+' ? m[1].substring(1) : m[1]);
  return isFinite(n) ? (n === 0 ? 0 : n) : null;
}

/** A double attribute's setter: #best-representation-of-the-number-as-a-floating-point-number. */
function floatSetter(name, positiveOnly, what) {
  return function (v) {
    var x = toFiniteDouble(v, "set the '" + name + "' property on '" + what + "'", false);
    if (!positiveOnly || x > 0) {
      hostSetAttribute(elementHandle(this), name, String(x));
    }
  };
}

/** #dom-progress-max: a positive number, 1 otherwise (a setter's value not above 0 is ignored). */
function progressMax(el) {
  var max = floatAttribute(el, 'max');
  return max !== null && max > 0 ? max : 1;
}

/** #concept-progress-value: the current value (0 up to max), null while indeterminate. */
function progressValue(el) {
  var v = floatAttribute(el, 'value');
  return v === null ? null : Math.min(Math.max(v, 0), progressMax(el));
}

/** #dom-progress-value: 0 while indeterminate, else the current value. */
defineAccessor(HTMLProgressElement.prototype, 'value', function () {
  var v = progressValue(this);
  return v === null ? 0 : v;
}, floatSetter('value', false, 'HTMLProgressElement'));
defineAccessor(HTMLProgressElement.prototype, 'max', function () {
  return progressMax(this);
}, floatSetter('max', true, 'HTMLProgressElement'));
/** #dom-progress-position: -1 while indeterminate (no valid value), else value / max. */
defineAccessor(HTMLProgressElement.prototype, 'position', function () {
  var v = progressValue(this);
  return v === null ? -1 : v / progressMax(this);
});

/**
 * #the-meter-element: the minimum (0), the maximum (1, not below the minimum), the actual value
 * (0, clamped to them), the low and high boundaries (the minimum and maximum, clamped in order)
 * and the optimum point (their midpoint, clamped): each IDL attribute is its number.
 */
function meterNumbers(el) {
  function or(v, d) {
    return v === null ? d : v;
  }
  var min = or(floatAttribute(el, 'min'), 0);
  var max = Math.max(or(floatAttribute(el, 'max'), 1), min);
  var value = Math.min(Math.max(or(floatAttribute(el, 'value'), 0), min), max);
  var low = Math.min(Math.max(or(floatAttribute(el, 'low'), min), min), max);
  var high = Math.min(Math.max(or(floatAttribute(el, 'high'), max), low), max);
  var optimum = Math.min(Math.max(or(floatAttribute(el, 'optimum'), (min + max) / 2), min), max);
  return {min: min, max: max, value: value, low: low, high: high, optimum: optimum};
}
['value', 'min', 'max', 'low', 'high', 'optimum'].forEach(function (name) {
  defineAccessor(HTMLMeterElement.prototype, name, function () {
    return meterNumbers(this)[name];
  }, floatSetter(name, false, 'HTMLMeterElement'));
});

/** #dom-output-value: its descendant text content. */
defineAccessor(HTMLOutputElement.prototype, 'value', function () {
  return this.textContent;
}, function (v) {
  // Step 1: the default value override keeps the default value (the text until now).
  var s = slotOf(this, 'Element');
  if (s.outputDefault === undefined || s.outputDefault === null) {
    s.outputDefault = this.textContent;
  }
  this.textContent = toDOMString(v); // step 2: string replace all
});
/** #dom-output-defaultvalue: the default value override, else the descendant text content. */
defineAccessor(HTMLOutputElement.prototype, 'defaultValue', function () {
  var s = slotOf(this, 'Element');
  return s.outputDefault === undefined || s.outputDefault === null ? this.textContent : s.outputDefault;
}, function (v) {
  var s = slotOf(this, 'Element');
  if (s.outputDefault === undefined || s.outputDefault === null) {
    this.textContent = toDOMString(v);
  } else {
    s.outputDefault = toDOMString(v);
  }
});
/** #dom-output-htmlfor: [SameObject, PutForwards=value], the for attribute's tokens. */
defineAccessor(HTMLOutputElement.prototype, 'htmlFor', function () {
  var s = slotOf(this, 'Element');
  if (!s.htmlFor) {
    s.htmlFor = tokenList(this, 'for');
  }
  return s.htmlFor;
}, function (v) {
  hostSetAttribute(elementHandle(this), 'for', toDOMString(v));
});

/** The output element's reset algorithm (#the-output-element): the default value back, no override. */
function resetOutput(el) {
  var s = slotOf(el, 'Element');
  el.textContent = el.defaultValue;
  s.outputDefault = null;
}
