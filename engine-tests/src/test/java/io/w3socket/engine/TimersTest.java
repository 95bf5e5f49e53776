package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The event loop (HTML #event-loops): a script is a task, microtasks run after each task, timers
 * (HTML #timers) fire in due order with their arguments, cleared timers never fire, intervals
 * repeat.
 */
class TimersTest {
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void tasksTimersAndMicrotasksInOrder(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
var log = [];
// Where t200 falls among the interval's later ticks depends on the machine's load (each tick is
// scheduled when the previous one runs), so it is logged apart; the run prints once both are done.
var pending = 2;
function done() { if (--pending === 0) { console.log(log.join()); } }
setTimeout(function () { console.log('t200'); done(); }, 200);
setTimeout(function () { log.push('t0'); queueMicrotask(function () { log.push('m-in-t0'); }); }, 0);
queueMicrotask(function () { log.push('m1'); });
var id = setTimeout(function () { log.push('cancelled'); }, 5);
clearTimeout(id);
setTimeout(function (a, b) { log.push('args ' + a + b); }, 0, 'x', 'y');
var k = 0;
var iv = setInterval(function () {
  log.push('i' + (++k));
  if (k === 3) { clearInterval(iv); done(); }
}, 1);
log.push('sync');
""");
    assertEquals(
        List.of("sync,m1,t0,m-in-t0,args xy,i1,i2,i3", "t200"),
        o.out().stream().sorted().toList(),
        o::toString);
    assertEquals(0, o.result().exitCode(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void promiseJobsRunAfterEachTask(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
            """
            var log = [];
            setTimeout(function () {
              log.push('task1');
              if (typeof Promise === 'function') {
                Promise.resolve().then(function () { log.push('job'); });
              } else {
                queueMicrotask(function () { log.push('job'); });
              }
            }, 0);
            setTimeout(function () { log.push('task2'); console.log(log.join()); }, 0);
            """);
    assertEquals(List.of("task1,job,task2"), o.out(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void throwingListenerIsReportedAndOthersRun(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
            """
            var t = new EventTarget();
            t.addEventListener('x', function () { throw new Error('boom'); });
            t.addEventListener('x', function () { console.log('second ran'); });
            t.dispatchEvent(new Event('x'));
            console.log('after dispatch');
            """);
    assertEquals(List.of("second ran", "after dispatch"), o.out(), o::toString);
    assertEquals(RunResult.Status.SCRIPT_ERROR, o.result().status(), o::toString);
    assertEquals(true, o.result().message().contains("Error: boom"), o::toString);
  }
}
