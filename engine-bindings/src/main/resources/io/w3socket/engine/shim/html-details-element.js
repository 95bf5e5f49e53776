// html-details-element.js: the details and summary elements' behaviour (HTML #the-details-element,
// #the-summary-element): a summary's click toggles its details element's open attribute; adding or
// removing open queues a toggle event (a ToggleEvent, toggle-event.js in the lazy module popups,
// loaded when a details element first toggles); a details name group keeps at most one member
// open. A script's changes of open and name come from mutation-observer.js's attribute hooks; what
// a parse, a clone or an insertion does to details elements is io.w3socket.engine.DetailsElements's
// (the Java tree's), whose toggles come here (queueDetailsToggles).

function isDetailsElement(el) {
  var s = el[SLOT];
  return s.localName === 'details' && s.namespace === HTML_NAMESPACE;
}

/** The details element whose attribute a hook changes, or null for another element. */
function detailsOf(handle) {
  var el = nodeFor(handle);
  return isDetailsElement(el) ? el : null;
}

/**
 * The toggles DetailsElements recorded ("o12,c13": made open, closed), each queued in order
 * (#queue-a-details-toggle-event-task): a details element made open and closed in one task gets one
 * toggle event, from "closed" to "closed".
 */
function queueDetailsToggles(list) {
  if (list === '') {
    return;
  }
  var popups = loadModule('popups');
  list.split(',').forEach(function (item) {
    var el = nodeFor(Number(item.substring(1)));
    if (item.charAt(0) === 'o') {
      popups.queueToggleTask(el, 'closed', 'open');
    } else {
      popups.queueToggleTask(el, 'open', 'closed');
    }
  });
}

/**
 * #details-name-group: the first member of el's group other than el, in tree order, with an open
 * attribute, or null (none if el has no name attribute or an empty one).
 */
function openDetailsGroupMember(el) {
  return nodeFor(host.domDetailsOpenMember(elementHandle(el)));
}

/**
 * #the-details-element:concept-element-attributes-change-ext, after a script changed a details
 * element's open or name attribute (mutation-observer.js hostSetAttribute, hostRemoveAttribute;
 * the attribute's namespace is null: a namespaced one has a prefixed name here). What the tree's
 * own changes recorded before is queued first.
 */
function detailsAttributeChanged(el, name, oldValue, value) {
  queueDetailsToggles(host.domTakeDetailsToggles());
  if (name === 'name') {
    // Step 2: #ensure-details-exclusivity-by-closing-the-given-element-if-needed.
    if (attributeOf(el, 'open') !== null && openDetailsGroupMember(el) !== null) {
      hostRemoveAttribute(elementHandle(el), 'open');
    }
    return;
  }
  // Step 3.1: #details-notification-task-steps, when the attribute was added or removed.
  if ((oldValue === null) !== (value === null)) {
    loadModule('popups').queueToggleTask(el, oldValue === null ? 'closed' : 'open',
        oldValue === null ? 'open' : 'closed');
  }
  // Step 3.2: #ensure-details-exclusivity-by-closing-other-elements-if-needed (the first open other
  // member, the only one there can be).
  if (oldValue === null && value !== null) {
    var other = openDetailsGroupMember(el);
    if (other !== null) {
      hostRemoveAttribute(elementHandle(other), 'open');
    }
  }
}

/**
 * #summary-for-its-parent-details: the summary's parent, a details element whose first summary
 * child it is; else null.
 */
function detailsOfSummary(summary) {
  var parent = summary.parentNode;
  if (parent === null || parent[SLOT].nodeType !== 1 || !isDetailsElement(parent)) {
    return null;
  }
  var children = host.domChildren(elementHandle(parent));
  for (var i = 0; i < children.length; i++) {
    var child = nodeFor(children[i]);
    var s = child[SLOT];
    if (s.nodeType === 1 && s.localName === 'summary' && s.namespace === HTML_NAMESPACE) {
      return child === summary ? parent : null;
    }
  }
  return null;
}

/** The form control elements (Chromium's IsFormControlElement). */
var FORM_CONTROL_NAMES = ['button', 'fieldset', 'input', 'output', 'select', 'textarea'];

/**
 * Whether Chromium 156 leaves the details alone for a click at target inside summary: at a form
 * control (HTMLSummaryElement's IsClickableControl), or inside a link (whose own activation takes
 * the click: an a or area element with an href).
 */
function clickTakenInsideSummary(summary, target) {
  for (var n = isElementNode(target) ? target : null; n !== null && n !== summary; n = n.parentElement) {
    var s = n[SLOT];
    var html = s.namespace === HTML_NAMESPACE;
    if (html && n === target && FORM_CONTROL_NAMES.indexOf(s.localName) >= 0) {
      return true;
    }
    if (html && (s.localName === 'a' || s.localName === 'area') && attributeOf(n, 'href') !== null) {
      return true;
    }
  }
  return false;
}

/**
 * #the-summary-element's activation behaviour (form-submission.js activationBehaviorOf), or null
 * for another element: the summary for its parent details (#summary-for-its-parent-details)
 * removes the details' open attribute or sets it to "" (which runs the details notification task
 * steps); a summary that is not does nothing. Chromium 156 also does nothing for a click at a form
 * control or in a link inside the summary.
 */
function summaryActivation(el) {
  var s = el[SLOT];
  if (s.localName !== 'summary' || s.namespace !== HTML_NAMESPACE) {
    return null;
  }
  return {
    activate: function (ev) {
      var details = detailsOfSummary(el);
      if (details === null || clickTakenInsideSummary(el, ev && ev.target)) {
        return;
      }
      var h = elementHandle(details);
      if (attributeOf(details, 'open') !== null) {
        hostRemoveAttribute(h, 'open');
      } else {
        hostSetAttribute(h, 'open', '');
      }
    }
  };
}
