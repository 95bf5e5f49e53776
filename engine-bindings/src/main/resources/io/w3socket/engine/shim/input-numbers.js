// input-numbers.js (the lazy module numbers; input-number-members.js has the stubs of its
// members): an input's value as a number and as a Date, and its stepping (HTML
// #dom-input-valueasnumber, #dom-input-valueasdate, #dom-input-stepup) for the number, range,
// date, month, week, time and datetime-local types: each type's algorithms to convert a string to
// a number and a number to a string (#states-of-the-type-attribute, over #dates-and-times'
// microsyntaxes), its minimum, maximum, allowed value step and step base (#attr-input-min,
// #attr-input-step), and the value sanitization they give (form-controls.js's sanitizeValue asks
// here for these types: a range's value rounded to its step, datetime-local's normalized).
//
// As in Chromium 156: each type has its limits (0001-01-01 to 275760-09-13), a date, month or
// week step is a whole number and a time's a whole number of milliseconds, and stepUp/stepDown
// with a value off its step count the step to it as one of n and step from an invalid value even
// backwards. Numbers are doubles; a step's result is rounded to the digits of its step and step
// base, as Chromium's decimal arithmetic gives.

var DAY_MS = 86400000;

/**
 * Each type's step scale factor, default step, default step base, limits (Chromium's defaults of
 * the minimum and maximum) and how its step is made whole ('parsed': the step attribute's number,
 * 'scaled': the step in milliseconds). #concept-input-step-scale, #concept-input-step-default.
 */
var NUMERIC_INPUTS = {
  number: {scale: 1, step: 1, base: 0, min: -Number.MAX_VALUE, max: Number.MAX_VALUE},
  range: {scale: 1, step: 1, base: 0, min: 0, max: 100},
  date: {scale: DAY_MS, step: 1, base: 0, min: -62135596800000, max: 8640000000000000, whole: 'parsed'},
  month: {scale: 1, step: 1, base: 0, min: -23628, max: 3285488, whole: 'parsed'},
  week: {scale: 7 * DAY_MS, step: 1, base: -259200000, min: -62135596800000, max: 8639999568000000,
    whole: 'parsed'},
  time: {scale: 1000, step: 60, base: 0, min: 0, max: DAY_MS - 1, whole: 'scaled'},
  'datetime-local': {scale: 1000, step: 60, base: 0, min: -62135596800000, max: 8640000000000000,
    whole: 'scaled'}
};

/** The types whose valueAsDate applies (#dom-input-valueasdate). */
var DATE_VALUE_TYPES = ['date', 'month', 'week', 'time'];

/** A time value of a UTC date (years below 100 too, which Date.UTC would move to the 1900s). */
function utcDate(year, month, day) {
  var d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** #number-of-days-in-month-month-of-year-year. */
function daysInMonth(year, month) {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28)
      : [4, 6, 9, 11].indexOf(month) >= 0 ? 30 : 31;
}

/** The time value of the Monday of week 1 of the year (#week-number-of-the-last-day: ISO weeks). */
function weekOneMonday(year) {
  var jan4 = utcDate(year, 1, 4);
  return jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
}

/** #week-number-of-the-last-day: 53 if the year starts on a Thursday, or a Wednesday in a leap year. */
function weeksInYear(year) {
  var day = new Date(utcDate(year, 1, 1)).getUTCDay();
  return day === 4 || (day === 3 && daysInMonth(year, 2) === 29) ? 53 : 52;
}

/** #parse-a-date-component's checks: a year above 0, a month, a day of that month; else NaN. */
function dateNumber(year, month, day) {
  return year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
      ? utcDate(year, month, day) : NaN;
}

/** #parse-a-time-component: milliseconds after midnight, or NaN. */
function timeNumber(m) {
  var h = Number(m[1]);
  var min = Number(m[2]);
  var s = m[3] === undefined ? 0 : Number(m[3]);
  var ms = m[4] === undefined ? 0 : Number((m[4] + '00').substring(0, 3));
  return h < 24 && min < 60 && s < 60 ? ((h * 60 + min) * 60 + s) * 1000 + ms : NaN;
}

