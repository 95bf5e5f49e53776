// location.js: location (https://html.spec.whatwg.org/#the-location-interface), read-only.

var location = {};
(function () {
  var href = host.locationHref();
  var m = /^([a-zA-Z][a-zA-Z0-9+.-]*:)(?:\/\/([^\/?#]*))?([^?#]*)(\?[^#]*)?(#.*)?$/.exec(href) || [];
  var hostPart = m[2] || '';
  var hm = /^(?:[^@]*@)?(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hostPart) || [];
  var fields = {
    href: href,
    protocol: m[1] || '',
    host: hostPart.replace(/^[^@]*@/, ''),
    hostname: hm[1] || '',
    port: hm[2] || '',
    pathname: m[3] || '',
    search: m[4] && m[4] !== '?' ? m[4] : '',
    hash: m[5] && m[5] !== '#' ? m[5] : ''
  };
  fields.origin = fields.protocol === 'http:' || fields.protocol === 'https:'
      ? fields.protocol + '//' + fields.host : 'null';
  Object.keys(fields).forEach(function (k) {
    defineAccessor(location, k, function () {
      return fields[k];
    });
  });
  define(location, 'toString', function () {
    return fields.href;
  });
})();
exposed.location = location;
// HTML #dom-origin: the serialized origin of the global's settings ('null' for a file: page).
exposed.origin = location.origin;
// HTML #secure-context, for a top-level page: Secure Contexts #potentially-trustworthy-url on its
// URL (https, wss, file, data, loopback addresses and localhost names).
exposed.isSecureContext = (function () {
  var p = location.protocol;
  var h = location.hostname.toLowerCase();
  return p === 'https:' || p === 'wss:' || p === 'file:' || p === 'data:' || p === 'about:'
      || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '[::1]'
      || h === 'localhost' || /\.localhost$/.test(h);
})();
