package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * AbortController/AbortSignal (DOM #interface-abortcontroller), subclassable EventTarget, and HTML
 * #report-the-exception: uncaught errors fire a cancelable ErrorEvent at window before they are
 * reported; unhandled rejections fire unhandledrejection (#unhandled-promise-rejections).
 */
class AbortAndErrorsTest {
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void abortSignals(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
var c = new AbortController();
var events = 0;
c.signal.addEventListener('abort', function (e) { events++; check('abort event is trusted', e.isTrusted && e.type === 'abort'); });
check('starts not aborted', c.signal.aborted === false && c.signal.reason === undefined);
c.abort();
c.abort('again');
check('aborted once, AbortError reason', events === 1 && c.signal.reason instanceof DOMException
    && c.signal.reason.name === 'AbortError');
check('throwIfAborted throws the reason', (function () { try { c.signal.throwIfAborted(); return false; } catch (e) { return e === c.signal.reason; } })());
check('AbortSignal.abort(reason)', AbortSignal.abort('why').reason === 'why' && AbortSignal.abort().aborted);
throwsName('no constructor', function () { new AbortSignal(); }, 'TypeError');
check('signal is an EventTarget', c.signal instanceof EventTarget && c.signal instanceof AbortSignal);
var a = new AbortController();
var b = new AbortController();
var any = AbortSignal.any([a.signal, b.signal]);
var anyEvents = 0;
any.onabort = function () { anyEvents++; };
b.abort('b first');
a.abort('a second');
check('any follows the first source', any.aborted && any.reason === 'b first' && anyEvents === 1);
check('any of an aborted signal is aborted at once', AbortSignal.any([AbortSignal.abort('x')]).reason === 'x');
check('any of none never aborts', AbortSignal.any([]).aborted === false);
var t = AbortSignal.timeout(5);
check('timeout starts not aborted', t.aborted === false);
t.onabort = function () {
  check('timeout aborts with a TimeoutError', t.reason.name === 'TimeoutError');
  done();
};
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void eventTargetNeedsNew(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
throwsName('EventTarget() without new', function () { EventTarget(); }, 'TypeError');
var t = new EventTarget();
var got = null;
t.addEventListener('x', function (e) { got = e.type; });
t.dispatchEvent(new Event('x'));
check('a plain EventTarget dispatches', got === 'x');
done();
""");
  }

  @ParameterizedTest
  @EnumSource(value = JsEngine.class, names = "GRAALJS")
  void eventTargetIsSubclassable(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
class Emitter extends EventTarget {
  constructor() { super(); this.count = 0; this.addEventListener('ping', () => this.count++); }
}
var e = new Emitter();
e.dispatchEvent(new Event('ping'));
check('subclass instance', e instanceof Emitter && e instanceof EventTarget && e.count === 1);
check('toStringTag', Object.prototype.toString.call(new EventTarget()) === '[object EventTarget]');
done();
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void uncaughtErrorsFireErrorAtWindowFirst(JsEngine engine) {
    int throwLine = JsChecks.PRELUDE.split("\n", -1).length - 1 + 11;
    Runs.Outcome o =
        Runs.script(
            engine,
            JsChecks.PRELUDE
                +
"""
var seen = [];
window.addEventListener('error', function (e) {
  seen.push('listener ' + (e.constructor === ErrorEvent && e.cancelable && e.isTrusted) + ' '
      + e.message + ' ' + e.filename + ':' + e.lineno + ' ' + (e.error instanceof Error));
  e.preventDefault();
});
window.onerror = function (message, source, lineno, colno, error) {
  seen.push('onerror ' + (arguments.length === 5) + ' ' + error.message);
};
setTimeout(function () {
  throw new Error('boom');
}, 0);
setTimeout(function () {
  reportError(new Error('reported'));
  check('listener and onerror saw both', seen.join('|') === [
      'listener true Uncaught Error: boom test.js:%LINE% true', 'onerror true boom',
      'listener true Uncaught Error: reported test.js:%RLINE% true', 'onerror true reported'].join('|'), seen.join('|'));
  done();
}, 1);
"""
                    .replace("%LINE%", String.valueOf(throwLine))
                    .replace("%RLINE%", String.valueOf(throwLine + 3)));
    JsChecks.assertPassed(o, 1);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void anErrorNobodyCancelsIsStillReported(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
            "var n = 0; addEventListener('error', function () { n++; });\n"
                + "setTimeout(function () { console.log('events ' + n); }, 5);\n"
                + "undefinedFunction();\n");
    assertEquals(RunResult.Status.SCRIPT_ERROR, o.result().status(), o::toString);
    assertEquals(true, o.result().message().startsWith("test.js:3: ReferenceError"), o::toString);
    assertEquals(List.of("events 1"), o.out(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(value = JsEngine.class, names = "GRAALJS")
  void unhandledRejectionsFireUnhandledrejection(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
            JsChecks.PRELUDE
                +
"""
var reason = new Error('nobody caught me');
var p = Promise.reject(reason);
addEventListener('unhandledrejection', function (e) {
  check('PromiseRejectionEvent', e instanceof PromiseRejectionEvent && e.promise === p
      && e.reason === reason && e.cancelable);
  e.preventDefault();
  done();
});
""");
    JsChecks.assertPassed(o, 1);
    Runs.Outcome reported = Runs.script(engine, "Promise.reject(new TypeError('lost'));");
    assertEquals(RunResult.Status.SCRIPT_ERROR, reported.result().status(), reported::toString);
    assertEquals(
        true,
        reported.result().message().contains("Uncaught (in promise) TypeError: lost"),
        reported::toString);
  }
}
