// html-canvas-element.js (lazy module canvas): HTMLCanvasElement (HTML #the-canvas-element) for a
// host that draws nothing. width and height reflect their attributes (300 and 150 by default);
// getContext answers null for every context type, as a browser does for a type it does not
// support (so Chart.js and the like report that they cannot draw instead of throwing); the bitmap
// is transparent black, so toDataURL and toBlob give its PNG (the host writes it: BlankPng; its
// bytes are this host's encoding, not Chromium's), or "data:," and null for one without pixels.
// Not here: transferControlToOffscreen and captureStream (no OffscreenCanvas, no media streams).

// #attr-canvas-width, #attr-canvas-height: non-negative integers, 300 and 150 by default.
reflectUnsignedLong(HTMLCanvasElement, 'width', 'width', 300, false, null);
reflectUnsignedLong(HTMLCanvasElement, 'height', 'height', 150, false, null);

/**
 * The bitmap's PNG from the host function given (canvasBlankPng: base64; canvasBlankPngBytes: the
 * bytes), or null when it has no pixels (or more than a browser allows).
 */
function canvasPng(canvas, encode) {
  var w = canvas.width;
  var h = canvas.height;
  // Chromium's limits: 32,767 pixels a side, 2^28 in all; a larger canvas has no bitmap.
  return w === 0 || h === 0 || w > 32767 || h > 32767 || w * h > 268435456 ? null : encode(w, h);
}

defineMethods(HTMLCanvasElement.prototype, {
  /** #dom-canvas-getcontext: null, the answer for a context type the host does not support. */
  getContext: function (contextId) {
    slotOf(this, 'Element');
    requireArgs(arguments, 1, "execute 'getContext' on 'HTMLCanvasElement'");
    toDOMString(contextId);
    return null;
  },
  /**
   * #dom-canvas-todataurl: a PNG (the fallback the standard gives for a type the host does not
   * write; Chromium also writes JPEG and WebP), or "data:," without pixels.
   */
  toDataURL: function () {
    slotOf(this, 'Element');
    if (arguments.length > 0 && arguments[0] !== undefined) {
      toDOMString(arguments[0]);
    }
    var png = canvasPng(this, host.canvasBlankPng);
    return png === null ? 'data:,' : 'data:image/png;base64,' + png;
  },
  /** #dom-canvas-toblob: the callback, in a task, with the PNG's Blob, or null without pixels. */
  toBlob: function (callback) {
    slotOf(this, 'Element');
    requireArgs(arguments, 1, "execute 'toBlob' on 'HTMLCanvasElement'");
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'toBlob' on 'HTMLCanvasElement': parameter 1 is not of type "
          + "'Function'.");
    }
    if (arguments.length > 1 && arguments[1] !== undefined) {
      toDOMString(arguments[1]);
    }
    var png = canvasPng(this, host.canvasBlankPngBytes);
    queueTask(function () {
      try {
        callback(png === null ? null : makeBlob(fromHostBytes(png), 'image/png'));
      } catch (e) {
        reportException(e);
      }
    });
  }
});
