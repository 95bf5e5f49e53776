// cascade.js (lazy module css): the author style sheets' part of CSS Cascade 5
// (https://drafts.csswg.org/css-cascade-5/#cascading) for getComputedStyle (computed-style.js).
// An element's declarations come from the style rules whose selectors match it in the sheets of
// its tree (its style and link elements' sheets, then its adoptedStyleSheets: CSSOM
// #document-or-shadow-root-css-style-sheets) that are not disabled and whose media match, inside
// the @media and @supports rules whose conditions hold; from the :host rules of its shadow root,
// if it is a host; and from the ::slotted() rules of the shadow tree of the slot it is assigned to
// (CSS Scoping #shadow-dom). Its style attribute's declarations are element-attached. They are
// put in #cascade-sort's order, the declaration that wins last: importance, then
// #cascade-context (normal: the outer context wins; important: the inner one), then
// element-attached, then #cascade-layering (normal: the later layer wins, unlayered rules last;
// important: the earlier), then #specificity, then the order of appearance.
//
// Nested style rules (CSS Nesting) apply with & as :is() of their parent's selectors.
//
// Not done: @import (not fetched), @scope and @container; @supports tests a declaration's property name, not its value;
// :host followed by a child combinator and more than one compound, or by a sibling combinator, and
// :host-context(), match nothing.

/** A tree's sheets: those of its style and link elements, then the adopted ones. */
function treeSheets(root) {
  var sheets = itemsOf(documentStyleSheets(root), 'StyleSheetList').slice();
  var adopted = slotOf(root, 'Node').adoptedBacking;
  return adopted ? sheets.concat(adopted) : sheets;
}

function sameSheets(a, b) {
  return a.length === b.length && a.every(function (sheet, i) {
    return sheet === b[i];
  });
}

/**
 * The style rules of a tree's sheets that apply now, in order of appearance, each with its
 * selectors' shapes and its cascade layer's rank; and (properties) the registrations of its
 * @property rules that apply, by name.
 */
function treeRules(sheets) {
  var out = [];
  var properties = Object.create(null);
  var layers = newLayer();
  var anonymous = 0;
  // parent: the selector of the style rule the rules are nested in (CSS Nesting), else null.
  function walk(rules, layer, parent) {
    rules.forEach(function (r) {
      var s = r[SLOT];
      var kind = s.kinds[s.kinds.length - 1];
      if (kind === 'CSSStyleRule') {
        // & in a rule not nested is :scope, a sheet's root element (CSS Nesting #nest-selector).
        var selector = nestedSelector(s.selector, parent === null ? ':root' : parent);
        out.push({rule: s, shapes: complexSelectors(selector).map(shapeOf), layer: layer});
        walk(s.rules, layer, selector);
      } else if (kind === 'CSSNestedDeclarations') {
        // CSS Nesting #nested-declarations-rule: the declarations of the rule it is nested in.
        out.push({rule: s, shapes: complexSelectors(parent).map(shapeOf), layer: layer});
      } else if ((kind === 'CSSMediaRule' && mediaMatches(s.media))
          || (kind === 'CSSSupportsRule' && supportsHolds(s.condition))) {
        walk(s.rules, layer, parent);
      } else if (kind === 'CSSLayerStatementRule') {
        s.names.forEach(function (name) {
          declareLayer(layer, name.split('.'));
        });
      } else if (kind === 'CSSPropertyRule') {
        properties[s.registration.name] = s.registration; // the last valid rule of a name wins
      } else if (kind === 'CSSLayerBlockRule') {
        // css-cascade-5 #layer-block: a named layer, or one of its own for an anonymous block.
        walk(s.rules, declareLayer(layer, s.name === '' ? [' ' + anonymous++] : s.name.split('.')), parent);
      }
    });
  }
  sheets.forEach(function (sheet) {
    var s = sheet[SLOT];
    if (!s.disabled && mediaMatches(s.media)) {
      walk(s.rules, layers, null);
    }
  });
  rankLayers(layers, 0);
  out.forEach(function (r) {
    r.layer = r.layer.rank;
  });
  out.properties = properties;
  return out;
}

/**
 * CSS Nesting #nest-selector: a nested rule's selector with each & its parent's selector list,
 * as :is() of it (whose specificity, the list's most specific, is the nesting selector's).
 */
function nestedSelector(selector, parent) {
  return selector.indexOf('&') < 0 ? selector : selector.replace(/&/g, ':is(' + parent + ')');
}

function newLayer() {
  return {children: [], byName: {}, rank: 0};
}

