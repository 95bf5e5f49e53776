// html-image-element.js (lazy module images): the img element's images (HTML #the-img-element,
// #images-processing-model). An img of the page's document fetches its source (src, or srcset's
// candidate for a density of 1) through fetch.js's requests, in no-cors mode as every image is
// (so the run's network policy applies, and file: URLs as fetch() reads them); the host sizes the
// response (io.w3socket.engine.ImageSizes: PNG, JPEG, GIF, WebP, BMP, ICO by their signatures,
// SVG by its MIME type); then load, or error when it cannot be fetched or decoded, fires at the
// element in a task. Each element has a current and a pending image request (#img-req-data); the
// document keeps its list of available images (#list-of-available-images), so an image already
// loaded is there at once, as in Chromium. Nothing is painted: width and height are the attributes'
// values, else the image's natural size (#dom-img-width for an image not being rendered).

var IMAGE_ACCEPT = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8';

/** #list-of-available-images of the page's document: natural sizes by URL and CORS settings. */
var availableImages = {};

/** The image requests of an img element (#img-req-data), made on first use. */
function imageData(el) {
  var s = slotOf(el, 'Element');
  if (!(el instanceof HTMLImageElement)) {
    throw new TypeError('Illegal invocation');
  }
  if (!s.image) {
    s.image = {current: newImageRequest(''), pending: null, updates: 0, decodes: []};
  }
  return s.image;
}

/** #image-request: its state, current URL, natural size and the density it was selected for. */
function newImageRequest(url) {
  return {state: 'unavailable', url: url, size: null, density: 1, abort: null, delaying: false, key: null};
}

/** The img elements a parse, a clone or an adoption gave a source (resource-hooks.js resourcesMade). */
function imagesMade() {
  var handles = host.domTakeImages();
  for (var i = 0; i < handles.length; i++) {
    updateImageData(nodeFor(handles[i]));
  }
}

/** A relevant mutation (#img-load) by a script: its attribute set or removed. */
function attributeChanged(el, name, oldValue, value) {
  if (name === 'crossorigin' && corsSettingState(oldValue) === corsSettingState(value)) {
    return; // its state did not change
  }
  if (name === 'referrerpolicy' && oldValue === value) {
    return;
  }
  // src set to the value it had is one too (its restart of an animation shows nothing here).
  updateImageData(el);
}

/** #use-srcset-or-picture: a srcset attribute (picture parents are not followed here). */
function usesSrcset(el) {
  return attributeOf(el, 'srcset') !== null;
}

/**
 * #update-the-image-data. Steps 1, 2: an img of another document (one a script made, or a
 * template's) never loads, as that document is never fully active.
 */
function updateImageData(el) {
  if (el.ownerDocument !== document) {
    return;
  }
  var data = imageData(el);
  var instance = ++data.updates;
  settleDecodes(data); // those asked for before this update reject
  // 3.-6. The src attribute, unless srcset is used.
  var src = attributeOf(el, 'src');
  var selected = !usesSrcset(el) && src !== null && src !== '' ? src : null;
  // 7. An image of the list of available images is there at once.
  if (selected !== null) {
    var parsed = parseUrl(selected, documentBaseUrl());
    var key = parsed === null ? null : parsed.href + ' ' + corsSettingState(attributeOf(el, 'crossorigin'));
    var entry = key === null ? undefined : availableImages[key];
    if (entry !== undefined) {
      abortImageRequest(data.current);
      abortImageRequest(data.pending);
      data.pending = null;
      var request = newImageRequest(parsed.href);
      request.state = 'completely available';
      request.size = entry;
      changeCurrentRequest(data, request);
      // The task's events; Chromium sets the current URL at once (the standard, in the task).
      queueTask(function () {
        if (data.current === request) {
          return imageEventSteps(el, 'load');
        }
      });
      return;
    }
  }
  // 8., 9. The rest in a microtask, unless another update started after this one.
  queueMicrotask(function () {
    if (instance === data.updates) {
      updateImageDataInMicrotask(el, data);
    }
  });
}

