// css-property-rule.js (lazy module css): registered custom properties
// (https://drafts.css-houdini.org/css-properties-values-api/): the @property rule and
// CSSPropertyRule (#at-property-rule, #the-css-property-rule-interface), CSS.registerProperty
// (#the-registerproperty-function), and which registration a custom property has for
// getComputedStyle (computed-style.js): a script's first, else the last valid @property rule of the
// document's sheets. Syntaxes and values are css-property-syntax.js's. Messages are Chromium 156's.

function CSSPropertyRule() {
  illegalConstructor(this, CSSPropertyRule);
}
ruleInterface(CSSPropertyRule, CSSRule);

/**
 * #at-property-rule: the rule of a parsed @property, or null where it is invalid (Chromium drops
 * it): its prelude a custom property name; syntax and inherits given, and initial-value unless the
 * syntax is universal, valid and computationally independent (each descriptor's last value).
 */
function propertyRule(raw, sheet, parentRule) {
  var name = raw.prelude;
  if (name.length <= 2 || name.substring(0, 2) !== '--' || raw.block === null) {
    return null;
  }
  var descriptors = {};
  (loadModule('style').cssSplit(raw.block, ';') || []).forEach(function (d) {
    var colon = d.indexOf(':');
    if (colon > 0) {
      descriptors[d.substring(0, colon).trim().toLowerCase()] = d.substring(colon + 1).trim();
    }
  });
  var syntaxText = /^(["'])([\s\S]*)\1$/.exec(descriptors.syntax || '');
  var inherits = (descriptors.inherits || '').toLowerCase();
  if (syntaxText === null || (inherits !== 'true' && inherits !== 'false')) {
    return null;
  }
  var registration = registrationOf(name, syntaxText[2], inherits === 'true',
      Object.prototype.hasOwnProperty.call(descriptors, 'initial-value') ? descriptors['initial-value'] : null);
  if (typeof registration === 'string') {
    return null;
  }
  return newRule(CSSPropertyRule, 0, {sheet: sheet, parentRule: parentRule, registration: registration});
}

/**
 * A registration ({name, syntaxText, syntax, inherits, initialText, initial}), or what makes it
 * invalid: 'syntax', 'missing' (no initial value for a syntax that needs one), 'parse', 'dependent'.
 */
function registrationOf(name, syntaxText, inherits, initialText) {
  var syntaxes = loadModule('propertysyntax');
  var syntax = syntaxes.parsePropertySyntax(syntaxText);
  if (syntax === null) {
    return 'syntax';
  }
  var initial = null;
  if (initialText !== null) {
    initial = syntaxes.computeBySyntax(null, syntax, initialText);
    if (initial === null || initial === undefined) {
      return initial === null ? 'parse' : 'dependent';
    }
  } else if (syntax !== '*') {
    return 'missing';
  }
  return {name: name, syntaxText: syntaxText, syntax: syntax, inherits: inherits, initialText: initialText,
    initial: initial};
}

defineAccessor(CSSPropertyRule.prototype, 'name', function () {
  return slotOf(this, 'CSSPropertyRule').registration.name;
});
defineAccessor(CSSPropertyRule.prototype, 'syntax', function () {
  return slotOf(this, 'CSSPropertyRule').registration.syntaxText;
});
defineAccessor(CSSPropertyRule.prototype, 'inherits', function () {
  return slotOf(this, 'CSSPropertyRule').registration.inherits;
});
defineAccessor(CSSPropertyRule.prototype, 'initialValue', function () {
  var text = slotOf(this, 'CSSPropertyRule').registration.initialText;
  return text === null ? null : text;
});

/** #serialize-a-csspropertyrule, as Chromium writes it. */
function serializePropertyRule(s) {
  var r = s.registration;
  return '@property ' + r.name + ' { syntax: "' + r.syntaxText.replace(/[\\"]/g, '\\$&') + '"; inherits: '
      + r.inherits + ';' + (r.initialText === null ? '' : ' initial-value: ' + r.initialText + ';') + ' }';
}

/** CSS.registerProperty's registrations, by name. */
var scriptRegistrations = Object.create(null);

var REGISTER_WHAT = "Failed to execute 'registerProperty' on 'CSS': ";
var REGISTER_ERRORS = {syntax: 'The syntax provided is not a valid custom property syntax.',
  missing: "An initial value must be provided if the syntax is not '*'",
  parse: 'The initial value provided does not parse for the given syntax.',
  dependent: 'The initial value provided is not computationally independent.'};

defineMethods(CSS, {
  /** #the-registerproperty-function */
  registerProperty: function (definition) {
    requireArgs(arguments, 1, "execute 'registerProperty' on 'CSS'");
    if (definition === null || definition === undefined || (typeof definition !== 'object' && typeof definition !== 'function')) {
      throw new TypeError(REGISTER_WHAT + "The provided value is not of type 'PropertyDefinition'.");
    }
    // WebIDL #es-dictionary: the members in lexicographical order
    var inherits = definition.inherits;
    if (inherits === undefined) {
      throw new TypeError(REGISTER_WHAT + "Failed to read the 'inherits' property from 'PropertyDefinition': Required member is undefined.");
    }
    inherits = toBoolean(inherits);
    var initialValue = definition.initialValue;
    initialValue = initialValue === undefined ? null : toDOMString(initialValue);
    var name = definition.name;
    if (name === undefined) {
      throw new TypeError(REGISTER_WHAT + "Failed to read the 'name' property from 'PropertyDefinition': Required member is undefined.");
    }
    name = toDOMString(name);
    var syntax = definition.syntax;
    syntax = syntax === undefined ? '*' : toDOMString(syntax);
    if (name.length <= 2 || name.substring(0, 2) !== '--') {
      throw new DOMException(REGISTER_WHAT + "Custom property names must start with '--'.", 'SyntaxError');
    }
    if (scriptRegistrations[name] !== undefined) {
      throw new DOMException(REGISTER_WHAT + 'The name provided has already been registered.',
          'InvalidModificationError');
    }
    var registration = registrationOf(name, syntax, inherits, initialValue);
    if (typeof registration === 'string') {
      throw new DOMException(REGISTER_WHAT + REGISTER_ERRORS[registration], 'SyntaxError');
    }
    scriptRegistrations[name] = registration;
    styleSheetsVersion++; // values computed before may change
  }
});

/** A custom property's registration, or null: a script's, else the document's @property rules' last. */
function registeredProperty(name) {
  var r = scriptRegistrations[name];
  if (r !== undefined) {
    return r;
  }
  var properties = rulesOf(document).properties;
  return properties[name] || null;
}

/** The names of the registered properties that have an initial value (getComputedStyle lists them). */
function registeredNames() {
  var properties = rulesOf(document).properties;
  var names = Object.keys(scriptRegistrations).filter(function (name) {
    return scriptRegistrations[name].initial !== null;
  });
  Object.keys(properties).forEach(function (name) {
    if (scriptRegistrations[name] === undefined && properties[name].initial !== null) {
      names.push(name);
    }
  });
  return names;
}

exposed.CSSPropertyRule = CSSPropertyRule;
