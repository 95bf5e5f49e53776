// document-metadata.js: Document's members about the document itself (HTML #the-document-object,
// DOM #interface-document): referrer, lastModified, domain, compatMode, charset and inputEncoding,
// dir, designMode, and the XML ones an HTML document answers null to.

defineAccessor(Document.prototype, 'referrer', function () {
  slotOf(this, 'Document');
  return ''; // #dom-document-referrer: a run's page was not navigated to from another
});

/**
 * #dom-document-lastmodified: the source's modification time, unknown here, so the current date
 * and time in the user's time zone, as MM/DD/YYYY hh:mm:ss.
 */
defineAccessor(Document.prototype, 'lastModified', function () {
  slotOf(this, 'Document');
  var d = new Date();
  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }
  return two(d.getMonth() + 1) + '/' + two(d.getDate()) + '/' + d.getFullYear() + ' '
      + two(d.getHours()) + ':' + two(d.getMinutes()) + ':' + two(d.getSeconds());
});

/** #dom-document-compatmode: BackCompat in quirks mode, else CSS1Compat. */
defineAccessor(Document.prototype, 'compatMode', function () {
  return host.domQuirksMode(slotOf(this, 'Document').handle) ? 'BackCompat' : 'CSS1Compat';
});

// #dom-document-charset, #dom-document-inputencoding: legacy aliases of characterSet.
['charset', 'inputEncoding'].forEach(function (name) {
  defineAccessor(Document.prototype, name, function () {
    return this.characterSet;
  });
});

/**
 * #dom-document-domain: the origin's host ("" for an opaque origin: a file: page). Setting it
 * (steps 1-10) only checks the value: an origin-keyed agent cluster, as Chromium 156's is,
 * ignores the change with a console warning. Without a public suffix list, a suffix without a dot
 * counts as a top-level domain.
 */
defineAccessor(Document.prototype, 'domain', function () {
  slotOf(this, 'Document');
  return location.origin === 'null' ? '' : location.hostname;
}, function (v) {
  var what = "Failed to set the 'domain' property on 'Document': ";
  var value = toDOMString(v);
  if (isMadeDocument(this)) {
    throw new DOMException(what + 'A browsing context is required to set a domain.', 'SecurityError');
  }
  var parsed = value === '' ? null : parseUrl('http://' + value);
  var name = parsed === null ? value : parsed.hostname; // a host as the URL parser makes it
  var effective = this.domain;
  if (name === '') {
    throw new DOMException(what + "'' is an empty domain.", 'SecurityError');
  }
  if (name !== effective) {
    var suffix = effective.length > name.length
        && effective.substring(effective.length - name.length - 1) === '.' + name;
    if (!suffix) {
      throw new DOMException(what + "'" + name + "' is not a suffix of '" + effective + "'.", 'SecurityError');
    }
    if (name.indexOf('.') < 0) {
      throw new DOMException(what + "'" + name + "' is a top-level domain.", 'SecurityError');
    }
  }
  consolePrint(true, ['document.domain mutation is ignored because the surrounding agent cluster is origin-keyed.']);
});

/** #dom-document-dir: the html element's dir, read and set (none: "", and nothing set). */
defineAccessor(Document.prototype, 'dir', function () {
  var root = this.documentElement;
  return root !== null && tagOf(root) === 'HTML' ? root.dir : '';
}, function (v) {
  var root = this.documentElement;
  if (root !== null && tagOf(root) === 'HTML') {
    root.dir = v;
  }
});

/**
 * #dom-document-designmode: on or off (another value is ignored); on makes the page's elements
 * editable (html-element.js isContentEditable).
 */
defineAccessor(Document.prototype, 'designMode', function () {
  return slotOf(this, 'Document').designMode === true ? 'on' : 'off';
}, function (v) {
  var value = toDOMString(v).toLowerCase();
  if (value === 'on' || value === 'off') {
    slotOf(this, 'Document').designMode = value === 'on';
  }
});

// DOM #dom-document-xmlencoding and the rest (XML documents only), SVG #__svg__SVGDocument__rootElement.
defineAccessor(Document.prototype, 'xmlEncoding', function () {
  slotOf(this, 'Document');
  return null;
});
defineAccessor(Document.prototype, 'xmlVersion', function () {
  slotOf(this, 'Document');
  return null;
});
defineAccessor(Document.prototype, 'xmlStandalone', function () {
  slotOf(this, 'Document');
  return false;
});
defineAccessor(Document.prototype, 'rootElement', function () {
  var root = this.documentElement;
  return root !== null && root[SLOT].namespace === 'http://www.w3.org/2000/svg' && root[SLOT].localName === 'svg'
      ? root : null;
});
