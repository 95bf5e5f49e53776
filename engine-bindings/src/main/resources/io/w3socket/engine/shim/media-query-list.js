// media-query-list.js: matchMedia() and MediaQueryList (CSSOM View #the-mediaquerylist-interface)
// over media-queries.js. The viewport never changes here, so no list's matches does and no change
// event fires.

function MediaQueryList() {
  illegalConstructor(this, MediaQueryList);
}
inherit(MediaQueryList, EventTarget);

/** #dom-window-matchmedia: a new MediaQueryList of the parsed query each call. */
function matchMedia(query) {
  requireArgs(arguments, 1, "execute 'matchMedia' on 'Window'");
  var list = parseMediaQueryList(toDOMString(query));
  var m = Object.create(MediaQueryList.prototype);
  initTarget(m, ['EventTarget', 'MediaQueryList']).queries = list;
  return m;
}

defineAccessor(MediaQueryList.prototype, 'media', function () {
  return serializeMediaQueryList(slotOf(this, 'MediaQueryList').queries);
});
defineAccessor(MediaQueryList.prototype, 'matches', function () {
  return mediaQueryListMatches(slotOf(this, 'MediaQueryList').queries);
});

/** The legacy methods' callback: an EventListener or null ("parameter 1 is not of type 'Object'"). */
function mediaListener(callback, method) {
  if (callback !== null && !isObject(callback)) {
    throw new TypeError("Failed to execute '" + method
        + "' on 'MediaQueryList': parameter 1 is not of type 'Object'.");
  }
  return callback;
}

defineMethods(MediaQueryList.prototype, {
  /** #dom-mediaquerylist-addlistener: addEventListener('change', callback), null doing nothing. */
  addListener: function (callback) {
    slotOf(this, 'MediaQueryList');
    requireArgs(arguments, 1, "execute 'addListener' on 'MediaQueryList'");
    if (mediaListener(callback, 'addListener') !== null) {
      EventTarget.prototype.addEventListener.call(this, 'change', callback);
    }
  },
  /** #dom-mediaquerylist-removelistener. */
  removeListener: function (callback) {
    slotOf(this, 'MediaQueryList');
    requireArgs(arguments, 1, "execute 'removeListener' on 'MediaQueryList'");
    if (mediaListener(callback, 'removeListener') !== null) {
      EventTarget.prototype.removeEventListener.call(this, 'change', callback);
    }
  }
});
defineEventHandler(MediaQueryList.prototype, 'MediaQueryList', 'change');
setTag(MediaQueryList.prototype, 'MediaQueryList');

exposed.MediaQueryList = MediaQueryList;
exposed.matchMedia = matchMedia;
