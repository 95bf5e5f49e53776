// bar-prop.js: the window's bars (HTML #barprop: locationbar, menubar, personalbar, scrollbars,
// statusbar, toolbar) and window.external (HTML #external), objects that say little.

/** HTML #barprop: a bar's visibility; headless Chromium says each is visible. */
function BarProp() {
  illegalConstructor(this, BarProp);
}
setTag(BarProp.prototype, 'BarProp');
defineAccessor(BarProp.prototype, 'visible', function () {
  slotOf(this, 'BarProp');
  return true;
});
function newBarProp() {
  var b = Object.create(BarProp.prototype);
  setSlot(b, {kinds: ['BarProp']});
  return b;
}

/** HTML #external: AddSearchProvider() and IsSearchProviderInstalled() do nothing. */
function External() {
  illegalConstructor(this, External);
}
setTag(External.prototype, 'External');
defineMethods(External.prototype, {
  AddSearchProvider: function () {
  },
  IsSearchProviderInstalled: function () {
  }
});

exposed.BarProp = BarProp;
exposed.External = External;
exposed.external = Object.create(External.prototype);
exposed.locationbar = newBarProp();
exposed.menubar = newBarProp();
exposed.personalbar = newBarProp();
exposed.scrollbars = newBarProp();
exposed.statusbar = newBarProp();
exposed.toolbar = newBarProp();
