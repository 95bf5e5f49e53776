package io.w3socket.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * History (HTML #the-history-interface) in both engines: pushState and replaceState change the
 * document's URL and the state, back/forward/go traverse in a task with popstate, and hashchange
 * when only the fragment differs. The log is headless Chromium 156's for the same script (checked
 * on an http page; here the page is a file, whose URL may change only in its query and fragment).
 */
class HistoryTest {
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void pushReplaceAndTraverse(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
var P0 = location.pathname;
function rel(u) { return u.substring(u.indexOf(P0) + P0.length); }
check('one entry, no state', history.length === 1 && history.state === null && history.scrollRestoration === 'auto');
throwsName('two arguments', function () { history.pushState({a: 1}); }, 'TypeError');
throwsName('no constructor', function () { new History(); }, 'TypeError');
var s = {b: [1]};
history.pushState(s, '', '?x=1#h');
check('pushState: a new entry, the URL, a copy of the state', history.length === 2 && rel(location.href) === '?x=1#h'
    && rel(document.URL) === '?x=1#h' && history.state !== s && history.state === history.state && history.state.b[0] === 1);
throwsName('the state must clone', function () { history.pushState(function () {}, ''); }, 'DataCloneError');
throwsName('a file URL keeps its path', function () { history.pushState(null, '', 'other.html'); }, 'SecurityError');
history.replaceState('r', '', '?r2');
check('replaceState: the same entry', history.length === 2 && rel(location.href) === '?r2' && history.state === 'r');
history.scrollRestoration = 'manual';
history.scrollRestoration = 'bogus';
check('scrollRestoration is an enum', history.scrollRestoration === 'manual');
var log = [];
addEventListener('popstate', function (e) {
  log.push('popstate ' + JSON.stringify(e.state) + ' ' + rel(location.href) + ' ' + (e instanceof PopStateEvent) + ' '
      + e.bubbles + ' ' + e.cancelable + ' ' + e.isTrusted);
});
addEventListener('hashchange', function (e) { log.push('hashchange ' + rel(e.oldURL) + ' -> ' + rel(e.newURL)); });
history.pushState('s3', '', '?q#other');
history.pushState('s4', '', '?q#more');
history.back();
log.push('after back, sync ' + location.hash);
setTimeout(function () {
  history.back();
  setTimeout(function () {
    history.go(3);
    setTimeout(function () {
      history.forward();
      history.go(-100);
      setTimeout(function () {
        check('the traversals', log.join(' | ') === 'after back, sync #more | popstate "s3" ?q#other true false false true'
            + ' | hashchange ?q#more -> ?q#other | popstate "r" ?r2 true false false true'
            + ' | popstate "s3" ?q#other true false false true', log.join(' | '));
        check('where it ended', history.length === 4 && rel(location.href) === '?q#other');
        done();
      }, 100);
    }, 100);
  }, 100);
}, 100);
""");
  }
}
