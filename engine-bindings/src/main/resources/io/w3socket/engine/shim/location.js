// location.js: the URL of the document (a worker's: of its script), which location shows
// (window-location.js: Location; worker-location.js: WorkerLocation), history.js changes, and
// fetch, XMLHttpRequest and the other URL parsers take as their base.

/** The realm's Location or WorkerLocation object, made by window-location.js or worker-location.js. */
var location = null;

/** The parts of the document's URL, as the URL parser makes them (url.js). */
var locationFields = null;

/** The parts location shows, in the order the interfaces list them. */
var LOCATION_PARTS = ['href', 'origin', 'protocol', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];

/**
 * Sets the document's URL (the page's at first; history.js's URL and history update steps and
 * fragment navigations after that).
 */
function setDocumentUrl(href) {
  locationFields = parseUrl(href) || {href: href, origin: 'null', protocol: '', host: '', hostname: '',
    port: '', pathname: href, search: '', hash: ''};
}

setDocumentUrl(host.locationHref());

/**
 * The API base URL the URLs a script gives resolve against: HTML #document-base-url, the first
 * base element's href, else the document's URL (io.w3socket.engine.PageDocument.baseUrl); a
 * worker's script URL.
 */
function documentBaseUrl() {
  return host.documentBaseUrl(locationFields.href);
}

/** The base URL when a base element sets it, else null (the run's own API base URL stands). */
function baseElementUrl() {
  var base = documentBaseUrl();
  return base === locationFields.href ? null : base;
}
// HTML #dom-origin: the serialized origin of the global's settings ('null' for a file: page).
exposed.origin = locationFields.origin;
// HTML #secure-context, for a top-level page: Secure Contexts #potentially-trustworthy-url on its
// URL (https, wss, file, data, loopback addresses and localhost names).
exposed.isSecureContext = (function () {
  var p = locationFields.protocol;
  var h = locationFields.hostname.toLowerCase();
  return p === 'https:' || p === 'wss:' || p === 'file:' || p === 'data:' || p === 'about:'
      || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '[::1]'
      || h === 'localhost' || /\.localhost$/.test(h);
})();
