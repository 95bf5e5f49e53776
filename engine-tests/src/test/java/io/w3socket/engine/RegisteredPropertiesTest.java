package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Registered custom properties (css-property-rule.js, css-property-syntax.js): @property rules and
 * CSS.registerProperty, in both engines, as headless Chromium 156 answers. The pages print the
 * registered properties getComputedStyle lists sorted (Chromium lists them in an order of its own).
 */
class RegisteredPropertiesTest {
  @TempDir Path dir;

  /**
   * @property: registered properties' initial values, inheritance only where registered, values
   *     computed by their syntax (lengths in em, colors, numbers, angles, times, integers,
   *     keywords, lists) and invalid ones falling back (a non-inherited one to its initial value,
   *     an inherited one to its parent's); invalid rules dropped from the sheet; a rule in a
   *     matching @media; CSSPropertyRule's members and cssText; CSS.registerProperty's errors, and
   *     its registration winning over a rule's.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void propertyRulesAndRegisterPropertyAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "property.html",
        engine,
        """
<!DOCTYPE html><html><head><style>
@property --len { syntax: "<length>"; inherits: false; initial-value: 10px; }
@property --col { syntax: "<color>"; inherits: true; initial-value: red; }
@property --any { syntax: "*"; inherits: false; }
@property --num { syntax: "<number> | auto"; inherits: false; initial-value: auto; }
@property --bad { syntax: "<length>"; inherits: false; }
@property --bad2 { syntax: "<length>"; initial-value: 1px; }
@property notcustom { syntax: "*"; inherits: false; }
@property --ang { syntax: "<angle>"; inherits: false; initial-value: 0.5turn; }
@property --list { syntax: "<length>+"; inherits: false; initial-value: 1em 2px; }
@property --pct { syntax: "<length-percentage>"; inherits: false; initial-value: 50%; }
@property --t { syntax: "<time>"; inherits: false; initial-value: 100ms; }
@property --i { syntax: "<integer>"; inherits: false; initial-value: 3; }
@property --kw { syntax: "small | large"; inherits: false; initial-value: small; }
@media (min-width: 1px) { @property --inmedia { syntax: "<number>"; inherits: false; initial-value: 7; } }
.a { --len: 2em; font-size: 20px; --col: blue; --any: foo bar; --num: 3.50; }
.b { --len: nonsense; --col: notacolor; }
.c { --ang: 90deg; --list: 1px 2em; --t: 2s; --i: 4.5; --kw: large; }
.d { border-style: var(--bs); --bs: solid; width: var(--len); }
</style></head><body>
<div id=p class=a><div id=c1></div></div><div id=b class=b><div id=b1></div></div><div id=c class=c></div><div id=d class=d></div><div id=z></div>
<script>
var props = ['--len','--col','--any','--num','--bad','--bad2','--ang','--list','--pct','--t','--i','--kw','--inmedia'];
['p','c1','b','b1','c','z'].forEach(function (id) { var cs = getComputedStyle(document.getElementById(id)); console.log(id + ' ' + props.map(function (p) { return p + '=' + JSON.stringify(cs.getPropertyValue(p)); }).join('; ')); });
var rules = document.styleSheets[0].cssRules;
console.log('rules', rules.length, Array.prototype.map.call(rules, function (r) { return r.constructor.name; }).join(','));
var r = rules[0]; console.log(r.type, r.name, JSON.stringify(r.syntax), r.inherits, JSON.stringify(r.initialValue), r.cssText);
console.log(rules[2].cssText, JSON.stringify(rules[2].initialValue));
var names = []; var cs = getComputedStyle(document.getElementById('z')); for (var i = 0; i < cs.length; i++) if (cs[i].indexOf('--') === 0) names.push(cs[i]); console.log('names', names.sort().join(','));
function t(d) { try { CSS.registerProperty(d); return 'ok'; } catch (e) { return e.name + ': ' + e.message; } }
console.log(t({name: '--r1', syntax: '<length>', inherits: false, initialValue: '5px'}));
console.log(t({name: '--r1', syntax: '<length>', inherits: false, initialValue: '5px'}));
console.log(t({name: 'r2', inherits: false}));
console.log(t({name: '--r3', syntax: '<length>', inherits: false}));
console.log(t({name: '--r4', syntax: '<lengthx>', inherits: false, initialValue: '1px'}));
console.log(t({name: '--r5', syntax: '<length>', inherits: false, initialValue: '1em'}));
console.log(t({name: '--r6', inherits: true}));
console.log(t({name: '--r7', syntax: '<length>', initialValue: '1px'}));
console.log(t({name: '--len', syntax: '<number>', inherits: false, initialValue: '1'}));
console.log(t({syntax: '*', inherits: false}));
console.log(getComputedStyle(document.getElementById('z')).getPropertyValue('--r1'), getComputedStyle(document.getElementById('z')).getPropertyValue('--len'));
</script></body></html>
""",
        """
p --len="40px"; --col="rgb(0, 0, 255)"; --any="foo bar"; --num="3.5"; --bad=""; --bad2=""; --ang="180deg"; --list=""; --pct="50%"; --t="0.1s"; --i="3"; --kw="small"; --inmedia="7"
c1 --len="10px"; --col="rgb(0, 0, 255)"; --any=""; --num="auto"; --bad=""; --bad2=""; --ang="180deg"; --list=""; --pct="50%"; --t="0.1s"; --i="3"; --kw="small"; --inmedia="7"
b --len="10px"; --col="rgb(255, 0, 0)"; --any=""; --num="auto"; --bad=""; --bad2=""; --ang="180deg"; --list=""; --pct="50%"; --t="0.1s"; --i="3"; --kw="small"; --inmedia="7"
b1 --len="10px"; --col="rgb(255, 0, 0)"; --any=""; --num="auto"; --bad=""; --bad2=""; --ang="180deg"; --list=""; --pct="50%"; --t="0.1s"; --i="3"; --kw="small"; --inmedia="7"
c --len="10px"; --col="rgb(255, 0, 0)"; --any=""; --num="auto"; --bad=""; --bad2=""; --ang="90deg"; --list="1px 2em"; --pct="50%"; --t="2s"; --i="3"; --kw="large"; --inmedia="7"
z --len="10px"; --col="rgb(255, 0, 0)"; --any=""; --num="auto"; --bad=""; --bad2=""; --ang="180deg"; --list=""; --pct="50%"; --t="0.1s"; --i="3"; --kw="small"; --inmedia="7"
rules 14 CSSPropertyRule,CSSPropertyRule,CSSPropertyRule,CSSPropertyRule,CSSPropertyRule,CSSPropertyRule,CSSPropertyRule,CSSPropertyRule,CSSPropertyRule,CSSMediaRule,CSSStyleRule,CSSStyleRule,CSSStyleRule,CSSStyleRule
0 --len "<length>" false "10px" @property --len { syntax: "<length>"; inherits: false; initial-value: 10px; }
@property --any { syntax: "*"; inherits: false; } null
names --ang,--col,--i,--inmedia,--kw,--len,--num,--pct,--t
ok
InvalidModificationError: Failed to execute 'registerProperty' on 'CSS': The name provided has already been registered.
SyntaxError: Failed to execute 'registerProperty' on 'CSS': Custom property names must start with '--'.
SyntaxError: Failed to execute 'registerProperty' on 'CSS': An initial value must be provided if the syntax is not '*'
SyntaxError: Failed to execute 'registerProperty' on 'CSS': The syntax provided is not a valid custom property syntax.
SyntaxError: Failed to execute 'registerProperty' on 'CSS': The initial value provided is not computationally independent.
ok
TypeError: Failed to execute 'registerProperty' on 'CSS': Failed to read the 'inherits' property from 'PropertyDefinition': Required member is undefined.
ok
TypeError: Failed to execute 'registerProperty' on 'CSS': Failed to read the 'name' property from 'PropertyDefinition': Required member is undefined.
5px 1
""");
  }

  /**
   * Syntaxes and their computed values: comma and space lists, transform lists, calc(),
   * currentcolor, resolutions, strings, case-insensitive inherits, a descriptor given twice, spaces
   * around a syntax, alternatives, exponents, colors with alpha; the syntax errors
   * CSS.registerProperty throws.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void syntaxesComputeAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "syntaxes.html",
        engine,
        """
<!DOCTYPE html><html><head><style>
@property --a { syntax: '<length>#'; inherits: false; initial-value: 1px, 2px; }
@property --b { syntax: "<transform-list>"; inherits: false; initial-value: rotate(10deg) scale(2); }
@property --c { syntax: "<custom-ident>+"; inherits: false; initial-value: foo bar; }
@property --d { syntax: "<length>"; inherits: false; initial-value: calc(1px + 2px); }
@property --e { syntax: "<color>"; inherits: false; initial-value: currentcolor; }
@property --f { syntax: "<resolution>"; inherits: false; initial-value: 96dpi; }
@property --g { syntax: "<string>"; inherits: false; initial-value: 'x'; }
@property --h { syntax: "<length>"; inherits: FALSE; initial-value: 1px; }
@property --i { syntax: "<length>"; inherits: false; initial-value: 1px; initial-value: 2px; }
@property --j { syntax: " <length> "; inherits: true; initial-value: 3px; }
@property --k { syntax: "<length> | <percentage>"; inherits: false; initial-value: 5%; }
@property --l { syntax: "<number>"; inherits: false; initial-value: 1e2; }
@property --m { syntax: "<color>"; inherits: false; initial-value: #ff000080; }
.x { --e: currentcolor; color: blue; --k: 3px; --c: a; --a: 3px,4px; --m: hsl(120 100% 50%); }
</style></head><body><div id=x class=x></div><div id=y></div>
<script>
var rules = document.styleSheets[0].cssRules;
console.log('rules', rules.length, Array.prototype.map.call(rules, function (r) { return r.name || r.selectorText; }).join(','));
Array.prototype.forEach.call(rules, function (r) { if (r.name) console.log(r.cssText, '|', JSON.stringify(r.syntax), JSON.stringify(r.initialValue)); });
var props = ['--a','--b','--c','--d','--e','--f','--g','--h','--i','--j','--k','--l','--m'];
['x','y'].forEach(function (id) { var cs = getComputedStyle(document.getElementById(id)); console.log(id + ' ' + props.map(function (p) { return p + '=' + JSON.stringify(cs.getPropertyValue(p)); }).join('; ')); });
function t(d) { try { CSS.registerProperty(d); return 'ok'; } catch (e) { return e.name + ': ' + e.message; } }
console.log(t({name: '--r1', syntax: '<length>', inherits: false, initialValue: 'red'}));
console.log(t({name: '--r2', syntax: '<length>', inherits: false, initialValue: 'var(--x)'}));
console.log(t({name: '--r3', syntax: '<transform-list>+', inherits: false, initialValue: 'none'}));
console.log(t({name: '--r4', syntax: '', inherits: false}));
console.log(t({name: '--r5', syntax: '<length> <number>', inherits: false, initialValue: '1px'}));
console.log(t({name: '--', syntax: '*', inherits: false}));
console.log(t({name: '--r6', syntax: 'inherit', inherits: false, initialValue: 'inherit'}));
console.log(t({name: '--r7', syntax: 'Foo', inherits: false, initialValue: 'Foo'}));
console.log(t({name: '--r8', syntax: '*', inherits: false, initialValue: 'a  b'}));
console.log(t(null));
console.log(typeof CSS.registerProperty, CSS.registerProperty.length, typeof CSSPropertyRule, CSSPropertyRule.prototype.hasOwnProperty('initialValue'));
console.log(JSON.stringify(getComputedStyle(document.getElementById('y')).getPropertyValue('--r8')), getComputedStyle(document.getElementById('y')).getPropertyValue('--r7'));
</script></body></html>
""",
        """
rules 14 --a,--b,--c,--d,--e,--f,--g,--h,--i,--j,--k,--l,--m,.x
@property --a { syntax: "<length>#"; inherits: false; initial-value: 1px, 2px; } | "<length>#" "1px, 2px"
@property --b { syntax: "<transform-list>"; inherits: false; initial-value: rotate(10deg) scale(2); } | "<transform-list>" "rotate(10deg) scale(2)"
@property --c { syntax: "<custom-ident>+"; inherits: false; initial-value: foo bar; } | "<custom-ident>+" "foo bar"
@property --d { syntax: "<length>"; inherits: false; initial-value: calc(1px + 2px); } | "<length>" "calc(1px + 2px)"
@property --e { syntax: "<color>"; inherits: false; initial-value: currentcolor; } | "<color>" "currentcolor"
@property --f { syntax: "<resolution>"; inherits: false; initial-value: 96dpi; } | "<resolution>" "96dpi"
@property --g { syntax: "<string>"; inherits: false; initial-value: 'x'; } | "<string>" "'x'"
@property --h { syntax: "<length>"; inherits: false; initial-value: 1px; } | "<length>" "1px"
@property --i { syntax: "<length>"; inherits: false; initial-value: 2px; } | "<length>" "2px"
@property --j { syntax: " <length> "; inherits: true; initial-value: 3px; } | " <length> " "3px"
@property --k { syntax: "<length> | <percentage>"; inherits: false; initial-value: 5%; } | "<length> | <percentage>" "5%"
@property --l { syntax: "<number>"; inherits: false; initial-value: 1e2; } | "<number>" "1e2"
@property --m { syntax: "<color>"; inherits: false; initial-value: #ff000080; } | "<color>" "#ff000080"
x --a="3px, 4px"; --b="rotate(10deg) scale(2)"; --c="a"; --d="3px"; --e="currentcolor"; --f="1dppx"; --g="\\"x\\""; --h="1px"; --i="2px"; --j="3px"; --k="3px"; --l="100"; --m="rgb(0, 255, 0)"
y --a="1px, 2px"; --b="rotate(10deg) scale(2)"; --c="foo bar"; --d="3px"; --e="currentcolor"; --f="1dppx"; --g="\\"x\\""; --h="1px"; --i="2px"; --j="3px"; --k="5%"; --l="100"; --m="rgba(255, 0, 0, 0.5)"
SyntaxError: Failed to execute 'registerProperty' on 'CSS': The initial value provided does not parse for the given syntax.
SyntaxError: Failed to execute 'registerProperty' on 'CSS': The initial value provided does not parse for the given syntax.
SyntaxError: Failed to execute 'registerProperty' on 'CSS': The syntax provided is not a valid custom property syntax.
SyntaxError: Failed to execute 'registerProperty' on 'CSS': The syntax provided is not a valid custom property syntax.
SyntaxError: Failed to execute 'registerProperty' on 'CSS': The syntax provided is not a valid custom property syntax.
SyntaxError: Failed to execute 'registerProperty' on 'CSS': Custom property names must start with '--'.
SyntaxError: Failed to execute 'registerProperty' on 'CSS': The syntax provided is not a valid custom property syntax.
ok
ok
TypeError: Failed to execute 'registerProperty' on 'CSS': The provided value is not of type 'PropertyDefinition'.
function 1 function true
"a  b" Foo
""");
  }
}
