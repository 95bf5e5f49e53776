// html-elements.js: the interfaces of HTML's elements (HTML #elements-in-the-dom: each element's
// "DOM interface"; #htmlunknownelement; the obsolete ones of #non-conforming-features), those
// headless Chromium 156 exposes that a standard defines (72 with HTMLElement, dom-element.js): an
// element's wrapper (dom-node.js nodeFor) has its tag's interface's prototype, so that
// `el instanceof HTMLInputElement` and `Object.prototype.toString.call(el)` answer as in a browser.
// Their own members are in the files of what they do: the reflected attributes
// (html-element-attributes.js), the form controls' (form-controls.js, form-submission.js),
// HTMLTemplateElement's content and HTMLSlotElement's members (shadow-root.js), the dialog's
// (html-dialog-element.js). HTMLBodyElement's event handlers are the window's (event-handlers.js).

function HTMLAnchorElement() {
  htmlConstructor(this, HTMLAnchorElement);
}
function HTMLAreaElement() {
  htmlConstructor(this, HTMLAreaElement);
}
function HTMLMediaElement() {
  htmlConstructor(this, HTMLMediaElement);
}
function HTMLAudioElement() {
  htmlConstructor(this, HTMLAudioElement);
}
function HTMLBRElement() {
  htmlConstructor(this, HTMLBRElement);
}
function HTMLBaseElement() {
  htmlConstructor(this, HTMLBaseElement);
}
function HTMLBodyElement() {
  htmlConstructor(this, HTMLBodyElement);
}
function HTMLButtonElement() {
  htmlConstructor(this, HTMLButtonElement);
}
function HTMLCanvasElement() {
  htmlConstructor(this, HTMLCanvasElement);
}
function HTMLDListElement() {
  htmlConstructor(this, HTMLDListElement);
}
function HTMLDataElement() {
  htmlConstructor(this, HTMLDataElement);
}
function HTMLDataListElement() {
  htmlConstructor(this, HTMLDataListElement);
}
function HTMLDetailsElement() {
  htmlConstructor(this, HTMLDetailsElement);
}
function HTMLDialogElement() {
  htmlConstructor(this, HTMLDialogElement);
}
function HTMLDirectoryElement() {
  htmlConstructor(this, HTMLDirectoryElement);
}
function HTMLDivElement() {
  htmlConstructor(this, HTMLDivElement);
}
function HTMLEmbedElement() {
  htmlConstructor(this, HTMLEmbedElement);
}
function HTMLFieldSetElement() {
  htmlConstructor(this, HTMLFieldSetElement);
}
function HTMLFontElement() {
  htmlConstructor(this, HTMLFontElement);
}
function HTMLFormElement() {
  htmlConstructor(this, HTMLFormElement);
}
function HTMLFrameElement() {
  htmlConstructor(this, HTMLFrameElement);
}
function HTMLFrameSetElement() {
  htmlConstructor(this, HTMLFrameSetElement);
}
function HTMLHRElement() {
  htmlConstructor(this, HTMLHRElement);
}
function HTMLHeadElement() {
  htmlConstructor(this, HTMLHeadElement);
}
function HTMLHeadingElement() {
  htmlConstructor(this, HTMLHeadingElement);
}
function HTMLHtmlElement() {
  htmlConstructor(this, HTMLHtmlElement);
}
function HTMLIFrameElement() {
  htmlConstructor(this, HTMLIFrameElement);
}
function HTMLImageElement() {
  htmlConstructor(this, HTMLImageElement);
}
function HTMLInputElement() {
  htmlConstructor(this, HTMLInputElement);
}
function HTMLLIElement() {
  htmlConstructor(this, HTMLLIElement);
}
function HTMLLabelElement() {
  htmlConstructor(this, HTMLLabelElement);
}
function HTMLLegendElement() {
  htmlConstructor(this, HTMLLegendElement);
}
function HTMLLinkElement() {
  htmlConstructor(this, HTMLLinkElement);
}
function HTMLMapElement() {
  htmlConstructor(this, HTMLMapElement);
}
function HTMLMarqueeElement() {
  htmlConstructor(this, HTMLMarqueeElement);
}
function HTMLMenuElement() {
  htmlConstructor(this, HTMLMenuElement);
}
function HTMLMetaElement() {
  htmlConstructor(this, HTMLMetaElement);
}
function HTMLMeterElement() {
  htmlConstructor(this, HTMLMeterElement);
}
function HTMLModElement() {
  htmlConstructor(this, HTMLModElement);
}
function HTMLOListElement() {
  htmlConstructor(this, HTMLOListElement);
}
function HTMLObjectElement() {
  htmlConstructor(this, HTMLObjectElement);
}
function HTMLOptGroupElement() {
  htmlConstructor(this, HTMLOptGroupElement);
}
function HTMLOptionElement() {
  htmlConstructor(this, HTMLOptionElement);
}
function HTMLOutputElement() {
  htmlConstructor(this, HTMLOutputElement);
}
function HTMLParagraphElement() {
  htmlConstructor(this, HTMLParagraphElement);
}
function HTMLParamElement() {
  htmlConstructor(this, HTMLParamElement);
}
function HTMLPictureElement() {
  htmlConstructor(this, HTMLPictureElement);
}
function HTMLPreElement() {
  htmlConstructor(this, HTMLPreElement);
}
function HTMLProgressElement() {
  htmlConstructor(this, HTMLProgressElement);
}
function HTMLQuoteElement() {
  htmlConstructor(this, HTMLQuoteElement);
}
function HTMLScriptElement() {
  htmlConstructor(this, HTMLScriptElement);
}
function HTMLSelectElement() {
  htmlConstructor(this, HTMLSelectElement);
}
function HTMLSelectedContentElement() {
  htmlConstructor(this, HTMLSelectedContentElement);
}
function HTMLSlotElement() {
  htmlConstructor(this, HTMLSlotElement);
}
function HTMLSourceElement() {
  htmlConstructor(this, HTMLSourceElement);
}
function HTMLSpanElement() {
  htmlConstructor(this, HTMLSpanElement);
}
function HTMLStyleElement() {
  htmlConstructor(this, HTMLStyleElement);
}
function HTMLTableCaptionElement() {
  htmlConstructor(this, HTMLTableCaptionElement);
}
function HTMLTableCellElement() {
  htmlConstructor(this, HTMLTableCellElement);
}
function HTMLTableColElement() {
  htmlConstructor(this, HTMLTableColElement);
}
function HTMLTableElement() {
  htmlConstructor(this, HTMLTableElement);
}
function HTMLTableRowElement() {
  htmlConstructor(this, HTMLTableRowElement);
}
function HTMLTableSectionElement() {
  htmlConstructor(this, HTMLTableSectionElement);
}
function HTMLTemplateElement() {
  htmlConstructor(this, HTMLTemplateElement);
}
function HTMLTextAreaElement() {
  htmlConstructor(this, HTMLTextAreaElement);
}
function HTMLTimeElement() {
  htmlConstructor(this, HTMLTimeElement);
}
function HTMLTitleElement() {
  htmlConstructor(this, HTMLTitleElement);
}
function HTMLTrackElement() {
  htmlConstructor(this, HTMLTrackElement);
}
function HTMLUListElement() {
  htmlConstructor(this, HTMLUListElement);
}
function HTMLUnknownElement() {
  htmlConstructor(this, HTMLUnknownElement);
}
function HTMLVideoElement() {
  htmlConstructor(this, HTMLVideoElement);
}

