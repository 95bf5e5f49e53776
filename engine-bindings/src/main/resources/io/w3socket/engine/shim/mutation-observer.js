// mutation-observer.js: MutationObserver and MutationRecord
// (https://dom.spec.whatwg.org/#mutation-observers).
// The DOM's changing operations (dom-node.js, dom-element.js, dom-attr.js and the attribute
// reflections) report what they changed through the queue functions below, which cost a check of
// one counter while nothing is observed. Records reach an observer's callback in the mutation
// observer microtask (#queue-a-mutation-observer-compound-microtask), which also fires slotchange
// at the slots whose assigned nodes the changes altered (#signal-a-slot-change;
// io.w3socket.engine.SlotAssignment). What the HTML parser adds while the page loads comes from the
// host (entry-points.js parserInserted). An attribute change here is also a custom element's
// attributeChangedCallback (custom-element-reactions.js), a disabled attribute's change a
// form-associated custom element's formDisabledCallback, and a details element's open or name
// attribute's change its attribute change steps (html-details-element.js).

/** Registered observers in all nodes' lists, transient ones included: 0 means nothing is observed. */
var registeredObservers = 0;

/** Observers whose record queue is not empty, to notify (in creation order); the microtask's flag. */
var observersToNotify = [];
var mutationMicrotaskQueued = false;
var lastObserverId = 0;

function mutationsObserved() {
  return registeredObservers > 0;
}

function MutationObserver(callback) {
  requireNew(this, MutationObserver, 'MutationObserver');
  requireArgs(arguments, 1, "construct 'MutationObserver'");
  if (typeof callback !== 'function') {
    throw new TypeError("Failed to construct 'MutationObserver': parameter 1 is not of type 'Function'.");
  }
  // #dom-mutationobserver-mutationobserver: the callback, a node list, a record queue.
  setSlot(this, {kinds: ['MutationObserver'], callback: callback, nodes: [], records: [], id: ++lastObserverId});
}

/** A node's registered observer list (#registered-observer-list). */
function registeredOf(node) {
  var s = node[SLOT];
  if (!s.registered) {
    s.registered = [];
  }
  return s.registered;
}

/** Removes the registered observers of node's list that match. */
function unregister(node, matches) {
  var list = node[SLOT].registered;
  if (list) {
    var kept = list.filter(function (r) {
      return !matches(r);
    });
    registeredObservers -= list.length - kept.length;
    node[SLOT].registered = kept;
  }
}

var OBSERVE_CONTEXT = "Failed to execute 'observe' on 'MutationObserver': ";

function optionalBoolean(init, name) {
  return init[name] === undefined ? undefined : toBoolean(init[name]);
}

