// file.js: File (https://w3c.github.io/FileAPI/#file-section): a Blob with a name and a
// last-modified time.

function File(fileBits, fileName) {
  requireNew(this, File, 'File');
  requireArgs(arguments, 2, "construct 'File'");
  var options = arguments[2];
  // #file-constructor steps 1-3: the bytes and type as for a Blob; the name as given.
  var blob = new Blob(fileBits, options);
  var lastModified = Date.now();
  if (isObject(options) && options.lastModified !== undefined) {
    // long long: truncated, NaN and infinities are 0.
    var n = Number(options.lastModified);
    lastModified = isFinite(n) ? (n < 0 ? Math.ceil(n) : Math.floor(n)) : 0;
  }
  setSlot(this, {kinds: ['Blob', 'File'], bytes: blob[SLOT].bytes, type: blob[SLOT].type,
    name: toUSVString(fileName), lastModified: lastModified});
}
inherit(File, Blob);
defineAccessor(File.prototype, 'name', function () {
  return slotOf(this, 'File').name;
});
defineAccessor(File.prototype, 'lastModified', function () {
  return slotOf(this, 'File').lastModified;
});
setTag(File.prototype, 'File');

function makeFile(bytes, type, name, lastModified) {
  var f = Object.create(File.prototype);
  setSlot(f, {kinds: ['Blob', 'File'], bytes: bytes, type: normalizeType(type), name: name,
    lastModified: lastModified === undefined ? Date.now() : lastModified});
  return f;
}

exposed.File = File;
