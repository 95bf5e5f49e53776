// document-selection.js: getSelection() on Document and Window (Selection API
// #extensions-to-document-interface, #extensions-to-window-interface), which load the lazy module
// selection (selection.js) when first called, so that a page that never asks pays nothing for it.

defineMethods(Document.prototype, {
  /**
   * Selection API #dom-document-getselection: the document's selection; null for a document
   * without a browsing context (one a script made: DOMParser, createHTMLDocument), as in Chromium.
   */
  getSelection: function () {
    slotOf(this, 'Document');
    return isMadeDocument(this) ? null : loadModule('selection').documentSelection();
  }
});

defineMethods(global, {
  /** Selection API #dom-window-getselection: the document's getSelection(). */
  getSelection: function () {
    return loadModule('selection').documentSelection();
  }
});
