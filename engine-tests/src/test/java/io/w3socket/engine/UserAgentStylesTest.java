package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The user-agent style sheet (user-agent.css, UserAgentStyles): getComputedStyle of HTML elements
 * no author sheet styles, in both engines, as headless Chromium 156 computes them: form controls of
 * each kind and disabled (through a disabled fieldset, but not in its first legend), links,
 * headings, lists nested in lists, tables, phrasing elements, bidi isolation, the hidden attribute,
 * details and summary, dialog, replaced elements, and monospace text at Chromium's default fixed
 * size. The page prints each element's values that differ from a span's; layout-dependent ones
 * (widths, an open dialog's margins) are left out.
 */
class UserAgentStylesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void unstyledElementsComputeAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "useragent.html",
        engine,
        """
<!DOCTYPE html><html><head></head><body>
<span id=plain></span><input id=a><button id=c>x</button><select id=e><option>o</option></select><textarea id=f></textarea><input id=g type=checkbox><input id=g2 type=radio><input id=q type=submit><input id=q2 type=range><input id=q3 type=color><input id=q4 type=file><input id=q5 type=image><progress id=pr></progress><meter id=me></meter>
<span id=s1 dir=ltr>a</span><bdo id=s2 dir=rtl>b</bdo><bdi id=s3>c</bdi><output id=s4></output><details id=s5><summary id=s6>s</summary></details><dialog id=s7></dialog><iframe id=s9></iframe><img id=s10><video id=s11></video><b id=s12><b id=s13>bb</b></b><strong id=s14>s</strong><ol id=s15><li id=s16><ul id=s17><li><ul id=s18></ul></li></ul></li></ol><dl id=s19><dt id=s20>t</dt><dd id=s21>d</dd></dl><abbr id=s22 title=x>a</abbr><ins id=s23>i</ins><del id=s24>d</del><s id=s25>s</s><u id=s26>u</u><center id=s27>c</center><th id=s28></th><caption id=s29></caption><legend id=s30></legend><optgroup id=s31></optgroup><search id=s32></search><rp id=s33></rp><ruby id=s34></ruby><nobr id=s35></nobr><q id=s36></q><kbd id=s37></kbd><big id=s38></big><sub id=s39></sub><address id=s40></address><h2 id=s41></h2><h6 id=s42></h6><marquee id=s43></marquee><embed id=s44 hidden><a id=s45>noref</a><area id=s46><map id=s47></map><menu id=s48></menu><tt id=s49></tt><label id=s50></label>
<input id=d1 disabled><textarea id=d2 disabled></textarea><select id=d3 disabled></select><button id=d4 disabled>b</button><input id=d5 type=submit disabled><input id=d6 type=checkbox disabled><fieldset id=d7 disabled><input id=d8><legend id=d9><input id=d10></legend></fieldset><input id=d11 type=range><iframe id=d12></iframe><details id=d13 open><summary id=d14>s</summary></details><input id=d15 type=reset><input id=d16 type=button><input id=d17 type=search><input id=d18 type=password><input id=d19 type=number><input id=d20 type=date><a id=d21 href=x><span id=d22>in link</span></a><table id=d23><caption id=d24>c</caption><tr id=d25><th id=d26>h</th></tr></table><hr id=d27><optgroup id=d28 disabled></optgroup><option id=d29 disabled>x</option><canvas id=d30></canvas><object id=d31></object><audio id=d32></audio><audio id=d33 controls></audio><pre id=d34><span id=d35>x</span></pre><code id=d36><code id=d37></code></code><div id=d38 style="font-family: monospace">m</div><div id=d39 style="font-family: monospace, serif">m</div><p id=d40 style="font: 20px monospace"><code id=d41></code></p>
<script>
// Each element's values that differ from those of a span in the body.
var props = ['display','color','backgroundColor','fontSize','fontFamily','fontWeight','fontStyle','margin','padding','border','cursor','textDecoration','verticalAlign','listStyle','whiteSpace','textAlign','boxSizing','unicodeBidi','overflowX','objectFit','appearance','minWidth'];
var plain = getComputedStyle(document.getElementById('plain'));
Array.prototype.forEach.call(document.querySelectorAll('[id]'), function (el) {
  var cs = getComputedStyle(el);
  console.log([el.id].concat(props.filter(function (p) { return cs[p] !== plain[p]; }).map(function (p) { return p + '=' + cs[p]; })).join('; '));
});
</script></body></html>
""",
        """
plain
a; display=inline-block; backgroundColor=rgb(255, 255, 255); fontSize=13.3333px; fontFamily=Arial; padding=1px 2px; border=2px inset rgb(118, 118, 118); cursor=text; overflowX=clip; appearance=auto
c; display=inline-block; backgroundColor=rgb(239, 239, 239); fontSize=13.3333px; fontFamily=Arial; padding=1px 6px; border=2px outset rgb(0, 0, 0); cursor=default; textAlign=center; boxSizing=border-box; appearance=auto
e; display=inline-block; backgroundColor=rgb(239, 239, 239); fontSize=13.3333px; fontFamily=Arial; border=1px solid rgb(118, 118, 118); cursor=default; whiteSpace=pre; boxSizing=border-box; overflowX=clip; appearance=auto
f; display=inline-block; backgroundColor=rgb(255, 255, 255); fontSize=13.3333px; fontFamily=monospace; padding=2px; border=1px solid rgb(118, 118, 118); cursor=text; whiteSpace=pre-wrap; overflowX=auto; appearance=auto
g; display=inline-block; fontSize=13.3333px; fontFamily=Arial; margin=3px 3px 3px 4px; cursor=default; boxSizing=border-box; appearance=auto
g2; display=inline-block; fontSize=13.3333px; fontFamily=Arial; margin=3px 3px 0px 5px; cursor=default; boxSizing=border-box; appearance=auto
q; display=inline-block; backgroundColor=rgb(239, 239, 239); fontSize=13.3333px; fontFamily=Arial; padding=1px 6px; border=2px outset rgb(0, 0, 0); cursor=default; whiteSpace=pre; textAlign=center; boxSizing=border-box; overflowX=clip; appearance=auto
q2; display=inline-block; color=rgb(157, 150, 142); backgroundColor=rgb(255, 255, 255); fontSize=13.3333px; fontFamily=Arial; margin=2px; border=0px none rgb(157, 150, 142); cursor=default; appearance=auto
q3; display=inline-block; backgroundColor=rgb(239, 239, 239); fontSize=13.3333px; fontFamily=Arial; padding=1px 2px; border=1px solid rgb(0, 0, 0); cursor=default; boxSizing=border-box; overflowX=clip; appearance=auto
q4; display=inline-block; fontSize=13.3333px; fontFamily=Arial; cursor=default; whiteSpace=pre; overflowX=clip
q5; display=inline-block; fontSize=13.3333px; fontFamily=Arial; cursor=pointer; overflowX=clip
pr; display=inline-block; verticalAlign=-3.2px; boxSizing=border-box; appearance=auto
me; display=inline-block; verticalAlign=-3.2px; boxSizing=border-box; appearance=auto
s1; unicodeBidi=isolate
s2; unicodeBidi=isolate-override
s3; unicodeBidi=isolate
s4; unicodeBidi=isolate
s5; display=block
s6; display=list-item; listStyle=inside none disclosure-closed; unicodeBidi=isolate
s7; display=none; backgroundColor=rgb(255, 255, 255); margin=auto; padding=16px; border=3px solid rgb(0, 0, 0)
s9; border=2px inset rgb(0, 0, 0); overflowX=clip
s10; overflowX=clip
s11; overflowX=clip; objectFit=contain
s12; fontWeight=700
s13; fontWeight=900
s14; fontWeight=700
s15; display=block; margin=16px 0px; padding=0px 0px 0px 40px; listStyle=outside none decimal; unicodeBidi=isolate
s16; display=list-item; listStyle=outside none decimal; unicodeBidi=isolate
s17; display=block; padding=0px 0px 0px 40px; listStyle=outside none circle; unicodeBidi=isolate
s18; display=block; padding=0px 0px 0px 40px; listStyle=outside none square; unicodeBidi=isolate
s19; display=block; margin=16px 0px; unicodeBidi=isolate
s20; display=block; unicodeBidi=isolate
s21; display=block; margin=0px 0px 0px 40px; unicodeBidi=isolate
s22; textDecoration=underline dotted
s23; textDecoration=underline
s24; textDecoration=line-through
s25; textDecoration=line-through
s26; textDecoration=underline
s27; display=block; textAlign=-webkit-center; unicodeBidi=isolate
s30; display=block; padding=0px 2px; unicodeBidi=isolate
s31; display=block; fontWeight=700
s32; display=block; unicodeBidi=isolate
s33; display=none
s34; display=ruby
s35; whiteSpace=nowrap
s36
s37; fontSize=13px; fontFamily=monospace
s38; fontSize=19.2px
s39; fontSize=13.3333px; verticalAlign=sub
s40; display=block; fontStyle=italic; unicodeBidi=isolate
s41; display=block; fontSize=24px; fontWeight=700; margin=19.92px 0px; unicodeBidi=isolate
s42; display=block; fontSize=10.72px; fontWeight=700; margin=24.9776px 0px; unicodeBidi=isolate
s43; display=inline-block; whiteSpace=nowrap; overflowX=hidden
s44; overflowX=clip
s45
s46; display=none
s47
s48; display=block; margin=16px 0px; padding=0px 0px 0px 40px; unicodeBidi=isolate
s49; fontSize=13px; fontFamily=monospace
s50; cursor=default
d1; display=inline-block; color=rgb(84, 84, 84); backgroundColor=rgba(239, 239, 239, 0.3); fontSize=13.3333px; fontFamily=Arial; padding=1px 2px; border=2px inset rgba(118, 118, 118, 0.3); cursor=default; overflowX=clip; appearance=auto
d2; display=inline-block; color=rgb(84, 84, 84); backgroundColor=rgba(239, 239, 239, 0.3); fontSize=13.3333px; fontFamily=monospace; padding=2px; border=1px solid rgba(118, 118, 118, 0.3); cursor=default; whiteSpace=pre-wrap; overflowX=auto; appearance=auto
d3; display=inline-block; color=rgb(128, 128, 128); backgroundColor=rgb(239, 239, 239); fontSize=13.3333px; fontFamily=Arial; border=1px solid rgba(118, 118, 118, 0.3); cursor=default; whiteSpace=pre; boxSizing=border-box; overflowX=clip; appearance=auto
d4; display=inline-block; color=rgba(16, 16, 16, 0.3); backgroundColor=rgba(239, 239, 239, 0.3); fontSize=13.3333px; fontFamily=Arial; padding=1px 6px; border=2px outset rgba(118, 118, 118, 0.3); cursor=default; textAlign=center; boxSizing=border-box; appearance=auto
d5; display=inline-block; color=rgba(16, 16, 16, 0.3); backgroundColor=rgba(239, 239, 239, 0.3); fontSize=13.3333px; fontFamily=Arial; padding=1px 6px; border=2px outset rgba(118, 118, 118, 0.3); cursor=default; whiteSpace=pre; textAlign=center; boxSizing=border-box; overflowX=clip; appearance=auto
d6; display=inline-block; color=rgb(84, 84, 84); fontSize=13.3333px; fontFamily=Arial; margin=3px 3px 3px 4px; border=0px none rgb(84, 84, 84); cursor=default; boxSizing=border-box; appearance=auto
d7; display=block; margin=0px 2px; padding=5.6px 12px 10px; border=2px groove rgb(239, 239, 239); minWidth=min-content
d8; display=inline-block; color=rgb(84, 84, 84); backgroundColor=rgba(239, 239, 239, 0.3); fontSize=13.3333px; fontFamily=Arial; padding=1px 2px; border=2px inset rgba(118, 118, 118, 0.3); cursor=default; overflowX=clip; appearance=auto
d9; display=block; padding=0px 2px; unicodeBidi=isolate
d10; display=inline-block; backgroundColor=rgb(255, 255, 255); fontSize=13.3333px; fontFamily=Arial; padding=1px 2px; border=2px inset rgb(118, 118, 118); cursor=text; overflowX=clip; appearance=auto
d11; display=inline-block; color=rgb(157, 150, 142); backgroundColor=rgb(255, 255, 255); fontSize=13.3333px; fontFamily=Arial; margin=2px; border=0px none rgb(157, 150, 142); cursor=default; appearance=auto
d12; border=2px inset rgb(0, 0, 0); overflowX=clip
d13; display=block
d14; display=list-item; listStyle=inside none disclosure-open; unicodeBidi=isolate
d15; display=inline-block; backgroundColor=rgb(239, 239, 239); fontSize=13.3333px; fontFamily=Arial; padding=1px 6px; border=2px outset rgb(0, 0, 0); cursor=default; whiteSpace=pre; textAlign=center; boxSizing=border-box; overflowX=clip; appearance=auto
d16; display=inline-block; backgroundColor=rgb(239, 239, 239); fontSize=13.3333px; fontFamily=Arial; padding=1px 6px; border=2px outset rgb(0, 0, 0); cursor=default; whiteSpace=pre; textAlign=center; boxSizing=border-box; overflowX=clip; appearance=auto
d17; display=inline-block; backgroundColor=rgb(255, 255, 255); fontSize=13.3333px; fontFamily=Arial; padding=1px 2px; border=2px inset rgb(118, 118, 118); cursor=text; boxSizing=border-box; overflowX=clip; appearance=auto
d18; display=inline-block; backgroundColor=rgb(255, 255, 255); fontSize=13.3333px; fontFamily=Arial; padding=1px 2px; border=2px inset rgb(118, 118, 118); cursor=text; overflowX=clip; appearance=auto
d19; display=inline-block; backgroundColor=rgb(255, 255, 255); fontSize=13.3333px; fontFamily=Arial; padding=1px 2px; border=2px inset rgb(118, 118, 118); cursor=text; overflowX=clip; appearance=auto
d20; display=inline-block; backgroundColor=rgb(255, 255, 255); fontSize=13.3333px; fontFamily=monospace; padding=0px 0px 0px 1px; border=2px inset rgb(118, 118, 118); cursor=default; overflowX=clip; appearance=auto
d21; color=rgb(0, 0, 238); border=0px none rgb(0, 0, 238); cursor=pointer; textDecoration=underline
d22; color=rgb(0, 0, 238); border=0px none rgb(0, 0, 238); cursor=pointer
d23; display=table; boxSizing=border-box; unicodeBidi=isolate
d24; display=table-caption; textAlign=-webkit-center; unicodeBidi=isolate
d25; display=table-row; verticalAlign=middle; unicodeBidi=isolate
d26; display=table-cell; fontWeight=700; padding=1px; verticalAlign=middle; textAlign=center; unicodeBidi=isolate
d27; display=block; color=rgb(128, 128, 128); margin=8px 0px; border=1px inset rgb(128, 128, 128); unicodeBidi=isolate; overflowX=hidden
d28; display=block; color=rgb(128, 128, 128); fontWeight=700; border=0px none rgb(128, 128, 128)
d29; display=block; color=rgb(128, 128, 128); padding=0px 2px 1px; border=0px none rgb(128, 128, 128); whiteSpace=nowrap
d30; overflowX=clip
d31; overflowX=clip
d32; display=none
d33
d34; display=block; fontSize=13px; fontFamily=monospace; margin=13px 0px; whiteSpace=pre; unicodeBidi=isolate
d35; fontSize=13px; fontFamily=monospace; whiteSpace=pre
d36; fontSize=13px; fontFamily=monospace
d37; fontSize=13px; fontFamily=monospace
d38; display=block; fontSize=13px; fontFamily=monospace; unicodeBidi=isolate
d39; display=block; fontFamily=monospace, serif; unicodeBidi=isolate
d40; display=block; fontSize=20px; fontFamily=monospace; margin=20px 0px; unicodeBidi=isolate
d41; fontSize=20px; fontFamily=monospace
""");
  }
}
