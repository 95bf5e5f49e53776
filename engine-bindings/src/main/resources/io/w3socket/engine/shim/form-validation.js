// form-validation.js: the constraint validation API (HTML #the-constraint-validation-api):
// willValidate, validity (ValidityState), validationMessage with headless Chromium 156's messages,
// checkValidity, reportValidity and setCustomValidity of the submittable elements, a form's
// checkValidity and reportValidity, and the interactive validation a submission runs first
// (form-submission.js): invalid events at the invalid controls, and no submission. There is no
// user here to show the problems to, so the run's error output says them.
//
// Not done: tooLong, tooShort and badInput (they come only from the user's editing), the dates'
// and times' steps, a pattern's v flag on engines without it (the u flag, or none on Nashorn).

var VALIDITY_FLAGS = ['valueMissing', 'typeMismatch', 'patternMismatch', 'tooLong', 'tooShort',
  'rangeUnderflow', 'rangeOverflow', 'stepMismatch', 'badInput', 'customError'];

var TEXT_LIKE = ['text', 'search', 'tel', 'url', 'email', 'password'];
var RANGED = ['number', 'range', 'date', 'month', 'week', 'time', 'datetime-local'];

/** #barred-from-constraint-validation, and #candidate-for-constraint-validation's negation. */
function isBarred(el) {
  if (isFaceElement(el)) {
    // #barred-from-constraint-validation: disabled, readonly, in a datalist.
    return isDisabledControl(el) || attributeOf(el, 'readonly') !== null || el.closest('datalist') !== null;
  }
  var tag = tagOf(el);
  if (['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].indexOf(tag) < 0) {
    return true; // fieldset, output, object: barred
  }
  if (isDisabledControl(el) || el.closest('datalist') !== null) {
    return true;
  }
  if (tag === 'BUTTON') {
    return buttonType(el) !== 'submit';
  }
  if (tag === 'INPUT') {
    var type = inputType(el);
    if (type === 'hidden' || type === 'reset' || type === 'button') {
      return true;
    }
    return attributeOf(el, 'readonly') !== null && INPUT_TYPES.indexOf(type) >= 0
        && ['checkbox', 'radio', 'file', 'color', 'range', 'submit', 'image'].indexOf(type) < 0;
  }
  return tag === 'TEXTAREA' && attributeOf(el, 'readonly') !== null;
}

/** A valid email address (#valid-e-mail-address), the problem Chromium names if not, else null. */
function emailProblem(value) {
  var at = value.indexOf('@');
  if (at < 0) {
    return "Please include an '@' in the email address. '" + value + "' is missing an '@'.";
  }
  var local = value.substring(0, at);
  var domain = value.substring(at + 1);
  if (local === '') {
    return "Please enter a part followed by '@'. '" + value + "' is incomplete.";
  }
  if (domain === '') {
    return "Please enter a part following '@'. '" + value + "' is incomplete.";
  }
  var badLocal = /[^A-Za-z0-9.!#$%&'*+\/=?^_`{|}~-]/.exec(local);
  if (badLocal) {
    return "A part followed by '@' should not contain the symbol '" + badLocal[0] + "'.";
  }
  var badDomain = /[^A-Za-z0-9.-]/.exec(domain);
  if (badDomain) {
    return "A part following '@' should not contain the symbol '" + badDomain[0] + "'.";
  }
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/
      .test(domain)) {
    return "'.' is used at a wrong position in '" + domain + "'.";
  }
  return null;
}

/** The pattern attribute's regular expression (#compiled-pattern-regular-expression), or null. */
function compiledPattern(pattern) {
  var flags = ['v', 'u', ''];
  for (var i = 0; i < flags.length; i++) {
    try {
      return new RegExp('^(?:' + pattern + ')$', flags[i]);
    } catch (e) {
      // the next flag: an engine without v (or u), or a pattern invalid with it
    }
  }
  return null;
}

/** A number of a ranged type's value or attribute, or NaN (#concept-input-value-string-number). */
function rangedNumber(type, s) {
  // The number's and range's parsing (input-numbers.js, lazy); the dates' strings compare as they are.
  return type === 'number' || type === 'range' ? loadModule('numbers').inputStringToNumber(type, s) : NaN;
}

/** A number as Chromium writes one in a message. */
function messageNumber(n) {
  return String(Math.round(n * 1e10) / 1e10);
}

/**
 * The control's problems: each ValidityState flag that is true, and the message Chromium shows
 * for the first of them (#suffering-from-being-missing and the rest).
 */
function constraintProblems(el) {
  if (isFaceElement(el)) {
    return loadModule('internals').internalsProblems(el, isBarred(el));
  }
  var out = {flags: {}, message: ''};
  function problem(flag, message) {
    if (!out.flags[flag]) {
      out.flags[flag] = true;
      out.messages = out.messages || [];
      out.messages.push([flag, message]);
    }
  }
  if (isBarred(el)) {
    return out;
  }
  var tag = tagOf(el);
  var required = attributeOf(el, 'required') !== null;
  if (tag === 'INPUT') {
    var type = inputType(el);
    if (type === 'radio' && !required) {
      // #radio-button-state-(type=radio): a required radio button makes its whole group required.
      required = radioGroup(el).some(function (other) {
        return attributeOf(other, 'required') !== null;
      });
    }
    var value = el.value;
    if (required) {
      if (type === 'checkbox' && !checkedness(el)) {
        problem('valueMissing', 'Please check this box if you want to proceed.');
      } else if (type === 'radio' && !checkedness(el) && !radioGroup(el).some(checkedness)) {
        problem('valueMissing', 'Please select one of these options.');
      } else if (type === 'file') {
        problem('valueMissing', 'Please select a file.');
      } else if (type !== 'checkbox' && type !== 'radio' && value === '') {
        problem('valueMissing', 'Please fill out this field.');
      }
    }
    // #suffering-from-a-type-mismatch: email and url.
    if (value !== '' && type === 'email') {
      var emails = attributeOf(el, 'multiple') !== null ? value.split(',') : [value];
      for (var i = 0; i < emails.length; i++) {
        var e = emailProblem(emails[i].replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ''));
        if (e !== null) {
          problem('typeMismatch', e);
          break;
        }
      }
    } else if (value !== '' && type === 'url' && parseUrl(value) === null) {
      problem('typeMismatch', 'Please enter a URL.');
    }
    var pattern = attributeOf(el, 'pattern');
    if (pattern !== null && value !== '' && TEXT_LIKE.indexOf(type) >= 0) {
      var re = compiledPattern(pattern);
      var values = type === 'email' && attributeOf(el, 'multiple') !== null ? value.split(',') : [value];
      if (re !== null && !values.every(function (v) {
        return re.test(v);
      })) {
        problem('patternMismatch', 'Please match the requested format.');
      }
    }
    if (RANGED.indexOf(type) >= 0 && value !== '') {
      var n = rangedNumber(type, value);
      var min = rangedNumber(type, attributeOf(el, 'min'));
      var max = rangedNumber(type, attributeOf(el, 'max'));
      var isNumber = n === n;
      if (!isNumber) {
        // dates and times: their strings compare as their instants
        var lo = attributeOf(el, 'min');
        var hi = attributeOf(el, 'max');
        if (lo && valueFormats()[type] && valueFormats()[type].test(lo) && value < lo) {
          problem('rangeUnderflow', 'Value must be ' + lo + ' or later.');
        }
        if (hi && valueFormats()[type] && valueFormats()[type].test(hi) && value > hi) {
          problem('rangeOverflow', 'Value must be ' + hi + ' or earlier.');
        }
      } else {
        if (min === min && n < min) {
          problem('rangeUnderflow', 'Value must be greater than or equal to ' + messageNumber(min) + '.');
        }
        if (max === max && n > max) {
          problem('rangeOverflow', 'Value must be less than or equal to ' + messageNumber(max) + '.');
        }
        // #concept-input-step: the step (default 1; "any" none) from the step base.
        var stepAttr = attributeOf(el, 'step');
        if (stepAttr === null || stepAttr.toLowerCase() !== 'any') {
          var step = rangedNumber(type, stepAttr);
          step = step === step && step > 0 ? step : 1;
          var base = min === min ? min : rangedNumber(type, attributeOf(el, 'value'));
          base = base === base ? base : 0;
          var k = (n - base) / step;
          if (Math.abs(k - Math.round(k)) > 1e-9) {
            var below = base + Math.floor(k) * step;
            var above = below + step;
            problem('stepMismatch', max === max && above > max
                ? 'Please enter a valid value. The nearest valid value is ' + messageNumber(below) + '.'
                : 'Please enter a valid value. The two nearest valid values are ' + messageNumber(below)
                + ' and ' + messageNumber(above) + '.');
          }
        }
      }
    }
  } else if (tag === 'TEXTAREA') {
    if (required && textareaValue(el) === '') {
      problem('valueMissing', 'Please fill out this field.');
    }
  } else if (tag === 'SELECT') {
    // #placeholder-label-option: a required single select whose selection is that option, or none.
    if (required) {
      var selected = selectedOptionsOf(el);
      var options = selectOptions(el);
      var placeholder = !isMultiple(el) && options.length > 0 && optionValue(options[0]) === ''
          && optionSelect(options[0]) === el && options[0].parentNode === el ? options[0] : null;
      if (selected.length === 0 || (selected.length === 1 && selected[0] === placeholder)) {
        problem('valueMissing', 'Please select an item in the list.');
      }
    }
  }
  var custom = slotOf(el, 'Element').customValidity;
  if (custom) {
    problem('customError', custom);
  }
  if (out.messages) {
    // A custom message is shown first, as Chromium does; then the first flag's.
    out.message = custom ? custom : out.messages[0][1];
  }
  return out;
}

