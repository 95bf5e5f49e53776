// css-rules.js (lazy module css): CSSOM's rules (https://drafts.csswg.org/cssom/#css-rules):
// CSSRule, CSSRuleList, CSSStyleRule, CSSMediaRule, CSSSupportsRule and CSSContainerRule
// (CSSGroupingRule, CSSConditionRule; css-conditional-5), CSSKeyframesRule and CSSKeyframeRule (css-animations), CSSFontFaceRule
// (css-fonts), CSSImportRule, CSSLayerBlockRule and CSSLayerStatementRule (css-cascade-5),
// nested rules with CSSNestedDeclarations (css-nesting), and @property's CSSPropertyRule
// (css-property-rule.js), made from css-syntax.js's rules and
// serialized as
// #serialize-a-css-rule does (Chromium 156's whitespace). A style rule's selector must parse (the
// host's selector parser, querySelector's); its declarations are style.js's (canonical values).
// Other at-rules are dropped, as an unknown one is.

function CSSRule() {
  illegalConstructor(this, CSSRule);
}
var CSS_RULE_TYPES = {STYLE_RULE: 1, CHARSET_RULE: 2, IMPORT_RULE: 3, MEDIA_RULE: 4, FONT_FACE_RULE: 5,
  PAGE_RULE: 6, KEYFRAMES_RULE: 7, KEYFRAME_RULE: 8, MARGIN_RULE: 9, NAMESPACE_RULE: 10,
  COUNTER_STYLE_RULE: 11, SUPPORTS_RULE: 12, FONT_FEATURE_VALUES_RULE: 14};
Object.keys(CSS_RULE_TYPES).forEach(function (k) {
  [CSSRule, CSSRule.prototype].forEach(function (o) {
    Object.defineProperty(o, k, {value: CSS_RULE_TYPES[k], enumerable: true});
  });
});
setTag(CSSRule.prototype, 'CSSRule');

function CSSRuleList() {
  illegalConstructor(this, CSSRuleList);
}
setTag(CSSRuleList.prototype, 'CSSRuleList');

/** The interfaces each rule interface is (its slot's kinds), by name. */
var RULE_KINDS = {CSSRule: ['CSSRule']};

/** A rule interface: ctor (whose constructor is illegal) inherits from parent. */
function ruleInterface(ctor, parent) {
  RULE_KINDS[ctor.name] = RULE_KINDS[parent.name].concat([ctor.name]);
  inherit(ctor, parent);
  setTag(ctor.prototype, ctor.name);
}
function CSSStyleRule() {
  illegalConstructor(this, CSSStyleRule);
}
function CSSGroupingRule() {
  illegalConstructor(this, CSSGroupingRule);
}
function CSSConditionRule() {
  illegalConstructor(this, CSSConditionRule);
}
function CSSMediaRule() {
  illegalConstructor(this, CSSMediaRule);
}
function CSSSupportsRule() {
  illegalConstructor(this, CSSSupportsRule);
}
function CSSContainerRule() {
  illegalConstructor(this, CSSContainerRule);
}
function CSSKeyframesRule() {
  illegalConstructor(this, CSSKeyframesRule);
}
function CSSKeyframeRule() {
  illegalConstructor(this, CSSKeyframeRule);
}
function CSSFontFaceRule() {
  illegalConstructor(this, CSSFontFaceRule);
}
function CSSImportRule() {
  illegalConstructor(this, CSSImportRule);
}
function CSSLayerBlockRule() {
  illegalConstructor(this, CSSLayerBlockRule);
}
function CSSLayerStatementRule() {
  illegalConstructor(this, CSSLayerStatementRule);
}
function CSSNestedDeclarations() {
  illegalConstructor(this, CSSNestedDeclarations);
}
ruleInterface(CSSStyleRule, CSSRule);
ruleInterface(CSSGroupingRule, CSSRule);
ruleInterface(CSSConditionRule, CSSGroupingRule);
ruleInterface(CSSMediaRule, CSSConditionRule);
ruleInterface(CSSSupportsRule, CSSConditionRule);
ruleInterface(CSSContainerRule, CSSConditionRule);
ruleInterface(CSSKeyframesRule, CSSRule);
ruleInterface(CSSKeyframeRule, CSSRule);
ruleInterface(CSSFontFaceRule, CSSRule);
ruleInterface(CSSImportRule, CSSRule);
ruleInterface(CSSLayerBlockRule, CSSGroupingRule);
ruleInterface(CSSLayerStatementRule, CSSRule);
ruleInterface(CSSNestedDeclarations, CSSRule);

