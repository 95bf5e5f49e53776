package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.w3socket.testserver.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UI libraries' browser builds from npm, loaded unmodified with {@code <script src>}, rendering
 * what a WebSocket echo brings into the page's DOM in GraalJS: React 18 with hooks, Preact with
 * hooks, Vue 3 compiling its in-DOM template, Alpine.js with x-for over a template, a jQuery chat
 * form submitted by a click, Hotwire Turbo's streams from a WebSocket stream source (custom
 * elements), htmx's WebSocket extension swapping what comes back, a Lit element (ES modules, an
 * import map) rendering into its shadow root, its styles adopted, emotion inserting its rules into
 * a style sheet, and Tailwind's browser build styling the classes a message brings; these three
 * read a styled element back through getComputedStyle. Each page prints its rendered markup once
 * its update is done (an effect, nextTick, or the handler itself), the line headless Chromium 156
 * printed for the same page; the text a change shows (the page's output) is left out of the
 * comparison.
 */
class UiFrameworksTest {
  private static Path modules;
  private static TestServer server;

  @TempDir Path dir;

  @BeforeAll
  static void install() throws IOException {
    modules = NpmFiles.install("frameworks", resource("package.json")).resolve("node_modules");
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = UiFrameworksTest.class.getResourceAsStream("frameworks/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Runs a page with the libraries (copied from node_modules), the markup, then the script. */
  private Runs.Outcome run(List<String> libraries, String markup, String script)
      throws IOException {
    return run(libraries, "", markup, script);
  }

  /** As above, each library's script element with the attributes given (" defer"). */
  private Runs.Outcome run(List<String> libraries, String attributes, String markup, String script)
      throws IOException {
    StringBuilder scripts = new StringBuilder();
    for (String library : libraries) {
      Path lib = modules.resolve(library);
      Files.copy(lib, dir.resolve(lib.getFileName()));
      scripts
          .append("<script")
          .append(attributes)
          .append(" src=\"")
          .append(lib.getFileName())
          .append("\"></script>\n");
    }
    String page =
        "<!DOCTYPE html><html><body>"
            + markup.replace("%ECHO%", server.url("/echo"))
            + "\n"
            + scripts
            + "<script>\n"
            + script.replace("%ECHO%", server.url("/echo"))
            + "</script></body></html>\n";
    Path file = dir.resolve("page.html");
    Files.writeString(file, page, StandardCharsets.UTF_8);
    return Runs.run(JsEngine.GRAALJS, b -> {}, c -> c.runPage(file, null));
  }

  private static void assertRendered(String expected, Runs.Outcome o) {
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    assertEquals(List.of(), o.err(), o::toString);
    assertEquals(
        List.of(expected),
        o.out().stream().filter(l -> l.startsWith("rendered ")).collect(Collectors.toList()),
        o::toString);
  }

  @Test
  void reactRendersMessagesFromAnEffectsSocket() throws IOException {
    Runs.Outcome o =
        run(
            List.of(
                "react/umd/react.production.min.js", "react-dom/umd/react-dom.production.min.js"),
            "<div id=\"root\"></div>",
            """
var e = React.createElement;
function Chat() {
  var state = React.useState([]);
  var messages = state[0];
  React.useEffect(function () {
    var ws = new WebSocket('%ECHO%');
    ws.onopen = function () { ws.send('hello'); ws.send('react'); };
    ws.onmessage = function (ev) { state[1](function (m) { return m.concat([ev.data]); }); };
    return function () { ws.close(); };
  }, []);
  React.useEffect(function () {
    if (messages.length === 2) {
      console.log('rendered ' + document.getElementById('root').innerHTML);
      setTimeout(function () { root.unmount(); }, 0);
    }
  }, [messages]);
  return e('ul', null, messages.map(function (m, i) { return e('li', {key: i, className: 'msg'}, m); }));
}
var root = ReactDOM.createRoot(document.getElementById('root'));
root.render(e(Chat));
""");
    assertRendered("rendered <ul><li class=\"msg\">hello</li><li class=\"msg\">react</li></ul>", o);
  }

  @Test
  void preactRendersMessagesFromAnEffectsSocket() throws IOException {
    Runs.Outcome o =
        run(
            List.of("preact/dist/preact.umd.js", "preact/hooks/dist/hooks.umd.js"),
            "<div id=\"root\"></div>",
            """
var h = preact.h;
var container = document.getElementById('root');
function Chat() {
  var state = preactHooks.useState([]);
  var messages = state[0];
  preactHooks.useEffect(function () {
    var ws = new WebSocket('%ECHO%');
    ws.onopen = function () { ws.send('hi'); ws.send('preact'); };
    ws.onmessage = function (ev) { state[1](function (m) { return m.concat([ev.data]); }); };
    return function () { ws.close(); };
  }, []);
  preactHooks.useEffect(function () {
    if (messages.length === 2) {
      console.log('rendered ' + container.innerHTML);
      setTimeout(function () { preact.render(null, container); }, 0);
    }
  }, [messages]);
  return h('ul', null, messages.map(function (m) { return h('li', {class: 'msg'}, m); }));
}
preact.render(h(Chat), container);
""");
    assertRendered("rendered <ul><li class=\"msg\">hi</li><li class=\"msg\">preact</li></ul>", o);
  }

  @Test
  void vueCompilesItsInDomTemplateAndRendersMessages() throws IOException {
    Runs.Outcome o =
        run(
            List.of("vue/dist/vue.global.prod.js"),
            "<div id=\"app\"><ul><li v-for=\"m in messages\" class=\"msg\">{{ m }}</li></ul><svg"
                + " width=\"10\" height=\"10\"><circle :r=\"messages.length\" cx=\"5\""
                + " cy=\"5\"/></svg><p>{{ messages.length }} messages</p></div>",
            """
Vue.createApp({
  data: function () { return {messages: []}; },
  mounted: function () {
    var self = this;
    var ws = new WebSocket('%ECHO%');
    ws.onopen = function () { ws.send('hello'); ws.send('vue'); };
    ws.onmessage = function (ev) {
      self.messages.push(ev.data);
      if (self.messages.length === 2) {
        self.$nextTick(function () {
          console.log('rendered ' + document.getElementById('app').innerHTML);
          ws.close();
        });
      }
    };
  }
}).mount('#app');
""");
    assertRendered(
        "rendered <ul><li class=\"msg\">hello</li><li class=\"msg\">vue</li></ul>"
            + "<svg width=\"10\" height=\"10\"><circle r=\"2\" cx=\"5\" cy=\"5\"></circle></svg>"
            + "<p>2 messages</p>",
        o);
  }

  @Test
  void alpineRepeatsATemplateForEachMessage() throws IOException {
    Runs.Outcome o =
        run(
            List.of("alpinejs/dist/cdn.min.js"),
            " defer", // as Alpine's guide loads it: it starts once the page's scripts have run
            "<div x-data=\"{ messages: [], init() { chat(this); } }\"><ul id=\"list\"><template"
                + " x-for=\"m in messages\"><li class=\"msg\" x-text=\"m\"></li></template>"
                + "</ul></div>",
            """
function chat(component) {
  var ws = new WebSocket('%ECHO%');
  ws.onopen = function () { ws.send('hello'); ws.send('alpine'); };
  ws.onmessage = function (ev) {
    component.messages.push(ev.data);
    if (component.messages.length === 2) {
      component.$nextTick(function () {
        console.log('rendered ' + document.getElementById('list').innerHTML.replace(/<!--.*?-->/g, ''));
        ws.close();
      });
    }
  };
}
""");
    assertRendered(
        "rendered <template x-for=\"m in messages\"><li class=\"msg\" x-text=\"m\"></li></template>"
            + "<li class=\"msg\" x-text=\"m\">hello</li><li class=\"msg\" x-text=\"m\">alpine</li>",
        o);
  }

  @Test
  void jqueryChatFormSendsOnSubmitAndAppendsTheEcho() throws IOException {
    Runs.Outcome o =
        run(
            List.of("jquery/dist/jquery.min.js"),
            "<form id=\"f\"><input id=\"msg\" value=\"hello jquery\"><button id=\"send\">Send"
                + "</button></form><ul id=\"log\"></ul>",
            """
$(function () {
  var ws = new WebSocket('%ECHO%');
  $('#f').on('submit', function (e) {
    e.preventDefault();
    ws.send($('#msg').val());
    $('#msg').val('');
  });
  ws.onopen = function () { $('#send').trigger('click'); };
  ws.onmessage = function (ev) {
    $('<li>').addClass('msg').text(ev.data).appendTo('#log');
    console.log('rendered ' + $('#log').html() + ' field "' + $('#msg').val() + '"');
    ws.close();
  };
});
""");
    assertRendered("rendered <li class=\"msg\">hello jquery</li> field \"\"", o);
  }

  @Test
  void turboStreamsAppendWhatTheirWebSocketSourceBrings() throws IOException {
    // Turbo's <turbo-stream-source> is a custom element whose connectedCallback opens the socket;
    // each <turbo-stream> message is a custom element that performs its action on a target.
    Runs.Outcome o =
        run(
            List.of("@hotwired/turbo/dist/turbo.es2017-umd.js"),
            " data-turbo-suppress-warning", // Turbo asks for <head>; this page has one body
            "<div id=\"messages\"></div>",
            """
document.body.insertAdjacentHTML('beforeend', '<turbo-stream-source src="%ECHO%"></turbo-stream-source>');
var source = document.querySelector('turbo-stream-source');
var messages = document.getElementById('messages');
new MutationObserver(function () {
  if (messages.children.length === 2) {
    console.log('rendered ' + messages.innerHTML);
    source.remove(); // its disconnectedCallback closes the socket
  }
}).observe(messages, {childList: true});
function stream(text) {
  return '<turbo-stream action="append" target="messages"><template><p>' + text + '</p></template></turbo-stream>';
}
source.streamSource.addEventListener('open', function () {
  source.streamSource.send(stream('hello'));
  source.streamSource.send(stream('turbo'));
});
""");
    assertRendered("rendered <p>hello</p><p>turbo</p>", o);
  }

  @Test
  void htmxSwapsWhatItsWebSocketExtensionReceives() throws IOException {
    // htmx 2 with its ws extension: ws-connect opens the socket, a ws-send form sends, and the
    // message that comes back is swapped in out of band (htmx uses XPath, CSS.escape, ShadowRoot
    // and a Proxy over FormData on the way).
    Runs.Outcome o =
        run(
            List.of("htmx.org/dist/htmx.js", "htmx-ext-ws/ws.js"),
            "<div id=\"conn\" hx-ext=\"ws\" ws-connect=\"%ECHO%\"><div id=\"chat\"></div>"
                + "<form id=\"form\" ws-send><input name=\"msg\" value=\"hello htmx\">"
                + "<button id=\"send\">Send</button></form></div>",
            """
var socket = null;
document.body.addEventListener('htmx:wsOpen', function (e) {
  socket = e.detail.event.target;
  document.getElementById('send').click();
});
document.body.addEventListener('htmx:wsConfigSend', function (e) {
  // The echo server sends back what it gets: send the fragment a chat server would (out of band).
  e.detail.messageBody = '<div id="chat" hx-swap-oob="beforeend"><p class="msg">' + e.detail.parameters.msg + '</p></div>';
});
document.body.addEventListener('htmx:wsAfterMessage', function () {
  console.log('rendered ' + document.getElementById('chat').innerHTML);
  socket.close();
});
""");
    assertRendered("rendered <p class=\"msg\">hello htmx</p>", o);
  }

  @Test
  void emotionInsertsItsRulesIntoAStyleSheet() throws IOException {
    // emotion's production build (@emotion/css's UMD bundle) inserts each rule with
    // CSSStyleSheet.insertRule into the sheet of a style element it adds: keyframes (prefixed and
    // not), a class with a pseudo-class and a media query, a global rule.
    Runs.Outcome o =
        run(
            List.of("@emotion/css/dist/emotion-css.umd.min.js"),
            "<div id=\"d\">x</div>",
            """
var spin = emotion.keyframes({from: {opacity: 0}, to: {opacity: 1}});
var cls = emotion.css({color: 'red', padding: '4px', '&:hover': {color: 'blue'},
  '@media (min-width: 600px)': {color: 'green'}});
emotion.injectGlobal({body: {margin: '0px'}});
document.getElementById('d').className = cls;
var texts = [];
Array.prototype.forEach.call(document.styleSheets, function (s) {
  Array.prototype.forEach.call(s.cssRules, function (r) {
    texts.push(r.cssText.replace(/css-[a-z0-9]+/g, 'css-X').replace(/animation-[a-z0-9]+/g, 'animation-X')
        .replace(/\\n */g, ' '));
  });
});
var d = document.getElementById('d');
console.log('rendered ' + document.styleSheets.length + ' ' + document.querySelector('.' + cls).id + ' '
    + texts.join(' | ') + ' | ' + getComputedStyle(d).color + ' ' + getComputedStyle(d).padding + ' '
    + getComputedStyle(document.body).marginTop);
""");
    assertRendered(
        "rendered 1 d @-webkit-keyframes animation-X {  0% { opacity: 0; } 100% { opacity: 1; } }"
            + " | @keyframes animation-X {  0% { opacity: 0; } 100% { opacity: 1; } }"
            + " | .css-X { color: red; padding: 4px; } | .css-X:hover { color: blue; }"
            + " | @media (min-width: 600px) { .css-X { color: green; } } | body { margin: 0px; }"
            + " | rgb(0, 128, 0) 4px 0px",
        o);
  }

  @Test
  void tailwindStylesTheClassesAMessageBrings() throws IOException {
    // Tailwind CSS 4's browser build compiles the utility classes it finds in the page into a
    // style element, again when a script adds more (here the classes a WebSocket echo brings), in
    // cascade layers with logical properties, custom properties (registered with @property, whose
    // initial values the border, shadow and translate utilities read), calc() and oklch() colors;
    // the page reads them back once the button is styled. Chromium printed the same line.
    Runs.Outcome o =
        run(
            List.of("@tailwindcss/browser/dist/index.global.js"),
            "<div id=\"d\" class=\"flex p-4 text-red-500 font-bold md:hidden rounded-lg\">x</div>",
            """
function cs(el, props) {
  var c = getComputedStyle(el);
  return props.split(' ').map(function (p) { return p + '=' + c.getPropertyValue(p); }).join('; ');
}
var ws = new WebSocket('%ECHO%');
ws.onopen = function () {
  ws.send('px-2 py-1 bg-blue-500 text-white disabled:opacity-50 border shadow-md translate-x-4');
};
ws.onmessage = function (e) {
  var b = document.createElement('button');
  b.className = e.data;
  b.disabled = true;
  document.body.appendChild(b);
  var mo = new MutationObserver(function () {
    if (getComputedStyle(b).paddingLeft !== '0px') {
      mo.disconnect();
      console.log('rendered ' + cs(document.getElementById('d'), 'display padding-top color font-weight '
          + 'border-top-left-radius') + ' | ' + cs(b, 'padding-left padding-top background-color color opacity '
          + 'border-top-style border-top-width box-shadow translate'));
      ws.close();
    }
  });
  mo.observe(document.head, {childList: true, subtree: true, characterData: true});
};
""");
    assertRendered(
        "rendered display=none; padding-top=16px; color=oklch(0.637 0.237 25.331); font-weight=700;"
            + " border-top-left-radius=8px | padding-left=8px; padding-top=4px;"
            + " background-color=oklch(0.623 0.214 259.815); color=rgb(255, 255, 255); opacity=0.5;"
            + " border-top-style=solid; border-top-width=1px; box-shadow=rgba(0, 0, 0, 0) 0px 0px"
            + " 0px 0px, rgba(0, 0, 0, 0) 0px 0px 0px 0px, rgba(0, 0, 0, 0) 0px 0px 0px 0px,"
            + " rgba(0, 0, 0, 0) 0px 0px 0px 0px, rgba(0, 0, 0, 0.1) 0px 4px 6px -1px, rgba(0, 0,"
            + " 0, 0.1) 0px 2px 4px -2px; translate=16px",
        o);
  }

  @Test
  void litRendersMessagesInItsShadowRoot() throws IOException {
    // A LitElement from Lit's ES modules (an import map names them, as its guide does without a
    // bundler): a custom element rendering into its shadow root through a template walk.
    String map =
        String.join(
            ",\n",
            entry("lit", "lit/index.js"),
            entry("lit/", "lit/"),
            entry("lit-html", "lit-html/lit-html.js"),
            entry("lit-html/", "lit-html/"),
            entry("lit-element/", "lit-element/"),
            entry("@lit/reactive-element", "@lit/reactive-element/reactive-element.js"),
            entry("@lit/reactive-element/", "@lit/reactive-element/"));
    String page =
        "<!DOCTYPE html><html><head><script type=\"importmap\">{\"imports\": {\n"
            + map
            + "\n}}</script></head><body><chat-log></chat-log>\n<script type=\"module\">\n"
            + """
import {LitElement, html, css} from 'lit';
class ChatLog extends LitElement {
  static properties = {messages: {type: Array}};
  static styles = css`li { color: teal; }`;
  constructor() { super(); this.messages = []; }
  render() { return html`<ul>${this.messages.map((m) => html`<li class="msg">${m}</li>`)}</ul>`; }
}
customElements.define('chat-log', ChatLog);
const log = document.querySelector('chat-log');
const ws = new WebSocket('%ECHO%');
ws.onopen = () => { ws.send('hello'); ws.send('lit'); };
ws.onmessage = async (e) => {
  log.messages = [...log.messages, e.data];
  if (log.messages.length === 2) {
    await log.updateComplete;
    console.log('rendered ' + log.shadowRoot.querySelector('ul').outerHTML.replace(/<!--[^]*?-->/g, '')
        + ' ' + getComputedStyle(log.shadowRoot.querySelector('li')).color);
    ws.close();
  }
};
"""
                .replace("%ECHO%", server.url("/echo"))
            + "</script></body></html>\n";
    Path file = dir.resolve("lit.html");
    Files.writeString(file, page, StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(JsEngine.GRAALJS, b -> {}, c -> c.runPage(file, null));
    assertRendered(
        "rendered <ul><li class=\"msg\">hello</li><li class=\"msg\">lit</li></ul> rgb(0, 128, 128)",
        o);
  }

  /** An import map entry naming a file or folder of the installed packages by its file URL. */
  private static String entry(String specifier, String path) {
    String url = modules.resolve(path).toUri().toString();
    return "\""
        + specifier
        + "\": \""
        + (path.endsWith("/") && !url.endsWith("/") ? url + "/" : url)
        + "\"";
  }
}
