// html-hyperlink-elements.js: the a and area elements' members (HTML #htmlhyperlinkelementutils:
// the href's URL parts, read and set, and the href as their string; #the-a-element,
// #the-area-element), their link attributes (target, download, ping, hreflang, referrerPolicy),
// and relList, which link and form elements have too (#dom-a-rellist). Their href is
// html-element-attributes.js's.

/** #reinitialise-url: the href attribute parsed against the document's base URL, else null. */
function hyperlinkUrl(el) {
  var v = host.domAttribute(elementHandle(el), 'href');
  return v === null ? null : parseUrl(v, documentBaseUrl());
}

/** URL #cannot-have-a-username-password-port: no host, an empty one, or a file: URL. */
function cannotHaveCredentials(parts) {
  return parts.host === '' || parts.protocol === 'file:';
}

/** Referrer Policy #referrer-policies, less the empty string. */
var REFERRER_POLICIES = ['no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin',
  'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'];

[HTMLAnchorElement, HTMLAreaElement].forEach(function (ctor) {
  var proto = ctor.prototype;
  /** #dom-hyperlink-origin: the URL's origin serialized, "" without a URL. */
  defineAccessor(proto, 'origin', function () {
    var url = hyperlinkUrl(this);
    return url === null ? '' : url.origin;
  });
  // #dom-hyperlink-protocol ... #dom-hyperlink-hash: the URL's part ("" without a URL, ":" for
  // the protocol); set: the URL with the URL Standard's setter applied (the host's, as URL's
  // setters are), written back to the href attribute (#update-href), unless the URL cannot take
  // it (no URL; credentials or a port on a URL that cannot have them; a host or a path on a URL
  // with an opaque path).
  ['protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']
      .forEach(function (name) {
        defineAccessor(proto, name, function () {
          var url = hyperlinkUrl(this);
          return url !== null ? url[name] : name === 'protocol' ? ':' : '';
        }, function (v) {
          var value = toUSVString(v);
          var url = hyperlinkUrl(this);
          if (url === null
              || ((name === 'username' || name === 'password' || name === 'port') && cannotHaveCredentials(url))
              || ((name === 'host' || name === 'hostname' || name === 'pathname') && urlHasOpaquePath(url))) {
            return;
          }
          hostSetAttribute(elementHandle(this), 'href', urlParts(host.urlSet(url.href, name, value)).href);
        });
      });
  defineMethods(proto, {
    /** #dom-hyperlink-href as the stringifier. */
    toString: function () {
      slotOf(this, 'Element');
      return this.href;
    }
  });
  reflectString([ctor], 'target', 'target');
  reflectString([ctor], 'download', 'download');
  reflectString([ctor], 'ping', 'ping');
  // #dom-a-referrerpolicy: a referrer policy keyword, else "".
  reflectKeyword([ctor], 'referrerPolicy', 'referrerpolicy', REFERRER_POLICIES, '');
});

reflectString([HTMLAnchorElement, HTMLLinkElement], 'hreflang', 'hreflang');
reflectString([HTMLAnchorElement, HTMLLinkElement], 'rev', 'rev');
reflectString([HTMLAnchorElement, HTMLAreaElement], 'coords', 'coords');
reflectString([HTMLAnchorElement, HTMLAreaElement], 'shape', 'shape');
reflectString([HTMLBaseElement], 'target', 'target');

/** #dom-a-text: the element's descendant text content; set: string replace all. */
defineAccessor(HTMLAnchorElement.prototype, 'text', function () {
  return this.textContent;
}, function (v) {
  this.textContent = toDOMString(v);
});

// #dom-area-nohref: reflects the nohref boolean attribute.
reflectBoolean([HTMLAreaElement], 'noHref', 'nohref');

// #dom-a-rellist, #dom-area-rellist, #dom-link-rellist, #dom-form-rellist: [SameObject,
// PutForwards=value] DOMTokenLists of rel, with the tokens Chromium 156 supports for each
// (#linkTypes: a, area and form know noopener, noreferrer and opener; link its own kinds).
[[HTMLAnchorElement, ['noopener', 'noreferrer', 'opener']],
  [HTMLAreaElement, ['noopener', 'noreferrer', 'opener']],
  [HTMLFormElement, ['noopener', 'noreferrer', 'opener']],
  [HTMLLinkElement, ['alternate', 'canonical', 'compression-dictionary', 'dns-prefetch', 'icon',
    'manifest', 'modulepreload', 'next', 'preconnect', 'prefetch', 'preload', 'prerender',
    'stylesheet', 'apple-touch-icon']]].forEach(function (pair) {
  defineAccessor(pair[0].prototype, 'relList', function () {
    var s = slotOf(this, 'Element');
    if (!s.relList) {
      s.relList = tokenList(this, 'rel');
      s.relList[SLOT].supported = pair[1];
    }
    return s.relList;
  }, function (v) {
    hostSetAttribute(elementHandle(this), 'rel', toDOMString(v));
  });
});
