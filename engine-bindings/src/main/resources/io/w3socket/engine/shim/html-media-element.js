// html-media-element.js (lazy module media): HTMLMediaElement, HTMLVideoElement, MediaError and
// TimeRanges (HTML #media-elements) for a host that plays nothing: every media resource fails as
// one whose format it does not support. The load algorithm (#concept-media-load-algorithm: load(),
// a src set, the module's first use for the media elements the page has) fires loadstart, then the
// failure's error event (MEDIA_ERR_SRC_NOT_SUPPORTED, Chromium's message); canPlayType answers ""
// (#dom-navigator-canplaytype: a type it cannot play); play() follows Chromium 156's autoplay
// policy for a page no user has interacted with (this host has no user activation): refused
// (NotAllowedError) but for a muted video, which plays until its load fails (NotSupportedError, then
// pause); pause(), currentTime, volume, muted and the rates keep what is set (the volume and rate
// changes fire their events). Not here: text tracks, srcObject streams, encrypted media, remote
// playback, picture-in-picture, captureStream and setSinkId.

function MediaError() {
  illegalConstructor(this, MediaError);
}
setTag(MediaError.prototype, 'MediaError');
var MEDIA_ERROR_CODES = {MEDIA_ERR_ABORTED: 1, MEDIA_ERR_NETWORK: 2, MEDIA_ERR_DECODE: 3,
  MEDIA_ERR_SRC_NOT_SUPPORTED: 4};
Object.keys(MEDIA_ERROR_CODES).forEach(function (k) {
  [MediaError, MediaError.prototype].forEach(function (o) {
    Object.defineProperty(o, k, {value: MEDIA_ERROR_CODES[k], enumerable: true});
  });
});
defineAccessor(MediaError.prototype, 'code', function () {
  return slotOf(this, 'MediaError').code;
});
defineAccessor(MediaError.prototype, 'message', function () {
  return slotOf(this, 'MediaError').message;
});

function TimeRanges() {
  illegalConstructor(this, TimeRanges);
}
setTag(TimeRanges.prototype, 'TimeRanges');
/** An empty TimeRanges: nothing is ever buffered, played or seekable here. */
function emptyTimeRanges() {
  var r = Object.create(TimeRanges.prototype);
  setSlot(r, {kinds: ['TimeRanges']});
  return r;
}
defineAccessor(TimeRanges.prototype, 'length', function () {
  slotOf(this, 'TimeRanges');
  return 0;
});
['start', 'end'].forEach(function (name) {
  var m = {};
  m[name] = function (index) {
    slotOf(this, 'TimeRanges');
    requireArgs(arguments, 1, "execute '" + name + "' on 'TimeRanges'");
    var i = toUint32(index);
    throw new DOMException("Failed to execute '" + name + "' on 'TimeRanges': The index provided (" + i
        + ') is greater than or equal to the maximum bound (0).', 'IndexSizeError');
  };
  defineMethods(TimeRanges.prototype, m);
});

/** A media element's state (its slot's media field, made when first asked for). */
function mediaState(el) {
  var s = slotOf(el, 'Element');
  if (!s.media) {
    s.media = {networkState: 0, error: null, startPosition: 0, volume: 1, muted: null, rate: 1, defaultRate: 1,
      preservesPitch: true, srcObject: null, generation: 0, hadSource: false, paused: true, pendingPlays: []};
  }
  return s.media;
}

/** Firing an event named type at the element, as a task's steps (a checkpoint after each listener). */
function mediaEvent(steps, el, type) {
  steps.add([function () {
    return beginDispatch(el, trustedEvent(new Event(type)));
  }]);
  return steps;
}

/** #queue-a-media-element-task firing an event named type at the element. */
function queueMediaEvent(el, type) {
  queueTask(function () {
    return mediaEvent(new StepSeries(), el, type);
  });
}

/** #reject-pending-play-promises with a DOMException (Chromium's message). */
function rejectPendingPlays(state, name, message) {
  var pending = state.pendingPlays;
  state.pendingPlays = [];
  pending.forEach(function (reject) {
    reject(new DOMException(message, name));
  });
}

/**
 * A step's cursor that runs no listener but counts as one, so that the loop's microtask checkpoint
 * runs after it (callback-steps.js runs one after each listener).
 */
function checkpointCursor() {
  var done = false;
  return {
    step: function () {
      var first = !done;
      done = true;
      return first;
    },
    end: function () {}
  };
}

/** #internal-pause-steps: the element paused; false when it already was (no pause event then). */
function pauseMedia(el, state) {
  if (state.paused) {
    return false;
  }
  state.paused = true;
  return true;
}

/**
 * #concept-media-load-algorithm: abort while loading; for an element that had a source, emptied,
 * its pending play() calls rejected and a pause (Chromium fires no emptied after a load without
 * one); then the resource selection algorithm, whose every resource fails here
 * (#dedicated-media-source-failure-steps). Without a source the network state is no source, as
 * Chromium leaves it (the standard empties it after a stable state).
 */
