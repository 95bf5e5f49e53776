// style-sheets.js: the StyleSheet and CSSStyleSheet interface objects (CSSOM #the-stylesheet-interface,
// #the-cssstylesheet-interface), so that code that tests `x instanceof CSSStyleSheet` (Lit's
// getCompatibleStyle does, where adoptedStyleSheets is missing) runs. This host has no style sheets:
// no CSS parser, no document.styleSheets, no adoptedStyleSheets; so no sheet is ever made, and the
// constructor, which Chromium provides, is an illegal one here (a listed gap).

function StyleSheet() {
  illegalConstructor(this, StyleSheet);
}
setTag(StyleSheet.prototype, 'StyleSheet');

function CSSStyleSheet() {
  requireNew(this, CSSStyleSheet, 'CSSStyleSheet');
  throw new TypeError("Failed to construct 'CSSStyleSheet': style sheets are not supported by this host");
}
inherit(CSSStyleSheet, StyleSheet);
setTag(CSSStyleSheet.prototype, 'CSSStyleSheet');

exposed.StyleSheet = StyleSheet;
exposed.CSSStyleSheet = CSSStyleSheet;
