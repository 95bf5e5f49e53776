// autofill.js: the autocomplete IDL attribute of input, select and textarea elements (HTML
// #dom-fe-autocomplete): on getting, the element's IDL-exposed autofill value, which the autofill
// processing model (#autofill-processing-model) makes of the autocomplete content attribute's
// tokens (an optional section-*, shipping or billing, a contact kind before a contact field, the
// field name, an optional webauthn), "" for any other value; on setting, the attribute. As in
// Chromium 156, a token repeated counts once (the tokens are a set).

/** #autofill-field: the field names of the Normal category, then of the Contact category. */
var AUTOFILL_NORMAL = ('name honorific-prefix given-name additional-name family-name honorific-suffix '
    + 'nickname organization-title username new-password current-password one-time-code organization '
    + 'street-address address-line1 address-line2 address-line3 address-level4 address-level3 '
    + 'address-level2 address-level1 country country-name postal-code cc-name cc-given-name '
    + 'cc-additional-name cc-family-name cc-number cc-exp cc-exp-month cc-exp-year cc-csc cc-type '
    + 'transaction-currency transaction-amount language bday bday-day bday-month bday-year sex url photo')
    .split(' ');
var AUTOFILL_CONTACT = ('tel tel-country-code tel-national tel-area-code tel-local tel-local-prefix '
    + 'tel-local-suffix tel-extension email impp').split(' ');

/** The processing model's category of a field name and its maximum tokens ([category, n]), or null. */
function autofillCategory(token) {
  if (token === 'off' || token === 'on') {
    return [token, 1];
  }
  if (AUTOFILL_NORMAL.indexOf(token) >= 0) {
    return ['normal', 3];
  }
  if (AUTOFILL_CONTACT.indexOf(token) >= 0) {
    return ['contact', 4];
  }
  return token === 'webauthn' ? ['credential', 5] : null;
}

/** #autofill-processing-model: the element's IDL-exposed autofill value ("" at the step "default"). */
function idlExposedAutofillValue(el) {
  // Steps 1-3: the attribute's tokens (lowercased, each once).
  var attr = attributeOf(el, 'autocomplete');
  var tokens = [];
  (attr === null ? '' : attr.toLowerCase()).split(/[\t\n\f\r ]+/).forEach(function (t) {
    if (t !== '' && tokens.indexOf(t) < 0) {
      tokens.push(t);
    }
  });
  // Steps 4-8: the last token's category, and not more tokens than it takes.
  var index = tokens.length - 1;
  var category = index < 0 ? null : autofillCategory(tokens[index]);
  if (category === null || tokens.length > category[1]) {
    return '';
  }
  // Steps 9-11: off and on, alone, but not on a hidden input (the autofill anchor mantle).
  if (category[0] === 'off' || category[0] === 'on') {
    return tagOf(el) === 'INPUT' && inputType(el) === 'hidden' ? '' : category[0];
  }
  var value = tokens[index];
  // Step 16: webauthn after a Normal or Contact field.
  if (category[0] === 'credential') {
    if (index === 0) {
      return value;
    }
    index--;
    category = autofillCategory(tokens[index]);
    if (category === null || (category[0] !== 'normal' && category[0] !== 'contact') || index > category[1] - 1) {
      return '';
    }
    value = tokens[index] + ' ' + value;
  }
  if (index === 0) {
    return value; // step 17
  }
  index--;
  // Step 19: a contact kind before a contact field.
  if (category[0] === 'contact' && ['home', 'work', 'mobile', 'fax', 'pager'].indexOf(tokens[index]) >= 0) {
    value = tokens[index] + ' ' + value;
    if (index === 0) {
      return value;
    }
    index--;
  }
  // Step 20: shipping or billing.
  if (tokens[index] === 'shipping' || tokens[index] === 'billing') {
    value = tokens[index] + ' ' + value;
    if (index === 0) {
      return value;
    }
    index--;
  }
  // Steps 21-24: what is left is one section-* token.
  return index === 0 && tokens[0].substring(0, 8) === 'section-' ? tokens[0] + ' ' + value : '';
}

[HTMLInputElement, HTMLSelectElement, HTMLTextAreaElement].forEach(function (ctor) {
  defineAccessor(ctor.prototype, 'autocomplete', function () {
    slotOf(this, 'Element');
    return idlExposedAutofillValue(this);
  }, function (v) {
    hostSetAttribute(elementHandle(this), 'autocomplete', toDOMString(v));
  });
});