function mediaLoad(el) {
  var state = mediaState(el);
  var generation = ++state.generation;
  if (state.networkState === 2 || state.networkState === 1) {
    queueMediaEvent(el, 'abort');
  }
  if (state.hadSource) {
    // Chromium empties only an element that had a source (after one without, no emptied).
    queueMediaEvent(el, 'emptied');
    rejectPendingPlays(state, 'AbortError', 'The play() request was interrupted by a new load request. '
        + 'https://goo.gl/LdLk22');
    if (pauseMedia(el, state)) {
      queueMediaEvent(el, 'pause');
    }
    state.hadSource = false;
    state.networkState = 0;
    state.error = null;
    state.startPosition = 0;
  }
  // #concept-media-load-algorithm's resource selection: a source to try (src, a source child or a
  // srcObject), else no source.
  var hasSource = attributeOf(el, 'src') !== null || state.srcObject !== null
      || Array.prototype.some.call(el.children, function (c) {
        return c instanceof HTMLSourceElement;
      });
  if (!hasSource) {
    state.networkState = 3;
    return;
  }
  state.networkState = 2;
  state.hadSource = true;
  // The fetch's start, a task later (as Chromium's comes after what the script queued): loadstart,
  // then the failure (#dedicated-media-source-failure-steps): error, the pending play() calls
  // rejected, and the element paused (Chromium's pause event).
  queueTask(function () {
    if (generation !== state.generation) {
      return;
    }
    queueMediaEvent(el, 'loadstart');
    queueTask(function () {
      if (generation !== state.generation) {
        return;
      }
      state.error = Object.create(MediaError.prototype);
      setSlot(state.error, {kinds: ['MediaError'], code: 4, message: 'MEDIA_ELEMENT_ERROR: Format error'});
      state.networkState = 3;
      var steps = mediaEvent(new StepSeries(), el, 'error');
      var paused = false;
      steps.add([function () {
        rejectPendingPlays(state, 'NotSupportedError', 'Failed to load because no supported source was found.');
        paused = pauseMedia(el, state);
        return checkpointCursor(); // the rejections' reactions run before the pause listeners, as in Chromium
      }]);
      steps.add([function () {
        return paused ? beginDispatch(el, trustedEvent(new Event('pause'))) : undefined;
      }]);
      return steps;
    });
  });
}

/** A src attribute set or changed (resource-hooks.js): the load algorithm (#location-of-the-media-resource). */
function attributeChanged(el, name, before, after) {
  if (after !== null) {
    mediaLoad(el);
  }
}

defineAccessor(HTMLMediaElement.prototype, 'error', function () {
  return mediaState(this).error;
});
defineAccessor(HTMLMediaElement.prototype, 'srcObject', function () {
  return mediaState(this).srcObject;
}, function (v) {
  mediaState(this).srcObject = v === undefined ? null : v;
  mediaLoad(this);
});
defineAccessor(HTMLMediaElement.prototype, 'currentSrc', function () {
  slotOf(this, 'Element');
  return ''; // no resource is ever selected
});
reflectCrossOrigin(HTMLMediaElement);
defineAccessor(HTMLMediaElement.prototype, 'networkState', function () {
  return mediaState(this).networkState;
});
// #attr-media-preload: none, metadata or auto; Chromium's default, missing or invalid, is metadata.
reflectKeyword([HTMLMediaElement], 'preload', 'preload', ['none', 'metadata', 'auto'], 'metadata', 'metadata');
['buffered', 'played', 'seekable'].forEach(function (name) {
  defineAccessor(HTMLMediaElement.prototype, name, function () {
    slotOf(this, 'Element');
    return emptyTimeRanges();
  });
});
defineAccessor(HTMLMediaElement.prototype, 'readyState', function () {
  slotOf(this, 'Element');
  return 0;
});
['seeking', 'ended'].forEach(function (name) {
  defineAccessor(HTMLMediaElement.prototype, name, function () {
    slotOf(this, 'Element');
    return false;
  });
});
/** A double attribute's value set (WebIDL #es-double: finite). */
function mediaDouble(v, name) {
  var n = Number(v);
  if (!isFinite(n)) {
    throw new TypeError("Failed to set the '" + name + "' property on 'HTMLMediaElement': The provided double "
        + 'value is non-finite.');
  }
  return n;
}

