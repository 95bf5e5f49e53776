package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Document's metadata and obsolete members (document-metadata.js, document-obsolete.js): each page
 * prints what headless Chromium 156 printed for it as a file: page, in both engines.
 */
class DocumentMembersTest {
  @TempDir Path dir;

  /**
   * referrer, compatMode, the characterSet aliases, dir (the html element's), designMode (and
   * isContentEditable with it), the XML members, lastModified's format, domain, the obsolete
   * colors (the body's attributes), captureEvents/releaseEvents/clear, createCDATASection's
   * NotSupportedError, the editing commands, and a made document's.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void metadataAndObsoleteMembersAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "document-metadata.html",
        engine,
"""
<!DOCTYPE html><html><body text="red" bgcolor="#fff"><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
log(JSON.stringify([document.referrer, document.compatMode, document.characterSet === document.charset, document.inputEncoding === document.characterSet, document.dir, document.designMode, document.xmlEncoding, document.xmlVersion, document.xmlStandalone, document.rootElement]));
log(/^\\d\\d\\/\\d\\d\\/\\d{4} \\d\\d:\\d\\d:\\d\\d$/.test(document.lastModified), document.domain === location.hostname);
log(document.fgColor, document.bgColor, JSON.stringify([document.linkColor, document.vlinkColor, document.alinkColor]));
document.linkColor = 'blue'; document.fgColor = 'green'; log(document.body.getAttribute('link'), document.body.getAttribute('text'));
document.dir = 'RTL'; log(document.dir, document.documentElement.getAttribute('dir')); document.dir = 'sideways'; log(JSON.stringify(document.dir));
log(document.designMode, document.body.isContentEditable); document.designMode = 'ON'; log(document.designMode, document.body.isContentEditable, document.createElement('i').isContentEditable); document.designMode = 'maybe'; log(document.designMode); document.designMode = 'off'; log(document.body.isContentEditable);
log(typeof document.captureEvents, document.captureEvents(), document.releaseEvents(), document.clear());
try { document.createCDATASection('x'); } catch (e) { log(e.name, e.message); }
log(document.queryCommandSupported('bold'), document.queryCommandEnabled('bold'), document.queryCommandState('bold'), JSON.stringify(document.queryCommandValue('bold')), document.queryCommandIndeterm('bold'), document.execCommand('bold'));
var d = document.implementation.createHTMLDocument('t'); log(d.compatMode, JSON.stringify(d.referrer), d.designMode, JSON.stringify(d.fgColor), d.characterSet);
</script></body></html>
""",
"""
["","CSS1Compat",true,true,"","off",null,null,false,null]
true true
red #fff ["","",""]
blue green
rtl RTL
""
off false
on true false
on
false
function  \s
NotSupportedError Failed to execute 'createCDATASection' on 'Document': This operation is not supported for HTML documents.
true false false "false" false false
CSS1Compat "" off "" UTF-8
""");
  }

  /**
   * Setting domain on a file: page (an opaque origin: an empty domain) and on a made document:
   * Chromium 156's SecurityErrors.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void settingDomainChecksTheValueOnly(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "document-domain.html",
        engine,
"""
<!DOCTYPE html><html><body><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
try { document.domain = document.domain; log('same ok', document.domain); } catch (e) { log(e.name, e.message); }
try { document.domain = 'example.com'; log('other ok', document.domain); } catch (e) { log(e.name, e.message); }
try { document.domain = '0.0.1'; log('suffix ok', document.domain); } catch (e) { log(e.name, e.message); }
var d = document.implementation.createHTMLDocument(''); log(JSON.stringify(d.domain));
try { d.domain = 'x'; } catch (e) { log(e.name, e.message); }
</script></body></html>
""",
"""
SecurityError Failed to set the 'domain' property on 'Document': '' is an empty domain.
SecurityError Failed to set the 'domain' property on 'Document': 'example.com' is not a suffix of ''.
SecurityError Failed to set the 'domain' property on 'Document': '0.0.0.1' is not a suffix of ''.
""
SecurityError Failed to set the 'domain' property on 'Document': A browsing context is required to set a domain.
""");
  }

  /**
   * compatMode: BackCompat for a page and a parsed document without a doctype, CSS1Compat for a
   * made one and one with it.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void compatModeFollowsTheParsersQuirksMode(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "document-quirks.html",
        engine,
"""
<html><body><script>console.log(document.compatMode, document.implementation.createHTMLDocument("").compatMode, new DOMParser().parseFromString("<p>x", "text/html").compatMode, new DOMParser().parseFromString("<!DOCTYPE html><p>x", "text/html").compatMode);</script></body></html>
""",
"""
BackCompat CSS1Compat BackCompat CSS1Compat
""");
  }

  /**
   * queryCommandSupported, queryCommandValue, queryCommandEnabled, queryCommandState and
   * execCommand for the Editing draft's commands and others, with nothing editable.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void editingCommandsAsChromiumAnswersThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "document-commands.html",
        engine,
"""
<!DOCTYPE html><html><body><script>
var cands = ['backcolor','bold','createlink','fontname','fontsize','forecolor','hilitecolor','italic','removeformat','strikethrough','subscript','superscript','underline','unlink','delete','formatblock','forwarddelete','indent','inserthorizontalrule','inserthtml','insertimage','insertlinebreak','insertorderedlist','insertparagraph','inserttext','insertunorderedlist','justifycenter','justifyfull','justifyleft','justifyright','outdent','copy','cut','paste','defaultparagraphseparator','redo','selectall','stylewithcss','undo','usecss','foo','contentReadOnly','enableObjectResizing','enableInlineTableEditing','decreaseFontSize','increaseFontSize','heading','insertBrOnReturn','BOLD','transpose','print','unselect','AutoUrlDetect','findString','insertNewlineInQuote','justifyNone','makeTextWritingDirectionLeftToRight','overWrite','pasteAndMatchStyle'];
console.log('unsupported: ' + cands.filter(function (c) { return !document.queryCommandSupported(c); }).join(' '));
console.log('values: ' + cands.filter(function (c) { return document.queryCommandSupported(c); }).map(function (c) { return c + '=' + JSON.stringify(document.queryCommandValue(c)); }).join(' '));
console.log('enabled: ' + cands.filter(function (c) { return document.queryCommandEnabled(c); }).join(' '));
console.log('state: ' + cands.filter(function (c) { return document.queryCommandState(c); }).join(' '));
console.log('exec: ' + cands.filter(function (c) { return c !== 'print' && document.execCommand(c); }).join(' '));
</script></body></html>
""",
"""
unsupported: paste foo contentReadOnly enableObjectResizing enableInlineTableEditing decreaseFontSize increaseFontSize heading insertBrOnReturn AutoUrlDetect insertNewlineInQuote makeTextWritingDirectionLeftToRight overWrite
values: backcolor="" bold="false" createlink="" fontname="" fontsize="" forecolor="" hilitecolor="" italic="false" removeformat="" strikethrough="false" subscript="false" superscript="false" underline="false" unlink="" delete="" formatblock="" forwarddelete="" indent="" inserthorizontalrule="" inserthtml="" insertimage="" insertlinebreak="" insertorderedlist="false" insertparagraph="" inserttext="" insertunorderedlist="false" justifycenter="" justifyfull="" justifyleft="" justifyright="" outdent="" copy="" cut="" defaultparagraphseparator="div" redo="" selectall="" stylewithcss="" undo="" usecss="" BOLD="false" transpose="" print="" unselect="" findString="" justifyNone="" pasteAndMatchStyle=""
enabled: defaultparagraphseparator selectall stylewithcss usecss print findString
state:\s
exec: defaultparagraphseparator selectall stylewithcss usecss
""");
  }
}
