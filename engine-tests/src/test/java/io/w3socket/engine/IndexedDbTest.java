package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * IndexedDB (W3C Indexed Database API 3.0, https://w3c.github.io/IndexedDB/) in both engines. Each
 * script of resources/.../idb/ prints, line for line, what headless Chromium 156 printed for it run
 * as a page (NAME.chromium.txt): the order of events, results, and every error's name and message.
 */
class IndexedDbTest {
  @TempDir Path dir;

  /**
   * open, upgradeneeded, versionchange, blocked, VersionError, databases(), deleteDatabase, cmp.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void openUpgradeAndDelete(JsEngine engine) {
    assertChromiumLines(engine, "open-upgrade-delete");
  }

  /**
   * Stores with in-line and out-of-line keys and key generators: put, add, get, getKey, getAll,
   * getAllKeys, count, delete, clear, and their errors; read-only and finished transactions.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void storesCrud(JsEngine engine) {
    assertChromiumLines(engine, "crud");
  }

  /**
   * Unique, multiEntry and compound indexes; cursors of stores and indexes in all four directions
   * with ranges, advance, continue, continuePrimaryKey, update and delete, and their errors.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void indexesAndCursors(JsEngine engine) {
    assertChromiumLines(engine, "indexes-cursors");
  }

  /**
   * Transactions: an upgrade's abort (its stores and version gone), rollback of records and key
   * generators, AbortError at the requests not done, error events through the request, the
   * transaction and the connection with preventDefault, the auto-commit (active in microtasks of
   * the creating task and of a request's listener, not in a later task), commit(), scheduling of
   * overlapping transactions in creation order, a throwing listener's abort, close().
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void transactions(JsEngine engine) {
    assertChromiumLines(engine, "transactions");
  }

  /**
   * Keys of every type in Chromium's order, invalid keys, IDBKeyRange, key paths through length,
   * and the structured clones of Dates, Maps, Sets, ArrayBuffers, views and cycles.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void keysRangesAndClones(JsEngine engine) {
    assertChromiumLines(engine, "keys-ranges-clones");
  }

  /** A dedicated worker has an indexedDB of its own. */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void workersHaveIndexedDb(JsEngine engine) {
    assertChromiumLines(engine, "worker");
  }

  /**
   * Two wrappers from npm, loaded unmodified with {@code <script src>} on GraalJS (their builds are
   * ES2015+): idb-keyval 6 (set, setMany, get, getMany, update, keys, entries, del, values, a store
   * of its own, clear) and Dexie 4 (a schema with an auto-incremented key, indexes, a multiEntry
   * and a unique one; bulkAdd, where clauses, a transaction over two tables, a ConstraintError, a
   * transaction rolled back by a throw, orderBy, count, anyOf, delete, Dexie.delete and
   * getDatabaseNames), printing what Chromium 156 printed for the same page.
   */
  @Test
  void idbKeyvalAndDexieRun() throws Exception {
    Files.copy(NpmFiles.file("idb-keyval", "6.2.1", "dist/umd.js"), dir.resolve("keyval.js"));
    Files.copy(NpmFiles.file("dexie", "4.0.10", "dist/dexie.js"), dir.resolve("dexie.js"));
    Path page = dir.resolve("page.html");
    Files.writeString(
        page,
        "<script src=\"keyval.js\"></script>\n<script src=\"dexie.js\"></script>\n<script>\n"
            + read("libraries.js")
            + "</script>\n");
    Runs.Outcome o = Runs.run(JsEngine.GRAALJS, b -> {}, c -> c.runPage(page, null));
    assertEquals(Arrays.asList(read("libraries.chromium.txt").split("\n")), o.out(), o::toString);
    assertEquals(List.of(), o.err(), o::toString);
  }

  private static void assertChromiumLines(JsEngine engine, String name) {
    Runs.Outcome o = Runs.script(engine, read(name + ".js"));
    List<String> expected = Arrays.asList(read(name + ".chromium.txt").split("\n"));
    assertEquals(expected, o.out(), o::toString);
    assertEquals(List.of(), o.err(), o::toString);
  }

  private static String read(String file) {
    try (InputStream in = IndexedDbTest.class.getResourceAsStream("idb/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
