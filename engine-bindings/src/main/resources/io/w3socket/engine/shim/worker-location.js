// worker-location.js: a worker's location (HTML #worker-locations): a WorkerLocation showing its
// script's URL, read only, its attributes and toString on the prototype.

function WorkerLocation() {
  throw new TypeError('Illegal constructor');
}
LOCATION_PARTS.forEach(function (name) {
  defineAccessor(WorkerLocation.prototype, name, function () {
    slotOf(this, 'WorkerLocation');
    return locationFields[name];
  });
});
defineMethods(WorkerLocation.prototype, {
  toString: function () {
    slotOf(this, 'WorkerLocation');
    return locationFields.href;
  }
});
setTag(WorkerLocation.prototype, 'WorkerLocation');
location = Object.create(WorkerLocation.prototype);
setSlot(location, {kinds: ['WorkerLocation']});
exposed.location = location;
exposed.WorkerLocation = WorkerLocation;