function ValidityState() {
  illegalConstructor(this, ValidityState);
}
VALIDITY_FLAGS.forEach(function (flag) {
  defineAccessor(ValidityState.prototype, flag, function () {
    return constraintProblems(slotOf(this, 'ValidityState').element).flags[flag] === true;
  });
});
/** #dom-validitystate-valid: none of the flags. */
defineAccessor(ValidityState.prototype, 'valid', function () {
  var flags = constraintProblems(slotOf(this, 'ValidityState').element).flags;
  return !VALIDITY_FLAGS.some(function (f) {
    return flags[f] === true;
  });
});
setTag(ValidityState.prototype, 'ValidityState');

function isValidControl(el) {
  var flags = constraintProblems(el).flags;
  return !VALIDITY_FLAGS.some(function (f) {
    return flags[f] === true;
  });
}

/** Whether a candidate control of the form is invalid. */
function hasInvalidControl(form) {
  return listedElements(form).some(function (el) {
    return !isBarred(el) && !isValidControl(el);
  });
}

/** #check-validity-steps: an invalid candidate fires a cancelable invalid event (not bubbling). */
function checkControlValidity(el) {
  if (isBarred(el) || isValidControl(el)) {
    return true;
  }
  dispatch(el, trustedEvent(new Event('invalid', {cancelable: true})));
  return false;
}