var inputPatterns = null;

function numericPatterns() {
  if (inputPatterns === null) {
    var time = '(\\d\\d):(\\d\\d)(?::(\\d\\d)(?:\\.(\\d{1,3}))?)?';
    inputPatterns = {
      date: /^(\d{4,})-(\d\d)-(\d\d)$/,
      month: /^(\d{4,})-(\d\d)$/,
      week: /^(\d{4,})-W(\d\d)$/,
      time: new RegExp('^' + time + '$'),
      'datetime-local': new RegExp('^(\\d{4,})-(\\d\\d)-(\\d\\d)[T ]' + time + '$')
    };
  }
  return inputPatterns;
}

/**
 * The type's algorithm to convert a string to a number (#concept-input-value-string-number): a number (a month's count of months since
 * 1970-01, the others' milliseconds), or NaN for an error or a value past the type's limits.
 */
function inputStringToNumber(type, s) {
  var spec = NUMERIC_INPUTS[type];
  if (!spec || s === null || s === undefined) {
    return NaN;
  }
  var n = NaN;
  if (type === 'number' || type === 'range') {
    // #valid-floating-point-number (Chromium takes only a valid one, and not one too big).
    n = valueFormats().number.test(s) ? Number(s) : NaN;
  } else {
    var m = numericPatterns()[type].exec(s);
    if (m !== null) {
      var year = Number(m[1]);
      if (type === 'date') {
        n = dateNumber(year, Number(m[2]), Number(m[3])); // #parse-a-date-string
      } else if (type === 'month') {
        // #parse-a-month-string: months since 1970-01 (#month-state-(type=month)).
        var month = Number(m[2]);
        n = year > 0 && month >= 1 && month <= 12 ? (year - 1970) * 12 + month - 1 : NaN;
      } else if (type === 'week') {
        // #parse-a-week-string: the Monday of that week.
        var week = Number(m[2]);
        n = year > 0 && week >= 1 && week <= weeksInYear(year) ? weekOneMonday(year) + (week - 1) * 7 * DAY_MS
            : NaN;
      } else if (type === 'time') {
        n = timeNumber(m); // #parse-a-time-string
      } else {
        // #parse-a-local-date-and-time-string
        n = dateNumber(year, Number(m[2]), Number(m[3])) + timeNumber(m.slice(3));
      }
    }
  }
  // The dates' and times' limits (Chromium's); a number's or range's minimum and maximum are not.
  return isFinite(n) && (type === 'number' || type === 'range' || (n >= spec.min && n <= spec.max)) ? n : NaN;
}

function padded(n, width) {
  var s = String(n);
  while (s.length < width) {
    s = '0' + s;
  }
  return s;
}

/** #valid-date-string of a day's time value. */
function dateString(t) {
  var d = new Date(t);
  return padded(d.getUTCFullYear(), 4) + '-' + padded(d.getUTCMonth() + 1, 2) + '-' + padded(d.getUTCDate(), 2);
}

/**
 * #valid-time-string of milliseconds after midnight: seconds if not zero, then milliseconds if not
 * zero (three digits; datetime-local's #valid-normalised-local-date-and-time-string, the fewest);
 * {@code precision} 1000 or 1 writes seconds, and 1 milliseconds, even when zero.
 */
function timeString(ms, shortest, precision) {
  var s = padded(Math.floor(ms / 3600000), 2) + ':' + padded(Math.floor(ms / 60000) % 60, 2);
  var sec = Math.floor(ms / 1000) % 60;
  var frac = ms % 1000;
  if (sec !== 0 || frac !== 0 || precision <= 1000) {
    s += ':' + padded(sec, 2);
  }
  if (frac !== 0 || precision === 1) {
    var f = padded(frac, 3);
    s += '.' + (shortest ? f.replace(/0+$/, '') : f);
  }
  return s;
}

/**
 * The precision a time is written with (Chromium's): minutes, seconds or milliseconds, the
 * largest the element's step is a whole number of (minutes for step="any").
 */
function timePrecision(el, type) {
  var step = el ? allowedStep(el, type) : null;
  return step === null || step % 60000 === 0 ? 60000 : step % 1000 === 0 ? 1000 : 1;
}