/**
 * Custom element definitions made (custom-element-registry.js): while 0, no element is a custom
 * element and nothing of the tree's changes needs custom element reactions.
 */
var customElementDefinitions = 0;

/** The names of the form-associated custom elements defined (custom-element-registry.js). */
var formAssociatedNames = [];

/**
 * HTML #form-associated-custom-element: a custom element (upgraded) whose definition is
 * form-associated: a listed, labelable, submittable and resettable element (element-internals.js).
 */
function isFaceElement(el) {
  var s = el[SLOT];
  return customElementDefinitions > 0 && s.ceState === 'custom' && s.ceDefinition.formAssociated === true;
}

defineMethods(HTMLElement.prototype, {
  /** HTML #dom-attachinternals (element-internals.js, a lazy module). */
  attachInternals: function attachInternals() {
    return loadModule('internals').attachInternalsTo(this);
  }
});

/**
 * HTML #html-element-constructors: an element interface's constructor is only a custom element's
 * (HTMLElement's, for an autonomous one, through super()); otherwise Illegal constructor.
 */
function htmlConstructor(self, ctor) {
  requireNew(self, ctor, ctor.name);
  if (customElementDefinitions > 0 && ctor === HTMLElement) {
    return loadModule('customelements').constructCustomElement(self);
  }
  throw new TypeError("Failed to construct '" + ctor.name + "': Illegal constructor");
}