/** #dom-media-currenttime: with no media, the default playback start position, which a set keeps. */
defineAccessor(HTMLMediaElement.prototype, 'currentTime', function () {
  return mediaState(this).startPosition;
}, function (v) {
  mediaState(this).startPosition = mediaDouble(v, 'currentTime');
});
defineAccessor(HTMLMediaElement.prototype, 'duration', function () {
  slotOf(this, 'Element');
  return NaN;
});
defineAccessor(HTMLMediaElement.prototype, 'paused', function () {
  return mediaState(this).paused;
});
/** #dom-media-playbackrate, #dom-media-defaultplaybackrate: kept, a change fires ratechange. */
[['playbackRate', 'rate'], ['defaultPlaybackRate', 'defaultRate']].forEach(function (pair) {
  defineAccessor(HTMLMediaElement.prototype, pair[0], function () {
    return mediaState(this)[pair[1]];
  }, function (v) {
    var n = mediaDouble(v, pair[0]);
    var state = mediaState(this);
    if (state[pair[1]] !== n) {
      state[pair[1]] = n;
      queueMediaEvent(this, 'ratechange');
    }
  });
});
defineAccessor(HTMLMediaElement.prototype, 'preservesPitch', function () {
  return mediaState(this).preservesPitch;
}, function (v) {
  mediaState(this).preservesPitch = toBoolean(v);
});
reflectBoolean([HTMLMediaElement], 'autoplay', 'autoplay');
reflectBoolean([HTMLMediaElement], 'loop', 'loop');
reflectBoolean([HTMLMediaElement], 'controls', 'controls');
reflectBoolean([HTMLMediaElement], 'defaultMuted', 'muted');
/** #dom-media-volume: in [0, 1] (else IndexSizeError), a change fires volumechange. */
defineAccessor(HTMLMediaElement.prototype, 'volume', function () {
  return mediaState(this).volume;
}, function (v) {
  var n = mediaDouble(v, 'volume');
  if (n < 0 || n > 1) {
    throw new DOMException("Failed to set the 'volume' property on 'HTMLMediaElement': The volume provided ("
        + n + ') is outside the range [0, 1].', 'IndexSizeError');
  }
  var state = mediaState(this);
  if (state.volume !== n) {
    state.volume = n;
    queueMediaEvent(this, 'volumechange');
  }
});
/** #dom-media-muted: the muted attribute's presence until a script sets it; a change fires volumechange. */
defineAccessor(HTMLMediaElement.prototype, 'muted', function () {
  var state = mediaState(this);
  return state.muted === null ? attributeOf(this, 'muted') !== null : state.muted;
}, function (v) {
  var state = mediaState(this);
  var muted = toBoolean(v);
  if (this.muted !== muted) {
    queueMediaEvent(this, 'volumechange');
  }
  state.muted = muted;
});

defineMethods(HTMLMediaElement.prototype, {
  load: function () {
    slotOf(this, 'Element');
    mediaLoad(this);
  },
  /** #dom-navigator-canplaytype: "" for every type, as this host plays none. */
  canPlayType: function (type) {
    slotOf(this, 'Element');
    requireArgs(arguments, 1, "execute 'canPlayType' on 'HTMLMediaElement'");
    toDOMString(type);
    return '';
  },
  /**
   * #dom-media-play: #allowed-to-play as Chromium's autoplay policy has it for a page no user has
   * interacted with (this host has no user activation): only a muted video; it then plays (the
   * play event) until its load fails, which rejects the promise.
   */
  play: function () {
    var state = mediaState(this);
    var allowed = this instanceof HTMLVideoElement && this.muted;
    if (allowed && state.error !== null && state.error[SLOT].code === 4) {
      return Promise.reject(new DOMException('The element has no supported sources.', 'NotSupportedError'));
    }
    if (state.networkState === 0) {
      mediaLoad(this);
    }
    if (!allowed) {
      return Promise.reject(new DOMException("play() failed because the user didn't interact with the "
          + 'document first. https://goo.gl/xX8pDD', 'NotAllowedError'));
    }
    var promise = new Promise(function (resolve, reject) {
      state.pendingPlays.push(reject);
    });
    if (state.paused) {
      state.paused = false;
      queueMediaEvent(this, 'play');
    }
    return promise;
  },
  /** #dom-media-pause: the load algorithm when it had no source yet, then the internal pause steps. */
  pause: function () {
    var state = mediaState(this);
    if (state.networkState === 0) {
      mediaLoad(this);
    }
    if (pauseMedia(this, state)) {
      queueMediaEvent(this, 'pause');
      rejectPendingPlays(state, 'AbortError', 'The play() request was interrupted by a call to pause(). '
          + 'https://goo.gl/LdLk22');
    }
  }
});

// HTMLVideoElement (#the-video-element): its size attributes, no frames.
reflectUnsignedLong(HTMLVideoElement, 'width', 'width', 0, false, null);
reflectUnsignedLong(HTMLVideoElement, 'height', 'height', 0, false, null);
['videoWidth', 'videoHeight'].forEach(function (name) {
  defineAccessor(HTMLVideoElement.prototype, name, function () {
    slotOf(this, 'Element');
    return 0;
  });
});
reflectUrl([HTMLVideoElement], 'poster');
reflectBoolean([HTMLVideoElement], 'playsInline', 'playsinline');

/** The module's first use: the media elements the page has with a source start their load. */
Array.prototype.forEach.call(document.querySelectorAll('audio[src], video[src], audio > source, video > source'),
    function (el) {
      var media = el instanceof HTMLMediaElement ? el : el.parentNode;
      if (mediaState(media).networkState === 0) {
        mediaLoad(media);
      }
    });

exposed.MediaError = MediaError;
exposed.TimeRanges = TimeRanges;