/**
 * The type's algorithm to convert a number to a string (#concept-input-value-number-string): "" past the type's limits; a time with
 * the precision of el's step.
 */
function inputNumberToString(type, n, el) {
  var spec = NUMERIC_INPUTS[type];
  if (type === 'number' || type === 'range') {
    return String(n); // #best-representation-of-the-number-as-a-floating-point-number
  }
  if (type === 'time') {
    // #time-state-(type=time): the time n milliseconds after midnight.
    var ms = Math.floor(n) % DAY_MS;
    return timeString(ms < 0 ? ms + DAY_MS : ms, false, timePrecision(el, type));
  }
  if (type === 'month') {
    var months = Math.round(n);
    if (!(months >= spec.min && months <= spec.max)) {
      return '';
    }
    var y = 1970 + Math.floor(months / 12);
    return padded(y, 4) + '-' + padded(months - (y - 1970) * 12 + 1, 2);
  }
  var t = type === 'datetime-local' ? Math.round(n) : Math.floor(n / DAY_MS) * DAY_MS;
  if (!(t >= spec.min && t <= spec.max)) {
    return '';
  }
  if (type === 'date') {
    return dateString(t);
  }
  if (type === 'week') {
    // #valid-week-string: the ISO week-numbering year (of that week's Thursday) and week.
    var monday = t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS;
    var year = new Date(monday + 3 * DAY_MS).getUTCFullYear();
    return padded(year, 4) + '-W' + padded((monday - weekOneMonday(year)) / (7 * DAY_MS) + 1, 2);
  }
  // #valid-normalised-local-date-and-time-string
  var day = Math.floor(t / DAY_MS) * DAY_MS;
  return dateString(day) + 'T' + timeString(t - day, true, timePrecision(el, type));
}

/**
 * The value sanitization algorithm of these types (#number-state-(type=number) and the dates'):
 * a valid string stays, anything else is "" (datetime-local's is normalized); a range's is
 * rangeValue's.
 */
function sanitizeNumeric(el, type, value) {
  if (type === 'range') {
    return rangeValue(el, value);
  }
  var n = inputStringToNumber(type, value);
  return n !== n ? '' : type === 'datetime-local' ? inputNumberToString(type, n) : value;
}

/** The digits after the point of a double's shortest representation. */
function fractionDigits(x) {
  var s = String(Math.abs(x));
  var e = s.indexOf('e');
  var mantissa = e < 0 ? s : s.substring(0, e);
  var point = mantissa.indexOf('.');
  var digits = point < 0 ? 0 : mantissa.length - point - 1;
  return Math.max(0, digits - (e < 0 ? 0 : Number(s.substring(e + 1))));
}

/** x rounded to the digits given (the decimal result Chromium's arithmetic gives). */
function roundTo(x, digits) {
  return digits > 20 || Math.abs(x) >= 1e21 ? x : Number(x.toFixed(digits));
}

/** Whether k, a quotient of doubles, is an integer but for the doubles' error. */
function nearInteger(k) {
  return Math.abs(k - Math.round(k)) <= 1e-9 * Math.max(1, Math.abs(k));
}

function floorSteps(k) {
  return nearInteger(k) ? Math.round(k) : Math.floor(k);
}

function ceilSteps(k) {
  return nearInteger(k) ? Math.round(k) : Math.ceil(k);
}

/** The attribute's number for the type, or the default given. */
function numericAttribute(el, type, name, fallback) {
  var n = inputStringToNumber(type, attributeOf(el, name));
  return n === n ? n : fallback;
}

/** #concept-input-min, with the type's limit when there is none. */
function inputMinimum(el, type) {
  return numericAttribute(el, type, 'min', NUMERIC_INPUTS[type].min);
}

/** #concept-input-max; a range's is not below its minimum (#range-state-(type=range)). */
function inputMaximum(el, type) {
  var max = numericAttribute(el, type, 'max', NUMERIC_INPUTS[type].max);
  return type === 'range' ? Math.max(max, inputMinimum(el, type)) : max;
}