/** The sub-layer of layer at a path of names, declared (in order of first appearance) if new. */
function declareLayer(layer, path) {
  var at = layer;
  path.forEach(function (name) {
    var child = Object.prototype.hasOwnProperty.call(at.byName, name) ? at.byName[name] : null;
    if (child === null) {
      child = at.byName[name] = newLayer();
      at.children.push(child);
    }
    at = child;
  });
  return at;
}

/**
 * css-cascade-5 #layer-ordering: each layer ranked after its sub-layers (its own rules win over
 * theirs), the layers in the order they were first declared; the rules in no layer rank last.
 */
function rankLayers(layer, next) {
  layer.children.forEach(function (child) {
    next = rankLayers(child, next);
  });
  layer.rank = next;
  return next + 1;
}

/**
 * The tree's applying rules, made again when its list of sheets or a sheet changed (a change of the
 * tree that leaves its sheets as they were, a class toggled, keeps them): rules; the selectors of
 * its own elements, each with its rule and specificity: those that use no computed state (listed),
 * which the host matches an element against in one call (io.w3socket.engine.StyleRuleSelectors),
 * and those that do (screened), which the same call screens by their subject; and the other
 * selector shapes (others: :host, ::slotted()), matched one by one, whether each uses a state.
 */
function rulesOf(root) {
  var s = slotOf(root, 'Node');
  var version = host.domVersion();
  var kept = s.cascadeRules;
  if (kept && kept.sheetsVersion === styleSheetsVersion && kept.domVersion === version) {
    return kept;
  }
  var sheets = treeSheets(root);
  if (kept && kept.sheetsVersion === styleSheetsVersion && sameSheets(kept.sheets, sheets)) {
    kept.domVersion = version;
    return kept;
  }
  var rules = treeRules(sheets);
  var listed = [];
  var screened = [];
  var others = [];
  rules.forEach(function (r, i) {
    r.shapes.forEach(function (shape) {
      if (shape.kind === 'tree') {
        (isStateful(shape.text) ? screened : listed).push({rule: i, shape: shape});
      } else if (shape.kind !== 'never') {
        others.push({rule: i, shape: shape, stateful: shapeIsStateful(shape)});
      }
    });
  });
  function texts(list) {
    return list.map(function (l) {
      return l.shape.text;
    });
  }
  host.domStyleSelectors(s.handle, texts(listed), texts(screened));
  s.cascadeRules = {sheets: sheets, sheetsVersion: styleSheetsVersion, domVersion: version, rules: rules,
    listed: listed, screened: screened, others: others, properties: rules.properties};
  return s.cascadeRules;
}

/**
 * The rules of a context's tree that match el, as cascade entries added to out: each rule once,
 * with the specificity of its most specific matching selector. Without stateful, those of the
 * selectors that use no state, and el's candidates (the stateful selectors of its own tree whose
 * subject it matches: the host's screen); with it, those of the candidates and other stateful
 * selectors.
 */
function matchingEntries(el, context, stateful, candidates, out) {
  var tree = context.rules;
  var best = {};
  function found(rule, specificity) {
    if (!(best[rule] >= specificity)) {
      best[rule] = specificity;
    }
  }
  if (stateful) {
    candidates.forEach(function (c) {
      if (!(best[c.rule] >= c.shape.specificity) && matchesSelector(el, c.shape.text)) {
        found(c.rule, c.shape.specificity);
      }
    });
  } else if (context.depth === 0 && tree.listed.length + tree.screened.length > 0) {
    var matched = host.domStyleMatches(elementHandle(el), slotOf(context.root, 'Node').handle);
    for (var i = 0; i < matched.length; i++) {
      var at = matched[i];
      if (at < tree.listed.length) {
        found(tree.listed[at].rule, tree.listed[at].shape.specificity);
      } else {
        candidates.push(tree.screened[at - tree.listed.length]);
      }
    }
  }
  tree.others.forEach(function (o) {
    if (o.stateful === stateful && context.kinds.indexOf(o.shape.kind) >= 0 && !(best[o.rule] >= o.shape.specificity)
        && shapeMatches(el, context.root, o.shape)) {
      found(o.rule, o.shape.specificity);
    }
  });
  Object.keys(best).forEach(function (rule) {
    out.push({declarations: tree.rules[rule].rule.declarations, depth: context.depth, attached: 0,
      layer: tree.rules[rule].layer, specificity: best[rule], order: Number(rule)});
  });
}

