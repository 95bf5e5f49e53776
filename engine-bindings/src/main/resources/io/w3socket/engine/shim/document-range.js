// document-range.js: Document's createRange (DOM #dom-document-createrange), which loads the lazy
// module range (abstract-range.js, static-range.js, range.js).

defineMethods(Document.prototype, {
  /** DOM #dom-document-createrange: a new live range collapsed at (this, 0). */
  createRange: function () {
    return loadModule('range').createRange(this);
  }
});
