// shadow-root.js: shadow trees (https://dom.spec.whatwg.org/#shadow-trees): ShadowRoot, an
// element's attachShadow and shadowRoot, the Slottable mixin's assignedSlot, HTMLSlotElement's
// members (slot assignment is the host's: io.w3socket.engine.SlotAssignment), getRootNode's composed
// option, and the event path across a shadow boundary (#concept-event-dispatch's retargeting, here
// and in event-target.js's beginDispatch).

// The page's declarative shadow roots (DomNodes) are counted when first asked (event-target.js).
shadowRootCount = -1;

function ShadowRoot() {
  illegalConstructor(this, ShadowRoot);
}
inherit(ShadowRoot, DocumentFragment);
setTag(ShadowRoot.prototype, 'ShadowRoot');

/** nodeFor's slot fields of a shadow root, from its info (DomNodes.info). */
function initShadowRootSlot(s, info) {
  s.kinds.push('ShadowRoot');
  s.mode = info[3] ? 'open' : 'closed';
  s.delegatesFocus = info[4];
  s.clonable = info[5];
  s.serializable = info[6];
  s.slotAssignment = info[7] ? 'manual' : 'named';
  s.eventParent = shadowRootEventParent(s.handle);
}

/**
 * DOM #interface-shadowroot's get the parent: null for an event that is not composed and whose
 * path began in this shadow tree, else the host.
 */
function shadowRootEventParent(handle) {
  return function (es) {
    var root = nodeFor(handle);
    if (!es.composed && es.pathRoot === root) {
      return null;
    }
    return nodeFor(host.domShadowHost(handle));
  };
}

defineAccessor(ShadowRoot.prototype, 'mode', function () {
  return slotOf(this, 'ShadowRoot').mode;
});
defineAccessor(ShadowRoot.prototype, 'host', function () {
  return nodeFor(host.domShadowHost(slotOf(this, 'ShadowRoot').handle));
});
defineAccessor(ShadowRoot.prototype, 'delegatesFocus', function () {
  return slotOf(this, 'ShadowRoot').delegatesFocus;
});
defineAccessor(ShadowRoot.prototype, 'slotAssignment', function () {
  return slotOf(this, 'ShadowRoot').slotAssignment;
});
defineAccessor(ShadowRoot.prototype, 'clonable', function () {
  return slotOf(this, 'ShadowRoot').clonable;
});
defineAccessor(ShadowRoot.prototype, 'serializable', function () {
  return slotOf(this, 'ShadowRoot').serializable;
});
/** HTML #dom-shadowroot-innerhtml: the children serialized; set, parsed with the host as context. */
defineAccessor(ShadowRoot.prototype, 'innerHTML', function () {
  return host.domHtml(slotOf(this, 'ShadowRoot').handle);
}, function (v) {
  var h = slotOf(this, 'ShadowRoot').handle;
  blurIfRemoving(this, false);
  replacingAll(this, function () {
    host.domSetHtml(h, v === null ? '' : toDOMString(v));
  });
});
/**
 * #dom-documentorshadowroot-activeelement: the focused element retargeted against this shadow root,
 * if it lies in this shadow tree (or one inside it).
 */
defineAccessor(ShadowRoot.prototype, 'activeElement', function () {
  slotOf(this, 'ShadowRoot');
  var f = focusedElement;
  if (f === null) {
    return null;
  }
  var t = retarget(f, this);
  return t !== null && isNode(t) && t.getRootNode() === this ? t : null;
});
defineEventHandler(ShadowRoot.prototype, 'ShadowRoot', 'slotchange');

var SHADOW_ROOT_MODES = ['open', 'closed'];

