package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shim's lazy modules (ShimSource, webidl.js loadModule): their globals are there before the
 * module is loaded, load it when read, can be replaced by a script first, and end up as the data
 * properties WebIDL defines; the manifests list each module's globals; errors in a module's files
 * are reported at their file and line.
 */
class LazyShimTest {
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aLazyGlobalLoadsWhenReadAndCanBeReplacedFirst(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
        """
check('present before it is loaded', 'XMLHttpRequest' in self && 'structuredClone' in self && 'fetch' in self);
var mine = function () { return 'mine'; };
self.fetch = mine;
check('a script may replace one first', fetch === mine && fetch() === 'mine');
check('reading one loads its module', typeof XMLHttpRequest === 'function' && typeof Headers === 'function'
    && new XMLHttpRequest().readyState === 0);
var d = Object.getOwnPropertyDescriptor(self, 'XMLHttpRequest');
check('then it is a data property as WebIDL defines', 'value' in d && d.writable && !d.enumerable && d.configurable);
check('a module loads once, its globals share it', structuredClone({a: [1]}).a[0] === 1
    && typeof MessageChannel === 'function' && new MessageChannel().port1 instanceof MessagePort);
done();
""");
  }

  /**
   * A lazy module's interface members (webidl.js lazyMembers, html-table-members.js): stubs in the
   * interface's order before the module loads; the first use loads it, its definitions take the
   * stubs' places (no stub left, the order kept), and a method read before works after.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aLazyModulesMembersAreStubsItsDefinitionsReplace(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
        """
var proto = HTMLTableRowElement.prototype;
var names = Object.getOwnPropertyNames(proto).join();
var stubGetter = Object.getOwnPropertyDescriptor(proto, 'cells').get, stubMethod = proto.insertCell;
check('present before', typeof stubGetter === 'function' && typeof stubMethod === 'function'
    && Object.getOwnPropertyDescriptor(proto, 'cells').set === undefined && proto.deleteCell.length === 1);
var row = document.createElement('tr');
check('a stub runs the member', stubMethod.call(row).nodeName === 'TD' && row.cells.length === 1);
check('replaced in place', Object.getOwnPropertyNames(proto).join() === names
    && Object.getOwnPropertyDescriptor(proto, 'cells').get !== stubGetter && proto.insertCell !== stubMethod);
check('the other interfaces too', Object.getOwnPropertyDescriptor(HTMLTableCellElement.prototype, 'colSpan').get
    !== undefined && document.createElement('td').colSpan === 1);
done();
""");
  }

  @Test
  void aModulesLinesAreItsFilesLines() {
    ShimSource shim = ShimSource.load();
    assertEquals(
        "at shim/headers.js:3 and shim/body.js:1",
        shim.relocate(
            "at w3socket-shim-network.js:3 and w3socket-shim-network.js:"
                + (lines("headers.js") + 1)));
  }

  @Test
  void everyModulesManifestLineListsTheGlobalsItsFilesExpose() {
    for (ShimSource shim : java.util.List.of(ShimSource.load(), ShimSource.loadWorker())) {
      for (String module : shim.moduleNames()) {
        java.util.List<String> exposed = new java.util.ArrayList<>();
        var m =
            java.util.regex.Pattern.compile("(?m)^exposed\\.([A-Za-z0-9_$]+) =")
                .matcher(shim.module(module));
        while (m.find()) {
          exposed.add(m.group(1));
        }
        assertEquals(
            exposed,
            shim.exposedGlobals(module),
            () -> shim.name() + "'s manifest: exposes " + module + " must list " + exposed);
      }
    }
  }

  private static int lines(String file) {
    try (var in = ShimSource.class.getResourceAsStream("shim/" + file)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return text.split("\n", -1).length - (text.endsWith("\n") ? 1 : 0);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