/** A rule object of ctor, of that type, its fields in its slot. */
function newRule(ctor, type, fields) {
  var r = Object.create(ctor.prototype);
  fields.kinds = RULE_KINDS[ctor.name];
  fields.type = type;
  fields.parentRule = fields.parentRule || null;
  setSlot(r, fields);
  return r;
}

/** #dom-cssrule-parentstylesheet etc. */
defineAccessor(CSSRule.prototype, 'type', function () {
  return slotOf(this, 'CSSRule').type;
});
defineAccessor(CSSRule.prototype, 'cssText', function () {
  return serializeRule(this);
}, function () {
  slotOf(this, 'CSSRule'); // #dom-cssrule-csstext: setting it does nothing
});
defineAccessor(CSSRule.prototype, 'parentRule', function () {
  return slotOf(this, 'CSSRule').parentRule;
});
defineAccessor(CSSRule.prototype, 'parentStyleSheet', function () {
  return slotOf(this, 'CSSRule').sheet;
});

/** A CSSRuleList over an owner's (a sheet's or a grouping rule's) rules array. */
function ruleList(owner) {
  var list = makeIndexed(CSSRuleList.prototype, 'CSSRuleList', function () {
    return owner.rules;
  }, true);
  owner.list = list;
  return list;
}

/** The list of an owner whose rules changed shows them at once (its indices follow). */
function rulesChanged(owner) {
  styleSheetsVersion++;
  if (owner.list) {
    owner.list[SLOT].version = -1;
    itemsOf(owner.list, 'CSSRuleList');
  }
}

defineAccessor(CSSRuleList.prototype, 'length', function () {
  return itemsOf(this, 'CSSRuleList').length;
});
defineMethods(CSSRuleList.prototype, {
  item: function (index) {
    requireArgs(arguments, 1, "execute 'item' on 'CSSRuleList'");
    return itemAt(this, 'CSSRuleList', index);
  }
});

/**
 * A selector list as CSSOM serializes it (#serialize-a-group-of-selectors), or null if invalid:
 * the host's io.w3socket.engine.SelectorText. A nested rule's (CSS Nesting #nest-selector) is
 * relative: a selector without & is one after "& " (a descendant, or the combinator it starts
 * with), as Chromium writes it. & (in a rule not nested too, where it is :scope) is checked as the
 * universal selector would be.
 */
function cssSelector(text, nested) {
  return host.cssSelectorText(text, nested);
}

/**
 * The deepest a rule may sit in others (@media in @media..., nested style rules): deeper ones are
 * dropped, as the host refuses selectors nested deeper (io.w3socket.engine.ParsedSelectors), so
 * that the engines' stacks never overflow on a sheet (Chromium 156 takes thousands of levels).
 */
var MAX_RULE_NESTING = 128;

function ruleDepth(rule) {
  var depth = 0;
  for (var r = rule; r !== null; r = r[SLOT].parentRule) {
    depth++;
  }
  return depth;
}

/** Whether a rule is in a style rule (CSS Nesting #nesting): its selectors are relative then. */
function inStyleRule(rule) {
  for (var r = rule; r !== null; r = r[SLOT].parentRule) {
    if (r[SLOT].type === 1) {
      return true;
    }
  }
  return false;
}

/**
 * CSS Nesting #nested-group-rules: the contents of a style rule's block, or of a group rule's in
 * one. Declarations before any rule are a style rule's own; the others are CSSNestedDeclarations
 * (#nested-declarations-rule), in order among the nested rules.
 */
function nestedContents(rule, block, own) {
  var style = loadModule('style');
  var s = rule[SLOT];
  style.cssBlockContents(block).forEach(function (item, i) {
    if (typeof item.declarations === 'string') {
      if (own && i === 0) {
        parsedWhenRead(s, item.declarations);
        return;
      }
      var decls = style.parseDeclarations(item.declarations);
      if (decls.length > 0) {
        s.rules.push(nestedDeclarations(s.sheet, rule, decls));
      }
    } else {
      var child = cssRuleFrom(item, s.sheet, rule, false);
      if (child !== null) {
        s.rules.push(child);
      }
    }
  });
}

/**
 * A rule's own declarations (its slot's declarations) parsed from text when first read: most of a
 * large sheet's rules apply to no element, and no script reads their style.
 */
