// location.js: location (https://html.spec.whatwg.org/#the-location-interface), read-only (history.js
// changes the document's URL).

var location = {};

/** The parts of the document's URL, as the URL parser makes them (url.js). */
var locationFields = null;

/**
 * Sets the document's URL (the page's at first; history.js's URL and history update steps after
 * that): location, document.URL and the base URL of fetch and XMLHttpRequest follow it.
 */
function setDocumentUrl(href) {
  locationFields = parseUrl(href) || {href: href, origin: 'null', protocol: '', host: '', hostname: '',
    port: '', pathname: href, search: '', hash: ''};
}

setDocumentUrl(host.locationHref());
['href', 'origin', 'protocol', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'].forEach(function (k) {
  defineAccessor(location, k, function () {
    return locationFields[k];
  });
});
define(location, 'toString', function () {
  return locationFields.href;
});
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
