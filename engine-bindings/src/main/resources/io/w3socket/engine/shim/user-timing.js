// user-timing.js (lazy module timing): User Timing Level 3 (https://w3c.github.io/user-timing/):
// PerformanceMark and PerformanceMeasure, and Performance's mark, measure, clearMarks and
// clearMeasures, each queued to the timeline (performance-timeline.js), with Chromium 156's
// messages. Of the PerformanceTiming names a measure may start or end at, navigationStart is 0;
// the others are empty here (InvalidAccessError), as this host keeps no navigation timing.

/** #dom-performancetiming: its attribute names, which a Window's marks may not take. */
var PERFORMANCE_TIMING_NAMES = ['navigationStart', 'unloadEventStart', 'unloadEventEnd', 'redirectStart',
  'redirectEnd', 'fetchStart', 'domainLookupStart', 'domainLookupEnd', 'connectStart', 'connectEnd',
  'secureConnectionStart', 'requestStart', 'responseStart', 'responseEnd', 'domLoading', 'domInteractive',
  'domContentLoadedEventStart', 'domContentLoadedEventEnd', 'domComplete', 'loadEventStart', 'loadEventEnd'];

function isTimingName(name) {
  return globalInterface === 'Window' && PERFORMANCE_TIMING_NAMES.indexOf(name) >= 0;
}

/** A DOMHighResTimeStamp dictionary member (WebIDL #es-double: finite). */
function timeStamp(v, what, member, dictionary) {
  var n = Number(v);
  if (!isFinite(n)) {
    throw new TypeError(what + "Failed to read the '" + member + "' property from '" + dictionary
        + "': The provided double value is non-finite.");
  }
  return n;
}

/** A detail's structured clone (#dom-performancemark-detail), or null for none. */
function cloneDetail(detail, context) {
  if (detail === undefined || detail === null) {
    return null;
  }
  var clone = globalInterface === 'Window' ? loadModule('messaging')
      : {serializeWithTransfer: serializeWithTransfer, deserializeRecord: deserializeRecord};
  return clone.deserializeRecord(clone.serializeWithTransfer(detail, [], context), function (u8) {
    return u8;
  }).data;
}

/** #dom-performancemark-constructor's steps, for the constructor and for mark(). */
function initMark(mark, name, options, what, context) {
  if (options !== undefined && options !== null && !isObject(options)) {
    throw new TypeError(what + "The provided value is not of type 'PerformanceMarkOptions'.");
  }
  options = options || {};
  // Dictionary members in lexicographical order: detail, startTime.
  var detail = options.detail;
  var startTime = options.startTime === undefined ? undefined
      : timeStamp(options.startTime, what, 'startTime', 'PerformanceMarkOptions');
  if (isTimingName(name)) {
    throw new DOMException(what + "'" + name + "' is part of the PerformanceTiming interface, and cannot be used "
        + 'as a mark name.', 'SyntaxError');
  }
  if (startTime !== undefined && startTime < 0) {
    throw new TypeError(what + "'" + name + "' cannot have a negative start time.");
  }
  var s = initEntry(mark, ['PerformanceMark'], name, 'mark', startTime === undefined ? host.clockNow() : startTime, 0);
  s.detail = cloneDetail(detail, context);
  return mark;
}

function PerformanceMark(markName, markOptions) {
  requireNew(this, PerformanceMark, 'PerformanceMark');
  var what = "Failed to construct 'PerformanceMark': ";
  requireArgs(arguments, 1, "construct 'PerformanceMark'");
  initMark(this, toDOMString(markName), markOptions, what, "construct 'PerformanceMark'");
}
inherit(PerformanceMark, PerformanceEntry);
setTag(PerformanceMark.prototype, 'PerformanceMark');
defineAccessor(PerformanceMark.prototype, 'detail', function () {
  return slotOf(this, 'PerformanceMark').detail;
});

function PerformanceMeasure() {
  illegalConstructor(this, PerformanceMeasure);
}
inherit(PerformanceMeasure, PerformanceEntry);
setTag(PerformanceMeasure.prototype, 'PerformanceMeasure');
defineAccessor(PerformanceMeasure.prototype, 'detail', function () {
  return slotOf(this, 'PerformanceMeasure').detail;
});

/** #convert-a-mark-to-a-timestamp: a mark's name (its latest mark), a timing name, or a time. */
function markTime(mark, name, what) {
  if (typeof mark === 'number') {
    if (mark < 0) {
      throw new TypeError(what + "'" + name + "' cannot have a negative time stamp.");
    }
    return mark;
  }
  if (isTimingName(mark)) {
    if (mark === 'navigationStart') {
      return 0;
    }
    throw new DOMException(what + "'" + mark + "' is empty: either the event hasn't happened yet, or it would "
        + 'provide cross-origin timing information.', 'InvalidAccessError');
  }
  var marks = entryBuffer.filter(function (e) {
    return e[SLOT].entryType === 'mark' && e[SLOT].name === mark;
  });
  if (marks.length === 0) {
    throw new DOMException(what + "The mark '" + mark + "' does not exist.", 'SyntaxError');
  }
  return marks[marks.length - 1][SLOT].startTime;
}

