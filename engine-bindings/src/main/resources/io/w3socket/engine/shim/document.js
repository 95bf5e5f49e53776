// document.js: A small document on the host's jsoup tree: elements by id, their text and attributes, and the
// load events (https://html.spec.whatwg.org/#the-end).

var elements = {};

function Element() {
  throw new TypeError('Illegal constructor');
}
defineAccessor(Element.prototype, 'id', function () {
  return host.domAttribute(slotOf(this, 'Element').handle, 'id') || '';
});
defineAccessor(Element.prototype, 'tagName', function () {
  return host.domTagName(slotOf(this, 'Element').handle);
});
defineAccessor(Element.prototype, 'textContent', function () {
  return host.domText(slotOf(this, 'Element').handle);
}, function (v) {
  host.domSetText(slotOf(this, 'Element').handle, v === null ? '' : toDOMString(v));
});
defineAccessor(Element.prototype, 'innerText', function () {
  return host.domText(slotOf(this, 'Element').handle);
}, function (v) {
  host.domSetText(slotOf(this, 'Element').handle, v === null ? '' : toDOMString(v));
});
defineAccessor(Element.prototype, 'innerHTML', function () {
  return host.domHtml(slotOf(this, 'Element').handle);
}, function (v) {
  host.domSetHtml(slotOf(this, 'Element').handle, v === null ? '' : toDOMString(v));
});
defineAccessor(Element.prototype, 'value', function () {
  return host.domAttribute(slotOf(this, 'Element').handle, 'value') || '';
});
defineMethods(Element.prototype, {
  getAttribute: function (name) {
    return host.domAttribute(slotOf(this, 'Element').handle, toDOMString(name));
  }
});
setTag(Element.prototype, 'HTMLElement');

function elementFor(handle) {
  if (!elements[handle]) {
    var el = Object.create(Element.prototype);
    setSlot(el, {kinds: ['Element'], handle: handle});
    elements[handle] = el;
  }
  return elements[handle];
}

// window and document as event targets (HTML §7.2, DOM §4.5) for load and DOMContentLoaded:
// their listener methods delegate to hidden EventTargets.
var windowTarget = new EventTarget();
var documentTarget = new EventTarget();

function delegateListeners(obj, target, self) {
  defineMethods(obj, {
    addEventListener: function () {
      return EventTarget.prototype.addEventListener.apply(target, arguments);
    },
    removeEventListener: function () {
      return EventTarget.prototype.removeEventListener.apply(target, arguments);
    },
    dispatchEvent: function (event) {
      requireArgs(arguments, 1, "execute 'dispatchEvent' on 'EventTarget'");
      if (!(isObject(event) && event[SLOT] && event[SLOT].kinds.indexOf('Event') >= 0)) {
        throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
      }
      return dispatch(target, event, self);
    }
  });
}

/** HTML §8.2.6.1 "the end": DOMContentLoaded at the document (bubbling to window), then load. */
function fireLoad() {
  var ready = trustedEvent(new Event('DOMContentLoaded', {bubbles: true}));
  dispatch(documentTarget, ready, document);
  dispatch(windowTarget, trustedEvent(new Event('DOMContentLoaded', {bubbles: true})), global);
  dispatch(windowTarget, trustedEvent(new Event('load')), global);
}

var document = {};
defineMethods(document, {
  getElementById: function (id) {
    requireArgs(arguments, 1, "execute 'getElementById' on 'Document'");
    var h = host.domFind(toDOMString(id));
    return h < 0 ? null : elementFor(h);
  }
});
defineAccessor(document, 'title', function () {
  return host.domTitle();
});