/** Lower-case tag name -> the prototype of its element interface, for nodeFor. */
var HTML_ELEMENT_PROTOTYPES = {};

/**
 * An element interface: its prototype chain, tag and global, and the prototype of each of its tags'
 * wrappers in {@code table} (HTML_ELEMENT_PROTOTYPES here, svg-elements.js's for SVG).
 */
function defineElementInterface(table, ctor, parent, tags) {
  inherit(ctor, parent);
  setTag(ctor.prototype, ctor.name);
  exposed[ctor.name] = ctor;
  for (var i = 0; i < tags.length; i++) {
    table[tags[i]] = ctor.prototype;
  }
}

(function () {
  function define(ctor, parent, tags) {
    defineElementInterface(HTML_ELEMENT_PROTOTYPES, ctor, parent, tags);
  }
  define(HTMLAnchorElement, HTMLElement, ['a']);
  define(HTMLAreaElement, HTMLElement, ['area']);
  define(HTMLMediaElement, HTMLElement, []);
  define(HTMLAudioElement, HTMLMediaElement, ['audio']);
  define(HTMLBRElement, HTMLElement, ['br']);
  define(HTMLBaseElement, HTMLElement, ['base']);
  define(HTMLBodyElement, HTMLElement, ['body']);
  define(HTMLButtonElement, HTMLElement, ['button']);
  define(HTMLCanvasElement, HTMLElement, ['canvas']);
  define(HTMLDListElement, HTMLElement, ['dl']);
  define(HTMLDataElement, HTMLElement, ['data']);
  define(HTMLDataListElement, HTMLElement, ['datalist']);
  define(HTMLDetailsElement, HTMLElement, ['details']);
  define(HTMLDialogElement, HTMLElement, ['dialog']);
  define(HTMLDirectoryElement, HTMLElement, ['dir']);
  define(HTMLDivElement, HTMLElement, ['div']);
  define(HTMLEmbedElement, HTMLElement, ['embed']);
  define(HTMLFieldSetElement, HTMLElement, ['fieldset']);
  define(HTMLFontElement, HTMLElement, ['font']);
  define(HTMLFormElement, HTMLElement, ['form']);
  define(HTMLFrameElement, HTMLElement, ['frame']);
  define(HTMLFrameSetElement, HTMLElement, ['frameset']);
  define(HTMLHRElement, HTMLElement, ['hr']);
  define(HTMLHeadElement, HTMLElement, ['head']);
  define(HTMLHeadingElement, HTMLElement, ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
  define(HTMLHtmlElement, HTMLElement, ['html']);
  define(HTMLIFrameElement, HTMLElement, ['iframe']);
  define(HTMLImageElement, HTMLElement, ['img']);
  define(HTMLInputElement, HTMLElement, ['input']);
  define(HTMLLIElement, HTMLElement, ['li']);
  define(HTMLLabelElement, HTMLElement, ['label']);
  define(HTMLLegendElement, HTMLElement, ['legend']);
  define(HTMLLinkElement, HTMLElement, ['link']);
  define(HTMLMapElement, HTMLElement, ['map']);
  define(HTMLMarqueeElement, HTMLElement, ['marquee']);
  define(HTMLMenuElement, HTMLElement, ['menu']);
  define(HTMLMetaElement, HTMLElement, ['meta']);
  define(HTMLMeterElement, HTMLElement, ['meter']);
  define(HTMLModElement, HTMLElement, ['del', 'ins']);
  define(HTMLOListElement, HTMLElement, ['ol']);
  define(HTMLObjectElement, HTMLElement, ['object']);
  define(HTMLOptGroupElement, HTMLElement, ['optgroup']);
  define(HTMLOptionElement, HTMLElement, ['option']);
  define(HTMLOutputElement, HTMLElement, ['output']);
  define(HTMLParagraphElement, HTMLElement, ['p']);
  define(HTMLParamElement, HTMLElement, ['param']);
  define(HTMLPictureElement, HTMLElement, ['picture']);
  define(HTMLPreElement, HTMLElement, ['pre', 'listing', 'xmp']);
  define(HTMLProgressElement, HTMLElement, ['progress']);
  define(HTMLQuoteElement, HTMLElement, ['blockquote', 'q']);
  define(HTMLScriptElement, HTMLElement, ['script']);
  define(HTMLSelectElement, HTMLElement, ['select']);
  define(HTMLSelectedContentElement, HTMLElement, ['selectedcontent']);
  define(HTMLSlotElement, HTMLElement, ['slot']);
  define(HTMLSourceElement, HTMLElement, ['source']);
  define(HTMLSpanElement, HTMLElement, ['span']);
  define(HTMLStyleElement, HTMLElement, ['style']);
  define(HTMLTableCaptionElement, HTMLElement, ['caption']);
  define(HTMLTableCellElement, HTMLElement, ['td', 'th']);
  define(HTMLTableColElement, HTMLElement, ['col', 'colgroup']);
  define(HTMLTableElement, HTMLElement, ['table']);
  define(HTMLTableRowElement, HTMLElement, ['tr']);
  define(HTMLTableSectionElement, HTMLElement, ['tbody', 'thead', 'tfoot']);
  define(HTMLTemplateElement, HTMLElement, ['template']);
  define(HTMLTextAreaElement, HTMLElement, ['textarea']);
  define(HTMLTimeElement, HTMLElement, ['time']);
  define(HTMLTitleElement, HTMLElement, ['title']);
  define(HTMLTrackElement, HTMLElement, ['track']);
  define(HTMLUListElement, HTMLElement, ['ul']);
  define(HTMLUnknownElement, HTMLElement, []);
  define(HTMLVideoElement, HTMLMediaElement, ['video']);
  // #elements-in-the-dom: these are HTMLElements; #non-conforming-features: so are these obsolete ones.
  var plain = ['abbr', 'acronym', 'address', 'article', 'aside', 'b', 'basefont', 'bdi', 'bdo',
      'big', 'center', 'cite', 'code', 'dd', 'dfn', 'dt', 'em', 'figcaption', 'figure', 'footer',
      'header', 'hgroup', 'i', 'kbd', 'main', 'mark', 'nav', 'nobr', 'noembed', 'noframes',
      'noscript', 'plaintext', 'rb', 'rp', 'rt', 'rtc', 'ruby', 's', 'samp', 'search', 'section',
      'small', 'strike', 'strong', 'sub', 'summary', 'sup', 'tt', 'u', 'var', 'wbr'];
  for (var i = 0; i < plain.length; i++) {
    HTML_ELEMENT_PROTOTYPES[plain[i]] = HTMLElement.prototype;
  }
})();

/** HTML #dom-template-content: the template's contents, a DocumentFragment, the same each time. */
defineAccessor(HTMLTemplateElement.prototype, 'content', function () {
  var h = elementHandle(this);
  if (host.domTagName(h) !== 'TEMPLATE') {
    throw new TypeError('Illegal invocation');
  }
  return nodeFor(host.domTemplateContent(h));
});

/**
 * HTML #dom-script-supports: the script types this host runs: classic, and module where the engine
 * runs module scripts (GraalJS; platform.js). No import maps or speculation rules here.
 */
defineMethods(HTMLScriptElement, {
  supports: function supports(type) {
    requireCount(arguments.length, 1, "execute 'supports' on 'HTMLScriptElement'");
    var t = toDOMString(type);
    return t === 'classic' || (t === 'module' && platformInfo[4] === true);
  }
});

/**
 * The prototype of an HTML element's wrapper by its local name: its interface's (HTML #element-interfaces), HTMLElement's
 * for a valid custom element name (#valid-custom-element-name, which the host checks:
 * CustomElementNames.java), else HTMLUnknownElement's.
 */
function htmlElementPrototype(localName) {
  var proto = Object.prototype.hasOwnProperty.call(HTML_ELEMENT_PROTOTYPES, localName)
      ? HTML_ELEMENT_PROTOTYPES[localName] : null;
  if (proto !== null) {
    return proto;
  }
  return host.domValidCustomName(localName) ? HTMLElement.prototype : HTMLUnknownElement.prototype;
}
