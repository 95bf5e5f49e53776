// file.js: File (https://w3c.github.io/FileAPI/#file-section): a Blob with a name and a
// last-modified time.

function File(fileBits, fileName) {
  requireNew(this, File, 'File');
  requireArgs(arguments, 2, "construct 'File'");
  // WebIDL: the arguments in order, then FilePropertyBag's members in lexicographic order
  // (endings, lastModified, type); #file-constructor steps 1-3 then as for a Blob.
  if (fileBits === undefined) {
    // Unlike Blob's, File's sequence argument is required.
    throw new TypeError("Failed to construct 'File': The provided value cannot be converted to a sequence.");
  }
  var elements = convertBlobParts(fileBits, "construct 'File'");
  var name = toUSVString(fileName);
  var options = blobPropertyBag(arguments[2], "construct 'File'", 'FilePropertyBag');
  var endings = readEndings(options, "construct 'File'", 'FilePropertyBag');
  // Each member is read once.
  var lastModified = options.lastModified;
  if (lastModified === undefined) {
    lastModified = Date.now();
  } else {
    // long long: truncated, NaN and infinities are 0.
    var n = Number(lastModified);
    lastModified = isFinite(n) ? (n < 0 ? Math.ceil(n) : Math.floor(n)) : 0;
  }
  var type = options.type;
  type = type === undefined ? '' : toDOMString(type);
  setSlot(this, {kinds: ['Blob', 'File'], bytes: processBlobParts(elements, endings), type: normalizeType(type),
    name: name, lastModified: lastModified});
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