defineMethods(Element.prototype, {
  /** #dom-element-attachshadow (the checks: io.w3socket.engine.ShadowRoots.attach). */
  attachShadow: function (init) {
    var h = elementHandle(this);
    var what = "Failed to execute 'attachShadow' on 'Element': ";
    requireArgs(arguments, 1, "execute 'attachShadow' on 'Element'");
    if (init !== undefined && init !== null && !isObject(init)) {
      throw new TypeError(what + "The provided value is not of type 'ShadowRootInit'.");
    }
    init = init || {};
    // WebIDL dictionary conversion, members in lexicographical order; mode is required.
    var clonable = toBoolean(init.clonable);
    var delegatesFocus = toBoolean(init.delegatesFocus);
    var mode = init.mode;
    if (mode === undefined) {
      throw new TypeError(what + "Failed to read the 'mode' property from 'ShadowRootInit': Required member is undefined.");
    }
    mode = toDOMString(mode);
    if (SHADOW_ROOT_MODES.indexOf(mode) < 0) {
      throw new TypeError(what + "Failed to read the 'mode' property from 'ShadowRootInit': The provided value '"
          + mode + "' is not a valid enum value of type ShadowRootMode.");
    }
    var serializable = toBoolean(init.serializable);
    var assignment = init.slotAssignment === undefined ? 'named' : toDOMString(init.slotAssignment);
    if (assignment !== 'named' && assignment !== 'manual') {
      throw new TypeError(what + "Failed to read the 'slotAssignment' property from 'ShadowRootInit': The provided value '"
          + assignment + "' is not a valid enum value of type SlotAssignmentMode.");
    }
    // #concept-attach-a-shadow-root step 3: a custom element whose definition disables shadow.
    var def = this[SLOT].ceDefinition;
    if (def && def.disableShadow) {
      throw new DOMException(what + 'attachShadow() is disabled by disabledFeatures static field.', 'NotSupportedError');
    }
    var root = nodeFor(host.domAttachShadow(h, mode === 'open', delegatesFocus, clonable, serializable,
        assignment === 'manual'));
    shadowsMayExist();
    shadowRootCount++;
    return root;
  }
});
/** #dom-element-shadowroot: the shadow root if its mode is open, else null. */
defineAccessor(Element.prototype, 'shadowRoot', function () {
  var h = elementHandle(this);
  var root = shadowsMayExist() ? host.domShadowRoot(h) : -1;
  return root < 0 || nodeFor(root)[SLOT].mode !== 'open' ? null : nodeFor(root);
});
/** #dom-element-slot: reflects the slot content attribute. */
defineAccessor(Element.prototype, 'slot', function () {
  var v = host.domAttribute(elementHandle(this), 'slot');
  return v === null ? '' : v;
}, function (v) {
  hostSetAttribute(elementHandle(this), 'slot', toDOMString(v));
});

/** #dom-slotable-assignedslot: #find-a-slot with the open flag (a closed tree's slot is hidden). */
function assignedSlotOf(node) {
  var slot = shadowsMayExist() ? host.domAssignedSlot(slotOf(node, 'Node').handle) : -1;
  if (slot < 0) {
    return null;
  }
  var s = nodeFor(slot);
  return s.getRootNode()[SLOT].mode === 'open' ? s : null;
}
[Element.prototype, Text.prototype].forEach(function (proto) {
  defineAccessor(proto, 'assignedSlot', function () {
    return assignedSlotOf(this);
  });
});

defineAccessor(HTMLSlotElement.prototype, 'name', function () {
  var v = host.domAttribute(elementHandle(this), 'name');
  return v === null ? '' : v;
}, function (v) {
  hostSetAttribute(elementHandle(this), 'name', toDOMString(v));
});
defineMethods(HTMLSlotElement.prototype, {
  /**
   * #dom-htmlslotelement-assign: the slot's manually assigned nodes (io.w3socket.engine.SlotAssignment),
   * used where its shadow root's slot assignment is manual.
   */
  assign: function () {
    var h = slotOf(this, 'Element').handle;
    var handles = [];
    for (var i = 0; i < arguments.length; i++) {
      var n = arguments[i];
      if (!isNode(n) || (n[SLOT].nodeType !== 1 && n[SLOT].nodeType !== 3)) {
        throw new TypeError("Failed to execute 'assign' on 'HTMLSlotElement': The provided value is not of type '(Element or Text)'.");
      }
      handles.push(n[SLOT].handle);
    }
    host.domAssignSlot(h, handles);
    queueSignaledSlots();
  },
  /** #dom-slot-assignednodes: find slottables, or (flatten) find flattened slottables. */
  assignedNodes: function (options) {
    var h = slotOf(this, 'Element').handle;
    return nodesFor(host.domAssignedNodes(h, assignedFlatten(options, 'assignedNodes')));
  },
  /** #dom-slot-assignedelements: the elements among them. */
  assignedElements: function (options) {
    var h = slotOf(this, 'Element').handle;
    return nodesFor(host.domAssignedNodes(h, assignedFlatten(options, 'assignedElements'))).filter(function (n) {
      return n[SLOT].nodeType === 1;
    });
  }
});