/** Whether a context's tree has stateful selectors of the shapes it takes but its own tree's. */
function othersStateful(context) {
  return context.rules.others.some(function (o) {
    return o.stateful && context.kinds.indexOf(o.shape.kind) >= 0;
  });
}

/**
 * The trees whose rules may apply to el, each with its context depth and the selector shapes it
 * takes: el's own (depth 0), its shadow tree's :host rules (depth 1), and the ::slotted() rules of
 * the tree of each slot it is assigned to, through slots assigned to slots (depth 1, 2...).
 */
function cascadeContexts(el) {
  var root = rootOf(el);
  var out = [{root: root, depth: 0, kinds: root.nodeType === 11 ? ['tree', 'in-host', 'host-child'] : ['tree']}];
  if (shadowsMayExist()) {
    var h = elementHandle(el);
    var shadow = host.domShadowRoot(h);
    if (shadow >= 0) {
      out.push({root: nodeFor(shadow), depth: 1, kinds: ['host']});
    }
    var depth = 1;
    for (var slot = host.domAssignedSlot(h); slot >= 0; slot = host.domAssignedSlot(slot)) {
      out.push({root: rootOf(nodeFor(slot)), depth: depth++, kinds: ['slotted']});
    }
  }
  return out;
}

/**
 * A tree's adoptedStyleSheets changed through the array itself (Nashorn's is a plain array, whose
 * push the setter does not see): counted as a change of the sheets.
 */
function noteAdoptedChange(root) {
  var s = slotOf(root, 'Node');
  var now = s.adoptedBacking;
  var seen = s.adoptedSeen;
  if (now && (!seen || seen.length !== now.length || now.some(function (sheet, i) {
    return seen[i] !== sheet;
  }))) {
    s.adoptedSeen = now.slice();
    styleSheetsVersion++;
  }
}

/**
 * #cascade-sort: the declarations of el's rules and its style attribute, in ascending precedence,
 * each property once (its winner, where the winner falls): computed-style.js reads the last one of
 * a shorthand and its longhand as the one that applies. Kept until the tree or a sheet changes,
 * but for an element that may match a selector that uses a state (one whose subject's type, ids
 * and classes it has, or a :host or ::slotted() one): those selectors are matched each time.
 */
function cascadedDeclarations(el) {
  var s = slotOf(el, 'Node');
  var version = host.domVersion();
  var c = s.cascade;
  var contexts = c && c.version === version ? c.contexts : cascadeContexts(el);
  contexts.forEach(function (context) {
    noteAdoptedChange(context.root);
  });
  var key = version + ' ' + styleSheetsVersion;
  if (!c || c.key !== key) {
    var entries = [];
    contexts.forEach(function (context) {
      context.rules = rulesOf(context.root);
      context.candidates = [];
      matchingEntries(el, context, false, context.candidates, entries);
    });
    c = s.cascade = {key: key, version: version, contexts: contexts, entries: entries, declarations: null,
      stateful: contexts.some(function (context) {
        return context.candidates.length > 0 || othersStateful(context);
      })};
  }
  if (c.declarations !== null) {
    return c.declarations;
  }
  var all = c.entries.slice();
  if (c.stateful) {
    contexts.forEach(function (context) {
      matchingEntries(el, context, true, context.candidates, all);
    });
  }
  var attribute = host.domAttribute(elementHandle(el), 'style');
  if (attribute !== null) {
    all.push({declarations: loadModule('style').parseDeclarations(attribute), depth: 0, attached: 1,
      layer: 0, specificity: 0, order: 0});
  }
  var declarations = cascadeSort(all);
  if (c.stateful) {
    declarations.usesState = true; // computed-style.js keeps no value read from it
  } else {
    c.declarations = declarations;
  }
  return declarations;
}

/** The entries' declarations in #cascade-sort's ascending order, each property's winner once. */
function cascadeSort(entries) {
  var out = [];
  var at = {};
  [false, true].forEach(function (important) {
    // #cascade-context: normal, the outer context wins, important the inner; #cascade-layering:
    // normal, the later layer wins, important the earlier.
    var sign = important ? 1 : -1;
    entries.slice().sort(function (x, y) {
      return sign * (x.depth - y.depth) || x.attached - y.attached || -sign * (x.layer - y.layer)
          || x.specificity - y.specificity || x.order - y.order;
    }).forEach(function (entry) {
      entry.declarations.forEach(function (d) {
        if (d.important === important) {
          if (at[d.name] !== undefined) {
            out[at[d.name]] = null;
          }
          at[d.name] = out.length;
          out.push(d);
        }
      });
    });
  });
  return out.filter(function (d) {
    return d !== null;
  });
}
