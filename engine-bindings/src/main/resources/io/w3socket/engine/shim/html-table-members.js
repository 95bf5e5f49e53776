// html-table-members.js: the HTML table interfaces' members (HTML #tables), in Chromium 156's
// order, as stubs (webidl.js lazyMembers) that load the lazy module tables
// (html-table-elements.js), whose definitions replace them: a page without tables does not pay
// for parsing and running their steps at start.

lazyMembers('tables', HTMLTableElement, 'caption tHead tFoot tBodies:r rows:r align border frame '
    + 'rules summary width bgColor cellPadding cellSpacing createCaption() createTBody() createTFoot() '
    + 'createTHead() deleteCaption() deleteRow(1) deleteTFoot() deleteTHead() insertRow()');
lazyMembers('tables', HTMLTableCaptionElement, 'align');
lazyMembers('tables', HTMLTableSectionElement, 'rows:r align ch chOff vAlign deleteRow(1) insertRow()');
lazyMembers('tables', HTMLTableRowElement, 'rowIndex:r sectionRowIndex:r cells:r align ch chOff vAlign '
    + 'bgColor deleteCell(1) insertCell()');
lazyMembers('tables', HTMLTableCellElement, 'colSpan rowSpan headers cellIndex:r align axis height '
    + 'width ch chOff noWrap vAlign bgColor abbr scope');
lazyMembers('tables', HTMLTableColElement, 'span align ch chOff vAlign width');