/** AssignedNodesOptions' flatten member (WebIDL dictionary conversion). */
function assignedFlatten(options, method) {
  if (options !== undefined && options !== null && !isObject(options)) {
    throw new TypeError("Failed to execute '" + method + "' on 'HTMLSlotElement': The provided value is not of type 'AssignedNodesOptions'.");
  }
  return options ? toBoolean(options.flatten) : false;
}

/**
 * DOM #concept-retarget: A against B: while A is a node whose root is a shadow root that is not a
 * shadow-including inclusive ancestor of B, A becomes that root's host (the host walks it:
 * io.w3socket.engine.ShadowRoots.retarget).
 */
function retarget(a, b) {
  return isNode(a) ? nodeFor(host.domRetarget(a[SLOT].handle, isNode(b) ? b[SLOT].handle : -1)) : a;
}

/**
 * #concept-event-dispatch steps 5.4-5.14, the part shadow trees add, after beginDispatch made the
 * path: each item's shadow-adjusted target (the original target retargeted against the item), and
 * whether the item is a closed tree's root or a slot in one, for composedPath.
 */
function retargetPath(es, target) {
  var path = es.path;
  for (var i = 0; i < path.length; i++) {
    var item = path[i];
    var t = item.target;
    item.shadowTarget = i === 0 ? item.self : retarget(target, t);
    // A struct whose shadow-adjusted target is its own item (a shadow host the path left a shadow
    // tree for) is at the target: AT_TARGET, and run for an event that does not bubble.
    item.atTarget = i === 0 || item.shadowTarget === t;
    var ts = t[SLOT];
    item.rootOfClosedTree = ts.kinds.indexOf('ShadowRoot') >= 0 && ts.mode === 'closed';
    // A slot the previous item (a slottable, not one of its own children) was assigned to.
    item.slotInClosedTree = ts.nodeType === 1 && ts.localName === 'slot' && ts.namespace === HTML_NAMESPACE
        && i > 0 && path[i - 1].target.parentNode !== t && isClosedTreeNode(t);
  }
  // Step 9's clearTargets: the last item's target in a shadow tree, the event's target is cleared.
  var last = path[path.length - 1].shadowTarget;
  es.clearTargets = isNode(last) && last.getRootNode()[SLOT].kinds.indexOf('ShadowRoot') >= 0;
}

function isClosedTreeNode(n) {
  var root = n.getRootNode();
  return root[SLOT].kinds.indexOf('ShadowRoot') >= 0 && root[SLOT].mode === 'closed';
}

/**
 * #dom-event-composedpath: the path's invocation targets, without those in closed shadow trees the
 * current target is outside of.
 */
function composedPathOf(es) {
  var path = es.path;
  var out = [es.currentTarget];
  var currentIndex = 0;
  var level = 0;
  for (var i = path.length - 1; i >= 0; i--) {
    if (path[i].rootOfClosedTree) {
      level++;
    }
    if (path[i].self === es.currentTarget) {
      currentIndex = i;
      i = -1;
    } else if (path[i].slotInClosedTree) {
      level--;
    }
  }
  var current = level;
  var max = level;
  for (var j = currentIndex - 1; j >= 0; j--) {
    if (path[j].rootOfClosedTree) {
      current++;
    }
    if (current <= max) {
      out.unshift(path[j].self);
    }
    if (path[j].slotInClosedTree) {
      current--;
      if (current < max) {
        max = current;
      }
    }
  }
  current = level;
  max = level;
  for (var k = currentIndex + 1; k < path.length; k++) {
    if (path[k].slotInClosedTree) {
      current++;
    }
    if (current <= max) {
      out.push(path[k].self);
    }
    if (path[k].rootOfClosedTree) {
      current--;
      if (current < max) {
        max = current;
      }
    }
  }
  return out;
}

exposed.ShadowRoot = ShadowRoot;