defineMethods(MutationObserver.prototype, {
  /** #dom-mutationobserver-observe. */
  observe: function (target) {
    var s = slotOf(this, 'MutationObserver');
    requireArgs(arguments, 1, "execute 'observe' on 'MutationObserver'");
    if (!isNode(target)) {
      throw new TypeError(OBSERVE_CONTEXT + "parameter 1 is not of type 'Node'.");
    }
    var init = arguments[1] === undefined || arguments[1] === null ? {} : arguments[1];
    if (!isObject(init)) {
      throw new TypeError(OBSERVE_CONTEXT + "The provided value is not of type 'MutationObserverInit'.");
    }
    // WebIDL dictionary conversion, members in lexicographical order.
    var attributeFilter;
    if (init.attributeFilter !== undefined) {
      var filter = init.attributeFilter;
      var items = toSequence(filter, "execute 'observe' on 'MutationObserver'");
      attributeFilter = Array.prototype.map.call(items, toDOMString);
    }
    var o = {
      attributeFilter: attributeFilter,
      attributeOldValue: optionalBoolean(init, 'attributeOldValue'),
      attributes: optionalBoolean(init, 'attributes'),
      characterData: optionalBoolean(init, 'characterData'),
      characterDataOldValue: optionalBoolean(init, 'characterDataOldValue'),
      childList: toBoolean(init.childList),
      subtree: toBoolean(init.subtree)
    };
    // Steps 1-2: an old value or a filter asks for the kind of record.
    if ((o.attributeOldValue !== undefined || o.attributeFilter !== undefined) && o.attributes === undefined) {
      o.attributes = true;
    }
    if (o.characterDataOldValue !== undefined && o.characterData === undefined) {
      o.characterData = true;
    }
    // Steps 3-6; the option checks before the one for no kind of record, as in Chromium (the same
    // TypeError either way, with another message).
    if (o.attributeOldValue && !o.attributes) {
      throw new TypeError(OBSERVE_CONTEXT
          + "The options object may only set 'attributeOldValue' to true when 'attributes' is true or not present.");
    }
    if (o.attributeFilter !== undefined && !o.attributes) {
      throw new TypeError(OBSERVE_CONTEXT
          + "The options object may only set 'attributeFilter' when 'attributes' is true or not present.");
    }
    if (o.characterDataOldValue && !o.characterData) {
      throw new TypeError(OBSERVE_CONTEXT
          + "The options object may only set 'characterDataOldValue' to true when 'characterData' is true or not present.");
    }
    if (!o.childList && !o.attributes && !o.characterData) {
      throw new TypeError(OBSERVE_CONTEXT
          + "The options object must set at least one of 'attributes', 'characterData', or 'childList' to true.");
    }
    // Steps 7-8: this observer's registration on target gets the new options (its transient
    // registrations dropped); or a new registration.
    var self = this;
    var list = registeredOf(target);
    var existing = null;
    for (var i = 0; i < list.length; i++) {
      if (list[i].observer === self && !list[i].source) {
        existing = list[i];
      }
    }
    if (existing !== null) {
      s.nodes.forEach(function (node) {
        unregister(node, function (r) {
          return r.source === existing;
        });
      });
      existing.options = o;
    } else {
      list.push({observer: self, options: o, source: null});
      registeredObservers++;
      if (s.nodes.indexOf(target) < 0) {
        s.nodes.push(target);
      }
    }
  },
  /** #dom-mutationobserver-disconnect. */
  disconnect: function () {
    var s = slotOf(this, 'MutationObserver');
    var self = this;
    s.nodes.forEach(function (node) {
      unregister(node, function (r) {
        return r.observer === self;
      });
    });
    s.nodes = [];
    s.records = [];
  },
  /** #dom-mutationobserver-takerecords. */
  takeRecords: function () {
    var s = slotOf(this, 'MutationObserver');
    var records = s.records;
    s.records = [];
    return records;
  }
});
setTag(MutationObserver.prototype, 'MutationObserver');

function MutationRecord() {
  throw new TypeError('Illegal constructor');
}
defineSlotAccessors(MutationRecord.prototype, 'MutationRecord', ['type', 'target', 'addedNodes', 'removedNodes',
  'previousSibling', 'nextSibling', 'attributeName', 'attributeNamespace', 'oldValue']);
setTag(MutationRecord.prototype, 'MutationRecord');

/**
 * #queueing-a-mutation-record: every observer registered on target or (with subtree) on an
 * ancestor, for whom the options ask for this type (and attribute), gets a record, with the old
 * value if its options ask for it.
 */