/** #update-the-image-data steps 10 to the fetch. */
function updateImageDataInMicrotask(el, data) {
  // 10. #select-an-image-source.
  var selected = selectImageSource(el);
  // 11. No source: broken, with an error event if there was a src or srcset attribute.
  if (selected === null) {
    abortImageRequest(data.current);
    abortImageRequest(data.pending);
    data.pending = null;
    var hadSource = attributeOf(el, 'src') !== null || usesSrcset(el);
    var broken = newImageRequest('');
    broken.state = 'broken';
    changeCurrentRequest(data, broken);
    queueTask(function () {
      if (data.current === broken && hadSource) {
        return imageEventSteps(el, 'error');
      }
    });
    return;
  }
  // 12., 13. A URL that does not parse: broken, its current URL the source as given, error.
  var parsed = parseUrl(selected.url, documentBaseUrl());
  if (parsed === null) {
    abortImageRequest(data.current);
    abortImageRequest(data.pending);
    data.pending = null;
    var failed = newImageRequest(selected.url);
    failed.state = 'broken';
    changeCurrentRequest(data, failed);
    queueTask(function () {
      if (data.current === failed) {
        return imageEventSteps(el, 'error');
      }
    });
    return;
  }
  var url = parsed.href;
  // 14. The pending request already fetches it.
  if (data.pending !== null && data.pending.url === url) {
    return;
  }
  // 16.-18. A new request: the current one if the current shows nothing, else the pending one.
  abortImageRequest(data.pending);
  data.pending = null;
  var request = newImageRequest(url);
  request.density = selected.density;
  request.key = url + ' ' + corsSettingState(attributeOf(el, 'crossorigin'));
  if (data.current.state === 'unavailable' || data.current.state === 'broken') {
    abortImageRequest(data.current);
    changeCurrentRequest(data, request);
  } else {
    data.pending = request;
  }
  // 25. An eager image delays the page's load event until its task has run.
  if (!documentCompletelyLoaded && asciiLowercase(attributeOf(el, 'loading') || '') !== 'lazy') {
    request.delaying = true;
    delayLoadEvent();
  }
  // 19.-27. Fetch it (no-cors: the response is used as it is, whatever its origin).
  request.abort = loadModule('network').startRequest('GET', url, [['Accept', IMAGE_ACCEPT]], null, 'follow', function (res) {
    request.abort = null;
    imageFetched(el, data, request, res);
  }, false);
}

/**
 * #select-an-image-source without picture: a srcset attribute's candidates (#parse-a-srcset-attribute;
 * a width descriptor's density is its width over the source size, sourceSizeOf), the one whose
 * density is the smallest at least 1, else the largest; src as a 1x candidate when no candidate
 * has density 1. Null when there is none.
 */
function selectImageSource(el) {
  var src = attributeOf(el, 'src');
  if (!usesSrcset(el)) {
    return src !== null && src !== '' ? {url: src, density: 1} : null;
  }
  var candidates = parseSrcset(attributeOf(el, 'srcset'), sourceSizeOf(el));
  if (src !== null && src !== '' && !candidates.some(function (c) {
    return c.density === 1;
  })) {
    candidates.push({url: src, density: 1});
  }
  if (candidates.length === 0) {
    return null;
  }
  var best = null;
  candidates.forEach(function (c) {
    if (best === null || (c.density >= 1 && (best.density < 1 || c.density < best.density))
        || (c.density < 1 && best.density < 1 && c.density > best.density)) {
      best = c;
    }
  });
  return best;
}

/**
 * #parse-a-srcset-attribute: the candidates, each a URL and a density (x descriptors; a w
 * descriptor's width over sourceSize); a candidate whose descriptors are invalid is dropped.
 */