/**
 * #statically-validate-the-constraints of a form: invalid events at its invalid controls in tree
 * order; the controls whose events were not canceled, for reporting.
 */
function staticallyValidate(form) {
  var unhandled = [];
  listedElements(form).forEach(function (el) {
    if (!isBarred(el) && !isValidControl(el)) {
      if (dispatch(el, trustedEvent(new Event('invalid', {cancelable: true})))) {
        unhandled.push(el);
      }
    }
  });
  return unhandled;
}

/** Reports the problems: the first control focused, each one said on the run's error output. */
function reportProblems(controls, what) {
  controls.forEach(function (el) {
    var id = attributeOf(el, 'id');
    var name = attributeOf(el, 'name');
    host.printError('w3socket: ' + what + ': <' + el.localName + (id ? ' id="' + id + '"' : name
        ? ' name="' + name + '"' : '') + '>: ' + constraintProblems(el).message);
  });
  if (controls.length > 0 && typeof controls[0].focus === 'function') {
    controls[0].focus();
  }
}

/** #interactively-validate-the-constraints, for a submission: true if it may go on. */
function interactivelyValidate(form) {
  var unhandled = staticallyValidate(form);
  var invalid = hasInvalidControl(form);
  if (invalid) {
    reportProblems(unhandled, 'the form was not submitted');
  }
  return !invalid;
}

var validationMethods = {
  /** #dom-cva-checkvalidity. */
  checkValidity: function () {
    slotOf(this, 'Element');
    return checkControlValidity(this);
  },
  /** #dom-cva-reportvalidity: checkValidity, and a problem nobody handled reported. */
  reportValidity: function () {
    slotOf(this, 'Element');
    if (isBarred(this) || isValidControl(this)) {
      return true;
    }
    if (dispatch(this, trustedEvent(new Event('invalid', {cancelable: true})))) {
      reportProblems([this], 'reportValidity');
    }
    return false;
  },
  /** #dom-cva-setcustomvalidity. */
  setCustomValidity: function (error) {
    slotOf(this, 'Element');
    requireArgs(arguments, 1, "execute 'setCustomValidity' on '" + Object.prototype.toString
        .call(this).slice(8, -1) + "'");
    slotOf(this, 'Element').customValidity = toDOMString(error);
  }
};
[HTMLButtonElement, HTMLFieldSetElement, HTMLInputElement, HTMLObjectElement, HTMLOutputElement,
  HTMLSelectElement, HTMLTextAreaElement].forEach(function (ctor) {
  defineMethods(ctor.prototype, validationMethods);
  defineAccessor(ctor.prototype, 'willValidate', function () {
    slotOf(this, 'Element');
    return !isBarred(this);
  });
  defineAccessor(ctor.prototype, 'validity', function () {
    var s = slotOf(this, 'Element');
    if (!s.validity) {
      s.validity = Object.create(ValidityState.prototype);
      setSlot(s.validity, {kinds: ['ValidityState'], element: this});
    }
    return s.validity;
  });
  defineAccessor(ctor.prototype, 'validationMessage', function () {
    slotOf(this, 'Element');
    return isBarred(this) ? '' : constraintProblems(this).message;
  });
});

defineMethods(HTMLFormElement.prototype, {
  /** #dom-form-checkvalidity. */
  checkValidity: function () {
    slotOf(this, 'Element');
    staticallyValidate(this);
    return !hasInvalidControl(this);
  },
  /** #dom-form-reportvalidity. */
  reportValidity: function () {
    slotOf(this, 'Element');
    reportProblems(staticallyValidate(this), 'reportValidity');
    return !hasInvalidControl(this);
  }
});

exposed.ValidityState = ValidityState;
