// location.js: location (https://html.spec.whatwg.org/#the-location-interface), read-only.

var location = {};
(function () {
  // The parts of the page's URL as the URL parser makes them (url.js), read-only.
  var href = host.locationHref();
  var fields = parseUrl(href) || {href: href, origin: 'null', protocol: '', host: '', hostname: '', port: '',
    pathname: href, search: '', hash: ''};
  ['href', 'origin', 'protocol', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'].forEach(function (k) {
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