function parsedWhenRead(s, text) {
  function keep(declarations) {
    Object.defineProperty(s, 'declarations', {value: declarations, writable: true, enumerable: true,
      configurable: true});
    return declarations;
  }
  Object.defineProperty(s, 'declarations', {enumerable: true, configurable: true, get: function () {
    return keep(loadModule('style').parseDeclarations(text));
  }, set: keep});
}

function nestedDeclarations(sheet, parentRule, decls) {
  return newRule(CSSNestedDeclarations, 0, {sheet: sheet, parentRule: parentRule, declarations: decls,
    nestedDeclarations: true});
}

/**
 * The rule a syntax rule makes in sheet (and parentRule), or null when it is invalid or not one
 * this host keeps; imports only where allowImport (before every other rule of a sheet not
 * constructed).
 */
function cssRuleFrom(raw, sheet, parentRule, allowImport) {
  if (ruleDepth(parentRule) >= MAX_RULE_NESTING) {
    return null;
  }
  var style = loadModule('style');
  var nested = parentRule !== null && inStyleRule(parentRule);
  if (raw.at === null) {
    var selector = cssSelector(raw.prelude, nested);
    if (selector === null) {
      return null;
    }
    var styleRule = newRule(CSSStyleRule, 1, {sheet: sheet, parentRule: parentRule, selector: selector,
      declarations: [], rules: []});
    nestedContents(styleRule, raw.block, true);
    return styleRule;
  }
  if (nested && ['media', 'supports', 'container', 'layer'].indexOf(raw.at) < 0) {
    return null; // CSS Nesting #nested-group-rules: only conditional group rules and layers nest
  }
  if (raw.block === null) {
    if (raw.at === 'layer') {
      // css-cascade-5 #layer-empty: one or more layer names, a comma between each.
      var names = raw.prelude.split(',').map(function (n) {
        return layerName(n.trim());
      });
      return raw.prelude === '' || names.indexOf(null) >= 0 ? null
          : newRule(CSSLayerStatementRule, 0, {sheet: sheet, parentRule: parentRule, names: Object.freeze(names)});
    }
    if (raw.at !== 'import' || !allowImport) {
      return null;
    }
    var m = /^(?:url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|"([^"]*)"|'([^']*)')\s*(.*)$/i.exec(raw.prelude);
    if (m === null) {
      return null;
    }
    var href = [m[1], m[2], m[3], m[4], m[5]].filter(function (x) {
      return x !== undefined;
    })[0];
    return newRule(CSSImportRule, 3, {sheet: sheet, parentRule: parentRule, href: href,
      media: newMediaList(m[6])});
  }
  var rule;
  switch (raw.at) {
    case 'media':
      rule = newRule(CSSMediaRule, 4, {sheet: sheet, parentRule: parentRule, media: newMediaList(raw.prelude),
        rules: []});
      break;
    case 'supports':
      rule = newRule(CSSSupportsRule, 12, {sheet: sheet, parentRule: parentRule, condition: raw.prelude, rules: []});
      break;
    case 'container':
      var container = containerCondition(raw.prelude);
      if (container === null) {
        return null;
      }
      rule = newRule(CSSContainerRule, 0, {sheet: sheet, parentRule: parentRule, container: container, rules: []});
      break;
    case 'layer':
      // css-cascade-5 #layer-block: a layer's name, or none (an anonymous layer).
      var name = raw.prelude === '' ? '' : layerName(raw.prelude);
      if (name === null) {
        return null;
      }
      rule = newRule(CSSLayerBlockRule, 0, {sheet: sheet, parentRule: parentRule, name: name, rules: []});
      break;
    case 'keyframes':
    case '-webkit-keyframes':
      return keyframesRule(raw, sheet, parentRule);
    case 'property':
      return propertyRule(raw, sheet, parentRule); // css-property-rule.js
    case 'font-face':
      return newRule(CSSFontFaceRule, 5, {sheet: sheet, parentRule: parentRule,
        declarations: style.parseDeclarations(raw.block)});
    default:
      return null;
  }
  var s = rule[SLOT];
  if (nested) {
    nestedContents(rule, raw.block, false);
    return rule;
  }
  loadModule('style').cssRuleList(raw.block).forEach(function (child) {
    var r = cssRuleFrom(child, sheet, rule, false);
    if (r !== null) {
      s.rules.push(r);
    }
  });
  return rule;
}

/**
 * css-conditional-5 #container-rule's prelude, {name, query}: an optional container name (a custom
 * ident, not none, and, or, not) and a query, its whitespace as Chromium 156 writes it (one space
 * after a colon, none inside parentheses); null where both are missing or the name is invalid. The
 * query's features are kept as written: no container matches here (no layout, the cascade skips
 * these rules).
 */
