// html-elements.js: the interfaces of HTML's elements (HTML #elements-in-the-dom: each element's
// "DOM interface"; #htmlunknownelement; the obsolete ones of #non-conforming-features), those
// headless Chromium 156 exposes that a standard defines (72 with HTMLElement, dom-element.js): an
// element's wrapper (dom-node.js nodeFor) has its tag's interface's prototype, so that
// `el instanceof HTMLInputElement` and `Object.prototype.toString.call(el)` answer as in a browser.
// They add nothing of their own yet: the IDL attributes this shim has for some elements (value,
// checked, href...) stay on HTMLElement.prototype. HTMLBodyElement's event handlers are the
// window's (event-handlers.js).

function HTMLAnchorElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLAreaElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLMediaElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLAudioElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLBRElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLBaseElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLBodyElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLButtonElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLCanvasElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLDListElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLDataElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLDataListElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLDetailsElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLDialogElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLDirectoryElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLDivElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLEmbedElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLFieldSetElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLFontElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLFormElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLFrameElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLFrameSetElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLHRElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLHeadElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLHeadingElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLHtmlElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLIFrameElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLImageElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLInputElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLLIElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLLabelElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLLegendElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLLinkElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLMapElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLMarqueeElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLMenuElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLMetaElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLMeterElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLModElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLOListElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLObjectElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLOptGroupElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLOptionElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLOutputElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLParagraphElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLParamElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLPictureElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLPreElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLProgressElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLQuoteElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLScriptElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLSelectElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLSelectedContentElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLSlotElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLSourceElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLSpanElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLStyleElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLTableCaptionElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLTableCellElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLTableColElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLTableElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLTableRowElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLTableSectionElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLTemplateElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLTextAreaElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLTimeElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLTitleElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLTrackElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLUListElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLUnknownElement() {
  throw new TypeError('Illegal constructor');
}
function HTMLVideoElement() {
  throw new TypeError('Illegal constructor');
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
