package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The HTML table interfaces' members (html-table-elements.js): each page prints what headless
 * Chromium 156 printed for it, in both engines (the custom elements page in GraalJS).
 */
class TableTest {
  @TempDir Path dir;

  /**
   * The members each table interface has, in Chromium 156's order; #dom-table-rows' order (thead
   * rows, then the table's and tbody rows, then tfoot rows), rowIndex, sectionRowIndex, cells and
   * cellIndex; insertRow's and deleteRow's places (-1, an index, a table with no rows but a tbody),
   * createCaption/createTHead/createTFoot/createTBody's places, the caption, tHead and tFoot
   * setters, live and [SameObject] collections; non-HTML tr and td not counted. Then the
   * IndexSizeErrors of the table's, a section's and a row's methods (Chromium 156's messages, the
   * index checked before anything changes), the setters' TypeErrors and HierarchyRequestErrors,
   * Illegal invocation, a missing argument.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void rowsSectionsCaptionsAndTheirErrorsAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "table-structure.html",
        engine,
        """
<!DOCTYPE html><html><body>
<table id="t"><caption>c</caption><colgroup><col></colgroup><tfoot><tr id="f1"><td>f</td></tr></tfoot><tr id="d1"><td>1</td></tr><tbody><tr id="b1"><th>x</th><td>y</td></tr></tbody><thead><tr id="h1"></tr><tr id="h2"></tr></thead><thead><tr id="h3"></tr></thead><tbody><tr id="b2"></tr></tbody></table>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
(function () {
function own(c) { return Object.getOwnPropertyNames(c.prototype).filter(function (n) { return n !== 'constructor'; }).join(' '); }
['HTMLTableElement','HTMLTableSectionElement','HTMLTableRowElement','HTMLTableCellElement','HTMLTableCaptionElement','HTMLTableColElement'].forEach(function (n) { log(n + ':', own(window[n])); });
function tryit(f) { try { var r = f(); log('ok', r); } catch (e) { log(e.name + ':', e.message); } }
var t = document.createElement('table');
tryit(function () { return t.insertRow(5); });
tryit(function () { return t.insertRow(-2); });
tryit(function () { return t.deleteRow(0); });
tryit(function () { return t.deleteRow(-1); });
tryit(function () { return t.deleteRow(-2); });
t.insertRow(); t.insertRow();
tryit(function () { return t.insertRow(5); });
tryit(function () { return t.insertRow(3); });
tryit(function () { return t.deleteRow(2); });
tryit(function () { return t.deleteRow(5); });
var b = t.tBodies[0];
tryit(function () { return b.insertRow(5); });
tryit(function () { return b.insertRow(-2); });
tryit(function () { return b.deleteRow(2); });
tryit(function () { return b.deleteRow(-2); });
var r = t.rows[0];
tryit(function () { return r.insertCell(5); });
tryit(function () { return r.insertCell(-2); });
tryit(function () { return r.deleteCell(0); });
tryit(function () { return r.deleteCell(-1); });
tryit(function () { return r.deleteCell(-2); });
r.insertCell();
tryit(function () { return r.deleteCell(1); });
tryit(function () { t.caption = document.createElement('div'); });
tryit(function () { t.caption = 5; });
tryit(function () { t.tHead = document.createElement('tbody'); });
tryit(function () { t.tHead = document.createElement('div'); });
tryit(function () { t.tFoot = document.createElement('thead'); });
var cap = document.createElement('caption'); cap.appendChild(t);
tryit(function () { t.caption = cap; });
var th = document.createElement('thead'); var t2 = document.createElement('table'); th.appendChild(document.createElement('tr')).appendChild(document.createElement('td')).appendChild(t2);
tryit(function () { t2.tHead = th; });
tryit(function () { t2.tFoot = document.createElement('tfoot'); t2.tFoot = th; });
tryit(function () { return HTMLTableElement.prototype.insertRow.call(document.createElement('div')); });
tryit(function () { return Object.getOwnPropertyDescriptor(HTMLTableElement.prototype, 'rows').get.call(document.body); });
tryit(function () { return t.insertRow('x').outerHTML; });
tryit(function () { return t.outerHTML; });
tryit(function () { t.caption = null; return t.outerHTML; });
tryit(function () { return t.deleteRow(); });
tryit(function () { return r.deleteCell(); });
tryit(function () { return b.deleteRow(); });
})();
(function () {
var t = document.getElementById('t');  // the parsed one
function ids(c) { return Array.prototype.map.call(c, function (e) { return e.id || e.localName; }).join(','); }
log('outer', t.outerHTML);
log('rows', ids(t.rows), t.rows.length, 'tBodies', t.tBodies.length, 'thead', t.tHead && t.tHead.outerHTML.length, 'tfoot', t.tFoot && t.tFoot.rows.length);
Array.prototype.forEach.call(t.rows, function (r) { log(r.id, r.rowIndex, r.sectionRowIndex, r.cells.length); });
var rows = t.rows; log('same', rows === t.rows, t.tBodies === t.tBodies, t.rows[0].cells === t.rows[0].cells);
var r = t.insertRow(-1); log('insert -1 parent', r.parentNode.localName, r.rowIndex, ids(rows));
r = t.insertRow(0); log('insert 0 parent', r.parentNode.localName, r.rowIndex, ids(rows));
r = t.insertRow(4); log('insert 4 parent', r.parentNode.localName, r.parentNode.id, r.rowIndex, r.sectionRowIndex);
t.deleteRow(-1); log('after delete -1', ids(rows), rows.length);
t.deleteRow(0); log('after delete 0', ids(rows));
var b1 = document.getElementById('b1'); log('cells', ids(b1.cells), b1.cells[1].cellIndex, b1.cells[0].cellIndex);
var c = b1.insertCell(1); log('insertCell 1', b1.innerHTML, c.cellIndex, c.localName);
b1.deleteCell(-1); log('deleteCell -1', b1.innerHTML);
log('detached', document.createElement('tr').rowIndex, document.createElement('tr').sectionRowIndex, document.createElement('td').cellIndex);
var tb = document.createElement('tbody'); var tr = tb.insertRow(); log('in tbody alone', tr.rowIndex, tr.sectionRowIndex);
var t2 = document.createElement('table'); var tr2 = t2.appendChild(document.createElement('tr')); log('direct', tr2.rowIndex, tr2.sectionRowIndex);
var div = document.createElement('div'); var tr3 = div.appendChild(document.createElement('tr')); log('in div', tr3.rowIndex, tr3.sectionRowIndex, tr3.insertCell().cellIndex);
var ns = document.createElementNS('http://www.w3.org/2000/svg', 'tr'); t2.appendChild(ns); log('svg tr', t2.rows.length);
var nstd = document.createElementNS('http://www.w3.org/2000/svg', 'td'); tr2.appendChild(nstd); log('svg td', tr2.cells.length);
var t3 = document.createElement('table'); t3.appendChild(document.createElement('tbody')); t3.appendChild(document.createElement('tbody')).id = 'last';
var nr = t3.insertRow(); log('tbody no rows', t3.outerHTML);
var t4 = document.createElement('table');
log('createTBody', t4.createTBody().localName, t4.createCaption().localName, t4.createTFoot().localName, t4.createTHead().localName, t4.createTBody().localName, t4.outerHTML);
t4.appendChild(document.createElement('colgroup'));
log('createTHead again', t4.createTHead() === t4.tHead, t4.createCaption() === t4.caption);
t4.deleteTHead(); t4.deleteTFoot(); t4.deleteCaption(); log('deleted', t4.outerHTML);
var t5 = document.createElement('table'); t5.innerHTML = '<caption></caption><colgroup></colgroup><caption></caption><tbody></tbody>'; t5.insertBefore(document.createTextNode('x'), t5.firstChild);
t5.createTHead(); log('thead pos', t5.innerHTML);
t5.tHead = null; t5.tFoot = null; log('nulls', t5.innerHTML);
var h = document.createElement('thead'); h.id = 'new'; t5.tHead = h; log('set thead', t5.innerHTML);
var f = document.createElement('tfoot'); t5.tFoot = f; t5.appendChild(document.createElement('tbody')); log('set tfoot', t5.innerHTML);
t5.tFoot = f; log('set tfoot again', t5.innerHTML);
var cap = document.createElement('caption'); cap.id = 'cap2'; t5.caption = cap; log('set caption', t5.innerHTML);
t5.caption = null; log('caption null', t5.innerHTML);
var t6 = document.createElement('table'); t6.innerHTML = '<tbody><tr></tr></tbody><tbody><tr></tr></tbody>'; t6.createTBody().id = 'nb'; log('createTBody after last', t6.innerHTML);
var tb7 = document.createElement('tbody'); tb7.innerHTML = ''; tb7.insertRow(); tb7.insertRow(0).id = 'z'; tb7.insertRow(1).id = 'y'; log('section', tb7.innerHTML); tb7.deleteRow(-1); tb7.deleteRow(0); log('section del', tb7.innerHTML);
var live = t6.tBodies; t6.appendChild(document.createElement('tbody')); log('live tBodies', live.length, live[2] && live[2].localName);
})();
</script></body></html>
""",
        """
HTMLTableElement: caption tHead tFoot tBodies rows align border frame rules summary width bgColor cellPadding cellSpacing createCaption createTBody createTFoot createTHead deleteCaption deleteRow deleteTFoot deleteTHead insertRow
HTMLTableSectionElement: rows align ch chOff vAlign deleteRow insertRow
HTMLTableRowElement: rowIndex sectionRowIndex cells align ch chOff vAlign bgColor deleteCell insertCell
HTMLTableCellElement: colSpan rowSpan headers cellIndex align axis height width ch chOff noWrap vAlign bgColor abbr scope
HTMLTableCaptionElement: align
HTMLTableColElement: span align ch chOff vAlign width
IndexSizeError: Failed to execute 'insertRow' on 'HTMLTableElement': The index provided (5) is greater than the number of rows in the table (0).
IndexSizeError: Failed to execute 'insertRow' on 'HTMLTableElement': The index provided (-2) is less than -1.
IndexSizeError: Failed to execute 'deleteRow' on 'HTMLTableElement': The index provided (0) is greater than the number of rows in the table (0).
ok\s
IndexSizeError: Failed to execute 'deleteRow' on 'HTMLTableElement': The index provided (-2) is less than -1.
IndexSizeError: Failed to execute 'insertRow' on 'HTMLTableElement': The index provided (5) is greater than the number of rows in the table (2).
IndexSizeError: Failed to execute 'insertRow' on 'HTMLTableElement': The index provided (3) is greater than the number of rows in the table (2).
IndexSizeError: Failed to execute 'deleteRow' on 'HTMLTableElement': The index provided (2) is greater than the number of rows in the table (2).
IndexSizeError: Failed to execute 'deleteRow' on 'HTMLTableElement': The index provided (5) is greater than the number of rows in the table (2).
IndexSizeError: Failed to execute 'insertRow' on 'HTMLTableSectionElement': The provided index (5 is outside the range [-1, 2].
IndexSizeError: Failed to execute 'insertRow' on 'HTMLTableSectionElement': The provided index (-2 is outside the range [-1, 2].
IndexSizeError: Failed to execute 'deleteRow' on 'HTMLTableSectionElement': The provided index (2 is outside the range [-1, 2].
IndexSizeError: Failed to execute 'deleteRow' on 'HTMLTableSectionElement': The provided index (-2 is outside the range [-1, 2].
IndexSizeError: Failed to execute 'insertCell' on 'HTMLTableRowElement': The value provided (5) is outside the range [-1, 0].
IndexSizeError: Failed to execute 'insertCell' on 'HTMLTableRowElement': The value provided (-2) is outside the range [-1, 0].
IndexSizeError: Failed to execute 'deleteCell' on 'HTMLTableRowElement': The value provided (0) is outside the range [0, 0).
ok\s
IndexSizeError: Failed to execute 'deleteCell' on 'HTMLTableRowElement': The value provided (-2) is outside the range [0, 0).
IndexSizeError: Failed to execute 'deleteCell' on 'HTMLTableRowElement': The value provided (1) is outside the range [0, 1).
TypeError: Failed to set the 'caption' property on 'HTMLTableElement': Failed to convert value to 'HTMLTableCaptionElement'.
TypeError: Failed to set the 'caption' property on 'HTMLTableElement': Failed to convert value to 'HTMLTableCaptionElement'.
HierarchyRequestError: Failed to set the 'tHead' property on 'HTMLTableElement': Not a thead element.
TypeError: Failed to set the 'tHead' property on 'HTMLTableElement': Failed to convert value to 'HTMLTableSectionElement'.
HierarchyRequestError: Failed to set the 'tFoot' property on 'HTMLTableElement': Not a tfoot element.
HierarchyRequestError: Failed to set the 'caption' property on 'HTMLTableElement': The new child element contains the parent.
HierarchyRequestError: Failed to set the 'tHead' property on 'HTMLTableElement': The new child element contains the parent.
HierarchyRequestError: Failed to set the 'tFoot' property on 'HTMLTableElement': Not a tfoot element.
TypeError: Illegal invocation
TypeError: Illegal invocation
ok <tr></tr>
ok <table><tbody><tr></tr><tr><td></td></tr><tr></tr></tbody></table>
ok <table><tbody><tr></tr><tr><td></td></tr><tr></tr></tbody></table>
TypeError: Failed to execute 'deleteRow' on 'HTMLTableElement': 1 argument required, but only 0 present.
TypeError: Failed to execute 'deleteCell' on 'HTMLTableRowElement': 1 argument required, but only 0 present.
TypeError: Failed to execute 'deleteRow' on 'HTMLTableSectionElement': 1 argument required, but only 0 present.
outer <table id="t"><caption>c</caption><colgroup><col></colgroup><tfoot><tr id="f1"><td>f</td></tr></tfoot><tbody><tr id="d1"><td>1</td></tr></tbody><tbody><tr id="b1"><th>x</th><td>y</td></tr></tbody><thead><tr id="h1"></tr><tr id="h2"></tr></thead><thead><tr id="h3"></tr></thead><tbody><tr id="b2"></tr></tbody></table>
rows h1,h2,h3,d1,b1,b2,f1 7 tBodies 3 thead 49 tfoot 1
h1 0 0 0
h2 1 1 0
h3 2 0 0
d1 3 0 1
b1 4 0 2
b2 5 0 0
f1 6 0 1
same true true true
insert -1 parent tfoot 7 h1,h2,h3,d1,b1,b2,f1,tr
insert 0 parent thead 0 tr,h1,h2,h3,d1,b1,b2,f1,tr
insert 4 parent tbody  4 0
after delete -1 tr,h1,h2,h3,tr,d1,b1,b2,f1 9
after delete 0 h1,h2,h3,tr,d1,b1,b2,f1
cells th,td 1 0
insertCell 1 <th>x</th><td></td><td>y</td> 1 td
deleteCell -1 <th>x</th><td></td>
detached -1 -1 -1
in tbody alone -1 0
direct 0 0
in div -1 -1 0
svg tr 1
svg td 0
tbody no rows <table><tbody></tbody><tbody id="last"><tr></tr></tbody></table>
createTBody tbody caption tfoot thead tbody <table><caption></caption><thead></thead><tbody></tbody><tbody></tbody><tfoot></tfoot></table>
createTHead again true true
deleted <table><tbody></tbody><tbody></tbody><colgroup></colgroup></table>
thead pos x<caption></caption><colgroup></colgroup><caption></caption><thead></thead><tbody></tbody>
nulls x<caption></caption><colgroup></colgroup><caption></caption><tbody></tbody>
set thead x<caption></caption><colgroup></colgroup><caption></caption><thead id="new"></thead><tbody></tbody>
set tfoot x<caption></caption><colgroup></colgroup><caption></caption><thead id="new"></thead><tbody></tbody><tfoot></tfoot><tbody></tbody>
set tfoot again x<caption></caption><colgroup></colgroup><caption></caption><thead id="new"></thead><tbody></tbody><tbody></tbody><tfoot></tfoot>
set caption <caption id="cap2"></caption>x<colgroup></colgroup><caption></caption><thead id="new"></thead><tbody></tbody><tbody></tbody><tfoot></tfoot>
caption null x<colgroup></colgroup><caption></caption><thead id="new"></thead><tbody></tbody><tbody></tbody><tfoot></tfoot>
createTBody after last <tbody><tr></tr></tbody><tbody><tr></tr></tbody><tbody id="nb"></tbody>
section <tr id="z"></tr><tr id="y"></tr><tr></tr>
section del <tr id="y"></tr>
live tBodies 4 tbody
""");
  }

  /**
   * colSpan (clamped to 1..1000), rowSpan (0..65534) and span (1..1000) from their attributes
   * (#rules-for-parsing-non-negative-integers; the default 1 when missing or invalid) and set (a
   * value past 2147483647 sets the default); scope limited to its four keywords; headers, abbr and
   * the obsolete attributes, with bgColor, cellPadding and cellSpacing's null as "" and noWrap a
   * boolean.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void cellAndColumnAttributesReflectAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "table-reflections.html",
        engine,
        """
<!DOCTYPE html><html><body><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function c(t, attrs) { var e = document.createElement(t); for (var k in attrs) e.setAttribute(k, attrs[k]); return e; }
['', '0', '1', '5', ' 7x', '+3', '-0', '-1', '1000', '1001', '65534', '65535', '99999999999', 'x', '2.9', '\\u00a05', '\\t\\n8'].forEach(function (v) {
  log(encodeURIComponent(v), c('td', {colspan: v, rowspan: v}).colSpan, c('td', {colspan: v, rowspan: v}).rowSpan, c('col', {span: v}).span, c('colgroup', {span: v}).span);
});
var d = c('td'); log('defaults', d.colSpan, d.rowSpan, c('col').span);
[0, 1, 3, -1, 2147483647, 2147483648, 4294967295, 4294967296, 1.9, NaN, '12', null].forEach(function (v) {
  var e = c('td'); e.colSpan = v; e.rowSpan = v; var col = c('col'); col.span = v;
  log('set', String(v), e.getAttribute('colspan'), e.getAttribute('rowspan'), col.getAttribute('span'), e.colSpan, e.rowSpan, col.span);
});
['row', 'COL', 'rowgroup', 'colGroup', 'auto', '', 'x', ' row'].forEach(function (v) { log('scope', JSON.stringify(v), JSON.stringify(c('th', {scope: v}).scope)); });
log('scope missing', JSON.stringify(c('td').scope));
var s = c('th'); s.scope = 'BOGUS'; log(s.getAttribute('scope'), JSON.stringify(s.scope));
var cell = c('td'); cell.headers = 'a b'; cell.abbr = 'ab'; cell.axis = 'ax'; cell.height = 10; cell.width = '20%'; cell.ch = '.'; cell.chOff = '2'; cell.vAlign = 'top'; cell.align = 'left'; cell.bgColor = null; cell.noWrap = 1;
log(cell.outerHTML, cell.noWrap, JSON.stringify(cell.bgColor));
cell.noWrap = false; cell.bgColor = 'red'; log(cell.outerHTML);
var tab = c('table'); tab.bgColor = null; tab.cellPadding = null; tab.cellSpacing = null; tab.border = null; tab.summary = 's'; tab.frame = 'box'; tab.rules = 'all'; tab.width = '100'; tab.align = 'center';
log(tab.outerHTML);
var tr = c('tr'); tr.bgColor = null; tr.align = 'right'; tr.ch = 'x'; tr.chOff = 'y'; tr.vAlign = 'middle'; log(tr.outerHTML, JSON.stringify(tr.bgColor));
var sec = c('tbody'); sec.align = 'a'; sec.ch = 'b'; sec.chOff = 'c'; sec.vAlign = 'd'; log(sec.outerHTML);
var col = c('col'); col.align = 'a'; col.ch = 'b'; col.chOff = 'c'; col.vAlign = 'd'; col.width = 'e'; log(col.outerHTML);
var cap = c('caption'); cap.align = null; log(cap.outerHTML);
log(JSON.stringify([c('table').align, c('td', {nowrap: ''}).noWrap, c('td').noWrap, c('td', {valign: 'v'}).vAlign, c('col', {char: 'q', charoff: 'r'}).ch + c('col', {char: 'q', charoff: 'r'}).chOff]));
</script></body></html>
""",
        """
 1 1 1 1
0 1 0 1 1
1 1 1 1 1
5 5 5 5 5
%207x 7 7 7 7
%2B3 3 3 3 3
-0 1 0 1 1
-1 1 1 1 1
1000 1000 1000 1000 1000
1001 1000 1001 1000 1000
65534 1000 65534 1000 1000
65535 1000 65534 1000 1000
99999999999 1000 65534 1000 1000
x 1 1 1 1
2.9 2 2 2 2
%C2%A05 1 1 1 1
%09%0A8 8 8 8 8
defaults 1 1 1
set 0 0 0 0 1 0 1
set 1 1 1 1 1 1 1
set 3 3 3 3 3 3 3
set -1 1 1 1 1 1 1
set 2147483647 2147483647 2147483647 2147483647 1000 65534 1000
set 2147483648 1 1 1 1 1 1
set 4294967295 1 1 1 1 1 1
set 4294967296 0 0 0 1 0 1
set 1.9 1 1 1 1 1 1
set NaN 0 0 0 1 0 1
set 12 12 12 12 12 12 12
set null 0 0 0 1 0 1
scope "row" "row"
scope "COL" "col"
scope "rowgroup" "rowgroup"
scope "colGroup" "colgroup"
scope "auto" ""
scope "" ""
scope "x" ""
scope " row" ""
scope missing ""
BOGUS ""
<td headers="a b" abbr="ab" axis="ax" height="10" width="20%" char="." charoff="2" valign="top" align="left" bgcolor="" nowrap=""></td> true ""
<td headers="a b" abbr="ab" axis="ax" height="10" width="20%" char="." charoff="2" valign="top" align="left" bgcolor="red"></td>
<table bgcolor="" cellpadding="" cellspacing="" border="null" summary="s" frame="box" rules="all" width="100" align="center"></table>
<tr bgcolor="" align="right" char="x" charoff="y" valign="middle"></tr> ""
<tbody align="a" char="b" charoff="c" valign="d"></tbody>
<col align="a" char="b" charoff="c" valign="d" width="e">
<caption align="null"></caption>
["",true,false,"v","qr"]
""");
  }

  /**
   * A WebSocket dashboard's message log: rows built from an array of messages with insertRow,
   * insertCell and textContent (the table's insertRow(-1) after the tbody's first row lands in the
   * tbody), then a bounded log's deleteRow(0), a row deleted by its rowIndex, deleteCell, a new
   * first row, a tfoot; the table's outerHTML and the indexes. Then the mutation records each table
   * method queues (a new tbody with its row is one record) and a live range across insertRow and
   * deleteRow.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aWebSocketMessageLogTable(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "table-dashboard.html",
        engine,
        """
<!DOCTYPE html><html><body><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var messages = [
  {dir: 'out', data: 'hello'}, {dir: 'in', data: '{"type":"welcome"}'}, {dir: 'in', data: 'tick 1'},
  {dir: 'out', data: 'ping'}, {dir: 'in', data: 'pong'}, {dir: 'in', data: 'tick 2'}
];
var table = document.createElement('table');
var head = table.createTHead().insertRow();
['#', 'dir', 'data'].forEach(function (h) { var th = document.createElement('th'); th.textContent = h; head.appendChild(th); });
var body = table.createTBody();
messages.forEach(function (m, i) {
  var row = (i === 0 ? body : table).insertRow(-1); // the table's goes after its last row: the tbody's
  row.className = m.dir;
  row.insertCell().textContent = String(i + 1);
  row.insertCell().textContent = m.dir === 'out' ? '>' : '<';
  var c = row.insertCell(-1);
  c.textContent = m.data;
  if (m.data.charAt(0) === '{') { c.colSpan = 2; }
});
document.body.appendChild(table);
var records = [];
var observer = new MutationObserver(function (list) { log('observer', list.length); });
observer.observe(table, {childList: true, subtree: true});
log('same body', table.tBodies[0] === body);
log('rows', table.rows.length, 'body rows', body.rows.length, 'tBodies', table.tBodies.length, 'head rows', table.tHead.rows.length);
log('indexes', Array.prototype.map.call(table.rows, function (r) { return r.rowIndex + '/' + r.sectionRowIndex; }).join(' '));
// A bounded log: the oldest rows go while there are more than four.
while (body.rows.length > 4) { table.deleteRow(table.tHead.rows.length); }
var pingRow = Array.prototype.filter.call(body.rows, function (r) { return r.cells[2].textContent === 'ping'; })[0];
log('ping row', pingRow.rowIndex, pingRow.sectionRowIndex);
table.deleteRow(pingRow.rowIndex);
log('ping row after', pingRow.rowIndex, pingRow.sectionRowIndex, pingRow.parentNode);
var last = table.rows[table.rows.length - 1];
last.deleteCell(1);
log('cells', Array.prototype.map.call(last.cells, function (c) { return c.cellIndex + ':' + c.textContent; }).join(' '));
var newest = body.insertRow(0);
newest.insertCell(0).append('first');
newest.insertCell(0).append('zero');
log('newest', newest.rowIndex, newest.sectionRowIndex, newest.cells[1].cellIndex, newest.cells.length);
var foot = table.createTFoot().insertRow();
foot.insertCell().append(observer.takeRecords().length + ' records');
log('foot row', foot.rowIndex, foot.sectionRowIndex, table.rows.length, table.rows[table.rows.length - 1] === foot);
log(table.outerHTML);
table.deleteRow(-1);
body.deleteRow(-1);
log('after deletes', table.rows.length, Array.prototype.map.call(table.rows, function (r) { return r.rowIndex; }).join(','));
setTimeout(function () { log('done'); }, 0);
</script><script>
log('--- records and ranges');
(function () {
var t = document.createElement('table'); t.id = 't'; document.body.appendChild(t);
function n(x) { return x ? (x.nodeName + (x.id ? '#' + x.id : '')) : 'null'; }
var mo = new MutationObserver(function () {});
mo.observe(t, {childList: true, subtree: true, attributes: true});
function flush(label) { mo.takeRecords().forEach(function (r) { log(label, r.type, n(r.target), 'added', Array.prototype.map.call(r.addedNodes, n).join('+'), 'removed', Array.prototype.map.call(r.removedNodes, n).join('+'), 'prev', n(r.previousSibling), 'next', n(r.nextSibling), r.attributeName || ''); }); }
var r0 = t.insertRow(); r0.id = 'r0'; flush('insertRow');
var c = r0.insertCell(); flush('insertCell');
t.insertRow(0).id = 'r1'; flush('insertRow0');
t.createCaption().id = 'cap'; flush('createCaption');
t.createTHead(); flush('createTHead');
t.createTFoot(); flush('createTFoot');
t.createTBody(); flush('createTBody');
var cap2 = document.createElement('caption'); cap2.id = 'cap2'; t.caption = cap2; flush('setCaption');
var h = document.createElement('thead'); h.id = 'h'; t.tHead = h; flush('setTHead');
t.deleteRow(0); flush('deleteRow');
r0.deleteCell(0); flush('deleteCell');
c = r0.insertCell(); c.colSpan = 3; flush('colSpan');
t.deleteCaption(); t.deleteTHead(); t.deleteTFoot(); flush('deletes');
var body0 = r0.parentNode, range = document.createRange(); range.setStart(body0, 1); range.setEnd(body0, body0.childNodes.length);
log('range before', range.startOffset, range.endOffset, body0.childNodes.length);
t.insertRow(0); log('range after insertRow(0)', range.startOffset, range.endOffset);
t.insertRow(-1); log('range after insertRow(-1)', range.startOffset, range.endOffset);
t.deleteRow(0); t.deleteRow(0); log('range after deleteRow(0) twice', range.startOffset, range.endOffset, n(range.startContainer));
})();
</script></body></html>
""",
        """
same body true
rows 7 body rows 6 tBodies 1 head rows 1
indexes 0/0 1/0 2/1 3/2 4/3 5/4 6/5
ping row 2 1
ping row after -1 -1\s
cells 0:6 1:tick 2
newest 1 0 1 2
foot row 5 0 6 true
<table><thead><tr><th>#</th><th>dir</th><th>data</th></tr></thead><tbody><tr><td>zero</td><td>first</td></tr><tr class="in"><td>3</td><td>&lt;</td><td>tick 1</td></tr><tr class="in"><td>5</td><td>&lt;</td><td>pong</td></tr><tr class="in"><td>6</td><td>tick 2</td></tr></tbody><tfoot><tr><td>12 records</td></tr></tfoot></table>
after deletes 4 0,1,2,3
observer 3
--- records and ranges
insertRow childList TABLE#t added TBODY removed  prev null next null\s
insertRow attributes TR#r0 added  removed  prev null next null id
insertCell childList TR#r0 added TD removed  prev null next null\s
insertRow0 childList TBODY added TR#r1 removed  prev null next TR#r0\s
insertRow0 attributes TR#r1 added  removed  prev null next null id
createCaption childList TABLE#t added CAPTION#cap removed  prev null next TBODY\s
createCaption attributes CAPTION#cap added  removed  prev null next null id
createTHead childList TABLE#t added THEAD removed  prev CAPTION#cap next TBODY\s
createTFoot childList TABLE#t added TFOOT removed  prev TBODY next null\s
createTBody childList TABLE#t added TBODY removed  prev TBODY next TFOOT\s
setCaption childList TABLE#t added  removed CAPTION#cap prev null next THEAD\s
setCaption childList TABLE#t added CAPTION#cap2 removed  prev null next THEAD\s
setTHead childList TABLE#t added  removed THEAD prev CAPTION#cap2 next TBODY\s
setTHead childList TABLE#t added THEAD#h removed  prev CAPTION#cap2 next TBODY\s
deleteRow childList TBODY added  removed TR#r1 prev null next TR#r0\s
deleteCell childList TR#r0 added  removed TD prev null next null\s
colSpan childList TR#r0 added TD removed  prev null next null\s
colSpan attributes TD added  removed  prev null next null colspan
deletes childList TABLE#t added  removed CAPTION#cap2 prev null next THEAD#h\s
deletes childList TABLE#t added  removed THEAD#h prev null next TBODY\s
deletes childList TABLE#t added  removed TFOOT prev TBODY next null\s
range before 1 1 1
range after insertRow(0) 2 2
range after insertRow(-1) 2 2
range after deleteRow(0) twice 0 0 TBODY
done
""");
  }

  /**
   * [CEReactions]: a custom element's disconnectedCallback runs before deleteRow, deleteCell,
   * deleteTHead or a section's deleteRow returns, and the caption setter's disconnected and
   * connected callbacks before it returns. GraalJS only: custom elements are ES2015 classes, which
   * Nashorn does not parse.
   */
  @Test
  void customElementReactionsRunWhenATableMethodReturns() throws Exception {
    Runs.assertPagePrints(
        dir,
        "table-custom-elements.html",
        JsEngine.GRAALJS,
        """
<!DOCTYPE html><html><body><table id="t"></table><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var t = document.getElementById('t');
customElements.define('x-log', class extends HTMLElement {
  connectedCallback() { log('connected', this.id || '(no id)', t.rows.length); }
  disconnectedCallback() { log('disconnected', this.id, t.rows.length); }
});
var row = t.insertRow(); var xc = row.insertCell().appendChild(document.createElement('x-log')); xc.id = 'x1';
log('before deleteRow');
t.deleteRow(-1);
log('after deleteRow');
var cap3 = document.createElement('caption'); cap3.appendChild(document.createElement('x-log')).id = 'inCap3';
var cap4 = document.createElement('caption'); cap4.appendChild(document.createElement('x-log')).id = 'inCap4';
log('setting caption');
t.caption = cap3; log('set caption 3');
t.caption = cap4; log('set caption 4');
var t2 = document.createElement('table'); document.body.appendChild(t2);
var row2 = t2.insertRow(); row2.insertCell().appendChild(document.createElement('x-log')).id = 'x2'; row2.insertCell().appendChild(document.createElement('x-log')).id = 'x3';
log('deleteCell');
row2.deleteCell(0);
log('deleteTHead with one');
t2.createTHead().appendChild(document.createElement('x-log')).id = 'x4';
t2.deleteTHead();
log('tBody removed by section deleteRow');
t2.tBodies[0].deleteRow(-1);
log('end');
</script></body></html>
""",
        """
connected (no id) 1
before deleteRow
disconnected x1 0
after deleteRow
setting caption
connected inCap3 0
set caption 3
disconnected inCap3 0
connected inCap4 0
set caption 4
connected (no id) 0
connected (no id) 0
deleteCell
disconnected x2 0
deleteTHead with one
connected (no id) 0
disconnected x4 0
tBody removed by section deleteRow
disconnected x3 0
end
""");
  }
}
