// html-elements.js: the interfaces of HTML's elements (HTML #elements-in-the-dom: each element's
// "DOM interface"; #htmlunknownelement; the obsolete ones of #non-conforming-features), those
// headless Chromium 156 exposes that a standard defines (72 with HTMLElement, dom-element.js): an
// element's wrapper (dom-node.js nodeFor) has its tag's interface's prototype, so that
// `el instanceof HTMLInputElement` and `Object.prototype.toString.call(el)` answer as in a browser.
// They add nothing of their own yet: the IDL attributes this shim has for some elements (value,
// checked, href...) stay on HTMLElement.prototype. HTMLBodyElement's event handlers are the
// window's (event-handlers.js).

function HTMLAnchorElement() {
  htmlConstructor(this, HTMLAnchorElement, 'HTMLAnchorElement');
}
function HTMLAreaElement() {
  htmlConstructor(this, HTMLAreaElement, 'HTMLAreaElement');
}
function HTMLMediaElement() {
  htmlConstructor(this, HTMLMediaElement, 'HTMLMediaElement');
}
function HTMLAudioElement() {
  htmlConstructor(this, HTMLAudioElement, 'HTMLAudioElement');
}
function HTMLBRElement() {
  htmlConstructor(this, HTMLBRElement, 'HTMLBRElement');
}
function HTMLBaseElement() {
  htmlConstructor(this, HTMLBaseElement, 'HTMLBaseElement');
}
function HTMLBodyElement() {
  htmlConstructor(this, HTMLBodyElement, 'HTMLBodyElement');
}
function HTMLButtonElement() {
  htmlConstructor(this, HTMLButtonElement, 'HTMLButtonElement');
}
function HTMLCanvasElement() {
  htmlConstructor(this, HTMLCanvasElement, 'HTMLCanvasElement');
}
function HTMLDListElement() {
  htmlConstructor(this, HTMLDListElement, 'HTMLDListElement');
}
function HTMLDataElement() {
  htmlConstructor(this, HTMLDataElement, 'HTMLDataElement');
}
function HTMLDataListElement() {
  htmlConstructor(this, HTMLDataListElement, 'HTMLDataListElement');
}
function HTMLDetailsElement() {
  htmlConstructor(this, HTMLDetailsElement, 'HTMLDetailsElement');
}
function HTMLDialogElement() {
  htmlConstructor(this, HTMLDialogElement, 'HTMLDialogElement');
}
function HTMLDirectoryElement() {
  htmlConstructor(this, HTMLDirectoryElement, 'HTMLDirectoryElement');
}
function HTMLDivElement() {
  htmlConstructor(this, HTMLDivElement, 'HTMLDivElement');
}
function HTMLEmbedElement() {
  htmlConstructor(this, HTMLEmbedElement, 'HTMLEmbedElement');
}
function HTMLFieldSetElement() {
  htmlConstructor(this, HTMLFieldSetElement, 'HTMLFieldSetElement');
}
function HTMLFontElement() {
  htmlConstructor(this, HTMLFontElement, 'HTMLFontElement');
}
function HTMLFormElement() {
  htmlConstructor(this, HTMLFormElement, 'HTMLFormElement');
}
function HTMLFrameElement() {
  htmlConstructor(this, HTMLFrameElement, 'HTMLFrameElement');
}
function HTMLFrameSetElement() {
  htmlConstructor(this, HTMLFrameSetElement, 'HTMLFrameSetElement');
}
function HTMLHRElement() {
  htmlConstructor(this, HTMLHRElement, 'HTMLHRElement');
}
function HTMLHeadElement() {
  htmlConstructor(this, HTMLHeadElement, 'HTMLHeadElement');
}
function HTMLHeadingElement() {
  htmlConstructor(this, HTMLHeadingElement, 'HTMLHeadingElement');
}
function HTMLHtmlElement() {
  htmlConstructor(this, HTMLHtmlElement, 'HTMLHtmlElement');
}
function HTMLIFrameElement() {
  htmlConstructor(this, HTMLIFrameElement, 'HTMLIFrameElement');
}
function HTMLImageElement() {
  htmlConstructor(this, HTMLImageElement, 'HTMLImageElement');
}
function HTMLInputElement() {
  htmlConstructor(this, HTMLInputElement, 'HTMLInputElement');
}
function HTMLLIElement() {
  htmlConstructor(this, HTMLLIElement, 'HTMLLIElement');
}
function HTMLLabelElement() {
  htmlConstructor(this, HTMLLabelElement, 'HTMLLabelElement');
}
function HTMLLegendElement() {
  htmlConstructor(this, HTMLLegendElement, 'HTMLLegendElement');
}
function HTMLLinkElement() {
  htmlConstructor(this, HTMLLinkElement, 'HTMLLinkElement');
}
function HTMLMapElement() {
  htmlConstructor(this, HTMLMapElement, 'HTMLMapElement');
}
function HTMLMarqueeElement() {
  htmlConstructor(this, HTMLMarqueeElement, 'HTMLMarqueeElement');
}
function HTMLMenuElement() {
  htmlConstructor(this, HTMLMenuElement, 'HTMLMenuElement');
}
function HTMLMetaElement() {
  htmlConstructor(this, HTMLMetaElement, 'HTMLMetaElement');
}
function HTMLMeterElement() {
  htmlConstructor(this, HTMLMeterElement, 'HTMLMeterElement');
}
function HTMLModElement() {
  htmlConstructor(this, HTMLModElement, 'HTMLModElement');
}
function HTMLOListElement() {
  htmlConstructor(this, HTMLOListElement, 'HTMLOListElement');
}
function HTMLObjectElement() {
  htmlConstructor(this, HTMLObjectElement, 'HTMLObjectElement');
}
function HTMLOptGroupElement() {
  htmlConstructor(this, HTMLOptGroupElement, 'HTMLOptGroupElement');
}
function HTMLOptionElement() {
  htmlConstructor(this, HTMLOptionElement, 'HTMLOptionElement');
}
function HTMLOutputElement() {
  htmlConstructor(this, HTMLOutputElement, 'HTMLOutputElement');
}
function HTMLParagraphElement() {
  htmlConstructor(this, HTMLParagraphElement, 'HTMLParagraphElement');
}
function HTMLParamElement() {
  htmlConstructor(this, HTMLParamElement, 'HTMLParamElement');
}
function HTMLPictureElement() {
  htmlConstructor(this, HTMLPictureElement, 'HTMLPictureElement');
}
function HTMLPreElement() {
  htmlConstructor(this, HTMLPreElement, 'HTMLPreElement');
}
function HTMLProgressElement() {
  htmlConstructor(this, HTMLProgressElement, 'HTMLProgressElement');
}
function HTMLQuoteElement() {
  htmlConstructor(this, HTMLQuoteElement, 'HTMLQuoteElement');
}
function HTMLScriptElement() {
  htmlConstructor(this, HTMLScriptElement, 'HTMLScriptElement');
}
function HTMLSelectElement() {
  htmlConstructor(this, HTMLSelectElement, 'HTMLSelectElement');
}
function HTMLSelectedContentElement() {
  htmlConstructor(this, HTMLSelectedContentElement, 'HTMLSelectedContentElement');
}
function HTMLSlotElement() {
  htmlConstructor(this, HTMLSlotElement, 'HTMLSlotElement');
}
function HTMLSourceElement() {
  htmlConstructor(this, HTMLSourceElement, 'HTMLSourceElement');
}
function HTMLSpanElement() {
  htmlConstructor(this, HTMLSpanElement, 'HTMLSpanElement');
}
function HTMLStyleElement() {
  htmlConstructor(this, HTMLStyleElement, 'HTMLStyleElement');
}
function HTMLTableCaptionElement() {
  htmlConstructor(this, HTMLTableCaptionElement, 'HTMLTableCaptionElement');
}
function HTMLTableCellElement() {
  htmlConstructor(this, HTMLTableCellElement, 'HTMLTableCellElement');
}
function HTMLTableColElement() {
  htmlConstructor(this, HTMLTableColElement, 'HTMLTableColElement');
}
function HTMLTableElement() {
  htmlConstructor(this, HTMLTableElement, 'HTMLTableElement');
}
function HTMLTableRowElement() {
  htmlConstructor(this, HTMLTableRowElement, 'HTMLTableRowElement');
}
function HTMLTableSectionElement() {
  htmlConstructor(this, HTMLTableSectionElement, 'HTMLTableSectionElement');
}
function HTMLTemplateElement() {
  htmlConstructor(this, HTMLTemplateElement, 'HTMLTemplateElement');
}
function HTMLTextAreaElement() {
  htmlConstructor(this, HTMLTextAreaElement, 'HTMLTextAreaElement');
}
function HTMLTimeElement() {
  htmlConstructor(this, HTMLTimeElement, 'HTMLTimeElement');
}
function HTMLTitleElement() {
  htmlConstructor(this, HTMLTitleElement, 'HTMLTitleElement');
}
function HTMLTrackElement() {
  htmlConstructor(this, HTMLTrackElement, 'HTMLTrackElement');
}
function HTMLUListElement() {
  htmlConstructor(this, HTMLUListElement, 'HTMLUListElement');
}
function HTMLUnknownElement() {
  htmlConstructor(this, HTMLUnknownElement, 'HTMLUnknownElement');
}
function HTMLVideoElement() {
  htmlConstructor(this, HTMLVideoElement, 'HTMLVideoElement');
}

