// html-media-members.js: HTMLMediaElement's and HTMLVideoElement's members (HTML
// #htmlmediaelement, #htmlvideoelement) beside src (html-element-attributes.js): the constants,
// and stubs (webidl.js lazyMembers) that load the lazy module media (html-media-element.js).

var MEDIA_STATES = {NETWORK_EMPTY: 0, NETWORK_IDLE: 1, NETWORK_LOADING: 2, NETWORK_NO_SOURCE: 3, HAVE_NOTHING: 0,
  HAVE_METADATA: 1, HAVE_CURRENT_DATA: 2, HAVE_FUTURE_DATA: 3, HAVE_ENOUGH_DATA: 4};
Object.keys(MEDIA_STATES).forEach(function (k) {
  [HTMLMediaElement, HTMLMediaElement.prototype].forEach(function (o) {
    Object.defineProperty(o, k, {value: MEDIA_STATES[k], enumerable: true});
  });
});
lazyMembers('media', HTMLMediaElement, 'error:r srcObject currentSrc:r crossOrigin networkState:r preload '
    + 'buffered:r load() canPlayType(1) readyState:r seeking:r currentTime duration:r paused:r '
    + 'defaultPlaybackRate playbackRate preservesPitch played:r seekable:r ended:r autoplay loop play() pause() '
    + 'controls volume muted defaultMuted');
lazyMembers('media', HTMLVideoElement, 'width height videoWidth:r videoHeight:r poster playsInline');