function parseSrcset(input, sourceSize) {
  var candidates = [];
  var pos = 0;
  var ws = '\t\n\f\r ';
  for (;;) {
    while (pos < input.length && (ws.indexOf(input.charAt(pos)) >= 0 || input.charAt(pos) === ',')) {
      pos++;
    }
    if (pos >= input.length) {
      return candidates;
    }
    var start = pos;
    while (pos < input.length && ws.indexOf(input.charAt(pos)) < 0) {
      pos++;
    }
    var url = input.substring(start, pos);
    var descriptors = [];
    if (url.charAt(url.length - 1) === ',') {
      url = url.replace(/,+$/, '');
    } else {
      // The descriptor tokenizer: up to the next comma outside parentheses.
      var current = '';
      var inParens = false;
      for (; pos <= input.length; pos++) {
        var c = pos < input.length ? input.charAt(pos) : '';
        if (inParens) {
          current += c;
          inParens = c !== ')';
        } else if (c === '' || c === ',') {
          if (current !== '') {
            descriptors.push(current);
          }
          pos++;
          break;
        } else if (ws.indexOf(c) >= 0) {
          if (current !== '') {
            descriptors.push(current);
            current = '';
          }
        } else {
          current += c;
          inParens = c === '(';
        }
      }
    }
    var density = candidateDensity(descriptors, sourceSize);
    if (density !== null) {
      candidates.push({url: url, density: density});
    }
  }
}

/** A candidate's descriptors (#parse-a-srcset-attribute step 13) as a density, or null if invalid. */
function candidateDensity(descriptors, sourceSize) {
  var density = null;
  var width = null;
  for (var i = 0; i < descriptors.length; i++) {
    var d = descriptors[i];
    var last = d.charAt(d.length - 1);
    var value = d.substring(0, d.length - 1);
    if (last === 'w' && width === null && density === null && /^\d+$/.test(value) && Number(value) > 0) {
      width = Number(value);
    } else if (last === 'x' && width === null && density === null
        && /^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/.test(value) && Number(value) >= 0) {
      density = Number(value);
    } else if (last !== 'h') {
      return null;
    }
  }
  if (width !== null) {
    return width / sourceSize;
  }
  return density === null ? 1 : density;
}

/**
 * #parse-a-sizes-attribute: the length of the first entry whose media condition matches (or that
 * has none), in CSS pixels (px, em, rem, vw, vh), else 100vw.
 */
function sourceSizeOf(el) {
  var sizes = attributeOf(el, 'sizes');
  var entries = sizes === null ? [] : sizes.split(',');
  for (var i = 0; i < entries.length; i++) {
    var entry = entries[i].replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
    var m = /^(.*?)[\t\n\f\r ]*(-?[\d.]+(?:e[-+]?\d+)?)(px|em|rem|vw|vh)?$/i.exec(entry);
    if (m === null || (m[3] === undefined && Number(m[2]) !== 0) || Number(m[2]) < 0) {
      continue;
    }
    if (m[1] !== '' && !matchMedia(m[1]).matches) {
      continue;
    }
    var n = Number(m[2]);
    var unit = (m[3] || 'px').toLowerCase();
    return unit === 'px' ? n : unit === 'vw' ? n * innerWidth / 100 : unit === 'vh' ? n * innerHeight / 100 : n * 16;
  }
  return innerWidth;
}

/** The response of a request: its image's size in a task, or its failure (#img-load). */
function imageFetched(el, data, request, res) {
  var size = null;
  // Any status: an image is decoded from whatever body came (Chromium shows a 404's PNG too).
  if (!res.error && res.bytes !== null) {
    size = host.imageSize(toHostBytes(res.bytes), imageMimeType(res));
  }
  queueTask(function () {
    if (data.current !== request && data.pending !== request) {
      return; // aborted meanwhile
    }
    if (data.pending === request) {
      // #upgrade-the-pending-request-to-the-current-request.
      abortImageRequest(data.current);
      data.pending = null;
      changeCurrentRequest(data, request);
    }
    if (size === null) {
      request.state = 'broken';
      settleDecodes(data);
      return imageEventSteps(el, 'error', request);
    }
    request.state = 'completely available';
    request.size = size;
    availableImages[request.key] = size;
    settleDecodes(data);
    return imageEventSteps(el, 'load', request);
  });
}

