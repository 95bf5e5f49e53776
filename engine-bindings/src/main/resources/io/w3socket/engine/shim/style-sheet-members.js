// style-sheet-members.js: the members through which a page reaches its style sheets (CSSOM
// #the-linkstyle-interface for a style element, #dom-documentorshadowroot-stylesheets and
// adoptedStyleSheets), as stubs
// (webidl.js lazyMembers) that load the lazy module css (style-sheets.js).

lazyMembers('css', HTMLStyleElement, 'disabled media sheet:r');
lazyMembers('css', Document, 'styleSheets:r adoptedStyleSheets');
lazyMembers('css', ShadowRoot, 'styleSheets:r adoptedStyleSheets');