/**
 * #concept-input-step: the allowed value step, or null for step="any"; a step attribute that is
 * not a number above 0 gives the default step.
 */
function allowedStep(el, type) {
  var spec = NUMERIC_INPUTS[type];
  var attr = attributeOf(el, 'step');
  if (attr !== null && attr.toLowerCase() === 'any') {
    return null;
  }
  var step = inputStringToNumber('number', attr);
  step = step === step && step > 0 ? step : spec.step;
  if (spec.whole === 'parsed') {
    return Math.max(Math.round(step), 1) * spec.scale;
  }
  return spec.whole === 'scaled' ? Math.max(Math.round(step * spec.scale), 1) : step * spec.scale;
}

/**
 * #concept-input-min-zero: the step base, the minimum if there is one, else the value content
 * attribute's number, else the type's default; a range's is its minimum (as in Chromium).
 */
function stepBase(el, type) {
  if (type === 'range') {
    return inputMinimum(el, type);
  }
  var min = numericAttribute(el, type, 'min', NaN);
  return min === min ? min : numericAttribute(el, type, 'value', NUMERIC_INPUTS[type].base);
}

/** The step's arithmetic: base, step and the digits their results are rounded to. */
function stepGrid(el, type) {
  var step = allowedStep(el, type);
  if (step === null) {
    return null;
  }
  var base = stepBase(el, type);
  return {step: step, base: base, digits: Math.max(fractionDigits(step), fractionDigits(base))};
}

/** base + k steps, rounded to the grid's digits. */
function onGrid(grid, k) {
  return roundTo(grid.base + k * grid.step, grid.digits);
}

/** #suffering-from-a-step-mismatch: whether n is not the step base plus a whole number of steps. */
function offStep(grid, n) {
  return fractionDigits(n) > grid.digits || onGrid(grid, Math.round((n - grid.base) / grid.step)) !== n;
}

/**
 * #range-state-(type=range)'s value sanitization: a valid number, else the default value (the
 * minimum plus half the range), clamped to the minimum and maximum, then (#attr-input-step) the
 * nearest value on the step within them (halves away from zero, as Chromium rounds).
 */
function rangeValue(el, value) {
  var min = inputMinimum(el, 'range');
  var max = inputMaximum(el, 'range');
  var n = inputStringToNumber('range', value);
  n = n === n ? n : min + (max - min) / 2;
  n = Math.min(max, Math.max(min, n));
  var grid = stepGrid(el, 'range');
  if (grid !== null) {
    var k = (n - grid.base) / grid.step;
    var r = onGrid(grid, k < 0 ? -Math.floor(-k + 0.5) : Math.floor(k + 0.5));
    r = r > max ? roundTo(r - grid.step, grid.digits) : r < min ? roundTo(r + grid.step, grid.digits) : r;
    n = r >= min && r <= max ? r : n;
  }
  return String(n);
}

function notSupported(what, kind) {
  return new DOMException('Failed to ' + what + ": This input element does not support " + kind + ' values.',
      'InvalidStateError');
}