function queueMutationRecord(type, target, name, oldValue, added, removed, previous, next) {
  var interested = [];
  var oldValues = [];
  for (var node = target; node !== null; node = node.parentNode) {
    var list = node[SLOT].registered;
    for (var i = 0; list && i < list.length; i++) {
      var o = list[i].options;
      if ((node !== target && !o.subtree)
          || (type === 'attributes' && (!o.attributes || (o.attributeFilter !== undefined
              && o.attributeFilter.indexOf(name) < 0)))
          || (type === 'characterData' && !o.characterData)
          || (type === 'childList' && !o.childList)) {
        continue;
      }
      var at = interested.indexOf(list[i].observer);
      if (at < 0) {
        at = interested.push(list[i].observer) - 1;
        oldValues.push(null);
      }
      if ((type === 'attributes' && o.attributeOldValue) || (type === 'characterData' && o.characterDataOldValue)) {
        oldValues[at] = oldValue;
      }
    }
  }
  for (var j = 0; j < interested.length; j++) {
    var record = Object.create(MutationRecord.prototype);
    setSlot(record, {kinds: ['MutationRecord'], type: type, target: target,
      addedNodes: staticNodes(added || []), removedNodes: staticNodes(removed || []),
      previousSibling: previous || null, nextSibling: next || null, attributeName: name,
      attributeNamespace: null, oldValue: oldValues[j]});
    var s = interested[j][SLOT];
    s.records.push(record);
    if (observersToNotify.indexOf(interested[j]) < 0) {
      observersToNotify.push(interested[j]);
    }
  }
  if (interested.length > 0 && !mutationMicrotaskQueued) {
    // #queue-a-mutation-observer-compound-microtask
    mutationMicrotaskQueued = true;
    queueMicrotask(notifyMutationObservers);
  }
}

/**
 * #signal-a-slot-change's queueing: the host keeps the signal slots (io.w3socket.engine.SlotAssignment);
 * after a DOM change where shadow trees exist, the mutation observer microtask is queued if it has any.
 */
function queueSignaledSlots() {
  if (!mutationMicrotaskQueued && shadowsMayExist() && host.domSlotsSignaled()) {
    mutationMicrotaskQueued = true;
    queueMicrotask(notifyMutationObservers);
  }
}

/**
 * #notify-mutation-observers: each observer with records, in creation order, gets them; then each
 * signaled slot gets a slotchange event (steps 6-7).
 */
function notifyMutationObservers() {
  mutationMicrotaskQueued = false;
  var notifySet = observersToNotify.sort(function (a, b) {
    return a[SLOT].id - b[SLOT].id;
  });
  observersToNotify = [];
  notifySet.forEach(function (mo) {
    var s = mo[SLOT];
    var records = s.records;
    s.records = [];
    s.nodes.forEach(function (node) {
      unregister(node, function (r) {
        return r.observer === mo && r.source !== null;
      });
    });
    // The node list keeps only the nodes still observed (a browser's holds them weakly), so removed
    // subtrees are not kept for the observer's life.
    s.nodes = s.nodes.filter(function (node) {
      return (node[SLOT].registered || []).some(function (r) {
        return r.observer === mo;
      });
    });
    if (records.length > 0) {
      try {
        s.callback.call(mo, records, mo);
      } catch (e) {
        reportException(e);
      }
    }
  });
  if (shadowsMayExist()) {
    var slots = host.domTakeSignaledSlots();
    for (var i = 0; i < slots.length; i++) {
      dispatch(nodeFor(slots[i]), trustedEvent(new Event('slotchange', {bubbles: true})));
    }
  }
}

/** #queue-a-tree-mutation-record, if anything observes. */
function queueTreeRecord(target, added, removed, previous, next) {
  if (registeredObservers > 0 && (added.length > 0 || removed.length > 0)) {
    queueMutationRecord('childList', target, null, null, added, removed, previous, next);
  }
}

/**
 * #concept-node-remove's transient registered observers: node, removed from parent, stays observed
 * by the subtree observers of parent's inclusive ancestors until their next notification.
 */
function keepRemovedObserved(parent, node) {
  if (registeredObservers === 0) {
    return;
  }
  for (var a = parent; a !== null; a = a.parentNode) {
    var list = a[SLOT].registered;
    for (var i = 0; list && i < list.length; i++) {
      if (list[i].options.subtree) {
        registeredOf(node).push({observer: list[i].observer, options: list[i].options, source: list[i]});
        registeredObservers++;
        var mo = list[i].observer;
        if (mo[SLOT].nodes.indexOf(node) < 0) {
          mo[SLOT].nodes.push(node);
        }
        // #notify-mutation-observers step 5.3 clears every observer's transient registrations,
        // those of observers with no record too: the next notification looks at this one.
        if (observersToNotify.indexOf(mo) < 0) {
          observersToNotify.push(mo);
        }
      }
    }
  }
}

