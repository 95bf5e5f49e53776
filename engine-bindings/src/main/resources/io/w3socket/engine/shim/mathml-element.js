// mathml-element.js: MathMLElement (MathML Core #dom-and-javascript), the interface of every element
// of the MathML namespace (dom-element.js elementPrototype); its members are HTMLOrSVGElement's and
// the event handlers, shared with HTMLElement and SVGElement.

function MathMLElement() {
  illegalConstructor(this, MathMLElement); // svg-elements.js
}
inherit(MathMLElement, Element);
setTag(MathMLElement.prototype, 'MathMLElement');
exposed.MathMLElement = MathMLElement;

/**
 * The prototypes of the interfaces that include HTMLOrSVGElement (HTML #htmlorsvgelement) and
 * ElementCSSInlineStyle, and GlobalEventHandlers (#globaleventhandlers): HTMLElement, SVGElement
 * and MathMLElement (MathML Core #dom-and-javascript).
 */
var HTML_OR_SVG_ELEMENT_PROTOTYPES = [HTMLElement.prototype, SVGElement.prototype,
  MathMLElement.prototype];

// CSSOM #dom-elementcssinlinestyle-style on SVGElement and MathMLElement too (dom-element.js).
Object.defineProperty(SVGElement.prototype, 'style',
    Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'style'));
Object.defineProperty(MathMLElement.prototype, 'style',
    Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'style'));