/** A response's MIME type: its Content-Type, else a file's by its name (as Chromium's for SVG). */
function imageMimeType(res) {
  for (var i = 0; i < res.headers.length; i++) {
    if (asciiLowercase(res.headers[i][0]) === 'content-type') {
      return res.headers[i][1];
    }
  }
  var path = res.url.split(/[?#]/)[0];
  return /^file:/i.test(path) && /\.svgz?$/i.test(path) ? 'image/svg+xml' : '';
}

/**
 * A task's event at the img (a StepSeries: a microtask checkpoint after each listener), after
 * which the request's delay of the load event ends.
 */
function imageEventSteps(el, type, request) {
  var steps = new StepSeries();
  steps.add([function () {
    return beginDispatch(el, trustedEvent(new Event(type)));
  }, function () {
    endImageLoadDelay(request);
  }]);
  return steps;
}

function endImageLoadDelay(request) {
  if (request && request.delaying) {
    request.delaying = false;
    endLoadEventDelay();
  }
}

/** #abort-the-image-request: its fetch ends, its delay of the load event too. */
function abortImageRequest(request) {
  if (request === null) {
    return;
  }
  if (request.abort !== null) {
    var abort = request.abort;
    request.abort = null;
    abort();
  }
  endImageLoadDelay(request);
}

/** The current request becomes another: decode()s waiting on the old one reject (#dom-img-decode). */
function changeCurrentRequest(data, request) {
  data.current = request;
  settleDecodes(data);
}

/**
 * #dom-img-decode: a decode resolves once the current request is completely available (and no
 * request is pending), and rejects when it breaks or when the image data is updated again after
 * the decode() call (the current request changes: as Chromium, counted from the call, not from
 * the microtask).
 */
function settleDecodes(data) {
  var waiting = data.decodes;
  data.decodes = [];
  waiting.forEach(function (w) {
    if (!settleDecode(data, w)) {
      data.decodes.push(w);
    }
  });
}

/** Settles one decode if it can be: true when it did. */
function settleDecode(data, w) {
  if (w.updates !== data.updates || data.current.state === 'broken') {
    w.reject(decodeError());
  } else if (data.current.state === 'completely available' && data.pending === null) {
    w.resolve(undefined);
  } else {
    return false;
  }
  return true;
}

function decodeError() {
  return new DOMException('The source image cannot be decoded.', 'EncodingError');
}

/** Reads the state after the img elements made so far have started (imagesMade). */
function currentRequest(el) {
  imagesMade();
  return imageData(el).current;
}

/** #img-available: partially or completely available (nothing is partially available here). */
function imageAvailable(request) {
  return request.state === 'completely available';
}

/**
 * The natural width (i 0) or height (1) over a density (#density-corrected-natural-width-and-height),
 * in whole pixels as Chromium gives them: a raster image's floored, an SVG image's rounded.
 */
function naturalDimension(request, i, density) {
  if (!imageAvailable(request)) {
    return 0;
  }
  var n = request.size[i] / density;
  return request.size[2] === 1 ? Math.round(n) : Math.floor(n);
}

var imageProto = HTMLImageElement.prototype;

reflectString([HTMLImageElement], 'srcset', 'srcset');
reflectString([HTMLImageElement], 'sizes', 'sizes');
reflectCrossOrigin(HTMLImageElement); // resource-hooks.js
reflectString([HTMLImageElement], 'useMap', 'usemap');
reflectBoolean([HTMLImageElement], 'isMap', 'ismap');

/**
 * #dom-img-width, #dom-img-height: the attribute's value (#rules-for-parsing-dimension-values'
 * integer part) when it has one; else the image's natural size, as for an image not being
 * rendered (no layout here), else 0. Set: an unsigned long, the attribute.
 */
['width', 'height'].forEach(function (name, i) {
  defineAccessor(imageProto, name, function () {
    var n = integerAttribute(this, name);
    if (n >= 0) {
      return n;
    }
    return naturalDimension(currentRequest(this), i, 1);
  }, function (v) {
    var n = toUint32(v);
    hostSetAttribute(elementHandle(this), name, String(n <= 2147483647 ? n : 0));
  });
});

defineAccessor(imageProto, 'naturalWidth', function () {
  var request = currentRequest(this);
  return naturalDimension(request, 0, request.density);
});
defineAccessor(imageProto, 'naturalHeight', function () {
  var request = currentRequest(this);
  return naturalDimension(request, 1, request.density);
});

/** #dom-img-complete. */
defineAccessor(imageProto, 'complete', function () {
  var src = attributeOf(this, 'src');
  if (!usesSrcset(this) && (src === null || src === '')) {
    return true;
  }
  var data = imageData(this);
  imagesMade();
  var state = data.current.state;
  return data.pending === null && (state === 'completely available' || state === 'broken');
});

/** #dom-img-currentsrc: the current request's current URL. */
defineAccessor(imageProto, 'currentSrc', function () {
  return currentRequest(this).url;
});

reflectKeyword([HTMLImageElement], 'referrerPolicy', 'referrerpolicy', REFERRER_POLICIES, '');
reflectKeyword([HTMLImageElement], 'decoding', 'decoding', ['sync', 'async', 'auto'], 'auto', 'auto');
reflectKeyword([HTMLImageElement], 'loading', 'loading', ['lazy', 'eager'], 'eager', 'eager');
reflectKeyword([HTMLImageElement], 'fetchPriority', 'fetchpriority', ['high', 'low', 'auto'], 'auto', 'auto');

/**
 * #dom-img-decode: in a microtask, a rejection with EncodingError if the img's document is not
 * fully active or its current request is broken (or, as in Chromium, nothing was ever selected);
 * else it waits for the current request (settleDecodes).
 */
defineMethods(imageProto, {
  decode: function () {
    var el = this;
    var data = imageData(el);
    imagesMade();
    var updates = data.updates;
    return new Promise(function (resolve, reject) {
      queueMicrotask(function () {
        var w = {updates: updates, resolve: resolve, reject: reject};
        if (el.ownerDocument !== document || data.updates === 0) {
          reject(decodeError()); // never active, or nothing ever selected (Chromium's)
        } else if (!settleDecode(data, w)) {
          data.decodes.push(w);
        }
      });
    });
  }
});

// #HTMLImageElement-partial: the obsolete attributes, reflected.
reflectString([HTMLImageElement], 'lowsrc', 'lowsrc');
reflectString([HTMLImageElement], 'align', 'align');
reflectUnsignedLong(HTMLImageElement, 'hspace', 'hspace', 0, false, null);
reflectUnsignedLong(HTMLImageElement, 'vspace', 'vspace', 0, false, null);
/** #dom-img-longdesc: a URL, as #reflect's USVString URL attributes read. */
defineAccessor(imageProto, 'longDesc', function () {
  var v = attributeOf(this, 'longdesc');
  var parsed = v === null ? null : parseUrl(v, documentBaseUrl());
  return v === null ? '' : parsed === null ? v : parsed.href;
}, function (v) {
  hostSetAttribute(elementHandle(this), 'longdesc', toUSVString(v));
});
/** #dom-img-border: [LegacyNullToEmptyString], null sets "". */
defineAccessor(imageProto, 'border', function () {
  var v = attributeOf(this, 'border');
  return v === null ? '' : v;
}, function (v) {
  hostSetAttribute(elementHandle(this), 'border', v === null ? '' : toDOMString(v));
});

/** CSSOM View #dom-htmlimageelement-x, -y: the first box's position; no layout here, so 0. */
defineAccessor(imageProto, 'x', function () {
  imageData(this);
  return 0;
});
defineAccessor(imageProto, 'y', function () {
  imageData(this);
  return 0;
});