/** A PerformanceMeasureOptions member: a mark's name or a time (the union's string, else a double). */
function markOrTime(v, what, member) {
  return typeof v === 'string' ? v : timeStamp(v, what, member, 'PerformanceMeasureOptions');
}

defineMethods(Performance.prototype, {
  /** #dom-performance-mark: a new mark, queued. */
  mark: function (markName, markOptions) {
    slotOf(this, 'Performance');
    requireArgs(arguments, 1, "execute 'mark' on 'Performance'");
    var mark = Object.create(PerformanceMark.prototype);
    initMark(mark, toDOMString(markName), markOptions, "Failed to execute 'mark' on 'Performance': ",
        "'mark' on 'Performance'");
    queuePerformanceEntry(mark);
    return mark;
  },
  clearMarks: function (markName) {
    slotOf(this, 'Performance');
    clearEntries('mark', markName);
  },
  /** #dom-performance-measure: a measure between two marks, times or the options' start, end and duration. */
  measure: function (measureName, startOrMeasureOptions, endMark) {
    slotOf(this, 'Performance');
    requireArgs(arguments, 1, "execute 'measure' on 'Performance'");
    var what = "Failed to execute 'measure' on 'Performance': ";
    var name = toDOMString(measureName);
    var options = null;
    var startMark;
    if (startOrMeasureOptions === undefined || startOrMeasureOptions === null || isObject(startOrMeasureOptions)) {
      // The union's dictionary; members in lexicographical order: detail, duration, end, start.
      var o = startOrMeasureOptions || {};
      options = {detail: o.detail};
      options.duration = o.duration === undefined ? undefined
          : timeStamp(o.duration, what, 'duration', 'PerformanceMeasureOptions');
      options.end = o.end === undefined ? undefined : markOrTime(o.end, what, 'end');
      options.start = o.start === undefined ? undefined : markOrTime(o.start, what, 'start');
    } else {
      startMark = toDOMString(startOrMeasureOptions);
    }
    var endName = endMark === undefined ? undefined : toDOMString(endMark);
    var given = options !== null && (options.detail !== undefined || options.duration !== undefined
        || options.end !== undefined || options.start !== undefined);
    if (given) {
      // Step 1: a non-empty options object.
      if (endName !== undefined) {
        throw new TypeError(what + 'If a non-empty PerformanceMeasureOptions object was passed, |end_mark| must '
            + 'not be passed.');
      }
      if (options.start === undefined && options.end === undefined) {
        throw new TypeError(what + "If a non-empty PerformanceMeasureOptions object was passed, at least one of "
            + "its 'start' or 'end' properties must be present.");
      }
      if (options.start !== undefined && options.duration !== undefined && options.end !== undefined) {
        throw new TypeError(what + "If a non-empty PerformanceMeasureOptions object was passed, it must not have "
            + "all of its 'start', 'duration', and 'end' properties defined");
      }
    }
    // Steps 3 and 4: the end, then the start.
    var end;
    if (endName !== undefined) {
      end = markTime(endName, name, what);
    } else if (given && options.end !== undefined) {
      end = markTime(options.end, name, what);
    } else if (given && options.start !== undefined && options.duration !== undefined) {
      end = markTime(options.start, name, what) + options.duration;
    } else {
      end = host.clockNow();
    }
    var start;
    if (given && options.start !== undefined) {
      start = markTime(options.start, name, what);
    } else if (given && options.duration !== undefined && options.end !== undefined) {
      start = end - options.duration;
    } else if (startMark !== undefined) {
      start = markTime(startMark, name, what);
    } else {
      start = 0;
    }
    var measure = Object.create(PerformanceMeasure.prototype);
    var s = initEntry(measure, ['PerformanceMeasure'], name, 'measure', start, end - start);
    s.detail = cloneDetail(given ? options.detail : undefined, "'measure' on 'Performance'");
    queuePerformanceEntry(measure);
    return measure;
  },
  clearMeasures: function (measureName) {
    slotOf(this, 'Performance');
    clearEntries('measure', measureName);
  }
});

/** #dom-performance-clearmarks, #dom-performance-clearmeasures: of a name, or all of the type. */
function clearEntries(type, name) {
  var n = name === undefined ? undefined : toDOMString(name);
  entryBuffer = entryBuffer.filter(function (e) {
    return e[SLOT].entryType !== type || (n !== undefined && e[SLOT].name !== n);
  });
}

exposed.PerformanceMark = PerformanceMark;
exposed.PerformanceMeasure = PerformanceMeasure;
