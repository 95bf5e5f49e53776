package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The DOM on the page's jsoup tree (WHATWG DOM #nodes, #interface-element, #interface-document;
 * HTML #the-end, #prepare-the-script-element), in both engines.
 */
class DomTest {
  @TempDir Path dir;

  private Runs.Outcome page(JsEngine engine, String body) throws Exception {
    String html =
        "<!DOCTYPE html>\n<html><head><title>DOM page</title><meta name=\"k\" content=\"v\">"
            + "</head><body>\n<div id=\"a\" class=\"x y\">Hello <b>world</b></div>\n"
            + "<ul><li class=\"y\">1</li><li>2</li></ul>\n<script>\n"
            + JsChecks.PRELUDE
            + body
            + "\n</script>\n</body></html>\n";
    Path file = dir.resolve("page.html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return Runs.run(engine, b -> {}, c -> c.runPage(file, null));
  }

  /**
   * Runs a page (its title, markup before the script, the checks' script, markup after it), clicks
   * the element labelled {@code label} as the runner's user does, and asserts every check passed.
   */
  private void assertClickedPage(
      JsEngine engine, String title, String before, String body, String after, String label)
      throws Exception {
    String html =
        "<!DOCTYPE html>\n<html><head>"
            + (title.isEmpty() ? "" : "<title>" + title + "</title>")
            + "</head><body>\n"
            + before
            + "<script>\n"
            + JsChecks.PRELUDE
            + body
            + "\n</script>\n"
            + after
            + "</body></html>\n";
    Path file = dir.resolve("clicked.html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    JsChecks.assertPassed(
        Runs.run(engine, b -> {}, c -> c.runPage(file, label)), WebIdlTest.countChecks(body));
  }

  /**
   * The user's click (runPage's click argument) on an element with an onclick content attribute: a
   * trusted click event that bubbles up to window (UI Events #event-type-click; HTML
   * #event-handler-content-attributes).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void clickMethodAndAClickOnAnElementWithListenersOnly(JsEngine engine) throws Exception {
    // HTML #dom-click, and the runner's --click on a button that has no onclick attribute.
    String body =
"""
var log = [];
var reported = [];
window.addEventListener('error', function (e) { reported.push(e.message); e.preventDefault(); });
check('a body that does not compile is not compiled until needed', document.querySelectorAll('button').length === 4
    && reported.length === 0);
check('then it is reported, and the handler is null', document.getElementById('bad').onclick === null
    && reported.length === 1 && reported[0].indexOf('SyntaxError') >= 0, reported.join());
var a = document.getElementById('a');
check('an onclick attribute is the handler', typeof a.onclick === 'function');
a.addEventListener('click', function (e) { log.push('listener ' + e.isTrusted + ' ' + e.bubbles + ' ' + e.composed); a.click(); });
document.body.addEventListener('click', function () { log.push('body'); });
a.click();
check('click() runs the handler, then listeners, then bubbles; not trusted; not again inside', log.join(' | ')
    === 'inline | listener false true true | body', log.join(' | '));
log = [];
document.getElementById('off').click();
check('a disabled button gets no click', log.length === 0);
document.getElementById('b').addEventListener('click', function (e) {
  check('the user clicked a button whose listener a script added', e.isTrusted && log.join() === '');
  done();
});
""";
    assertClickedPage(
        engine,
        "click",
        "<button id=\"a\" onclick=\"log.push('inline')\">A</button>\n"
            + "<button id=\"off\" disabled onclick=\"log.push('disabled')\">Off</button>\n"
            + "<button id=\"bad\" onclick=\"(\">Bad</button>\n"
            + "<div><button id=\"b\">Press</button></div>\n",
        body,
        "",
        "Press");
  }

  /**
   * The runner's click goes where a user's would: to the innermost element labelled so (here bold
   * text in a link, inside a div with an onclick attribute that is labelled too), not to the first
   * labelled element with an onclick attribute; the event bubbles to the div, then the link's
   * activation behaviour runs its javascript: URL (HTML #activation-behaviour).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theClickGoesToTheInnermostLabelledElement(JsEngine engine) throws Exception {
    String body =
"""
var log = [];
function finish() {
  check('the bold text was clicked, the div saw it bubble, then the link ran', log.join() === 'div go', log.join());
  done();
}
""";
    assertClickedPage(
        engine,
        "click",
        "<h2>Go</h2>\n"
            + "<div onclick=\"log.push('div ' + event.target.id)\">"
            + "<a href=\"javascript:finish()\"><b id=\"go\">Go</b></a></div>\n",
        body,
        "",
        "Go");
  }

  /**
   * HTML #element-interfaces: each element's wrapper has its interface's prototype. The interfaces
   * (name and parent) and the interface of each of 150 tags made by createElement are what headless
   * Chromium 156 answered, less its five interfaces no standard defines (HTMLCameraElement,
   * HTMLFencedFrameElement, HTMLGeolocationElement, HTMLMicrophoneElement, HTMLUserMediaElement).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void elementsHaveTheirInterfacesPrototypes(JsEngine engine) throws Exception {
    String interfaces =
        """
        HTMLAnchorElement<HTMLElement HTMLAreaElement<HTMLElement HTMLAudioElement<HTMLMediaElement
        HTMLBRElement<HTMLElement HTMLBaseElement<HTMLElement HTMLBodyElement<HTMLElement
        HTMLButtonElement<HTMLElement HTMLCanvasElement<HTMLElement HTMLDListElement<HTMLElement
        HTMLDataElement<HTMLElement HTMLDataListElement<HTMLElement HTMLDetailsElement<HTMLElement
        HTMLDialogElement<HTMLElement HTMLDirectoryElement<HTMLElement HTMLDivElement<HTMLElement
        HTMLElement<Element HTMLEmbedElement<HTMLElement HTMLFieldSetElement<HTMLElement
        HTMLFontElement<HTMLElement HTMLFormElement<HTMLElement HTMLFrameElement<HTMLElement
        HTMLFrameSetElement<HTMLElement HTMLHRElement<HTMLElement HTMLHeadElement<HTMLElement
        HTMLHeadingElement<HTMLElement HTMLHtmlElement<HTMLElement HTMLIFrameElement<HTMLElement
        HTMLImageElement<HTMLElement HTMLInputElement<HTMLElement HTMLLIElement<HTMLElement
        HTMLLabelElement<HTMLElement HTMLLegendElement<HTMLElement HTMLLinkElement<HTMLElement
        HTMLMapElement<HTMLElement HTMLMarqueeElement<HTMLElement HTMLMediaElement<HTMLElement
        HTMLMenuElement<HTMLElement HTMLMetaElement<HTMLElement HTMLMeterElement<HTMLElement
        HTMLModElement<HTMLElement HTMLOListElement<HTMLElement HTMLObjectElement<HTMLElement
        HTMLOptGroupElement<HTMLElement HTMLOptionElement<HTMLElement HTMLOutputElement<HTMLElement
        HTMLParagraphElement<HTMLElement HTMLParamElement<HTMLElement HTMLPictureElement<HTMLElement
        HTMLPreElement<HTMLElement HTMLProgressElement<HTMLElement HTMLQuoteElement<HTMLElement
        HTMLScriptElement<HTMLElement HTMLSelectElement<HTMLElement
        HTMLSelectedContentElement<HTMLElement HTMLSlotElement<HTMLElement
        HTMLSourceElement<HTMLElement HTMLSpanElement<HTMLElement HTMLStyleElement<HTMLElement
        HTMLTableCaptionElement<HTMLElement HTMLTableCellElement<HTMLElement
        HTMLTableColElement<HTMLElement HTMLTableElement<HTMLElement HTMLTableRowElement<HTMLElement
        HTMLTableSectionElement<HTMLElement HTMLTemplateElement<HTMLElement
        HTMLTextAreaElement<HTMLElement HTMLTimeElement<HTMLElement HTMLTitleElement<HTMLElement
        HTMLTrackElement<HTMLElement HTMLUListElement<HTMLElement HTMLUnknownElement<HTMLElement
        HTMLVideoElement<HTMLMediaElement
        """;
    String tags =
        """
        a=HTMLAnchorElement abbr=HTMLElement acronym=HTMLElement address=HTMLElement
        applet=HTMLUnknownElement area=HTMLAreaElement article=HTMLElement aside=HTMLElement
        audio=HTMLAudioElement b=HTMLElement base=HTMLBaseElement basefont=HTMLElement bdi=HTMLElement
        bdo=HTMLElement bgsound=HTMLUnknownElement big=HTMLElement blink=HTMLUnknownElement
        blockquote=HTMLQuoteElement body=HTMLBodyElement br=HTMLBRElement button=HTMLButtonElement
        canvas=HTMLCanvasElement caption=HTMLTableCaptionElement center=HTMLElement cite=HTMLElement
        code=HTMLElement col=HTMLTableColElement colgroup=HTMLTableColElement data=HTMLDataElement
        datalist=HTMLDataListElement dd=HTMLElement del=HTMLModElement details=HTMLDetailsElement
        dfn=HTMLElement dialog=HTMLDialogElement dir=HTMLDirectoryElement div=HTMLDivElement
        dl=HTMLDListElement dt=HTMLElement em=HTMLElement embed=HTMLEmbedElement
        fieldset=HTMLFieldSetElement figcaption=HTMLElement figure=HTMLElement font=HTMLFontElement
        footer=HTMLElement form=HTMLFormElement frame=HTMLFrameElement frameset=HTMLFrameSetElement
        h1=HTMLHeadingElement h2=HTMLHeadingElement h3=HTMLHeadingElement h4=HTMLHeadingElement
        h5=HTMLHeadingElement h6=HTMLHeadingElement head=HTMLHeadElement header=HTMLElement
        hgroup=HTMLElement hr=HTMLHRElement html=HTMLHtmlElement i=HTMLElement iframe=HTMLIFrameElement
        image=HTMLUnknownElement img=HTMLImageElement input=HTMLInputElement ins=HTMLModElement
        isindex=HTMLUnknownElement kbd=HTMLElement keygen=HTMLUnknownElement label=HTMLLabelElement
        legend=HTMLLegendElement li=HTMLLIElement link=HTMLLinkElement listing=HTMLPreElement
        main=HTMLElement map=HTMLMapElement mark=HTMLElement marquee=HTMLMarqueeElement
        menu=HTMLMenuElement menuitem=HTMLUnknownElement meta=HTMLMetaElement meter=HTMLMeterElement
        multicol=HTMLUnknownElement nav=HTMLElement nextid=HTMLUnknownElement nobr=HTMLElement
        noembed=HTMLElement noframes=HTMLElement noscript=HTMLElement object=HTMLObjectElement
        ol=HTMLOListElement optgroup=HTMLOptGroupElement option=HTMLOptionElement
        output=HTMLOutputElement p=HTMLParagraphElement param=HTMLParamElement
        picture=HTMLPictureElement plaintext=HTMLElement pre=HTMLPreElement
        progress=HTMLProgressElement q=HTMLQuoteElement rb=HTMLElement rp=HTMLElement rt=HTMLElement
        rtc=HTMLElement ruby=HTMLElement s=HTMLElement samp=HTMLElement script=HTMLScriptElement
        search=HTMLElement section=HTMLElement select=HTMLSelectElement
        selectedcontent=HTMLSelectedContentElement slot=HTMLSlotElement small=HTMLElement
        source=HTMLSourceElement spacer=HTMLUnknownElement span=HTMLSpanElement strike=HTMLElement
        strong=HTMLElement style=HTMLStyleElement sub=HTMLElement summary=HTMLElement sup=HTMLElement
        table=HTMLTableElement tbody=HTMLTableSectionElement td=HTMLTableCellElement
        template=HTMLTemplateElement textarea=HTMLTextAreaElement tfoot=HTMLTableSectionElement
        th=HTMLTableCellElement thead=HTMLTableSectionElement time=HTMLTimeElement
        title=HTMLTitleElement tr=HTMLTableRowElement track=HTMLTrackElement tt=HTMLElement
        u=HTMLElement ul=HTMLUListElement var=HTMLElement video=HTMLVideoElement wbr=HTMLElement
        xmp=HTMLPreElement foo=HTMLUnknownElement x-foo=HTMLElement foo-bar=HTMLElement
        math=HTMLUnknownElement svg=HTMLUnknownElement
        """;
    String body =
        "var interfaces = '"
            + interfaces.trim().replace('\n', ' ')
            + "'.split(' ');\nvar tags = '"
            + tags.trim().replace('\n', ' ')
            + "'.split(' ');\n"
            +
"""
var names = Object.getOwnPropertyNames(window).filter(function (n) { return /^HTML.*Element$/.test(n); }).sort();
var got = names.map(function (n) { return n + '<' + Object.getPrototypeOf(window[n].prototype).constructor.name; });
check('the interfaces and their parents', got.join(' ') === interfaces.join(' '), got.join(' '));
var wrong = tags.filter(function (pair) {
  var p = pair.split('=');
  return Object.getPrototypeOf(document.createElement(p[0])) !== window[p[1]].prototype;
});
check('each tag has its interface', wrong.length === 0, wrong.join(' '));
check('parsed elements too', document.getElementById('a') instanceof HTMLDivElement
    && document.body instanceof HTMLBodyElement && document.querySelector('li') instanceof HTMLLIElement
    && document.documentElement instanceof HTMLHtmlElement && document.head instanceof HTMLHeadElement);
var thrown = [];
[function () { new HTMLDivElement(); }, function () { HTMLDivElement(); }, function () { new HTMLElement(); },
    function () { new Element(); }].forEach(function (f) {
  try { f(); thrown.push('no throw'); } catch (e) { thrown.push(e.name + ': ' + e.message); }
});
check('no constructor, with the messages of Chromium', thrown.join(' | ') === "TypeError: Failed to construct 'HTMLDivElement': "
    + "Illegal constructor | TypeError: Failed to construct 'HTMLDivElement': Please use the 'new' operator, this DOM "
    + "object constructor cannot be called as a function. | TypeError: Failed to construct 'HTMLElement': Illegal "
    + "constructor | TypeError: Failed to construct 'Element': Illegal constructor", thrown.join(' | '));
done();
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  /**
   * HTML #the-window-object: the global object's interface and prototype chain (Window.prototype,
   * WebIDL #named-properties-object, EventTarget.prototype), as headless Chromium 156 answered;
   * Nashorn has no Symbol.toStringTag, so the tags are checked on GraalJS only.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theGlobalObjectIsAWindow(JsEngine engine) throws Exception {
    String body =
"""
var named = Object.getPrototypeOf(Window.prototype);
check('Window.prototype, the named properties object, EventTarget.prototype', typeof Window === 'function'
    && Object.getPrototypeOf(window) === Window.prototype && Object.getPrototypeOf(named) === EventTarget.prototype
    && Object.getPrototypeOf(Window) === EventTarget && window.constructor === Window);
check('instanceof', window instanceof Window && window instanceof EventTarget && self instanceof Window);
var tags = typeof Symbol === 'function' && Symbol.toStringTag ? [Object.prototype.toString.call(window),
    Object.prototype.toString.call(named), String(window)].join() : '[object Window],[object WindowProperties],[object Window]';
check('tags', tags === '[object Window],[object WindowProperties],[object Window]', tags);
var thrown = [];
[function () { new Window(); }, function () { Window(); }].forEach(function (f) {
  try { f(); thrown.push('no throw'); } catch (e) { thrown.push(e.name + ': ' + e.message); }
});
check('no constructor', thrown.join(' | ') === "TypeError: Failed to construct 'Window': Illegal constructor | "
    + 'TypeError: Illegal constructor', thrown.join(' | '));
check('globals still resolve through the chain', typeof hasOwnProperty === 'function' && typeof setTimeout === 'function'
    && typeof toString === 'function');
done();
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  /**
   * The user's click runs each listener of its events as the user agent invokes a callback, with a
   * microtask checkpoint after it (HTML #clean-up-after-running-script); the log is what headless
   * Chromium 156 printed for the same page clicked by Playwright.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aMicrotaskOfAClickListenerRunsBeforeTheNextListener(JsEngine engine) throws Exception {
    String body =
"""
var log = [];
var b = document.getElementById('b');
['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'pointermove', 'mousemove', 'pointerdown',
    'mousedown', 'focus', 'pointerup', 'mouseup', 'click'].forEach(function (t) {
  b.addEventListener(t, function () { log.push(t); Promise.resolve().then(function () { log.push('m'); }); });
});
b.addEventListener('click', function () {
  log.push('click 2');
  setTimeout(function () {
    check('a microtask after each listener', log.join(' ') === 'pointerover m pointerenter m mouseover m '
        + 'mouseenter m pointermove m mousemove m pointerdown m mousedown m focus m pointerup m mouseup m '
        + 'click m click 2', log.join(' '));
    done();
  }, 0);
});
""";
    assertClickedPage(engine, "click", "<button id=\"b\">Press</button>\n", body, "", "Press");
  }

  /**
   * HTML #event-handler-attributes: a handler content attribute a script sets, changes or removes
   * (setAttribute, an Attr, toggleAttribute) sets or deactivates the handler; each line is what
   * headless Chromium 156 answered.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void handlerContentAttributesAScriptSets(JsEngine engine) throws Exception {
    String body =
"""
var log = [];
var reported = [];
window.addEventListener('error', function (e) { reported.push(e.message); e.preventDefault(); });
var b = document.createElement('button');
document.body.appendChild(b);
b.addEventListener('click', function () { log.push('1'); });
b.setAttribute('onclick', 'log.push("attr " + event.type + " " + (this === b))');
b.addEventListener('click', function () { log.push('2'); });
check('setAttribute makes the handler', typeof b.onclick === 'function');
b.click();
check('in the place of its first setting', log.join() === '1,attr click true,2', log.join());
log = [];
b.setAttribute('onclick', 'log.push("second")');
b.click();
check('a new value keeps the place', log.join() === '1,second,2', log.join());
b.removeAttribute('onclick');
log = [];
b.click();
check('removing it deactivates the handler', b.onclick === null && log.join() === '1,2', log.join());
b.setAttribute('ONCLICK', 'log.push("upper")');
log = [];
b.click();
check('the name is lowercased; the listener goes to the end', log.join() === '1,2,upper', log.join());
var a = document.createAttribute('onclick');
a.value = 'log.push("node")';
b.setAttributeNode(a);
log = [];
b.click();
a.value = 'log.push("value")';
b.click();
check('an Attr set, then its value changed', log.join() === '1,2,node,1,2,value', log.join());
b.toggleAttribute('onclick');
check('toggleAttribute removes it', b.onclick === null && b.getAttribute('onclick') === null);
b.onclick = function () { log.push('property'); };
b.setAttribute('onclick', 'log.push("after property")');
log = [];
b.click();
check('the attribute replaces a function set before', log.join() === '1,2,after property', log.join());
b.setAttribute('onclick', 'syntax error(');
check('a body that does not compile is reported when read, and is null', b.onclick === null
    && reported.length === 1 && reported[0].indexOf('SyntaxError') >= 0, reported.join());
b.setAttribute('onclick', 'return false');
check('return false cancels', !b.dispatchEvent(new Event('click', {cancelable: true})));
var img = document.createElement('img');
img.setAttribute('onerror', 'log.push("img " + event.type)');
img.setAttribute('onload', 'log.push("img load")');
log = [];
img.dispatchEvent(new Event('error'));
img.dispatchEvent(new Event('load'));
check('onerror and onload on another element', log.join() === 'img error,img load', log.join());
document.body.setAttribute('onload', 'log.push("body onload")');
check("a body's onload is the window's", typeof window.onload === 'function' && document.body.onload === window.onload);
document.body.setAttribute('onerror', 'log.push(typeof event + " " + source + " " + lineno + " " + colno + " " + error)');
log = [];
window.onerror('m', 's', 1, 2, 'e');
check("a body's onerror is the window's, with its five arguments", log.join() === 'string s 1 2 e', log.join());
document.body.removeAttribute('onerror');
check('removed, it is null', window.onerror === null);
var d = document.createElement('div');
d.innerHTML = '<span onclick="log.push(1)">x</span>';
d.firstChild.setAttribute('onclick', 'log.push("changed")');
log = [];
d.firstChild.click();
check('an element parsed with the attribute', log.join() === 'changed', log.join());
done();
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  /**
   * The user's click on a page whose whole text is the button's label reaches the button (not the
   * document, whose text is the same), as the mouse's PointerEvent headless Chromium 156 fires.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theUsersClickOnThePagesOnlyButton(JsEngine engine) throws Exception {
    String body =
"""
var go = document.getElementById('go');
go.addEventListener('click', function (e) {
  check('at the button', e.target === go && e.currentTarget === go);
  check('a trusted PointerEvent from the mouse', e instanceof PointerEvent && e.isTrusted && e.pointerId === 1
      && e.pointerType === 'mouse' && !e.isPrimary && e.detail === 1 && e.view === window && e.which === 1
      && e.button === 0 && e.buttons === 0 && e.bubbles && e.cancelable && e.composed);
  done();
});
""";
    // No title: the page's whole text is the button's label.
    assertClickedPage(engine, "", "<button id=\"go\">Go</button>\n", body, "", "Go");
  }

  /**
   * DOM #interface-documentfragment: built apart from the tree, inserted as its children (which
   * leave it), scripts in it run once connected; each line is what headless Chromium 156 answered.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void documentFragments(JsEngine engine) throws Exception {
    String body =
"""
var f = document.createDocumentFragment();
check('an empty fragment', f.nodeType === 11 && f.nodeName === '#document-fragment' && f.parentNode === null
    && f.childNodes.length === 0 && f.textContent === '' && f.ownerDocument === document
    && f instanceof Node && f instanceof DocumentFragment && !f.isConnected);
var a = document.createElement('span');
a.id = 'sa';
a.textContent = 'A';
var b = document.createElement('b');
b.id = 'sb';
b.textContent = 'B';
f.appendChild(a);
f.appendChild(document.createTextNode(' mid '));
f.appendChild(b);
check('its children', f.childNodes.length === 3 && f.children.length === 2 && f.firstElementChild === a
    && f.lastElementChild === b && f.childElementCount === 2 && f.textContent === 'A mid B'
    && a.parentNode === f && a.parentElement === null && !a.isConnected);
check('getElementById and querySelector', f.getElementById('sb') === b && f.getElementById('x') === null
    && f.querySelector('b') === b && f.querySelectorAll('*').length === 2);
check('ParentNode only', !('innerHTML' in f) && f.getElementsByTagName === undefined);
var host = document.getElementById('a');
var before = host.childNodes.length;
check('appendChild inserts its children and returns it, empty', host.appendChild(f) === f
    && f.childNodes.length === 0 && host.childNodes.length === before + 3 && a.parentNode === host
    && a.isConnected);
var g = new DocumentFragment();
g.append('t1', document.createElement('i'), 't2');
host.insertBefore(g, host.firstChild);
check('insertBefore, in order', g.childNodes.length === 0 && host.firstChild.data === 't1'
    && host.childNodes[1].nodeName === 'I' && host.childNodes[2].data === 't2');
var h = document.createDocumentFragment();
h.appendChild(document.createElement('u'));
host.replaceChild(h, a);
check('replaceChild', a.parentNode === null && host.querySelector('u') !== null);
throwsName('a fragment into itself', function () { var k = document.createDocumentFragment(); k.appendChild(k); },
    'HierarchyRequestError');
throwsName('a fragment into its own child', function () {
  var k = document.createDocumentFragment();
  var d = document.createElement('div');
  k.appendChild(d);
  d.appendChild(k);
}, 'HierarchyRequestError');
var k = document.createDocumentFragment();
k.appendChild(document.createElement('div'));
k.textContent = 'hi';
check('textContent replaces its children', k.childNodes.length === 1 && k.firstChild.nodeType === 3
    && k.textContent === 'hi');
var ran = [];
window.ranScript = ran;
var sc = document.createElement('script');
sc.textContent = 'window.ranScript.push(1)';
var sf = document.createDocumentFragment();
sf.appendChild(sc);
check('a script in a fragment does not run', ran.length === 0);
document.body.appendChild(sf);
check('it runs once inserted into the document', ran.length === 1);
done();
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  /**
   * HTML #focus: focus(), blur(), activeElement, tabIndex and the focus events; each line is what
   * headless Chromium 156 answered.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void focusAndBlur(JsEngine engine) throws Exception {
    String body =
"""
var box = document.createElement('div');
box.innerHTML = '<button id="b1">One</button><input id="i1"><div id="d1">plain</div>'
    + '<div id="d2" tabindex="-1">tab</div><a id="a1" href="#x">link</a><a id="a2">nolink</a><button id="b2" disabled>D</button>';
document.body.appendChild(box);
var log = [];
var focusEvents = true;
function who(n) { return n === null ? 'null' : n === document.body ? 'body' : n.id; }
['focus', 'blur', 'focusin', 'focusout'].forEach(function (type) {
  window.addEventListener(type, function (e) {
    log.push(type + ' ' + who(e.target) + ' ' + who(e.relatedTarget) + ' ' + who(document.activeElement));
    if (type === 'focus') {
      focusEvents = focusEvents && e instanceof FocusEvent && e.isTrusted && e.composed && !e.bubbles
          && !e.cancelable && e.view === window && e.eventPhase === 1;
    }
  }, true);
});
function el(id) { return document.getElementById(id); }
check('at first the body', document.activeElement === document.body && document.hasFocus());
el('b1').focus();
el('i1').focus();
check('focus, then to another', log.join() === 'focus b1 null b1,focusin b1 null b1,blur b1 i1 body,'
    + 'focusout b1 i1 body,focus i1 b1 i1,focusin i1 b1 i1', log.join());
log = [];
el('d1').focus();
el('a2').focus();
el('b2').focus();
document.body.focus();
check('not focusable: no tabindex, a link without href, disabled, the body', log.length === 0
    && document.activeElement === el('i1'), log.join());
el('d2').focus();
el('a1').focus();
check('a tabindex, a link', document.activeElement === el('a1') && log.length === 8, log.join());
log = [];
el('b1').blur();
check('blur() of another element does nothing', log.length === 0);
el('a1').blur();
check('blur() leaves the focus to the body', log.join() === 'blur a1 null body,focusout a1 null body'
    && document.activeElement === document.body, log.join());
log = [];
document.createElement('button').focus();
check('a detached element does not take the focus', log.length === 0 && document.activeElement === document.body);
el('i1').focus();
log = [];
el('i1').remove();
check('a focused element removed: blur and focusout', log.join() === 'blur i1 null body,focusout i1 null body'
    && document.activeElement === document.body, log.join());
check('tabIndex', [el('b1').tabIndex, el('d1').tabIndex, el('d2').tabIndex, el('a1').tabIndex, el('a2').tabIndex,
    document.body.tabIndex].join() === '0,-1,-1,0,0,-1');
el('d1').tabIndex = 3;
el('d1').focus();
check('set tabIndex, then it takes the focus', el('d1').getAttribute('tabindex') === '3'
    && document.activeElement === el('d1'));
var editable = document.createElement('div');
editable.setAttribute('contenteditable', '');
box.appendChild(editable);
var notEditable = document.createElement('div');
notEditable.setAttribute('contenteditable', 'false');
box.appendChild(notEditable);
notEditable.focus();
check('contenteditable="false" is not focusable', document.activeElement === el('d1'));
editable.focus();
check('an editing host is', document.activeElement === editable);
el('d1').focus();
log = [];
el('d1').parentNode.innerHTML = '';
check('innerHTML removing it blurs it', log.join() === 'blur d1 null body,focusout d1 null body', log.join());
check('each focus event a trusted FocusEvent, composed, not bubbling', focusEvents);
done();
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  /**
   * The user's click (the runner's --click) fires what headless Chromium 156 fires for a mouse
   * click, with the focus moving at the mousedown; a canceled pointerdown suppresses mousedown,
   * mouseup and the focus change.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theUsersClickFiresPointerAndMouseEvents(JsEngine engine) throws Exception {
    for (boolean cancelPointerdown : new boolean[] {false, true}) {
      String pointerdown =
          "pointerover pointer 0 -1 0,mouseover mouse 0 0 0,pointermove pointer 0 -1 0,"
              + "mousemove mouse 0 0 0,pointerdown pointer 0 0 1,";
      String expected =
          cancelPointerdown
              ? pointerdown + "pointerup pointer 0 0 0,click pointer 1 0 0"
              : pointerdown
                  + "mousedown mouse 1 0 1,blur,focusout,focus,focusin,pointerup pointer 0 0 0,"
                  + "mouseup mouse 1 0 0,click pointer 1 0 0";
      String body =
          (cancelPointerdown
                  ? "document.getElementById('go').addEventListener('pointerdown', function (e) {"
                      + " e.preventDefault(); });\n"
                  : "")
              + "var expected = '"
              + expected
              + "';\n"
              +
"""
var log = [];
document.getElementById('field').focus();
['pointerover', 'mouseover', 'pointermove', 'mousemove', 'pointerdown', 'mousedown', 'focus', 'blur',
    'focusin', 'focusout', 'pointerup', 'mouseup', 'click'].forEach(function (t) {
  window.addEventListener(t, function (e) {
    log.push(e instanceof FocusEvent ? t : t + ' ' + (e instanceof PointerEvent ? 'pointer' : 'mouse') + ' '
        + e.detail + ' ' + e.button + ' ' + e.buttons);
    if (t === 'click') {
      check('the events, in order', log.join() === expected, log.join());
      check('all trusted, at the button', e.isTrusted && e.target === document.getElementById('go'));
      done();
    }
  }, true);
});
""";
      assertClickedPage(
          engine, "mouse", "<input id=\"field\"><button id=\"go\">Go</button>\n", body, "", "Go");
    }
  }

  /**
   * DOM #concept-node-clone, importNode and adoptNode; each line is what headless Chromium 156
   * answered.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void cloneNode(JsEngine engine) throws Exception {
    String body =
"""
var log = [];
var src = document.createElement('div');
src.id = 'src';
src.className = 'c';
src.setAttribute('data-x', '1');
src.setAttribute('onclick', 'log.push("inline " + this.id)');
src.innerHTML = 't<b>bold</b><!--cm-->';
document.body.appendChild(src);
src.addEventListener('click', function () { log.push('listener'); });
var c = src.cloneNode();
check('shallow, by default', c.nodeName === 'DIV' && c.id === 'src' && c.className === 'c'
    && c.getAttribute('data-x') === '1' && c.childNodes.length === 0 && c.parentNode === null && c !== src
    && !c.isConnected);
var d = src.cloneNode(true);
check('deep', d.childNodes.length === 3 && d.innerHTML === 't<b>bold</b><!--cm-->' && d.firstChild.nodeType === 3
    && d.childNodes[2].nodeType === 8 && d.childNodes[1] !== src.childNodes[1]);
d.id = 'copy';
document.body.appendChild(d);
d.click();
check('an inline handler is copied, a listener is not', log.join() === 'inline copy', log.join());
var tx = src.firstChild.cloneNode();
check('a text node', tx.nodeType === 3 && tx.data === 't');
var f = document.createDocumentFragment();
f.appendChild(document.createElement('i'));
var fc = f.cloneNode(true);
check('a fragment', fc.nodeType === 11 && fc.childNodes.length === 1 && f.childNodes.length === 1);
window.ranClone = [];
var sc = document.createElement('script');
sc.textContent = 'window.ranClone.push(1)';
document.body.appendChild(sc.cloneNode(true));
check('a copy of a script not started runs when inserted', window.ranClone.length === 1);
document.body.appendChild(sc);
document.body.appendChild(sc.cloneNode(true));
check('a copy of a started one does not', window.ranClone.length === 2);
var imported = document.importNode(src, true);
check('importNode copies', imported !== src && imported.innerHTML === src.innerHTML
    && document.importNode(src).childNodes.length === 0 && document.importNode.length === 1);
throwsName('importNode of the document', function () { document.importNode(document); }, 'NotSupportedError');
throwsName('importNode of no node', function () { document.importNode({}); }, 'TypeError');
check('adoptNode takes it out of its parent', document.adoptNode(src) === src && src.parentNode === null);
throwsName('adoptNode of the document', function () { document.adoptNode(document); }, 'NotSupportedError');
done();
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  /**
   * HTML #dom-element-insertadjacenthtml, and scripts a fragment parse makes never running (HTML
   * #parsing-html-fragments); each line is what headless Chromium 156 answered.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void insertAdjacentHtml(JsEngine engine) throws Exception {
    String body =
"""
var w = document.createElement('div');
w.innerHTML = '<p id="p">mid</p>';
document.body.appendChild(w);
var p = document.getElementById('p');
p.insertAdjacentHTML('beforebegin', '<i>bb</i>');
p.insertAdjacentHTML('afterbegin', '<u>ab</u>');
p.insertAdjacentHTML('beforeend', 'be<b>!</b>');
p.insertAdjacentHTML('afterend', '<em>ae</em>');
check('the four places', w.innerHTML === '<i>bb</i><p id="p"><u>ab</u>midbe<b>!</b></p><em>ae</em>', w.innerHTML);
p.insertAdjacentHTML('BeforeEnd', '<s>x</s>');
check('the place in any case', p.lastChild.nodeName === 'S' && p.insertAdjacentHTML.length === 2);
throwsName('another place', function () { p.insertAdjacentHTML('middle', 'x'); }, 'SyntaxError');
throwsName('beside an element without a parent', function () {
  document.createElement('div').insertAdjacentHTML('afterend', 'x');
}, 'NoModificationAllowedError');
var d = document.createElement('div');
d.insertAdjacentHTML('beforeend', '<a>1</a>');
check('inside one without a parent', d.innerHTML === '<a>1</a>');
window.ranParsed = [];
p.insertAdjacentHTML('beforeend', '<script>window.ranParsed.push(1)<\\/script>');
document.body.appendChild(p.lastChild);
var e = document.createElement('div');
e.innerHTML = '<script>window.ranParsed.push(2)<\\/script>';
document.body.appendChild(e.firstChild);
check('a script from either parse never runs, even moved', window.ranParsed.length === 0);
done();
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  /**
   * The user's click reaches an ancestor's onclick content attribute that no script has touched
   * (the runner makes no event nothing in the realm listens for: that handler must count).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theUsersClickReachesAnUntouchedAncestorsOnclick(JsEngine engine) throws Exception {
    String body =
        "function seen(e) {\n"
            + "  check('the onclick of the ancestor ran for the button', e.target.id === 'go' &&"
            + " e.isTrusted);\n"
            + "  done();\n"
            + "}\n";
    assertClickedPage(
        engine,
        "ancestor",
        "<div onclick=\"seen(event)\"><p><button id=\"go\">Go</button> and more</p></div>\n",
        body,
        "",
        "Go");
  }

  /**
   * The user's click enters the document and each element from the root down to the target
   * (pointerenter, then mouseenter: neither bubbles), as headless Chromium 156 fires them.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theUsersClickEntersEachAncestor(JsEngine engine) throws Exception {
    String body =
"""
var log = [];
var flags = true;
var nodes = [document, document.documentElement, document.body, document.getElementById('outer'),
    document.getElementById('mid'), document.getElementById('go')];
function who(n) { return n === document ? 'document' : n.id || n.nodeName.toLowerCase(); }
['pointerenter', 'mouseenter'].forEach(function (t) {
  nodes.forEach(function (n) {
    n.addEventListener(t, function (e) {
      log.push(t + ' ' + who(e.currentTarget));
      flags = flags && e.target === n && !e.bubbles && !e.cancelable && !e.composed && e.isTrusted
          && e.eventPhase === 2 && e instanceof (t === 'pointerenter' ? PointerEvent : MouseEvent);
    });
  });
});
window.addEventListener('click', function () {
  var order = 'document,html,body,outer,mid,go';
  check('pointerenter, then mouseenter, each from the document down',
      log.join() === ('pointerenter ' + order.split(',').join(',pointerenter ') + ','
      + 'mouseenter ' + order.split(',').join(',mouseenter ')), log.join());
  check('at their own target, not bubbling, cancelable or composed', flags);
  done();
});
""";
    assertClickedPage(
        engine,
        "enter",
        "<div id=\"outer\"><p id=\"mid\"><button id=\"go\">Go</button></p></div>\n",
        body,
        "",
        "Go");
  }

  /**
   * ChildNode's before/after/replaceWith, ParentNode's prepend/replaceChildren (DOM
   * #interface-childnode, #interface-parentnode), matches and closest, getRootNode; each line is
   * what headless Chromium 156 answered.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void childNodeParentNodeAndSelectors(JsEngine engine) throws Exception {
    String body =
"""
var w = document.createElement('div');
w.innerHTML = '<p id="pa">A</p><p id="pb">B</p><p id="pc">C</p>';
document.body.appendChild(w);
function ids() {
  return Array.prototype.map.call(w.childNodes, function (n) {
    return n.nodeType === 3 ? '"' + n.data + '"' : n.id || n.nodeName;
  }).join(' ');
}
var a = document.getElementById('pa'), b = document.getElementById('pb'), c = document.getElementById('pc');
b.before('t1', c);
check('before', ids() === 'pa "t1" pc pb', ids());
b.after(a, 't2');
check('after', ids() === '"t1" pc pb pa "t2"', ids());
b.before(b);
check('before itself', ids() === '"t1" pc pb pa "t2"', ids());
var x = document.createElement('i');
x.id = 'x';
b.replaceWith(x, 't3');
check('replaceWith', ids() === '"t1" pc x "t3" pa "t2"' && b.parentNode === null, ids());
check('replaceWith without a parent does nothing', document.createElement('q').replaceWith('z') === undefined);
w.prepend('p0', document.createElement('em'));
check('prepend', ids() === '"p0" EM "t1" pc x "t3" pa "t2"', ids());
w.replaceChildren('only', document.createElement('hr'));
check('replaceChildren', ids() === '"only" HR', ids());
w.replaceChildren();
check('replaceChildren with nothing', w.childNodes.length === 0);
w.appendChild(document.createTextNode('tx'));
w.firstChild.before('pre');
check('a Text node is a ChildNode too', ids() === '"pre" "tx"', ids());
var u = document.createElement('ul');
u.className = 'menu';
u.innerHTML = '<li class="item"><span id="sp">x</span></li>';
document.body.appendChild(u);
var sp = document.getElementById('sp');
check('matches', sp.matches('span') && sp.matches('#sp') && sp.matches('li span') && !sp.matches('div span')
    && sp.webkitMatchesSelector('.menu span') && u.matches('ul.menu'));
check('closest', sp.closest('li').className === 'item' && sp.closest('.menu') === u && sp.closest('span') === sp
    && sp.closest('table') === null && sp.closest('body') === document.body);
throwsName('closest with a bad selector', function () { sp.closest('[[['); }, 'SyntaxError');
throwsName('matches with a bad selector', function () { sp.matches('!!'); }, 'SyntaxError');
var f = document.createDocumentFragment();
var d = document.createElement('div');
f.appendChild(d);
check('closest stops below a fragment', d.closest('*') === d && d.parentNode === f);
var e = document.createElement('e');
d.appendChild(e);
check('getRootNode and isSameNode', sp.getRootNode() === document && e.getRootNode() === f
    && sp.isSameNode(sp) && !sp.isSameNode(null));
var o = document.createElement('div');
o.append({toString: function () { return 'obj'; }});
check('an object that is no node is a string', o.textContent === 'obj');
done();
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theUsersClickBubbles(JsEngine engine) throws Exception {
    String body =
"""
var log = [];
function who(t) { return t === window ? 'window' : t === document ? 'document' : t.nodeName.toLowerCase(); }
[window, document, document.body].forEach(function (t) {
  t.addEventListener('click', function (e) { log.push(who(t) + '-cap:' + e.eventPhase); }, true);
  t.addEventListener('click', function (e) { log.push(who(t) + '-bub:' + e.eventPhase); });
});
window.addEventListener('click', function (e) {
  check('the click went down and up', log.join() === 'window-cap:1,document-cap:1,body-cap:1,'
      + 'button-onclick:2,body-bub:3,document-bub:3,window-bub:3', log.join());
  check('a trusted, cancelable click at the button', e.isTrusted && e.cancelable && e.bubbles
      && e.target === document.getElementById('go') && e.defaultPrevented);
  done();
});
""";
    assertClickedPage(
        engine,
        "click",
        "",
        body,
        "<button id=\"go\" onclick=\"log.push('button-onclick:' + event.eventPhase); return"
            + " false\">Go</button>\n",
        "Go");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void treeNavigationAndQueries(JsEngine engine) throws Exception {
    String body =
"""
check('document', document instanceof Document && document instanceof Node && document.nodeType === 9);
check('roots', document.documentElement.tagName === 'HTML' && document.head.tagName === 'HEAD'
    && document.body.tagName === 'BODY');
var a = document.getElementById('a');
check('same wrapper each time', a === document.getElementById('a') && a === document.querySelector('#a'));
check('element', a instanceof HTMLElement && a instanceof Element && a.nodeType === 1 && a.localName === 'div');
check('textContent is the raw text', a.textContent === 'Hello world');
check('childNodes', a.childNodes.length === 2 && a.firstChild.nodeType === 3 && a.firstChild.data === 'Hello '
    && a.lastChild.tagName === 'B');
check('siblings and parents', a.firstChild.nextSibling === a.lastChild && a.lastChild.previousSibling === a.firstChild
    && a.lastChild.parentNode === a && a.parentElement === document.body);
check('reflected attributes', a.id === 'a' && a.className === 'x y' && a.getAttribute('CLASS') === 'x y');
check('getElementsByTagName', document.getElementsByTagName('li').length === 2
    && document.getElementsByTagName('*').length >= 9);
check('getElementsByClassName', document.getElementsByClassName('y').length === 2
    && document.getElementsByClassName('x y').length === 1);
check('querySelectorAll', document.querySelectorAll('ul > li').length === 2
    && document.querySelector('li.y').textContent === '1' && document.querySelector('nope') === null);
throwsName('bad selector', function () { document.querySelector('[['); }, 'SyntaxError');
check('meta', document.getElementsByTagName('meta')[0].content === 'v');
check('title and URL', document.title === 'DOM page' && document.URL === location.href);
check('readyState while parsing', document.readyState === 'loading');
done();
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void mutation(JsEngine engine) throws Exception {
    String body =
"""
var d = document.createElement('DIV');
check('createElement lowercases', d.localName === 'div' && d.tagName === 'DIV' && d.parentNode === null
    && !d.isConnected);
d.setAttribute('data-k', 'v');
check('attributes', d.getAttribute('data-k') === 'v' && d.hasAttribute('data-k')
    && d.attributes.length === 1 && d.attributes[0].name === 'data-k');
d.appendChild(document.createTextNode('t'));
document.body.appendChild(d);
check('appendChild', d.parentNode === document.body && document.body.lastChild === d && d.isConnected);
check('outerHTML', d.outerHTML === '<div data-k="v">t</div>', d.outerHTML);
var first = document.createElement('p');
document.body.insertBefore(first, document.body.firstChild);
check('insertBefore', document.body.firstChild === first);
document.body.appendChild(first);
check('inserting moves a node', document.body.lastChild === first && document.body.firstChild !== first);
document.body.removeChild(first);
check('removeChild', first.parentNode === null);
throwsName('removing a non-child', function () { document.body.removeChild(first); }, 'NotFoundError');
throwsName('inserting an ancestor', function () { d.appendChild(document.body); }, 'HierarchyRequestError');
d.textContent = '';
check('textContent setter', d.childNodes.length === 0);
d.innerHTML = '<i>x</i><i>y</i>';
check('innerHTML setter parses', d.children.length === 2 && d.firstElementChild.tagName === 'I'
    && d.innerHTML === '<i>x</i><i>y</i>');
d.firstChild.insertAdjacentText('afterend', '-');
check('insertAdjacentText', d.textContent === 'x-y');
d.removeAttribute('data-k');
check('removeAttribute', d.getAttribute('data-k') === null);
d.remove();
check('remove', !d.isConnected);
var comment = document.createComment('c');
check('comment', comment.nodeType === 8 && comment.data === 'c');
done();
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void insertedScriptsRunAndLoadEventsFollowReadyState(JsEngine engine) throws Exception {
    Files.writeString(
        dir.resolve("lib.js"), "window.fromLib = 'lib ran';\n", StandardCharsets.UTF_8);
    String body =
"""
var log = [];
var inline = document.createElement('script');
inline.textContent = 'log.push("inline ran")';
check('inline script not run while detached', log.length === 0);
document.head.appendChild(inline);
check('inline script runs when connected', log.join() === 'inline ran');
document.head.appendChild(inline);
check('and only once', log.join() === 'inline ran');
document.addEventListener('DOMContentLoaded', function () { log.push('DOMContentLoaded ' + document.readyState); });
addEventListener('load', function () { log.push('load ' + document.readyState); });
var src = document.createElement('script');
src.src = 'lib.js';
check('src reflects the resolved URL', src.src === new URL('lib.js', location.href).href);
src.onload = function () {
  check('a src script runs later, then load fires at it', window.fromLib === 'lib ran');
  check('the document loaded first', log.join() === 'inline ran,DOMContentLoaded interactive,load complete', log.join());
  var missing = document.createElement('script');
  missing.src = 'missing.js';
  missing.onerror = function () { check('a missing script fires error', true); done(); };
  document.body.appendChild(missing);
};
document.body.appendChild(src);
""";
    Runs.Outcome o = page(engine, body);
    // The missing script is also reported as an error of the run.
    assertEquals(RunResult.Status.SCRIPT_ERROR, o.result().status(), o::toString);
    assertEquals(
        true,
        o.result().message().startsWith("page.html: cannot load script 'missing.js'"),
        o::toString);
    List<String> out = o.out();
    assertEquals(0, out.stream().filter(l -> l.startsWith("FAIL")).count(), o::toString);
    assertEquals(7, out.stream().filter(l -> l.startsWith("ok ")).count(), o::toString);
    assertEquals("done", out.get(out.size() - 1), o::toString);
  }

  /**
   * HTML #the-end with #clean-up-after-running-script: a microtask a load event's listener queues
   * runs before the next listener, and before the next of readystatechange, DOMContentLoaded and
   * load; the log is what headless Chromium 156 printed for the same page.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aMicrotaskOfALoadEventListenerRunsBeforeTheNextListener(JsEngine engine) throws Exception {
    String body =
"""
var log = [];
function micro(tag) { Promise.resolve().then(function () { log.push('micro ' + tag); }); }
document.addEventListener('readystatechange', function () { log.push('rsc ' + document.readyState); micro(document.readyState); });
document.addEventListener('DOMContentLoaded', function () { log.push('dcl 1'); micro('dcl'); });
document.addEventListener('DOMContentLoaded', function () { log.push('dcl 2'); });
window.addEventListener('load', function () { log.push('load 1'); micro('load'); });
window.addEventListener('load', function () {
  log.push('load 2');
  check('each listener is followed by a microtask checkpoint', log.join(', ') === 'rsc interactive, '
      + 'micro interactive, dcl 1, micro dcl, dcl 2, rsc complete, micro complete, load 1, micro load, load 2', log.join(', '));
  done();
});
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  /**
   * DOM #concept-event-dispatch along the tree (#get-the-parent: the document's parent is window,
   * except for load events), checked against headless Chromium 156 (which gives the same log),
   * except for the parentless EventTarget: the standard runs its capture listeners first, Chromium
   * keeps registration order for targets that are not nodes.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void eventsTravelTheTree(JsEngine engine) throws Exception {
    String body =
"""
var log = [];
var wrongThis = [];
function who(t) { return t === window ? 'window' : t === document ? 'document' : t.nodeName.toLowerCase(); }
function listen(type, extra) {
  [window, document, document.body, document.getElementById('a')].forEach(function (t) {
    [true, false].forEach(function (capture) {
      t.addEventListener(type, function (e) {
        if (this !== t || e.currentTarget !== t) { wrongThis.push(type + ' at ' + who(t)); }
        log.push(who(e.currentTarget) + (capture ? '-cap' : '-bub') + ':' + e.eventPhase);
        if (extra) { extra(e, who(e.currentTarget) + (capture ? '-cap' : '-bub')); }
      }, capture);
    });
  });
}
var a = document.getElementById('a');
listen('x');
var ex = new Event('x', {bubbles: true});
check('dispatchEvent returns true', a.dispatchEvent(ex));
check('capture down, target capture then bubble, bubble up', log.join() === 'window-cap:1,document-cap:1,body-cap:1,div-cap:2,div-bub:2,body-bub:3,document-bub:3,window-bub:3', log.join());
check('after dispatch', ex.target === a && ex.currentTarget === null && ex.eventPhase === 0 && ex.composedPath().length === 0);
log = [];
a.dispatchEvent(new Event('x'));
check('no bubbling: capture pass and target only', log.join() === 'window-cap:1,document-cap:1,body-cap:1,div-cap:2,div-bub:2', log.join());
var order = ['window-cap:1', 'document-cap:1', 'body-cap:1', 'div-cap:2', 'div-bub:2', 'body-bub:3',
  'document-bub:3', 'window-bub:3'];
var wrongStops = [];
[0, 1, 3, 4, 5].forEach(function (at) {
  log = [];
  var where = order[at].split(':')[0];
  var type = 'stop-' + where;
  listen(type, function (e, w) { if (w === where) { e.stopPropagation(); } });
  a.dispatchEvent(new Event(type, {bubbles: true}));
  if (log.join() !== order.slice(0, at + 1).join()) { wrongStops.push(where + ': ' + log.join()); }
});
check('stopPropagation at each phase ends the dispatch after that listener', wrongStops.length === 0,
    wrongStops.join('; '));
check('listeners see the target they were added to as this and currentTarget', wrongThis.length === 0, wrongThis.join());
log = [];
a.addEventListener('imm', function (e) { log.push('first'); e.stopImmediatePropagation(); });
a.addEventListener('imm', function () { log.push('second'); });
document.body.addEventListener('imm', function () { log.push('body'); });
a.dispatchEvent(new Event('imm', {bubbles: true}));
check('stopImmediatePropagation', log.join() === 'first', log.join());
var path = null;
var b = a.getElementsByTagName('b')[0];
b.addEventListener('p', function (e) { path = e.composedPath().map(who).join(); });
b.dispatchEvent(new Event('p'));
check('composedPath while dispatching', path === 'b,div,body,html,document,window', path);
var detached = document.createElement('span');
var inner = document.createElement('i');
detached.appendChild(inner);
log = [];
detached.addEventListener('d', function (e) { log.push(who(e.currentTarget) + ':' + e.eventPhase + ':' + who(e.target)); });
inner.dispatchEvent(new Event('d', {bubbles: true}));
check('a detached tree: the path ends at its root', log.join() === 'span:3:i', log.join());
log = [];
window.addEventListener('load', function (e) { if (e.target !== document) { log.push('window saw ' + who(e.target)); } });
document.addEventListener('load', function (e) { log.push('document saw ' + who(e.target)); });
a.dispatchEvent(new Event('load', {bubbles: true}));
check('a load event stops at the document', log.join() === 'document saw div', log.join());
log = [];
a.addEventListener('order', function (e) { log.push('bub:' + e.eventPhase); });
a.addEventListener('order', function (e) { log.push('cap:' + e.eventPhase); }, true);
a.dispatchEvent(new Event('order'));
check('at the target capture listeners run first, whatever the order they were added', log.join() === 'cap:2,bub:2', log.join());
// The standard runs capture listeners first at every target; Chromium keeps registration order
// for targets that are not nodes (this case and window as the target).
var lone = new EventTarget();
log = [];
lone.addEventListener('e', function (e) { log.push('bub:' + e.eventPhase); });
lone.addEventListener('e', function (e) { log.push('cap:' + e.eventPhase + ':' + e.composedPath().length); e.stopPropagation(); }, true);
lone.dispatchEvent(new Event('e'));
check('a parentless target: capture listeners first, and stopPropagation holds there too', log.join() === 'cap:2:1', log.join());
var seen = [];
window.addEventListener('DOMContentLoaded', function (e) {
  seen.push('window ' + who(e.target) + ' ' + e.eventPhase + ' ' + e.isTrusted);
});
window.onload = function () {
  check('DOMContentLoaded reaches window once, from the document', seen.join() === 'window document 3 true', seen.join());
  done();
};
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  /**
   * A socket's event (a parentless target, stepped one listener at a time): its capture listeners
   * run first (DOM #concept-event-dispatch), and a microtask checkpoint follows each listener (HTML
   * #clean-up-after-running-script).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void socketEventsRunCaptureListenersFirst(JsEngine engine) {
    try (io.w3socket.testserver.TestServer server = io.w3socket.testserver.TestServer.start()) {
      JsChecks.assertScript(
          engine,
          server,
"""
var ws = new WebSocket('%ECHO%');
var log = [];
ws.addEventListener('open', function (e) { log.push('bubble ' + e.eventPhase); });
ws.addEventListener('open', function (e) {
  log.push('capture ' + e.eventPhase + ' ' + (e.composedPath()[0] === ws));
  Promise.resolve().then(function () { log.push('microtask'); });
}, true);
ws.addEventListener('open', function () {
  check('capture listener first, a microtask checkpoint after each listener',
      log.join() === 'capture 2 true,microtask,bubble 2', log.join());
  ws.close();
  done();
});
""");
    }
  }

  /**
   * A socket event's dispatch has ended (DOM #concept-event-dispatch: currentTarget null, phase
   * NONE, an empty path) by the time the next script runs, also when that is an inserted script's
   * evaluation: the run leaves the end of a dispatch to the next call into the engine ({@link
   * LoopRealm}), and a script's evaluation is such a call too; but not a script a microtask of the
   * checkpoint inserts, which runs inside the dispatch (Nashorn's microtasks are the shim's, run by
   * a call of their own).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void socketEventDispatchHasEndedWhenAnInsertedScriptRuns(JsEngine engine) throws Exception {
    Files.writeString(
        dir.resolve("after.js"),
        """
        check('the message event is dispatched when the inserted script runs',
            received.currentTarget === null && received.eventPhase === 0
                && received.composedPath().length === 0,
            received.currentTarget + ' ' + received.eventPhase);
        ws.close();
        done();
        """,
        StandardCharsets.UTF_8);
    try (io.w3socket.testserver.TestServer server = io.w3socket.testserver.TestServer.start()) {
      String body =
"""
var ws = new WebSocket('%ECHO%');
var received = null;
var inMicrotask = null;
ws.onopen = function () { ws.send('a'); };
ws.onmessage = function (e) {
  received = e;
  // An inline script inserted by a microtask runs at once, still inside the dispatch.
  Promise.resolve().then(function () {
    var inline = document.createElement('script');
    inline.textContent = 'inMicrotask = received.currentTarget === ws && received.eventPhase === 2;';
    document.body.appendChild(inline);
    Promise.resolve().then(function () {
      check('an inline script run by a microtask saw the event being dispatched', inMicrotask === true
          && received.currentTarget === ws, String(inMicrotask));
    });
  });
  var script = document.createElement('script');
  script.src = 'after.js';
  document.body.appendChild(script);
};
""";
      JsChecks.assertPassed(page(engine, body.replace("%ECHO%", server.url("/echo"))), 2);
    }
  }

  /**
   * Live HTMLCollection and NodeList (#interface-htmlcollection, #interface-nodelist), a static
   * querySelectorAll; checked against headless Chromium 156.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void liveCollections(JsEngine engine) throws Exception {
    String body =
"""
// Nashorn has no Symbol.toStringTag.
function tagged(o, tag) {
  return typeof Symbol !== 'function' || !Symbol.toStringTag || Object.prototype.toString.call(o) === '[object ' + tag + ']';
}
var ul = document.getElementsByTagName('ul')[0];
var lis = document.getElementsByTagName('li');
var ys = document.getElementsByClassName('y');
var kids = ul.children;
var nodes = ul.childNodes;
var found = document.querySelectorAll('li');
check('interfaces', lis instanceof HTMLCollection && kids instanceof HTMLCollection && nodes instanceof NodeList
    && found instanceof NodeList && tagged(lis, 'HTMLCollection') && tagged(found, 'NodeList'));
check('[SameObject] children and childNodes', ul.children === kids && ul.childNodes === nodes);
check('before', lis.length === 2 && ys.length === 2 && kids.length === 2 && found.length === 2);
var li = document.createElement('li');
li.className = 'y';
li.id = 'third';
ul.appendChild(li);
check('getElementsByTagName is live', lis.length === 3 && lis[2] === li && lis.item(2) === li);
check('getElementsByClassName is live', ys.length === 3 && ys[2] === li);
check('children and childNodes are live', kids.length === 3 && kids[2] === li && nodes.item(nodes.length - 1) === li);
check('querySelectorAll is static', found.length === 2 && found[2] === undefined);
check('item and index out of range', lis.item(3) === null && lis[3] === undefined && lis.item(-1) === null);
check('namedItem by id', lis.namedItem('third') === li && lis.namedItem('none') === null);
check('index properties are own and enumerable', Object.keys(lis).join() === '0,1,2' && lis.hasOwnProperty('2'));
ul.removeChild(li);
check('shrinks after removeChild', lis.length === 2 && lis[2] === undefined && !lis.hasOwnProperty('2')
    && Object.keys(lis).join() === '0,1');
li.className = 'z';
document.body.appendChild(li);
check('class filter follows the tree', ys.length === 2 && lis.length === 3);
var texts = [];
nodes.forEach(function (n, i, list) { texts.push(i + ':' + n.textContent + ':' + (list === nodes)); });
check('NodeList forEach', texts.join() === '0:1:true,1:2:true', texts.join());
var it = nodes.keys();
var first = it.next();
check('NodeList keys/values/entries', first.value === 0 && !first.done && nodes.values().next().value === nodes[0]
    && nodes.entries().next().value[1] === nodes[0]);
var count = 0;
for (var i = 0; i < document.forms.length; i++) { count++; }
var f = document.createElement('form');
document.body.appendChild(f);
check('document.forms is live', count === 0 && document.forms.length === 1 && document.forms[0] === f);
check('firstElementChild and childElementCount', ul.firstElementChild === kids[0] && ul.childElementCount === 2
    && document.childElementCount === 1);
done();
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  /**
   * Attr and NamedNodeMap (#interface-attr, #interface-namednodemap), toggleAttribute, and the
   * attribute name check (#valid-attribute-local-name); checked against headless Chromium 156.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void attributesAndNamedNodeMap(JsEngine engine) throws Exception {
    String body =
"""
// Nashorn has no Symbol.toStringTag.
function tagged(o, tag) {
  return typeof Symbol !== 'function' || !Symbol.toStringTag || Object.prototype.toString.call(o) === '[object ' + tag + ']';
}
var a = document.getElementById('a');
var map = a.attributes;
check('NamedNodeMap', map instanceof NamedNodeMap && a.attributes === map && map.length === 2
    && tagged(map, 'NamedNodeMap'));
var id = map.getNamedItem('id');
check('Attr', id instanceof Attr && id instanceof Node && id.name === 'id' && id.localName === 'id'
    && id.value === 'a' && id.ownerElement === a && id.specified === true && id.nodeType === 2
    && id.namespaceURI === null && tagged(id, 'Attr'));
check('one Attr per attribute', map.getNamedItem('ID') === id && a.getAttributeNode('id') === id
    && map[0] === id && map.item(0) === id && map.item(2) === null && map.getNamedItem('nope') === null);
a.setAttribute('Data-K', 'v');
check('live after setAttribute', map.length === 3 && map[2].name === 'data-k' && map.item(2).value === 'v');
id.value = 'b';
check('Attr value writes the attribute', a.id === 'b' && a.getAttribute('id') === 'b');
a.id = 'a';
check('and reads it', id.value === 'a');
check('getAttributeNames and hasAttributes', a.getAttributeNames().join() === 'id,class,data-k'
    && a.hasAttributes() && !document.createElement('p').hasAttributes());
var removed = map.removeNamedItem('data-k');
check('removeNamedItem detaches', removed.name === 'data-k' && removed.value === 'v' && removed.ownerElement === null
    && !a.hasAttribute('data-k') && map.length === 2 && map[2] === undefined);
throwsName('removeNamedItem of a missing name', function () { map.removeNamedItem('data-k'); }, 'NotFoundError');
var made = document.createAttribute('Title');
check('createAttribute', made.name === 'title' && made.value === '' && made.ownerElement === null);
made.value = 't';
check('setNamedItem adds', map.setNamedItem(made) === null && a.title === 't' && made.ownerElement === a
    && map.getNamedItem('title') === made);
var other = document.createElement('p');
throwsName('an Attr in use elsewhere', function () { other.setAttributeNode(made); }, 'InUseAttributeError');
var replacement = document.createAttribute('title');
replacement.value = 'u';
check('setNamedItem replaces', map.setNamedItem(replacement) === made && made.ownerElement === null
    && made.value === 't' && a.title === 'u');
check('removeAttributeNode', a.removeAttributeNode(replacement) === replacement && !a.hasAttribute('title'));
check('toggleAttribute', a.toggleAttribute('hidden') === true && a.getAttribute('hidden') === ''
    && a.toggleAttribute('hidden') === false && !a.hasAttribute('hidden')
    && a.toggleAttribute('hidden', false) === false && !a.hasAttribute('hidden')
    && a.toggleAttribute('HIDDEN', true) === true && a.toggleAttribute('hidden', true) === true
    && a.hasAttribute('hidden'));
a.setAttribute('1a', 'v');
a.setAttribute('x:y', 'v');
check('valid attribute local names', a.getAttribute('1a') === 'v' && a.getAttribute('x:y') === 'v');
throwsName('setAttribute with a space', function () { a.setAttribute('a b', 'v'); }, 'InvalidCharacterError');
throwsName('setAttribute with =', function () { a.setAttribute('a=b', 'v'); }, 'InvalidCharacterError');
throwsName('setAttribute empty', function () { a.setAttribute('', 'v'); }, 'InvalidCharacterError');
throwsName('toggleAttribute with >', function () { a.toggleAttribute('a>'); }, 'InvalidCharacterError');
throwsName('createAttribute with /', function () { document.createAttribute('a/'); }, 'InvalidCharacterError');
done();
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  /**
   * #dom-node-childnodes and #dom-parentnode-children are live: an index read right after the
   * getter finds the children added or removed since the list was last read (it read undefined
   * when the list had been made shorter), as in Chromium 156.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void childNodesAndChildrenAreCurrentWhenRead(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "kids.html",
        engine,
"""
<!DOCTYPE html><html><body><ul id="u"></ul><script>
var ul = document.getElementById('u');
var kids = ul.childNodes, els = ul.children;
console.log(kids.length, els.length);
var a = document.createElement('li'), b = document.createElement('li');
ul.appendChild(a); ul.appendChild(document.createTextNode('t')); ul.appendChild(b);
console.log(ul.childNodes[0] === a, ul.childNodes[2] === b, ul.children[1] === b, ul.childNodes === kids, ul.children === els);
ul.removeChild(a);
console.log(ul.childNodes[2], ul.children[1], ul.children[0] === b, kids.length, els.length);
</script></body></html>
""",
"""
0 0
true true true true true
undefined undefined true 2 1
""");
  }

  /** #dom-text-wholetext: the contiguous Text siblings' data, not the node's alone (Chromium's line). */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void wholeTextJoinsTheContiguousTextNodes(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "whole-text.html",
        engine,
"""
<!DOCTYPE html><html><body><script>
var p = document.createElement('p'); p.appendChild(document.createTextNode('a')); p.appendChild(document.createTextNode('b')); p.appendChild(document.createElement('i')); p.appendChild(document.createTextNode('c')); p.appendChild(document.createComment('x')); p.appendChild(document.createTextNode('d'));
console.log(p.childNodes[0].wholeText, p.childNodes[1].wholeText, p.childNodes[3].wholeText, p.childNodes[5].wholeText, document.createTextNode('').wholeText === '');
</script></body></html>
""",
"""
ab ab c d true
""");
  }
}
