// data-url.js: data: URLs for fetch and XMLHttpRequest (Fetch #data-url-processor).

/** The result of fetching a data: URL: a 200 response, or {error} when it does not decode. */
function dataUrlResult(method, url) {
  // 2.-3. The URL without its fragment and without "data:".
  var hash = url.indexOf('#');
  var input = (hash < 0 ? url : url.substring(0, hash)).substring(5);
  // 4.-6. The MIME type is what comes before the first comma, trimmed.
  var comma = input.indexOf(',');
  if (comma < 0) {
    return {error: 'a data: URL needs a comma'};
  }
  var mimeType = input.substring(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  // 7. The body, percent-decoded into bytes (the URL's serialization is ASCII).
  var encoded = input.substring(comma + 1);
  var bytes = [];
  for (var i = 0; i < encoded.length; i++) {
    var c = encoded.charCodeAt(i);
    if (c === 0x25 && /^[0-9A-Fa-f]{2}$/.test(encoded.substring(i + 1, i + 3))) {
      bytes.push(parseInt(encoded.substring(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(c & 0xFF);
    }
  }
  var body = new Uint8Array(bytes);
  // 8. ";base64" (any case, spaces before it allowed): forgiving-base64 decode.
  var base64 = /;[ ]*base64$/i.exec(mimeType);
  if (base64) {
    try {
      body = binaryToBytes(atob(bytesToBinary(body)));
    } catch (e) {
      return {error: 'the base64 of a data: URL does not decode'};
    }
    mimeType = mimeType.substring(0, base64.index);
  }
  // 9.-11. A missing type is text/plain;charset=US-ASCII.
  if (mimeType.charAt(0) === ';') {
    mimeType = 'text/plain' + mimeType;
  }
  if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+\/[!#$%&'*+\-.^_`|~0-9A-Za-z]+/.test(mimeType)) {
    mimeType = 'text/plain;charset=US-ASCII';
  }
  if (method !== 'GET') {
    return {error: 'only GET can read a data: URL'};
  }
  return {type: 'basic', status: 200, statusText: 'OK', url: url, redirected: false,
    headers: [['Content-Type', mimeType]], bytes: body};
}
