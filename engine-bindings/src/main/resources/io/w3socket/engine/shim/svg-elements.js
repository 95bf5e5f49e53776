// svg-elements.js: SVGElement and the interfaces of SVG's elements (SVG 2 #InterfaceSVGElement and
// each element's "DOM Interfaces"), those of headless Chromium 156 that libraries test for, with
// its prototype chains: an element of the SVG namespace (DOM #concept-element-namespace) gets its
// local name's interface's prototype (dom-element.js elementPrototype), SVGElement's for any other
// local name (Chromium's interfaces of the filter primitives and animation elements are not here).
// No geometry: getBBox, getCTM, the animated lengths and viewBox are not written. SVGElement has
// className as an SVGAnimatedString, ownerSVGElement and viewportElement; HTMLOrSVGElement's
// members (style, dataset, tabIndex, focus, blur) and the event handlers are shared with
// HTMLElement (dom-element.js, dom-token-list.js, focus.js, event-handlers.js).

function SVGElement() {
  illegalConstructor(this, SVGElement);
}
function SVGGraphicsElement() {
  illegalConstructor(this, SVGGraphicsElement);
}
function SVGGeometryElement() {
  illegalConstructor(this, SVGGeometryElement);
}
function SVGSVGElement() {
  illegalConstructor(this, SVGSVGElement);
}
function SVGGElement() {
  illegalConstructor(this, SVGGElement);
}
function SVGDefsElement() {
  illegalConstructor(this, SVGDefsElement);
}
function SVGUseElement() {
  illegalConstructor(this, SVGUseElement);
}
function SVGImageElement() {
  illegalConstructor(this, SVGImageElement);
}
function SVGForeignObjectElement() {
  illegalConstructor(this, SVGForeignObjectElement);
}
function SVGSwitchElement() {
  illegalConstructor(this, SVGSwitchElement);
}
function SVGAElement() {
  illegalConstructor(this, SVGAElement);
}
function SVGSymbolElement() {
  illegalConstructor(this, SVGSymbolElement);
}
function SVGPathElement() {
  illegalConstructor(this, SVGPathElement);
}
function SVGCircleElement() {
  illegalConstructor(this, SVGCircleElement);
}
function SVGRectElement() {
  illegalConstructor(this, SVGRectElement);
}
function SVGLineElement() {
  illegalConstructor(this, SVGLineElement);
}
function SVGPolylineElement() {
  illegalConstructor(this, SVGPolylineElement);
}
function SVGPolygonElement() {
  illegalConstructor(this, SVGPolygonElement);
}
function SVGEllipseElement() {
  illegalConstructor(this, SVGEllipseElement);
}
function SVGTextContentElement() {
  illegalConstructor(this, SVGTextContentElement);
}
function SVGTextPositioningElement() {
  illegalConstructor(this, SVGTextPositioningElement);
}
function SVGTextElement() {
  illegalConstructor(this, SVGTextElement);
}
function SVGTSpanElement() {
  illegalConstructor(this, SVGTSpanElement);
}
function SVGTextPathElement() {
  illegalConstructor(this, SVGTextPathElement);
}
function SVGStyleElement() {
  illegalConstructor(this, SVGStyleElement);
}
function SVGScriptElement() {
  illegalConstructor(this, SVGScriptElement);
}
function SVGTitleElement() {
  illegalConstructor(this, SVGTitleElement);
}
function SVGDescElement() {
  illegalConstructor(this, SVGDescElement);
}
function SVGMetadataElement() {
  illegalConstructor(this, SVGMetadataElement);
}
function SVGGradientElement() {
  illegalConstructor(this, SVGGradientElement);
}
function SVGLinearGradientElement() {
  illegalConstructor(this, SVGLinearGradientElement);
}
function SVGRadialGradientElement() {
  illegalConstructor(this, SVGRadialGradientElement);
}
function SVGStopElement() {
  illegalConstructor(this, SVGStopElement);
}
function SVGClipPathElement() {
  illegalConstructor(this, SVGClipPathElement);
}
function SVGMaskElement() {
  illegalConstructor(this, SVGMaskElement);
}
function SVGPatternElement() {
  illegalConstructor(this, SVGPatternElement);
}
function SVGMarkerElement() {
  illegalConstructor(this, SVGMarkerElement);
}
function SVGFilterElement() {
  illegalConstructor(this, SVGFilterElement);
}
function SVGViewElement() {
  illegalConstructor(this, SVGViewElement);
}
/** SVG 2 #InterfaceSVGAnimatedString: an attribute's base and animated values (no animation here). */
function SVGAnimatedString() {
  illegalConstructor(this, SVGAnimatedString);
}

/** Local name (case-sensitive) -> the prototype of its SVG element interface. */
var SVG_ELEMENT_PROTOTYPES = {};