/**
 * HTML #html-element-constructors: without a custom element definition, a TypeError (messages as
 * Chromium's: called without new, or with it).
 */
function htmlConstructor(self, ctor, name) {
  requireNew(self, ctor, name);
  throw new TypeError("Failed to construct '" + name + "': Illegal constructor");
}

/** Lower-case tag name -> the prototype of its element interface, for nodeFor. */
var HTML_ELEMENT_PROTOTYPES = {};

(function () {
  function define(name, ctor, parent, tags) {
    inherit(ctor, parent);
    setTag(ctor.prototype, name);
    exposed[name] = ctor;
    for (var i = 0; i < tags.length; i++) {
      HTML_ELEMENT_PROTOTYPES[tags[i]] = ctor.prototype;
    }
  }
  define('HTMLAnchorElement', HTMLAnchorElement, HTMLElement, ['a']);
  define('HTMLAreaElement', HTMLAreaElement, HTMLElement, ['area']);
  define('HTMLMediaElement', HTMLMediaElement, HTMLElement, []);
  define('HTMLAudioElement', HTMLAudioElement, HTMLMediaElement, ['audio']);
  define('HTMLBRElement', HTMLBRElement, HTMLElement, ['br']);
  define('HTMLBaseElement', HTMLBaseElement, HTMLElement, ['base']);
  define('HTMLBodyElement', HTMLBodyElement, HTMLElement, ['body']);
  define('HTMLButtonElement', HTMLButtonElement, HTMLElement, ['button']);
  define('HTMLCanvasElement', HTMLCanvasElement, HTMLElement, ['canvas']);
  define('HTMLDListElement', HTMLDListElement, HTMLElement, ['dl']);
  define('HTMLDataElement', HTMLDataElement, HTMLElement, ['data']);
  define('HTMLDataListElement', HTMLDataListElement, HTMLElement, ['datalist']);
  define('HTMLDetailsElement', HTMLDetailsElement, HTMLElement, ['details']);
  define('HTMLDialogElement', HTMLDialogElement, HTMLElement, ['dialog']);
  define('HTMLDirectoryElement', HTMLDirectoryElement, HTMLElement, ['dir']);
  define('HTMLDivElement', HTMLDivElement, HTMLElement, ['div']);
  define('HTMLEmbedElement', HTMLEmbedElement, HTMLElement, ['embed']);
  define('HTMLFieldSetElement', HTMLFieldSetElement, HTMLElement, ['fieldset']);
  define('HTMLFontElement', HTMLFontElement, HTMLElement, ['font']);
  define('HTMLFormElement', HTMLFormElement, HTMLElement, ['form']);
  define('HTMLFrameElement', HTMLFrameElement, HTMLElement, ['frame']);
  define('HTMLFrameSetElement', HTMLFrameSetElement, HTMLElement, ['frameset']);
  define('HTMLHRElement', HTMLHRElement, HTMLElement, ['hr']);
  define('HTMLHeadElement', HTMLHeadElement, HTMLElement, ['head']);
  define('HTMLHeadingElement', HTMLHeadingElement, HTMLElement, ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
  define('HTMLHtmlElement', HTMLHtmlElement, HTMLElement, ['html']);
  define('HTMLIFrameElement', HTMLIFrameElement, HTMLElement, ['iframe']);
  define('HTMLImageElement', HTMLImageElement, HTMLElement, ['img']);
  define('HTMLInputElement', HTMLInputElement, HTMLElement, ['input']);
  define('HTMLLIElement', HTMLLIElement, HTMLElement, ['li']);
  define('HTMLLabelElement', HTMLLabelElement, HTMLElement, ['label']);
  define('HTMLLegendElement', HTMLLegendElement, HTMLElement, ['legend']);
  define('HTMLLinkElement', HTMLLinkElement, HTMLElement, ['link']);
  define('HTMLMapElement', HTMLMapElement, HTMLElement, ['map']);
  define('HTMLMarqueeElement', HTMLMarqueeElement, HTMLElement, ['marquee']);
  define('HTMLMenuElement', HTMLMenuElement, HTMLElement, ['menu']);
  define('HTMLMetaElement', HTMLMetaElement, HTMLElement, ['meta']);
  define('HTMLMeterElement', HTMLMeterElement, HTMLElement, ['meter']);
  define('HTMLModElement', HTMLModElement, HTMLElement, ['del', 'ins']);
  define('HTMLOListElement', HTMLOListElement, HTMLElement, ['ol']);
  define('HTMLObjectElement', HTMLObjectElement, HTMLElement, ['object']);
  define('HTMLOptGroupElement', HTMLOptGroupElement, HTMLElement, ['optgroup']);
  define('HTMLOptionElement', HTMLOptionElement, HTMLElement, ['option']);
  define('HTMLOutputElement', HTMLOutputElement, HTMLElement, ['output']);
  define('HTMLParagraphElement', HTMLParagraphElement, HTMLElement, ['p']);
  define('HTMLParamElement', HTMLParamElement, HTMLElement, ['param']);
  define('HTMLPictureElement', HTMLPictureElement, HTMLElement, ['picture']);
  define('HTMLPreElement', HTMLPreElement, HTMLElement, ['pre', 'listing', 'xmp']);
  define('HTMLProgressElement', HTMLProgressElement, HTMLElement, ['progress']);
  define('HTMLQuoteElement', HTMLQuoteElement, HTMLElement, ['blockquote', 'q']);
  define('HTMLScriptElement', HTMLScriptElement, HTMLElement, ['script']);
  define('HTMLSelectElement', HTMLSelectElement, HTMLElement, ['select']);
  define('HTMLSelectedContentElement', HTMLSelectedContentElement, HTMLElement, ['selectedcontent']);
  define('HTMLSlotElement', HTMLSlotElement, HTMLElement, ['slot']);
  define('HTMLSourceElement', HTMLSourceElement, HTMLElement, ['source']);
  define('HTMLSpanElement', HTMLSpanElement, HTMLElement, ['span']);
  define('HTMLStyleElement', HTMLStyleElement, HTMLElement, ['style']);
  define('HTMLTableCaptionElement', HTMLTableCaptionElement, HTMLElement, ['caption']);
  define('HTMLTableCellElement', HTMLTableCellElement, HTMLElement, ['td', 'th']);
  define('HTMLTableColElement', HTMLTableColElement, HTMLElement, ['col', 'colgroup']);
  define('HTMLTableElement', HTMLTableElement, HTMLElement, ['table']);
  define('HTMLTableRowElement', HTMLTableRowElement, HTMLElement, ['tr']);
  define('HTMLTableSectionElement', HTMLTableSectionElement, HTMLElement, ['tbody', 'thead', 'tfoot']);
  define('HTMLTemplateElement', HTMLTemplateElement, HTMLElement, ['template']);
  define('HTMLTextAreaElement', HTMLTextAreaElement, HTMLElement, ['textarea']);
  define('HTMLTimeElement', HTMLTimeElement, HTMLElement, ['time']);
  define('HTMLTitleElement', HTMLTitleElement, HTMLElement, ['title']);
  define('HTMLTrackElement', HTMLTrackElement, HTMLElement, ['track']);
  define('HTMLUListElement', HTMLUListElement, HTMLElement, ['ul']);
  define('HTMLUnknownElement', HTMLUnknownElement, HTMLElement, []);
  define('HTMLVideoElement', HTMLVideoElement, HTMLMediaElement, ['video']);
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

/**
 * The prototype of an element's wrapper: its interface's (HTML #element-interfaces), HTMLElement's
 * for a valid custom element name (#valid-custom-element-name: a lower-case ASCII letter first,
 * a hyphen, no upper-case ASCII letter, not one of the reserved names), else HTMLUnknownElement's.
 */
function htmlElementPrototype(nodeName) {
  var name = nodeName.toLowerCase();
  var proto = Object.prototype.hasOwnProperty.call(HTML_ELEMENT_PROTOTYPES, name)
      ? HTML_ELEMENT_PROTOTYPES[name] : null;
  if (proto !== null) {
    return proto;
  }
  return /^[a-z][^A-Z]*-/.test(name) && RESERVED_CUSTOM_ELEMENT_NAMES.indexOf(name) < 0
      ? HTMLElement.prototype : HTMLUnknownElement.prototype;
}

var RESERVED_CUSTOM_ELEMENT_NAMES = ['annotation-xml', 'color-profile', 'font-face',
  'font-face-src', 'font-face-uri', 'font-face-format', 'font-face-name', 'missing-glyph'];
