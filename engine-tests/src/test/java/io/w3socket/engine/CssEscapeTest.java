package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The CSS namespace (CSSOM #namespacedef-css; the lazy module css, css-namespace.js) and CSS.escape
 * (#the-css.escape()-method, #serialize-an-identifier) over a list of identifiers: NULL, control
 * characters, digits first or after a hyphen, a lone hyphen, ASCII punctuation, non-ASCII and lone
 * surrogates, values that are not strings; then selectors built with it, as htmx builds them. The
 * page prints what headless Chromium 156 printed for it, in both engines (Nashorn has no
 * Symbol.toStringTag).
 */
class CssEscapeTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void escapeAsChromiumHasIt(JsEngine engine) throws Exception {
    Path page = dir.resolve("css.html");
    Files.writeString(
        page,
        """
<!DOCTYPE html><html><head><meta charset=utf-8></head><body><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function t(label, f) { try { log(label, f()); } catch (e) { log(label, e.name + ': ' + e.message); } }
function show(s) { return JSON.stringify(s).replace(/[\\u007f-\\uffff]/g, function (c) { return '\\\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }
var tagged = typeof Symbol === 'function' && !!Symbol.toStringTag;
log(typeof CSS, Object.prototype.toString.call(CSS), String(CSS), typeof CSS.escape, CSS.escape.length);
var d = Object.getOwnPropertyDescriptor(window, 'CSS'); log('window.CSS', typeof d.value, d.writable, d.enumerable, d.configurable);
d = Object.getOwnPropertyDescriptor(CSS, 'escape'); log('CSS.escape', typeof d.value, d.writable, d.enumerable, d.configurable);
d = tagged ? Object.getOwnPropertyDescriptor(CSS, Symbol.toStringTag) : {}; log('toStringTag', d.value, d.writable, d.enumerable, d.configurable);
log(Object.getPrototypeOf(CSS) === Object.prototype, Object.keys(CSS).indexOf('escape') >= 0);
t('no argument', function () { return CSS.escape(); });
t('symbol', function () { return CSS.escape(Symbol('x')); });
t('this unbound', function () { var e = CSS.escape; return e('#a'); });
var cases = ['', 'a', 'abc-def_ghi', '-', '--', '---', '-a', '-1', '--1', '-_', '_', '1', '12a', '1a2', 'a1', '0x', '9', '-9x', '--9',
  'a b', 'a.b', 'a:b', 'a#b', '#id', '.cls', 'a,b', 'a\\\\b', 'a"b', "a'b", 'a/b', 'a(b)', '[x=y]', 'a~b+c>d', '!@$%^&*', '{}', '`|=?;<>',
  '\\u0000', 'a\\u0000b', '\\u0001', '\\u001f', '\\u007f', 'a\\u0010b', '\\t\\n\\r', '\\u0080', '\\u00a0', 'é', '\\ufffd', '\\ud83d\\ude00', '\\ud800', 'a\\udc00', '1\\u0000',
  '-\\u0000', '-\\u007f', '\\u0000-', 'ñandú', '日本語', 'x\\u2028y', undefined, null, 0, 1.5, -1, true, {}, [1, 2]];
cases.forEach(function (c) { log(show(String(c)), '=>', show(CSS.escape(c))); });
// What htmx and the like do with it.
var box = document.createElement('div'); box.innerHTML = '<div id="1st:item"><i></i></div><div id="a.b#c"></div>';
log(box.querySelector('#' + CSS.escape('1st:item')).id, box.querySelector('#' + CSS.escape('a.b#c')).id, box.querySelector('#' + CSS.escape('1st:item') + ' > i').nodeName);
</script></body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    String expected =
        """
object [object CSS] [object CSS] function 1
window.CSS object true false true
CSS.escape function true true true
toStringTag CSS false false true
true true
no argument TypeError: Failed to execute 'escape' on 'CSS': 1 argument required, but only 0 present.
symbol TypeError: Failed to execute 'escape' on 'CSS': Cannot convert a Symbol value to a string
this unbound \\#a
"" => ""
"a" => "a"
"abc-def_ghi" => "abc-def_ghi"
"-" => "\\\\-"
"--" => "--"
"---" => "---"
"-a" => "-a"
"-1" => "-\\\\31 "
"--1" => "--1"
"-_" => "-_"
"_" => "_"
"1" => "\\\\31 "
"12a" => "\\\\31 2a"
"1a2" => "\\\\31 a2"
"a1" => "a1"
"0x" => "\\\\30 x"
"9" => "\\\\39 "
"-9x" => "-\\\\39 x"
"--9" => "--9"
"a b" => "a\\\\ b"
"a.b" => "a\\\\.b"
"a:b" => "a\\\\:b"
"a#b" => "a\\\\#b"
"#id" => "\\\\#id"
".cls" => "\\\\.cls"
"a,b" => "a\\\\,b"
"a\\\\b" => "a\\\\\\\\b"
"a\\"b" => "a\\\\\\"b"
"a'b" => "a\\\\'b"
"a/b" => "a\\\\/b"
"a(b)" => "a\\\\(b\\\\)"
"[x=y]" => "\\\\[x\\\\=y\\\\]"
"a~b+c>d" => "a\\\\~b\\\\+c\\\\>d"
"!@$%^&*" => "\\\\!\\\\@\\\\$\\\\%\\\\^\\\\&\\\\*"
"{}" => "\\\\{\\\\}"
"`|=?;<>" => "\\\\`\\\\|\\\\=\\\\?\\\\;\\\\<\\\\>"
"\\u0000" => "\\ufffd"
"a\\u0000b" => "a\\ufffdb"
"\\u0001" => "\\\\1 "
"\\u001f" => "\\\\1f "
"\\u007f" => "\\\\7f "
"a\\u0010b" => "a\\\\10 b"
"\\t\\n\\r" => "\\\\9 \\\\a \\\\d "
"\\u0080" => "\\u0080"
"\\u00a0" => "\\u00a0"
"\\u00e9" => "\\u00e9"
"\\ufffd" => "\\ufffd"
"\\ud83d\\ude00" => "\\ud83d\\ude00"
"\\ud800" => "\\ud800"
"a\\udc00" => "a\\udc00"
"1\\u0000" => "\\\\31 \\ufffd"
"-\\u0000" => "-\\ufffd"
"-\\u007f" => "-\\\\7f "
"\\u0000-" => "\\ufffd-"
"\\u00f1and\\u00fa" => "\\u00f1and\\u00fa"
"\\u65e5\\u672c\\u8a9e" => "\\u65e5\\u672c\\u8a9e"
"x\\u2028y" => "x\\u2028y"
"undefined" => "undefined"
"null" => "null"
"0" => "\\\\30 "
"1.5" => "\\\\31 \\\\.5"
"-1" => "-\\\\31 "
"true" => "true"
"[object Object]" => "\\\\[object\\\\ Object\\\\]"
"1,2" => "\\\\31 \\\\,2"
1st:item a.b#c I
""";
    if (engine == JsEngine.NASHORN) { // no Symbol.toStringTag
      expected =
          expected
              .replace("[object CSS] [object CSS]", "[object Object] [object Object]")
              .replace("toStringTag CSS false false true", "toStringTag    ");
    }
    assertEquals(Runs.lines(expected), o.out(), o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
  }
}