/** Sets an attribute through the host (which checks and lowercases the name): its record. */
function hostSetAttribute(handle, name, value) {
  if (name.length === 7 && name.toLowerCase() === 'popover') {
    warnIfInvalidPopover(value); // popover.js
  }
  var details = name.length === 4 && (name === 'open' || name === 'name') ? detailsOf(handle) : null;
  var resource = resourceAttributeHook(handle, name); // resource-hooks.js
  if (details === null && resource === null && registeredObservers === 0 && customElementDefinitions === 0) {
    host.domSetAttribute(handle, name, value);
    queueSignaledSlots();
    return;
  }
  var old = host.domAttribute(handle, name);
  host.domSetAttribute(handle, name, value);
  if (registeredObservers > 0) {
    queueMutationRecord('attributes', nodeFor(handle), name, old);
  }
  queueSignaledSlots();
  customAttributeChanged(handle, name, old, value);
  if (details !== null) {
    detailsAttributeChanged(details, name, old, value); // html-details-element.js
  }
  if (resource !== null) {
    resourceAttributeChanged(resource, value);
  }
}

/** Removes an attribute the element has through the host: its record. */
function hostRemoveAttribute(handle, name) {
  var details = name.length === 4 && (name === 'open' || name === 'name') ? detailsOf(handle) : null;
  var resource = resourceAttributeHook(handle, name); // resource-hooks.js
  var old = details === null && resource === null && registeredObservers === 0 && customElementDefinitions === 0
      ? null : host.domAttribute(handle, name);
  host.domRemoveAttribute(handle, name);
  if (old !== null && registeredObservers > 0) {
    queueMutationRecord('attributes', nodeFor(handle), name, old);
  }
  queueSignaledSlots();
  if (old !== null) {
    customAttributeChanged(handle, name, old, null);
    if (details !== null) {
      detailsAttributeChanged(details, name, old, null); // html-details-element.js
    }
    if (resource !== null) {
      resourceAttributeChanged(resource, null);
    }
  }
}

/**
 * HTML #concept-element-attributes-change-ext for custom elements: a custom element's observed
 * attribute's change is its attributeChangedCallback (custom-element-reactions.js).
 */
function customAttributeChanged(handle, name, old, value) {
  var el = customElementDefinitions > 0 ? nodes[handle] : undefined;
  if (el !== undefined && el[SLOT].ceState === 'custom') {
    loadModule('customelements').attributeChanged(el, name, old, value);
  }
  if (el !== undefined && name === 'disabled' && formAssociatedNames.length > 0) {
    loadModule('customelements').disabledAttributeChanged(el);
  }
}

/** Replaces a Text or Comment node's data through the host (#concept-cd-replace): its record. */
function hostSetData(handle, data) {
  var old = registeredObservers === 0 ? null : host.domData(handle);
  host.domSetData(handle, data);
  if (old !== null) {
    queueMutationRecord('characterData', nodeFor(handle), null, old);
  }
}

/**
 * Runs change, which replaces all of node's children (#concept-node-replace-all: textContent,
 * innerText, innerHTML), and queues one record of the children removed and added.
 */
function replacingAll(node, change) {
  nodeIteratorsPreRemove(node, null); // the NodeIterators (document-traversal.js)
  selectionChildrenReplaced(node); // a textarea's selection (text-selection.js)
  popoversIfRemoving(node, false); // HTML's popover removing steps (popover.js)
  if (registeredObservers === 0) {
    change();
    queueSignaledSlots();
    return;
  }
  var removed = node.childNodes.length ? Array.prototype.slice.call(node.childNodes) : [];
  change();
  queueSignaledSlots();
  removed.forEach(function (child) {
    keepRemovedObserved(node, child);
  });
  queueTreeRecord(node, Array.prototype.slice.call(node.childNodes), removed, null, null);
}

exposed.MutationObserver = MutationObserver;
exposed.MutationRecord = MutationRecord;
