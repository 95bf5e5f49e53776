// event-handlers.js: the event handler IDL attributes of elements, the document and the window
// (HTML #event-handler-idl-attributes: GlobalEventHandlers, DocumentAndElementEventHandlers,
// WindowEventHandlers, and the handlers other standards add to them: Pointer Events, CSS
// Animations and Transitions, the Selection API, Fullscreen, Page Visibility...), with the names
// headless Chromium 156 has on each prototype, so that a page's feature tests find what they find
// there. The host fires few of these events (load, error, click, focus, the pointer and mouse
// events of the runner's click); the others are a script's own, through dispatchEvent. An
// element's content attributes of the same names are its handlers too (dom-node.js).

function handlerNames(names) {
  return names.split(' ');
}

/** GlobalEventHandlers, as Chromium 156 has them on HTMLElement, Document and Window alike. */
var GLOBAL_HANDLERS = handlerNames(
    'abort animationcancel animationend animationiteration animationstart auxclick beforeinput ' +
    'beforematch beforetoggle beforexrselect blur cancel canplay canplaythrough change click close ' +
    'command contentvisibilityautostatechange contextlost contextmenu contextrestored cuechange ' +
    'dblclick drag dragend dragenter dragleave dragover dragstart drop durationchange emptied ' +
    'ended error focus formdata gotpointercapture input invalid keydown keypress keyup load ' +
    'loadeddata loadedmetadata loadstart lostpointercapture mousedown mouseenter mouseleave ' +
    'mousemove mouseout mouseover mouseup mousewheel pause play playing pointercancel pointerdown ' +
    'pointerenter pointerleave pointermove pointerout pointerover pointerrawupdate pointerup ' +
    'progress ratechange reset resize scroll scrollend scrollsnapchange scrollsnapchanging ' +
    'securitypolicyviolation seeked seeking select selectionchange selectstart slotchange stalled ' +
    'submit suspend timeupdate toggle transitioncancel transitionend transitionrun transitionstart ' +
    'volumechange waiting webkitanimationend webkitanimationiteration webkitanimationstart ' +
    'webkittransitionend wheel');

/** DocumentAndElementEventHandlers (HTMLElement and Document). */
var DOCUMENT_AND_ELEMENT_HANDLERS = handlerNames('copy cut paste');

/** HTMLElement's (and Document's): GlobalEventHandlers and DocumentAndElementEventHandlers. */
var HTML_ELEMENT_HANDLERS = GLOBAL_HANDLERS.concat(DOCUMENT_AND_ELEMENT_HANDLERS);

/** Chromium 156's on Element (and Document), besides the HTML ones. */
var ELEMENT_HANDLERS = handlerNames('beforecopy beforecut beforepaste fullscreenchange fullscreenerror search ' +
    'webkitfullscreenchange webkitfullscreenerror');

/** Document's own: readystatechange, visibilitychange, and Chromium 156's others. */
var DOCUMENT_HANDLERS = handlerNames('freeze pointerlockchange pointerlockerror prerenderingchange ' +
    'readystatechange resume visibilitychange');

/** WindowEventHandlers, and Chromium 156's others on Window. */
var WINDOW_HANDLERS = handlerNames(
    'afterprint appinstalled beforeinstallprompt beforeprint beforeunload devicemotion ' +
    'deviceorientation deviceorientationabsolute gamepadconnected gamepaddisconnected hashchange ' +
    'languagechange message messageerror offline online pagehide pagereveal pageshow pageswap ' +
    'popstate rejectionhandled search storage unhandledrejection unload');

/**
 * HTML #window-reflecting-body-element-event-handler-set and WindowEventHandlers, as Chromium 156
 * has them on HTMLBodyElement: a body element's are the window's.
 */
var BODY_HANDLERS = handlerNames('afterprint beforeprint beforeunload blur error focus gamepadconnected ' +
    'gamepaddisconnected hashchange languagechange load message messageerror offline online pagehide ' +
    'pageshow popstate rejectionhandled resize scroll storage unhandledrejection unload');

/**
 * Whether an element's content attribute of that name (lowercase) is an event handler (HTML
 * #event-handler-content-attributes: GlobalEventHandlers, DocumentAndElementEventHandlers), and
 * whether a body element's is the window's; the tables are made when first asked (a page's start
 * does not pay for them).
 */
var handlerAttributeTables = null;

function handlerAttributes() {
  if (handlerAttributeTables === null) {
    var element = {};
    var body = {};
    HTML_ELEMENT_HANDLERS.forEach(function (type) {
      element['on' + type] = true;
    });
    BODY_HANDLERS.forEach(function (type) {
      body['on' + type] = true;
    });
    handlerAttributeTables = {element: element, body: body};
  }
  return handlerAttributeTables;
}

function isHandlerAttribute(name) {
  return handlerAttributes().element[name] === true;
}

function isBodyWindowHandler(name) {
  return handlerAttributes().body[name] === true;
}

// One slot function per interface for all its handlers (defining them is part of a page's start).
function elementSlot(self) {
  return slotOf(self, 'Element');
}
function documentSlot(self) {
  return slotOf(self, 'Document');
}
function windowSlot() {
  return windowTarget[SLOT];
}
HTML_ELEMENT_HANDLERS.forEach(function (type) {
  // GlobalEventHandlers: HTMLElement, SVGElement and MathMLElement include it (mathml-element.js).
  HTML_OR_SVG_ELEMENT_PROTOTYPES.forEach(function (proto) {
    defineEventHandler(proto, 'Element', type, elementSlot);
  });
  defineEventHandler(Document.prototype, 'Document', type, documentSlot);
});
ELEMENT_HANDLERS.forEach(function (type) {
  defineEventHandler(Element.prototype, 'Element', type, elementSlot);
  defineEventHandler(Document.prototype, 'Document', type, documentSlot);
});
DOCUMENT_HANDLERS.forEach(function (type) {
  defineEventHandler(Document.prototype, 'Document', type, documentSlot);
});
GLOBAL_HANDLERS.concat(WINDOW_HANDLERS).forEach(function (type) {
  defineEventHandler(global, 'Window', type, windowSlot);
});
BODY_HANDLERS.forEach(function (type) {
  defineEventHandler(HTMLBodyElement.prototype, 'Element', type, windowSlot);
});
