package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Namespaces in the DOM (DOM #concept-element-namespace; Namespaces, ForeignNames, svg-elements.js,
 * mathml-element.js): the parser's svg and math subtrees with their tag and attribute names as HTML
 * #parsing-main-inforeign adjusts them (clipPath, viewBox, definitionURL, xlink:href in the XLink
 * namespace), their HTML integration points, and their serialization; namespaceURI, prefix,
 * localName, tagName and nodeName; createElementNS with #validate-and-extract's errors in
 * Chromium's words; the attributes of a non-HTML element keeping their case, the *NS attribute
 * methods, getElementsByTagName(NS); innerHTML with an SVG or MathML context element; clones; the
 * SVG interfaces' prototype chains, MathMLElement and Element for other namespaces, their illegal
 * constructors; SVGElement's className, ownerSVGElement, the shared HTMLOrSVGElement members and
 * event handler content attributes; the computed display of SVG and MathML elements. The page
 * prints what headless Chromium 156 printed for it, in both engines; it leaves out the interfaces
 * of SVG's filter primitives and animation elements (SVGElement here) and attributes of namespaces
 * other than XLink, XML and XMLNS, which this tree does not keep.
 */
class NamespacesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void namespacesAsChromiumHasThem(JsEngine engine) throws Exception {
    Path page = dir.resolve("namespaces.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body><div id=host><SVG VIEWBOX="0 0 10 10" Foo=2 xlink:HREF=y xml:lang=en xmlns:xlink="http://www.w3.org/1999/xlink" class="k"><ClipPath/><Foo-Bar/><lineargradient/><circle r=1 onclick="log('circle onclick')"/><title>t</title><desc><b>bold</b></desc><foreignObject><div>x</div></foreignObject></SVG><math definitionurl=u><MI>x</MI><svg><rect/></svg><mi><svg><rect/></svg></mi></math></div><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var S = 'http://www.w3.org/2000/svg', M = 'http://www.w3.org/1998/Math/MathML', XL = 'http://www.w3.org/1999/xlink';
function chain(o) { var a = []; for (var p = Object.getPrototypeOf(o); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) a.push(p.constructor.name); return a.join('>'); }
var host = document.getElementById('host');
log(host.innerHTML);
Array.prototype.forEach.call(host.querySelectorAll('*'), function (e) {
  log(e.nodeName, e.tagName, e.localName, e.namespaceURI, e.prefix, chain(e).split('>')[0], '[' + Array.prototype.map.call(e.attributes, function (a) { return a.name + '|' + a.localName + '|' + a.prefix + '|' + a.namespaceURI; }).join(' ') + ']');
});
['svg', 'g', 'path', 'circle', 'rect', 'text', 'line', 'polyline', 'polygon', 'ellipse', 'defs', 'use', 'image', 'foreignObject', 'style', 'script', 'title', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'symbol', 'marker', 'tspan', 'a', 'desc', 'metadata', 'switch', 'textPath', 'filter', 'view', 'unknownx', 'Circle'].forEach(function (t) { log(t, chain(document.createElementNS(S, t))); });
log(chain(document.createElementNS(M, 'mi')), chain(document.createElementNS('urn:x', 'a:b')), chain(document.createElementNS(null, 'q')), chain(document.createElementNS('http://www.w3.org/1999/xhtml', 'p')));
function tryit(ns, q) { try { var e = document.createElementNS(ns, q); log('ok', e.nodeName, e.tagName, e.localName, e.namespaceURI, e.prefix, e.outerHTML); } catch (x) { log(x.name + ': ' + x.message); } }
tryit(S, 'svg:rect'); tryit('', 'x:y'); tryit(null, 'x:y'); tryit(undefined, 'Foo'); tryit('urn:x', 'xml:y');
tryit('http://www.w3.org/XML/1998/namespace', 'xml:y'); tryit('urn:x', 'xmlns'); tryit('urn:x', 'xmlns:a');
tryit('http://www.w3.org/2000/xmlns/', 'a'); tryit('http://www.w3.org/2000/xmlns/', 'xmlns'); tryit('urn:x', 'a:b:c');
tryit('urn:x', ':b'); tryit('urn:x', 'b:'); tryit('urn:x', ''); tryit('urn:x', '1a'); tryit('urn:x', 'a b'); tryit('urn:x', 'a>b');
tryit('urn:x', 'a:1b'); tryit('urn:x', '1:b'); tryit('urn:x', 'a::b'); tryit('urn:x', '_a'); tryit('urn:x', ':');
tryit('http://www.w3.org/1999/xhtml', 'DIV'); tryit('http://www.w3.org/1999/xhtml', 'h:p'); tryit(M, 'M:Mi');
try { document.createElementNS(S); } catch (x) { log(x.name + ': ' + x.message); }
var c = document.createElementNS(S, 'circle'); c.setAttribute('viewBox', '1'); c.setAttribute('CX', '2');
log(c.outerHTML, c.getAttribute('viewbox'), c.getAttribute('cx'), c.hasAttribute('CX'));
c.setAttributeNS(XL, 'xlink:href', '#a'); c.setAttributeNS(null, 'Up', '2');
log(c.outerHTML, c.getAttributeNS(XL, 'href'), c.getAttribute('xlink:href'), c.hasAttributeNS(null, 'CX'), c.attributes.getNamedItemNS(XL, 'href').prefix);
c.removeAttributeNS(XL, 'href'); c.removeAttribute('Up'); log(c.outerHTML);
try { c.setAttributeNS('urn:q', 'xml:z', '1'); } catch (x) { log(x.name + ': ' + x.message); }
try { c.setAttributeNS(null, 'a b', '1'); } catch (x) { log(x.name + ': ' + x.message); }
try { c.setAttributeNS(null, 'q:b', '1'); } catch (x) { log(x.name + ': ' + x.message); }
var d = document.createElement('div'); d.setAttributeNS(null, 'ABC', '1'); log(d.outerHTML, d.getAttribute('ABC'), d.getAttributeNS(null, 'ABC'));
log(typeof c.className, c.className.baseVal === '', c.className === c.className, 'style' in c, 'innerText' in c, 'tabIndex' in c, 'focus' in c, 'onclick' in c, 'title' in c, 'href' in c, 'id' in c, 'click' in c);
c.className.baseVal = 'q z'; log(c.getAttribute('class'), c.classList.length, c.className.animVal, c.tabIndex);
var g = document.createElementNS(S, 'g'); g.appendChild(c); g.innerHTML += '<rect/><div>d</div><clippath/>';
log(g.outerHTML, g.lastChild.namespaceURI, g.childNodes[1].namespaceURI, g.childNodes[2].namespaceURI, g.lastChild.tagName);
var x = document.createElementNS(S, 'svg'); x.innerHTML = '<circle/><foreignObject><p>a<br>b</p></foreignObject>';
log(x.innerHTML, x.querySelector('p').namespaceURI, x.firstChild.namespaceURI, x.firstChild.ownerSVGElement === x, String(x.ownerSVGElement));
var m = document.createElementNS(M, 'math'); m.innerHTML = '<mi>x</mi><svg></svg>'; log(m.innerHTML, m.firstChild.namespaceURI, m.lastChild.namespaceURI);
log(document.getElementsByTagNameNS(S, '*').length, document.getElementsByTagNameNS('*', 'title').length, document.getElementsByTagNameNS(S, 'clipPath').length, document.getElementsByTagNameNS(S, 'clippath').length, document.getElementsByTagName('clippath').length, document.getElementsByTagName('clipPath').length, document.querySelectorAll('clipPath').length, document.getElementsByTagNameNS(null, 'div').length, document.getElementsByTagNameNS('', 'div').length, host.getElementsByTagNameNS(M, 'mi').length);
var cl = host.firstChild.cloneNode(true); log(cl.namespaceURI, cl.firstChild.localName, document.importNode(c, false).namespaceURI, cl.outerHTML === host.firstChild.outerHTML);
[SVGElement, MathMLElement, SVGSVGElement, SVGAnimatedString].forEach(function (I) { try { new I(); } catch (e) { log(e.name, e.message); } try { I(); } catch (e) { log(e.name, e.message); } });
log(typeof SVGGeometryElement, typeof SVGTextContentElement, typeof SVGGradientElement, typeof SVGTextPositioningElement, typeof SVGGraphicsElement);
host.querySelector('circle').dispatchEvent(new Event('click'));
var r = document.createElementNS(S, 'rect'); r.setAttribute('onclick', 'log("rect onclick")'); document.body.appendChild(r); r.dispatchEvent(new Event('click')); log(typeof r.onclick);
log(JSON.stringify([getComputedStyle(document.createElementNS(S, 'g')).display, getComputedStyle(host.querySelector('circle')).display, getComputedStyle(host.querySelector('svg')).display, getComputedStyle(host.querySelector('math')).display, getComputedStyle(host.querySelector('mi')).display, getComputedStyle(host.querySelector('title')).display]));
var o = document.createElementNS('urn:x', 'p:Q'); o.setAttribute('AB', '1'); log(o.outerHTML, o.tagName, o.nodeName, o.getAttribute('ab'), o.getAttribute('AB'), o.onclick, chain(o).split('>')[0]);
log(document.createElement('svg').namespaceURI, document.createElement('DIV').namespaceURI, document.body.namespaceURI, document.body.prefix, document.body.localName, document.body.tagName);
var f = document.createElement('div'); f.appendChild(document.createElementNS(S, 'svg')).appendChild(document.createElementNS(S, 'circle')); f.firstChild.insertAdjacentHTML('beforeend', '<rect/>'); log(f.innerHTML, f.firstChild.lastChild.namespaceURI);
</script></body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        List.of(
"""
<svg viewBox="0 0 10 10" foo="2" xlink:href="y" xml:lang="en" xmlns:xlink="http://www.w3.org/1999/xlink" class="k"><clipPath></clipPath><foo-bar></foo-bar><linearGradient></linearGradient><circle r="1" onclick="log('circle onclick')"></circle><title>t</title><desc><b>bold</b></desc><foreignObject><div>x</div></foreignObject></svg><math definitionURL="u"><mi>x</mi><svg><rect></rect></svg><mi><svg><rect></rect></svg></mi></math>
svg svg svg http://www.w3.org/2000/svg  SVGSVGElement [viewBox|viewBox|null|null foo|foo|null|null xlink:href|href|xlink|http://www.w3.org/1999/xlink xml:lang|lang|xml|http://www.w3.org/XML/1998/namespace xmlns:xlink|xlink|xmlns|http://www.w3.org/2000/xmlns/ class|class|null|null]
clipPath clipPath clipPath http://www.w3.org/2000/svg  SVGClipPathElement []
foo-bar foo-bar foo-bar http://www.w3.org/2000/svg  SVGElement []
linearGradient linearGradient linearGradient http://www.w3.org/2000/svg  SVGLinearGradientElement []
circle circle circle http://www.w3.org/2000/svg  SVGCircleElement [r|r|null|null onclick|onclick|null|null]
title title title http://www.w3.org/2000/svg  SVGTitleElement []
desc desc desc http://www.w3.org/2000/svg  SVGDescElement []
B B b http://www.w3.org/1999/xhtml  HTMLElement []
foreignObject foreignObject foreignObject http://www.w3.org/2000/svg  SVGForeignObjectElement []
DIV DIV div http://www.w3.org/1999/xhtml  HTMLDivElement []
math math math http://www.w3.org/1998/Math/MathML  MathMLElement [definitionURL|definitionURL|null|null]
mi mi mi http://www.w3.org/1998/Math/MathML  MathMLElement []
svg svg svg http://www.w3.org/1998/Math/MathML  MathMLElement []
rect rect rect http://www.w3.org/1998/Math/MathML  MathMLElement []
mi mi mi http://www.w3.org/1998/Math/MathML  MathMLElement []
svg svg svg http://www.w3.org/2000/svg  SVGSVGElement []
rect rect rect http://www.w3.org/2000/svg  SVGRectElement []
svg SVGSVGElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
g SVGGElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
path SVGPathElement>SVGGeometryElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
circle SVGCircleElement>SVGGeometryElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
rect SVGRectElement>SVGGeometryElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
text SVGTextElement>SVGTextPositioningElement>SVGTextContentElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
line SVGLineElement>SVGGeometryElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
polyline SVGPolylineElement>SVGGeometryElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
polygon SVGPolygonElement>SVGGeometryElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
ellipse SVGEllipseElement>SVGGeometryElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
defs SVGDefsElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
use SVGUseElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
image SVGImageElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
foreignObject SVGForeignObjectElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
style SVGStyleElement>SVGElement>Element>Node>EventTarget
script SVGScriptElement>SVGElement>Element>Node>EventTarget
title SVGTitleElement>SVGElement>Element>Node>EventTarget
linearGradient SVGLinearGradientElement>SVGGradientElement>SVGElement>Element>Node>EventTarget
radialGradient SVGRadialGradientElement>SVGGradientElement>SVGElement>Element>Node>EventTarget
stop SVGStopElement>SVGElement>Element>Node>EventTarget
clipPath SVGClipPathElement>SVGElement>Element>Node>EventTarget
mask SVGMaskElement>SVGElement>Element>Node>EventTarget
pattern SVGPatternElement>SVGElement>Element>Node>EventTarget
symbol SVGSymbolElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
marker SVGMarkerElement>SVGElement>Element>Node>EventTarget
tspan SVGTSpanElement>SVGTextPositioningElement>SVGTextContentElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
a SVGAElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
desc SVGDescElement>SVGElement>Element>Node>EventTarget
metadata SVGMetadataElement>SVGElement>Element>Node>EventTarget
switch SVGSwitchElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
textPath SVGTextPathElement>SVGTextContentElement>SVGGraphicsElement>SVGElement>Element>Node>EventTarget
filter SVGFilterElement>SVGElement>Element>Node>EventTarget
view SVGViewElement>SVGElement>Element>Node>EventTarget
unknownx SVGElement>Element>Node>EventTarget
Circle SVGElement>Element>Node>EventTarget
MathMLElement>Element>Node>EventTarget Element>Node>EventTarget Element>Node>EventTarget HTMLParagraphElement>HTMLElement>Element>Node>EventTarget
ok svg:rect svg:rect rect http://www.w3.org/2000/svg svg <svg:rect></svg:rect>
NamespaceError: Failed to execute 'createElementNS' on 'Document': The namespace URI provided ('') is not valid for the qualified name provided ('x:y').
NamespaceError: Failed to execute 'createElementNS' on 'Document': The namespace URI provided ('') is not valid for the qualified name provided ('x:y').
ok Foo Foo Foo   <Foo></Foo>
NamespaceError: Failed to execute 'createElementNS' on 'Document': The namespace URI provided ('urn:x') is not valid for the qualified name provided ('xml:y').
ok xml:y xml:y y http://www.w3.org/XML/1998/namespace xml <xml:y></xml:y>
NamespaceError: Failed to execute 'createElementNS' on 'Document': The namespace URI provided ('urn:x') is not valid for the qualified name provided ('xmlns').
NamespaceError: Failed to execute 'createElementNS' on 'Document': The namespace URI provided ('urn:x') is not valid for the qualified name provided ('xmlns:a').
NamespaceError: Failed to execute 'createElementNS' on 'Document': The namespace URI provided ('http://www.w3.org/2000/xmlns/') is not valid for the qualified name provided ('a').
ok xmlns xmlns xmlns http://www.w3.org/2000/xmlns/  <xmlns></xmlns>
ok a:b a:b b urn:x a <a:b></a:b>
InvalidCharacterError: Failed to execute 'createElementNS' on 'Document': The qualified name provided (':b') has an empty namespace prefix.
InvalidCharacterError: Failed to execute 'createElementNS' on 'Document': The qualified name provided ('b:') has an empty local name.
InvalidCharacterError: Failed to execute 'createElementNS' on 'Document': The qualified name provided is empty.
InvalidCharacterError: Failed to execute 'createElementNS' on 'Document': The qualified name provided ('1a') contains the invalid character '1'.
InvalidCharacterError: Failed to execute 'createElementNS' on 'Document': The qualified name provided ('a b') contains the invalid character ' '.
InvalidCharacterError: Failed to execute 'createElementNS' on 'Document': The qualified name provided ('a>b') contains the invalid character '>'.
InvalidCharacterError: Failed to execute 'createElementNS' on 'Document': The qualified name provided ('a:1b') contains the invalid character '1'.
ok 1:b 1:b b urn:x 1 <1:b></1:b>
InvalidCharacterError: Failed to execute 'createElementNS' on 'Document': The qualified name provided ('a::b') has an empty local name.
ok _a _a _a urn:x  <_a></_a>
InvalidCharacterError: Failed to execute 'createElementNS' on 'Document': The qualified name provided (':') has an empty namespace prefix.
ok DIV DIV DIV http://www.w3.org/1999/xhtml  <DIV></DIV>
ok H:P H:P p http://www.w3.org/1999/xhtml h <h:p></h:p>
ok M:Mi M:Mi Mi http://www.w3.org/1998/Math/MathML M <M:Mi></M:Mi>
TypeError: Failed to execute 'createElementNS' on 'Document': 2 arguments required, but only 1 present.
<circle viewBox="1" CX="2"></circle>   true
<circle viewBox="1" CX="2" xlink:href="#a" Up="2"></circle> #a #a true xlink
<circle viewBox="1" CX="2"></circle>
NamespaceError: Failed to execute 'setAttributeNS' on 'Element': 'urn:q' is an invalid namespace for attributes.
InvalidCharacterError: Failed to execute 'setAttributeNS' on 'Element': The qualified name provided ('a b') contains the invalid character ' '.
NamespaceError: Failed to execute 'setAttributeNS' on 'Element': '' is an invalid namespace for attributes.
<div ABC="1"></div>  1
object true true true false true true true false false true false
q z 2 q z -1
<g><circle viewBox="1" cx="2" class="q z"></circle><rect></rect><div>d</div><clipPath></clipPath></g> http://www.w3.org/2000/svg http://www.w3.org/2000/svg http://www.w3.org/1999/xhtml clipPath
<circle></circle><foreignObject><p>a<br>b</p></foreignObject> http://www.w3.org/1999/xhtml http://www.w3.org/2000/svg true null
<mi>x</mi><svg></svg> http://www.w3.org/1998/Math/MathML http://www.w3.org/1998/Math/MathML
10 1 1 0 0 1 1 0 0 2
http://www.w3.org/2000/svg clipPath http://www.w3.org/2000/svg true
TypeError Failed to construct 'SVGElement': Illegal constructor
TypeError Illegal constructor
TypeError Failed to construct 'MathMLElement': Illegal constructor
TypeError Illegal constructor
TypeError Failed to construct 'SVGSVGElement': Illegal constructor
TypeError Illegal constructor
TypeError Failed to construct 'SVGAnimatedString': Illegal constructor
TypeError Illegal constructor
function function function function function
circle onclick
rect onclick
function
["","inline","inline","math","block math","inline"]
<p:Q AB="1"></p:Q> p:Q p:Q  1  Element
http://www.w3.org/1999/xhtml http://www.w3.org/1999/xhtml http://www.w3.org/1999/xhtml  body BODY
<svg><circle></circle><rect></rect></svg> http://www.w3.org/2000/svg
"""
                .split("\\n")),
        o.out(),
        o::toString);
  }
}