/** #dom-input-stepup, #dom-input-stepdown: n steps up (or down) from the value, within the limits. */
function stepInput(el, n, down) {
  var what = "execute '" + (down ? 'stepDown' : 'stepUp') + "' on 'HTMLInputElement'";
  var type = inputType(el);
  // Step 1: the types stepUp and stepDown apply to.
  if (!NUMERIC_INPUTS[type]) {
    throw new DOMException('Failed to ' + what + ': This form element is not steppable.', 'InvalidStateError');
  }
  var grid = stepGrid(el, type);
  if (grid === null) {
    throw new DOMException('Failed to ' + what + ': This form element does not have an allowed value step.',
        'InvalidStateError');
  }
  var min = inputMinimum(el, type);
  var max = inputMaximum(el, type);
  // Steps 3-4: no value between the minimum and the maximum on the step.
  var highest = onGrid(grid, floorSteps((max - grid.base) / grid.step));
  if (min > max || highest < min) {
    return;
  }
  // Step 5: the value's number, else 0.
  var current = inputStringToNumber(type, el.value);
  var invalid = current !== current;
  current = invalid ? 0 : current;
  var count = down ? -n : n;
  var value = current;
  var off = offStep(grid, current);
  if (off && count !== 0) {
    // Step 7: to the step in the direction asked, which Chromium counts as one of the n steps.
    var k = (value - grid.base) / grid.step;
    value = onGrid(grid, count < 0 ? floorSteps(k) : ceilSteps(k));
    count += count < 0 ? 1 : -1;
  }
  value = value + grid.step * count;
  value = off || value >= 1e21 ? roundTo(value, grid.digits) : onGrid(grid, Math.round((value - grid.base) / grid.step));
  // Steps 8-9: the nearest value on the step within the minimum and the maximum.
  if (value > max) {
    value = highest;
  } else if (value < min) {
    value = onGrid(grid, ceilSteps((min - grid.base) / grid.step));
  }
  // Step 10: not against the direction asked (but from an invalid value, as in Chromium).
  if (!invalid && ((count < 0 && current < value) || (count > 0 && current > value))) {
    return;
  }
  // Steps 11-12: the value set (as the value IDL attribute's setter sets it).
  el.value = inputNumberToString(type, value, el);
}

defineAccessor(HTMLInputElement.prototype, 'valueAsNumber', function () {
  // #dom-input-valueasnumber: the value's number, NaN where it does not apply or is invalid.
  slotOf(this, 'Element');
  return inputStringToNumber(inputType(this), this.value);
}, function (v) {
  var what = "set the 'valueAsNumber' property on 'HTMLInputElement'";
  var x = Number(v);
  // Step 1: an infinite value is a TypeError (unrestricted double).
  if (x === Infinity || x === -Infinity) {
    throw new TypeError('Failed to ' + what + ': The value provided is infinite.');
  }
  var type = inputType(this);
  if (!NUMERIC_INPUTS[type]) {
    throw notSupported(what, 'Number');
  }
  // Steps 3-4: NaN empties the value; a number becomes the type's string.
  this.value = x !== x ? '' : inputNumberToString(type, x, this);
});

defineAccessor(HTMLInputElement.prototype, 'valueAsDate', function () {
  // #dom-input-valueasdate: a new Date of the value's instant (a month's first day), else null.
  var type = inputType(this);
  var n = DATE_VALUE_TYPES.indexOf(type) < 0 ? NaN : inputStringToNumber(type, this.value);
  if (n !== n) {
    return null;
  }
  if (type === 'month') {
    var y = 1970 + Math.floor(n / 12);
    n = utcDate(y, n - (y - 1970) * 12 + 1, 1);
  }
  return new Date(n);
}, function (v) {
  var what = "set the 'valueAsDate' property on 'HTMLInputElement'";
  slotOf(this, 'Element');
  // WebIDL object?: not an object is a TypeError; then (Chromium) an object that is not a Date.
  if (v !== null && v !== undefined && !isObject(v)) {
    throw new TypeError('Failed to ' + what + ": Failed to convert value to 'object'.");
  }
  if (v !== null && v !== undefined && Object.prototype.toString.call(v) !== '[object Date]') {
    throw new TypeError('Failed to ' + what + ': The provided value is not a Date.');
  }
  var type = inputType(this);
  if (DATE_VALUE_TYPES.indexOf(type) < 0) {
    throw notSupported(what, 'Date'); // step 1
  }
  var t = v === null || v === undefined ? NaN : v.getTime();
  if (t !== t) {
    this.value = ''; // step 2: null, or an invalid Date
  } else if (type === 'month') {
    var d = new Date(t);
    this.value = inputNumberToString('month', (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth());
  } else {
    this.value = inputNumberToString(type, t, this); // #concept-input-value-date-string
  }
});

defineMethods(HTMLInputElement.prototype, {
  stepUp: function () {
    slotOf(this, 'Element');
    stepInput(this, arguments.length > 0 && arguments[0] !== undefined ? toLong(arguments[0]) : 1, false);
  },
  stepDown: function () {
    slotOf(this, 'Element');
    stepInput(this, arguments.length > 0 && arguments[0] !== undefined ? toLong(arguments[0]) : 1, true);
  }
});