function containerCondition(prelude) {
  var m = /^(-?[a-zA-Z_\u0080-\uffff][\w\u0080-\uffff-]*)(?![\w(-])\s*([\s\S]*)$/.exec(prelude.trim());
  var name = m !== null && !/^(and|or|not)$/i.test(m[1]) ? m[1] : '';
  var query = (name === '' ? prelude : m[2]).replace(/\s+/g, ' ').replace(/\s*:\s*/g, ': ')
      .replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').trim();
  if ((name === '' && query === '') || /^(none|initial|inherit|unset|revert|revert-layer|default)$/i.test(name)) {
    return null;
  }
  return {name: name, query: query};
}

/** css-cascade-5 #typedef-layer-name: identifiers joined by periods, no CSS-wide keyword; else null. */
var LAYER_IDENT = '(?:--|-?(?:[a-zA-Z_\\u0080-\\uffff]|\\\\.))(?:[\\w\\u0080-\\uffff-]|\\\\.)*';
var LAYER_NAME = new RegExp('^' + LAYER_IDENT + '(?:\\.' + LAYER_IDENT + ')*$');
function layerName(text) {
  return LAYER_NAME.test(text) && !/^(initial|inherit|unset|revert|revert-layer|default)$/i.test(text.split('.')[0])
      ? text : null;
}

/**
 * css-animations #keyframes: a name (an identifier or a string), keyframes by their selectors;
 * -webkit-keyframes serializes as written, as Chromium's does.
 */
function keyframesRule(raw, sheet, parentRule) {
  var name = /^"(.*)"$|^'(.*)'$/.exec(raw.prelude);
  name = name === null ? raw.prelude : (name[1] !== undefined ? name[1] : name[2]);
  if (name === '' || / /.test(name)) {
    return null;
  }
  var rule = newRule(CSSKeyframesRule, 7, {sheet: sheet, parentRule: parentRule, name: name, rules: [],
    keyword: raw.at});
  loadModule('style').cssRuleList(raw.block).forEach(function (child) {
    var keys = child.at === null ? keyText(child.prelude) : null;
    if (keys !== null) {
      rule[SLOT].rules.push(newRule(CSSKeyframeRule, 8, {sheet: sheet, parentRule: rule, key: keys,
        declarations: loadModule('style').parseDeclarations(child.block)}));
    }
  });
  return rule;
}

/** A keyframe selector list (from, to, percentages) as keyText serializes it, or null. */
function keyText(prelude) {
  var keys = prelude.split(',').map(function (k) {
    k = k.replace(/^ | $/g, '').toLowerCase();
    return k === 'from' ? '0%' : k === 'to' ? '100%' : /^[+]?(\d+(\.\d+)?|\.\d+)%$/.test(k) ? Number(k.slice(0, -1)) + '%' : null;
  });
  return keys.indexOf(null) >= 0 ? null : keys.join(', ');
}

/** The declarations of a rule, serialized (#serialize-a-css-declaration-block). */
function ruleDeclarations(s) {
  return loadModule('style').serializeDeclarations(s.declarations);
}

/** #serialize-a-css-rule, with Chromium's whitespace. */
function serializeRule(rule) {
  var s = slotOf(rule, 'CSSRule');
  var decls;
  switch (s.type) {
    case 1:
      decls = ruleDeclarations(s);
      if (s.rules.length > 0) {
        // CSS Nesting #cssom: the declarations on a line, then each nested rule on its own.
        return s.selector + ' {' + (decls === '' ? '' : '\n  ' + decls) + s.rules.map(function (r) {
          return '\n  ' + serializeRule(r);
        }).join('') + '\n}';
      }
      return s.selector + ' { ' + decls + (decls === '' ? '' : ' ') + '}';
    case 3:
      return '@import url("' + s.href + '")' + (s.media.length === 0 ? '' : ' ' + mediaText(s.media)) + ';';
    case 4:
    case 12:
      return (s.type === 4 ? '@media ' + mediaText(s.media) : '@supports ' + s.condition) + ' {'
          + s.rules.map(function (r) {
            return '\n  ' + serializeRule(r);
          }).join('') + '\n}';
    case 5:
      decls = ruleDeclarations(s);
      return '@font-face { ' + decls + (decls === '' ? '' : ' ') + '}';
    case 0:
      if (s.container) {
        return '@container ' + containerText(s.container) + ' {' + s.rules.map(function (r) {
          return '\n  ' + serializeRule(r);
        }).join('') + '\n}';
      }
      if (s.registration) {
        return serializePropertyRule(s); // css-property-rule.js
      }
      if (s.nestedDeclarations) {
        return ruleDeclarations(s);
      }
      if (s.names) {
        return '@layer ' + s.names.join(', ') + ';';
      }
      return '@layer' + (s.name === '' ? '' : ' ' + s.name) + ' {' + s.rules.map(function (r) {
        return '\n  ' + serializeRule(r);
      }).join('') + '\n}';
    case 7:
      return '@' + s.keyword + ' ' + s.name + ' { ' + s.rules.map(function (r) {
        return '\n  ' + serializeRule(r);
      }).join('') + '\n}';
    default:
      decls = ruleDeclarations(s);
      return s.key + ' { ' + decls + (decls === '' ? '' : ' ') + '}';
  }
}

/** #dom-cssstylerule-selectortext: a selector that does not parse is ignored. */
defineAccessor(CSSStyleRule.prototype, 'selectorText', function () {
  return slotOf(this, 'CSSStyleRule').selector;
}, function (v) {
  var s = slotOf(this, 'CSSStyleRule');
  var selector = cssSelector(toDOMString(v), s.parentRule !== null && inStyleRule(s.parentRule));
  if (selector !== null) {
    s.selector = selector;
    styleSheetsVersion++;
  }
});
/** #dom-cssstylerule-style: a CSSStyleDeclaration over the rule's declarations (style.js). */
[CSSStyleRule, CSSKeyframeRule, CSSFontFaceRule, CSSNestedDeclarations].forEach(function (ctor) {
  defineAccessor(ctor.prototype, 'style', function () {
    var s = slotOf(this, ctor.name);
    if (!s.style) {
      s.style = loadModule('style').ruleStyle(this, s);
    }
    return s.style;
  }, function (v) {
    this.style.cssText = v;
  });
});

/** #dom-cssgroupingrule-cssrules, insertRule, deleteRule. */
/**
 * #dom-cssgroupingrule-cssrules, insertRule, deleteRule; a style rule has them too (CSS Nesting
 * #cssom-style: its nested rules), as its own members in Chromium.
 */
[CSSGroupingRule, CSSStyleRule].forEach(function (ctor) {
  defineAccessor(ctor.prototype, 'cssRules', function () {
    var s = slotOf(this, ctor.name);
    return s.list || ruleList(s);
  });
  defineMethods(ctor.prototype, {
    insertRule: function (rule, index) {
      var s = slotOf(this, ctor.name);
      var what = s.kinds[s.kinds.length - 1];
      requireArgs(arguments, 1, "execute 'insertRule' on '" + what + "'");
      return insertCssRule(s, what, toDOMString(rule), index === undefined ? 0 : toUint32(index),
          this, false);
    },
    deleteRule: function (index) {
      var s = slotOf(this, ctor.name);
      var what = s.kinds[s.kinds.length - 1];
      requireArgs(arguments, 1, "execute 'deleteRule' on '" + what + "'");
      deleteCssRule(s, what, toUint32(index));
    }
  });
});
defineAccessor(CSSConditionRule.prototype, 'conditionText', function () {
  var s = slotOf(this, 'CSSConditionRule');
  return s.type === 4 ? mediaText(s.media) : s.container ? containerText(s.container) : s.condition;
});

/** A container rule's condition: its name and query, a space between. */
function containerText(container) {
  return [container.name, container.query].filter(function (x) {
    return x !== '';
  }).join(' ');
}
defineAccessor(CSSContainerRule.prototype, 'containerName', function () {
  return slotOf(this, 'CSSContainerRule').container.name;
});
defineAccessor(CSSContainerRule.prototype, 'containerQuery', function () {
  return slotOf(this, 'CSSContainerRule').container.query;
});
defineAccessor(CSSMediaRule.prototype, 'media', function () {
  return slotOf(this, 'CSSMediaRule').media;
});
defineAccessor(CSSKeyframesRule.prototype, 'name', function () {
  return slotOf(this, 'CSSKeyframesRule').name;
});
defineAccessor(CSSKeyframesRule.prototype, 'cssRules', function () {
  var s = slotOf(this, 'CSSKeyframesRule');
  return s.list || ruleList(s);
});
defineAccessor(CSSKeyframeRule.prototype, 'keyText', function () {
  return slotOf(this, 'CSSKeyframeRule').key;
});
defineAccessor(CSSLayerBlockRule.prototype, 'name', function () {
  return slotOf(this, 'CSSLayerBlockRule').name;
});
/** #dom-csslayerstatementrule-namelist: a FrozenArray, the same one each time. */
defineAccessor(CSSLayerStatementRule.prototype, 'nameList', function () {
  return slotOf(this, 'CSSLayerStatementRule').names;
});
defineAccessor(CSSImportRule.prototype, 'href', function () {
  return slotOf(this, 'CSSImportRule').href;
});
defineAccessor(CSSImportRule.prototype, 'media', function () {
  return slotOf(this, 'CSSImportRule').media;
});
/** The imported sheet: imports are not fetched here (a listed gap), so none. */
defineAccessor(CSSImportRule.prototype, 'styleSheet', function () {
  slotOf(this, 'CSSImportRule');
  return null;
});

/**
 * #insert-a-css-rule into owner's rules at index: SyntaxError when it does not parse to one rule
 * this host keeps, IndexSizeError past the end, HierarchyRequestError for an @import after
 * another rule or a rule before an @import (Chromium's messages). The index.
 */
function insertCssRule(owner, what, text, index, parentRule, allowImport) {
  var fail = "Failed to execute 'insertRule' on '" + what + "': ";
  var raw = loadModule('style').cssOneRule(text);
  if (index > owner.rules.length) {
    throw new DOMException(fail + 'The index provided (' + index + ') is larger than the maximum index ('
        + owner.rules.length + ').', 'IndexSizeError');
  }
  if (raw !== null && raw.at === 'import' && owner.constructed) {
    throw new DOMException(fail + "Can't insert @import rules into a constructed stylesheet.", 'SyntaxError');
  }
  if (raw !== null && raw.at === 'import' && parentRule !== null) {
    throw new DOMException(fail + "'@import' rules cannot be inserted inside a group rule.", 'HierarchyRequestError');
  }
  var sheet = owner.sheet || owner.self;
  var rule = raw === null ? null : cssRuleFrom(raw, sheet, parentRule, allowImport);
  if (rule === null && parentRule !== null && inStyleRule(parentRule)) {
    // CSS Nesting #insert-a-css-rule: in a style rule, declarations are a CSSNestedDeclarations.
    var decls = loadModule('style').parseDeclarations(text);
    rule = decls.length > 0 ? nestedDeclarations(sheet, parentRule, decls) : null;
  }
  if (rule === null) {
    throw new DOMException(fail + "Failed to parse the rule '" + text + "'.", 'SyntaxError');
  }
  var imports = 0;
  while (imports < owner.rules.length && owner.rules[imports][SLOT].type === 3) {
    imports++;
  }
  if (rule[SLOT].type === 3 ? index > imports : index < imports) {
    throw new DOMException(fail + 'Failed to insert the rule.', 'HierarchyRequestError');
  }
  owner.rules.splice(index, 0, rule);
  rulesChanged(owner);
  return index;
}

/** #remove-a-css-rule: IndexSizeError past the last one. */
function deleteCssRule(owner, what, index) {
  if (index >= owner.rules.length) {
    throw new DOMException("Failed to execute 'deleteRule' on '" + what + "': The index provided (" + index
        + ') is larger than the maximum index (' + (owner.rules.length - 1) + ').', 'IndexSizeError');
  }
  var removed = owner.rules.splice(index, 1)[0];
  removed[SLOT].parentRule = null;
  removed[SLOT].sheet = null;
  rulesChanged(owner);
}

exposed.CSSRule = CSSRule;
exposed.CSSRuleList = CSSRuleList;
exposed.CSSStyleRule = CSSStyleRule;
exposed.CSSGroupingRule = CSSGroupingRule;
exposed.CSSConditionRule = CSSConditionRule;
exposed.CSSMediaRule = CSSMediaRule;
exposed.CSSSupportsRule = CSSSupportsRule;
exposed.CSSContainerRule = CSSContainerRule;
exposed.CSSKeyframesRule = CSSKeyframesRule;
exposed.CSSKeyframeRule = CSSKeyframeRule;
exposed.CSSFontFaceRule = CSSFontFaceRule;
exposed.CSSImportRule = CSSImportRule;
exposed.CSSLayerBlockRule = CSSLayerBlockRule;
exposed.CSSLayerStatementRule = CSSLayerStatementRule;
exposed.CSSNestedDeclarations = CSSNestedDeclarations;
