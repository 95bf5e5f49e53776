package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Documents a script makes (ScriptDocuments, dom-implementation.js): document.implementation's
 * createHTMLDocument and DOMParser's parseFromString for HTML give documents of their own (their
 * title, URL, readiness, no window; their body's innerHTML and getElementById apart from the
 * page's; their scripts not run), a node's ownerDocument follows its document through creation,
 * cloning, importNode and insertion, and a deep clone has no parent (jsoup gave it a shell
 * document); document.doctype and createDocumentType. The page prints what headless Chromium 156
 * printed for it, in both engines.
 */
class ScriptDocumentsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void madeDocumentsAsChromiumHasThem(JsEngine engine) throws Exception {
    Path page = dir.resolve("documents.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><head><title>Page</title></head><body><p id=p>page</p><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var impl = document.implementation;
log(impl === document.implementation, Object.getOwnPropertyNames(DOMImplementation.prototype).sort().join(), impl.hasFeature());
var d = impl.createHTMLDocument('Made');
log(d.nodeType, d.title, d.URL, d.documentURI, d.readyState, d.defaultView, d.currentScript, d === document, d.implementation === impl, d instanceof Document);
log(d.documentElement.outerHTML, d.childNodes.length, d.firstChild.nodeType, d.body.isConnected, d.body.ownerDocument === d, document.body.ownerDocument === document);
d.body.innerHTML = '<form></form><form></form><p id=p>made</p><script>console.log("made script ran")<\\/script>';
log(d.body.childNodes.length, document.body.childNodes.length > 0, d.getElementById('p').textContent, document.getElementById('p').textContent, d.querySelectorAll('form').length, document.querySelectorAll('form').length);
var el = d.createElement('span'); log(el.ownerDocument === d, el.isConnected);
document.body.appendChild(el); log('adopted', el.ownerDocument === document, el.isConnected);
var e2 = document.importNode(d.getElementById('p'), true); log(e2.ownerDocument === document, e2.textContent);
var n = impl.createHTMLDocument(); log(JSON.stringify(n.title), n.head.childNodes.length);
var parser = new DOMParser();
var pd = parser.parseFromString('<title>T</title><ul><li>a</li><li>b</li></ul><script>console.log("parsed script ran")<\\/script>', 'text/html');
log(pd.title, pd.querySelectorAll('li').length, pd.body.innerHTML.length, pd.URL === document.URL, pd.defaultView === null, pd.readyState);
try { parser.parseFromString('x', 'text/plain'); } catch (e) { log(e.name, e.message); }
try { parser.parseFromString('x'); } catch (e) { log(e.name, e.message); }
try { DOMParser(); } catch (e) { log(e.name, e.message); }
try { new DOMImplementation(); } catch (e) { log(e.name, e.message); }
log(document.title, document.body.querySelectorAll('form').length);
var c = document.getElementById('p').cloneNode(true);
log('clone', c.parentNode, c.isConnected, c.ownerDocument === document, c.getRootNode() === c);
var c2 = d.body.cloneNode(true); log('made clone', c2.parentNode, c2.isConnected, c2.ownerDocument === document, c2.childNodes.length);
</script></body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        List.of(
"""
true constructor,createDocument,createDocumentType,createHTMLDocument,hasFeature true
9 Made about:blank about:blank complete   false false true
<html><head><title>Made</title></head><body></body></html> 2 10 true true true
4 true made page 2 0
true false
adopted true true
true made
"" 0
T 2 78 true true complete
TypeError Failed to execute 'parseFromString' on 'DOMParser': The provided value 'text/plain' is not a valid enum value of type SupportedType.
TypeError Failed to execute 'parseFromString' on 'DOMParser': 2 arguments required, but only 1 present.
TypeError Failed to construct 'DOMParser': Please use the 'new' operator, this DOM object constructor cannot be called as a function.
TypeError Failed to construct 'DOMImplementation': Illegal constructor
Page 0
clone  false true true
made clone  false false 4
"""
                .split("\\n")),
        o.out(),
        o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void doctypesAsChromiumHasThem(JsEngine engine) throws Exception {
    Path page = dir.resolve("doctypes.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var d = document.doctype; log(d.nodeType, d.nodeName, d.name, JSON.stringify(d.publicId), JSON.stringify(d.systemId), d.textContent, d.nodeValue, d instanceof DocumentType, d.parentNode === document, d.ownerDocument === document, Object.getOwnPropertyNames(DocumentType.prototype).sort().join());
var t = document.implementation.createDocumentType('svg:svg', '-//W3C//DTD SVG 1.1//EN', 'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd'); log(t.name, t.publicId, t.systemId, t.ownerDocument === document, t.parentNode === null);
try { document.implementation.createDocumentType('a b', '', ''); } catch (e) { log(e.name, e.message); }
try { document.implementation.createDocumentType('a>', '', ''); } catch (e) { log(e.name, e.message); }
try { new DocumentType(); } catch (e) { log(e.name, e.message); }
var h = document.implementation.createHTMLDocument('x'); log(h.doctype.name, h.doctype === h.firstChild);
var p = new DOMParser().parseFromString('<p>x', 'text/html'); log(p.doctype === null);
d.remove(); log(document.doctype, document.childNodes.length); document.insertBefore(t, document.documentElement); log(document.doctype.name);
</script></body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        List.of(
"""
10 html html "" ""   true true true after,before,constructor,name,publicId,remove,replaceWith,systemId
svg:svg -//W3C//DTD SVG 1.1//EN http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd true true
InvalidCharacterError Failed to execute 'createDocumentType' on 'DOMImplementation': The provided doctype name ('a b') contains an invalid character.
InvalidCharacterError Failed to execute 'createDocumentType' on 'DOMImplementation': The provided doctype name ('a>') contains an invalid character.
TypeError Failed to construct 'DocumentType': Illegal constructor
html true
true
 1
svg:svg
"""
                .split("\\n")),
        o.out(),
        o::toString);
  }
}