(function () {
  function define(ctor, parent, tags) {
    defineElementInterface(SVG_ELEMENT_PROTOTYPES, ctor, parent, tags);
  }
  define(SVGElement, Element, []);
  define(SVGGraphicsElement, SVGElement, []);
  define(SVGGeometryElement, SVGGraphicsElement, []);
  define(SVGSVGElement, SVGGraphicsElement, ['svg']);
  define(SVGGElement, SVGGraphicsElement, ['g']);
  define(SVGDefsElement, SVGGraphicsElement, ['defs']);
  define(SVGUseElement, SVGGraphicsElement, ['use']);
  define(SVGImageElement, SVGGraphicsElement, ['image']);
  define(SVGForeignObjectElement, SVGGraphicsElement, ['foreignObject']);
  define(SVGSwitchElement, SVGGraphicsElement, ['switch']);
  define(SVGAElement, SVGGraphicsElement, ['a']);
  define(SVGSymbolElement, SVGGraphicsElement, ['symbol']);
  define(SVGPathElement, SVGGeometryElement, ['path']);
  define(SVGCircleElement, SVGGeometryElement, ['circle']);
  define(SVGRectElement, SVGGeometryElement, ['rect']);
  define(SVGLineElement, SVGGeometryElement, ['line']);
  define(SVGPolylineElement, SVGGeometryElement, ['polyline']);
  define(SVGPolygonElement, SVGGeometryElement, ['polygon']);
  define(SVGEllipseElement, SVGGeometryElement, ['ellipse']);
  define(SVGTextContentElement, SVGGraphicsElement, []);
  define(SVGTextPositioningElement, SVGTextContentElement, []);
  define(SVGTextElement, SVGTextPositioningElement, ['text']);
  define(SVGTSpanElement, SVGTextPositioningElement, ['tspan']);
  define(SVGTextPathElement, SVGTextContentElement, ['textPath']);
  define(SVGStyleElement, SVGElement, ['style']);
  define(SVGScriptElement, SVGElement, ['script']);
  define(SVGTitleElement, SVGElement, ['title']);
  define(SVGDescElement, SVGElement, ['desc']);
  define(SVGMetadataElement, SVGElement, ['metadata']);
  define(SVGGradientElement, SVGElement, []);
  define(SVGLinearGradientElement, SVGGradientElement, ['linearGradient']);
  define(SVGRadialGradientElement, SVGGradientElement, ['radialGradient']);
  define(SVGStopElement, SVGElement, ['stop']);
  define(SVGClipPathElement, SVGElement, ['clipPath']);
  define(SVGMaskElement, SVGElement, ['mask']);
  define(SVGPatternElement, SVGElement, ['pattern']);
  define(SVGMarkerElement, SVGElement, ['marker']);
  define(SVGFilterElement, SVGElement, ['filter']);
  define(SVGViewElement, SVGElement, ['view']);
})();
setTag(SVGAnimatedString.prototype, 'SVGAnimatedString');
exposed.SVGAnimatedString = SVGAnimatedString;

/** The prototype of an SVG element's wrapper: its local name's interface's, else SVGElement's. */
function svgElementPrototype(localName) {
  return Object.prototype.hasOwnProperty.call(SVG_ELEMENT_PROTOTYPES, localName)
      ? SVG_ELEMENT_PROTOTYPES[localName] : SVGElement.prototype;
}

/** SVG 2 #__svg__SVGElement__className: [SameObject], the class attribute as an SVGAnimatedString. */
defineAccessor(SVGElement.prototype, 'className', function () {
  var s = slotOf(this, 'Element');
  if (!s.animatedClassName) {
    s.animatedClassName = Object.create(SVGAnimatedString.prototype);
    setSlot(s.animatedClassName, {kinds: ['SVGAnimatedString'], element: this, attribute: 'class'});
  }
  return s.animatedClassName;
});
function animatedStringValue() {
  var s = slotOf(this, 'SVGAnimatedString');
  var v = host.domAttribute(elementHandle(s.element), s.attribute);
  return v === null ? '' : v;
}
defineAccessor(SVGAnimatedString.prototype, 'baseVal', animatedStringValue, function (v) {
  var s = slotOf(this, 'SVGAnimatedString');
  hostSetAttribute(elementHandle(s.element), s.attribute, toDOMString(v));
});
defineAccessor(SVGAnimatedString.prototype, 'animVal', animatedStringValue);

/**
 * SVG 2 #__svg__SVGElement__ownerSVGElement: the nearest ancestor svg element, or null; here also
 * viewportElement (#__svg__SVGElement__viewportElement), as no symbol is instantiated.
 */
function nearestSvgAncestor() {
  slotOf(this, 'Element');
  for (var p = this.parentNode; p !== null && p.nodeType === 1; p = p.parentNode) {
    if (p[SLOT].namespace === SVG_NAMESPACE && p[SLOT].localName === 'svg') {
      return p;
    }
  }
  return null;
}
defineAccessor(SVGElement.prototype, 'ownerSVGElement', nearestSvgAncestor);
defineAccessor(SVGElement.prototype, 'viewportElement', nearestSvgAncestor);
