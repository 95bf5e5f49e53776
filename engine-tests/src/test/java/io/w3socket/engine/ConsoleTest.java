package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * console (the Console Standard) in both engines: format specifiers (#formatter), the counting,
 * grouping and timing functions, assert, table, dir, trace, and the namespace object; warn, error,
 * assert and the console's own warnings on the run's error output.
 */
class ConsoleTest {
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theConsoleStandardsFunctionsAndFormats(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
console.log('%d passing (%s)', 3, '19ms', 'extra');
console.log('%s|%i|%f|%o|%O|%c|%x', 'a', '42.9px', '1.5e1', {a: 1}, [1, 2], 'color: red', 'left');
console.log('%d and %d', 1);
console.log('a lone %s');
console.log(5, '%s', 'x');
console.log();
console.log('%s', typeof Symbol === 'function' ? Symbol('q') : 'Symbol(q)');
console.group('G %d', 1);
console.info('in a group\\nand its second line');
console.groupCollapsed();
console.warn('two deep');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('out');
console.count(); console.count(); console.count('x'); console.countReset(); console.count();
console.countReset('nope');
console.assert(true, 'never');
console.assert(false);
console.assert(false, 'with %s', 'format');
console.assert(false, 7);
console.time('t'); console.time('t'); console.timeLog('missing'); console.timeEnd('t'); console.timeEnd('t');
console.table([{a: 1, b: 'x'}, {a: 2, c: true}]);
console.table({r1: 1, r2: {a: 5}}, ['a']);
console.table('plain');
console.dir({d: [1]});
console.log([Object.prototype.toString.call(console) === '[object console]' || !(typeof Symbol === 'function' && Symbol.toStringTag),
    Object.keys(console).join(), console.log.length, console.assert.length, console.table.length,
    Object.getPrototypeOf(Object.getPrototypeOf(console)) === Object.prototype,
    Object.getOwnPropertyNames(Object.getPrototypeOf(console)).length].join(' | '));
(function traced() { console.trace('traced %s', 'here'); })();
""");
    List<String> out = o.out();
    int trace = out.indexOf("traced here");
    assertTrue(trace > 0, o::toString);
    assertEquals(
        List.of(
            "3 passing (19ms) extra",
            "a|42|15|{\"a\":1}|[1,2]||%x left",
            "1 and %d",
            "a lone %s",
            "5 %s x",
            "Symbol(q)",
            "G 1",
            "  in a group",
            "  and its second line",
            "  console.group",
            "out",
            "default: 1",
            "default: 2",
            "x: 1",
            "default: 1"),
        out.subList(0, 15),
        o::toString);
    assertTrue(out.get(15).matches("t: \\d+(\\.\\d{1,3})? ms"), o::toString);
    assertEquals(
        List.of(
            "\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u252c"
                + "\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2510",
            "\u2502 (index) \u2502 a \u2502 b \u2502  c   \u2502",
            "\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u253c"
                + "\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2524",
            "\u2502    0    \u2502 1 \u2502 x \u2502      \u2502",
            "\u2502    1    \u2502 2 \u2502   \u2502 true \u2502",
            "\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2534"
                + "\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2518",
            "\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u252c"
                + "\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510",
            "\u2502 (index) \u2502 a \u2502 Values \u2502",
            "\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u253c"
                + "\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524",
            "\u2502   r1    \u2502   \u2502   1    \u2502",
            "\u2502   r2    \u2502 5 \u2502        \u2502",
            "\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2534"
                + "\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518",
            "plain",
            "{\"d\":[1]}",
            "true |"
                + " assert,clear,debug,error,info,log,table,trace,warn,dir,dirxml,count,countReset,group,groupCollapsed,groupEnd,time,timeLog,timeEnd"
                + " | 0 | 0 | 0 | true | 0",
            "traced here"),
        out.subList(16, trace + 1),
        o::toString);
    assertTrue(
        out.size() > trace + 1 && out.get(trace + 1).startsWith("    "), () -> "a stack: " + o);
    assertEquals(
        List.of(
            "    two deep",
            "Count for 'nope' does not exist",
            "Assertion failed",
            "Assertion failed: with format",
            "Assertion failed 7",
            "Timer 't' already exists",
            "Timer 'missing' does not exist",
            "Timer 't' does not exist"),
        o.err(),
        o::toString);
  }
}
