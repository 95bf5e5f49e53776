package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Performance Timeline and User Timing (performance-timeline.js, user-timing.js): the page prints
 * what headless Chromium 156 printed for it, in both engines, but for two things it leaves out: the
 * times of marks made now (it prints their order), and the entry types Chromium supports beyond
 * marks and measures (it prints that those two are there).
 */
class PerformanceTimelineTest {
  @TempDir Path dir;

  /**
   * mark with a start time and a detail (cloned), a PerformanceTiming name refused, a negative
   * time, the constructors; measure from a mark, between marks, with options (start, end, duration,
   * detail) and each of their errors, from navigationStart, an empty timing name; getEntries,
   * getEntriesByType and getEntriesByName in start-time order; clearMarks and clearMeasures; a
   * PerformanceObserver's entries in a task, takeRecords, the buffered flag, its errors and
   * disconnect; the interfaces' members.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void marksMeasuresAndObserversAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "user-timing.html",
        engine,
        """
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function t(f) { try { var r = f(); log('ok', r === undefined ? 'undefined' : typeof r === 'object' && r !== null ? r.constructor.name : r); } catch (e) { log(e.name, e.message); } }
var m = performance.mark('a');
log(m.constructor.name, m.name, m.entryType, typeof m.startTime, m.duration, m.detail, Object.keys(m.toJSON()).join(), m instanceof PerformanceEntry);
var m2 = performance.mark('b', {startTime: 5, detail: {x: 1}});
log(m2.startTime, JSON.stringify(m2.detail), m2.detail === m2.detail);
var d = {y: 2}; var m3 = performance.mark('c', {detail: d}); log(m3.detail === d, JSON.stringify(m3.detail));
t(function () { return performance.mark('navigationStart'); });
t(function () { return performance.mark('x', {startTime: -1}); });
t(function () { return performance.mark(); });
t(function () { return new PerformanceMark('n', {startTime: 3}); });
t(function () { return PerformanceMark('n'); });
t(function () { return new PerformanceMeasure(); });
t(function () { return new PerformanceEntry(); });
var me = performance.measure('m1', 'b'); log(me.constructor.name, me.entryType, me.startTime, me.duration > 0, String(me.detail));
var me2 = performance.measure('m2', {start: 1, end: 4, detail: 'z'}); log(me2.startTime, me2.duration, me2.detail);
var me3 = performance.measure('m3', {start: 2, duration: 3}); log(me3.startTime, me3.duration);
var me4 = performance.measure('m4', 'b', 'b'); log(me4.startTime, me4.duration);
var me5 = performance.measure('m5', undefined, 'b'); log(me5.startTime, me5.duration);
var me6 = performance.measure('m6', 'navigationStart', 'b'); log(me6.startTime, me6.duration);
t(function () { return performance.measure('e1', 'nope'); });
t(function () { return performance.measure('e2', {start: 1, end: 2, duration: 1}); });
t(function () { return performance.measure('e3', {}, 'b'); });
t(function () { return performance.measure('e4', {start: 1}, 'b'); });
t(function () { return performance.measure('e5', {detail: 1}); });
t(function () { return performance.measure('e6', 'loadEventEnd'); });
log(performance.getEntriesByType('mark').map(function (e) { return e.name; }).join(), performance.getEntriesByType('measure').map(function (e) { return e.name; }).join());
log(performance.getEntriesByName('b').length, performance.getEntriesByName('b', 'measure').length, performance.getEntriesByName('m2', 'measure').length);
log(performance.getEntries().filter(function (e) { return e.entryType === 'mark' || e.entryType === 'measure'; }).map(function (e) { return e.name; }).join());
performance.clearMarks('a'); log(performance.getEntriesByType('mark').length); performance.clearMarks(); log(performance.getEntriesByType('mark').length);
performance.clearMeasures('m1'); log(performance.getEntriesByType('measure').length); performance.clearMeasures(); log(performance.getEntriesByType('measure').length);
log(PerformanceObserver.supportedEntryTypes.indexOf('mark') >= 0, PerformanceObserver.supportedEntryTypes.indexOf('measure') >= 0, Object.isFrozen(PerformanceObserver.supportedEntryTypes), PerformanceObserver.supportedEntryTypes === PerformanceObserver.supportedEntryTypes);
var po = new PerformanceObserver(function (list, obs) { log('observed', list.getEntries().map(function (e) { return e.entryType + ':' + e.name; }).join(), obs === po, list.getEntriesByType('mark').length, list.getEntriesByName('o2').length, list.constructor.name); });
po.observe({entryTypes: ['mark', 'measure']});
performance.mark('o1'); performance.measure('o2');
log('sync', po.takeRecords().length);
performance.mark('o3');
t(function () { po.observe({}); });
t(function () { po.observe({entryTypes: ['mark'], type: 'mark'}); });
t(function () { po.observe({type: 'mark', buffered: true}); });
t(function () { return new PerformanceObserver(); });
var po2 = new PerformanceObserver(function (list) { log('buffered', list.getEntries().map(function (e) { return e.name; }).join()); });
po2.observe({type: 'mark', buffered: true});
setTimeout(function () { po.disconnect(); performance.mark('after'); log('done', Object.getOwnPropertyNames(PerformanceObserver.prototype).sort().join(), Object.getOwnPropertyNames(PerformanceEntry.prototype).sort().join(), Object.getOwnPropertyNames(PerformanceMark.prototype).sort().join(), Object.getOwnPropertyNames(PerformanceMeasure.prototype).sort().join()); }, 50);
function t2(f) { try { var r = f(); log('ok', r && r.startTime, r && r.duration); } catch (e) { log(e.name, e.message); } }
performance.mark('b', {startTime: 5});
t2(function () { return performance.measure('n1', {start: -1, end: 2}); });
t2(function () { return performance.measure('n2', {start: 1, duration: -1}); });
t2(function () { return performance.measure('n3', {start: 'b', duration: 2}); });
t2(function () { return performance.measure('n4', {end: 'b', duration: 2}); });
t2(function () { return performance.measure('n5', 'b', 'nope'); });
t2(function () { return performance.mark('x', {detail: function () {}}); });
t2(function () { return performance.mark('x', {startTime: NaN}); });
t2(function () { return performance.mark('x', {startTime: 'abc'}); });
t2(function () { return performance.measure('n6', null, 'b'); });
t2(function () { return performance.measure('n7', {detail: null}); });
t2(function () { return performance.mark('x', 5); });
t2(function () { return new PerformanceMark('navigationStart'); });
t2(function () { return performance.measure('n8', 3); });
t2(function () { return performance.measure('n9', {start: 1, end: 'b', detail: {a: function () {}}}); });
</script>
""",
        """
PerformanceMark a mark number 0  name,entryType,startTime,duration,navigationId true
5 {"x":1} true
false {"y":2}
SyntaxError Failed to execute 'mark' on 'Performance': 'navigationStart' is part of the PerformanceTiming interface, and cannot be used as a mark name.
TypeError Failed to execute 'mark' on 'Performance': 'x' cannot have a negative start time.
TypeError Failed to execute 'mark' on 'Performance': 1 argument required, but only 0 present.
ok PerformanceMark
TypeError Failed to construct 'PerformanceMark': Please use the 'new' operator, this DOM object constructor cannot be called as a function.
TypeError Failed to construct 'PerformanceMeasure': Illegal constructor
TypeError Failed to construct 'PerformanceEntry': Illegal constructor
PerformanceMeasure measure 5 true null
1 3 z
2 3
5 0
0 5
0 5
SyntaxError Failed to execute 'measure' on 'Performance': The mark 'nope' does not exist.
TypeError Failed to execute 'measure' on 'Performance': If a non-empty PerformanceMeasureOptions object was passed, it must not have all of its 'start', 'duration', and 'end' properties defined
ok PerformanceMeasure
TypeError Failed to execute 'measure' on 'Performance': If a non-empty PerformanceMeasureOptions object was passed, |end_mark| must not be passed.
TypeError Failed to execute 'measure' on 'Performance': If a non-empty PerformanceMeasureOptions object was passed, at least one of its 'start' or 'end' properties must be present.
InvalidAccessError Failed to execute 'measure' on 'Performance': 'loadEventEnd' is empty: either the event hasn't happened yet, or it would provide cross-origin timing information.
b,a,c m5,m6,e3,m2,m3,m1,m4
1 0 1
m5,m6,e3,m2,m3,b,m1,m4,a,c
2
0
6
0
true true true true
sync 2
TypeError Failed to execute 'observe' on 'PerformanceObserver': An observe() call must include either entryTypes or type arguments.
TypeError Failed to execute 'observe' on 'PerformanceObserver': An observe() call must not include both entryTypes and type arguments.
InvalidModificationError Failed to execute 'observe' on 'PerformanceObserver': This observer has performed observe({entryTypes:...}, therefore it cannot perform observe({type:...})
TypeError Failed to construct 'PerformanceObserver': 1 argument required, but only 0 present.
TypeError Failed to execute 'measure' on 'Performance': 'n1' cannot have a negative time stamp.
ok 1 -1
ok 5 2
ok 3 2
SyntaxError Failed to execute 'measure' on 'Performance': The mark 'nope' does not exist.
DataCloneError Failed to execute 'mark' on 'Performance': function () {} could not be cloned.
TypeError Failed to execute 'mark' on 'Performance': Failed to read the 'startTime' property from 'PerformanceMarkOptions': The provided double value is non-finite.
TypeError Failed to execute 'mark' on 'Performance': Failed to read the 'startTime' property from 'PerformanceMarkOptions': The provided double value is non-finite.
ok 0 5
TypeError Failed to execute 'measure' on 'Performance': If a non-empty PerformanceMeasureOptions object was passed, at least one of its 'start' or 'end' properties must be present.
TypeError Failed to execute 'mark' on 'Performance': The provided value is not of type 'PerformanceMarkOptions'.
SyntaxError Failed to construct 'PerformanceMark': 'navigationStart' is part of the PerformanceTiming interface, and cannot be used as a mark name.
SyntaxError Failed to execute 'measure' on 'Performance': The mark '3' does not exist.
DataCloneError Failed to execute 'measure' on 'Performance': function () {} could not be cloned.
observed measure:n6,measure:n2,measure:n4,mark:b,measure:n3,mark:o3 true 2 0 PerformanceObserverEntryList
buffered b,o1,o3
done constructor,disconnect,observe,takeRecords constructor,duration,entryType,name,navigationId,startTime,toJSON constructor,detail constructor,detail
buffered after
""");
  }
}
