// html-table-elements.js (lazy module tables, whose stubs html-table-members.js puts on the
// prototypes): the members of HTML's table interfaces (HTML #tables): HTMLTableElement
// (#the-table-element), HTMLTableSectionElement (#the-tbody-element, also thead's and tfoot's),
// HTMLTableRowElement (#the-tr-element), HTMLTableCellElement (#the-td-element, #the-th-element,
// #attributes-common-to-td-and-th-elements), HTMLTableColElement (#the-col-element) and the
// obsolete attributes of #other-elements,-attributes-and-apis Chromium 156 has on them (and on
// HTMLTableCaptionElement), as plain reflections. The tree changes go through insertNode and
// removeNode (dom-node.js: what appendChild, insertBefore and removeChild run), so that mutation
// observers, live ranges and custom element reactions see each step; a page's own replacement of
// those methods is not called, as in a browser.

/** Whether a node wrapper is an HTML element of that local name (HTML's "a tr element"). */
function isHtmlNamed(node, localName) {
  var s = node[SLOT];
  return s.nodeType === 1 && s.localName === localName && s.namespace === HTML_NAMESPACE;
}

/** Whether a node wrapper is an HTML element whose local name is one of those. */
function isHtmlOneOf(node, localNames) {
  var s = node[SLOT];
  return s.nodeType === 1 && s.namespace === HTML_NAMESPACE && localNames.indexOf(s.localName) >= 0;
}

/**
 * The element's slot if it is an HTML element of one of the local names (the interface's
 * elements), else the TypeError an operation or attribute of another interface's object gets.
 */
function tablePartSlot(self, localNames) {
  var s = slotOf(self, 'Element');
  if (s.namespace !== HTML_NAMESPACE || localNames.indexOf(s.localName) < 0) {
    throw new TypeError('Illegal invocation');
  }
  return s;
}

var TABLE_TAGS = ['table'];
var SECTION_TAGS = ['tbody', 'thead', 'tfoot'];
var ROW_TAGS = ['tr'];
var CELL_TAGS = ['td', 'th'];

/** The element children of a node, in tree order. */
function childElementsOf(node) {
  var handles = host.domChildren(node[SLOT].handle);
  var out = [];
  for (var i = 0; i < handles.length; i++) {
    var n = nodeFor(handles[i]);
    if (n[SLOT].nodeType === 1) {
      out.push(n);
    }
  }
  return out;
}

/** Whether a node wrapper is an HTML thead, tbody or tfoot element (an HTMLTableSectionElement). */
function isTableSection(node) {
  return isHtmlOneOf(node, SECTION_TAGS);
}

/** The children of a node that are HTML elements of that local name. */
function childrenNamed(node, localName) {
  return childElementsOf(node).filter(function (c) {
    return isHtmlNamed(c, localName);
  });
}

/** The first child of a node that is an HTML element of that local name, or null. */
function firstChildNamed(node, localName) {
  var children = childElementsOf(node);
  for (var i = 0; i < children.length; i++) {
    if (isHtmlNamed(children[i], localName)) {
      return children[i];
    }
  }
  return null;
}

/**
 * HTML #create-an-element given the node document of {@code near}, a local name and the HTML
 * namespace (no custom element definition can have a table part's name).
 */
function createTablePart(near, localName) {
  return nodeFor(host.domCreate('element', localName, host.domOwnerDocument(near[SLOT].handle)));
}

/** A live HTMLCollection ([SameObject]) in the element's slot under {@code key}, brought current. */
function cachedCollection(s, key, compute) {
  if (!s[key]) {
    s[key] = liveElements(compute);
  } else {
    itemsOf(s[key], 'HTMLCollection');
  }
  return s[key];
}

/**
 * #dom-table-rows: the tr children of the table and of its thead, tbody and tfoot children: the
 * thead ones first, then the table's and the tbody ones, then the tfoot ones, each in tree order.
 */
function tableRowsOf(table) {
  var head = [];
  var body = [];
  var foot = [];
  childElementsOf(table).forEach(function (c) {
    if (isHtmlNamed(c, 'tr')) {
      body.push(c);
    } else if (isHtmlNamed(c, 'thead')) {
      head.push.apply(head, childrenNamed(c, 'tr'));
    } else if (isHtmlNamed(c, 'tbody')) {
      body.push.apply(body, childrenNamed(c, 'tr'));
    } else if (isHtmlNamed(c, 'tfoot')) {
      foot.push.apply(foot, childrenNamed(c, 'tr'));
    }
  });
  return head.concat(body, foot);
}

/** The table's rows collection (#dom-table-rows). */
function tableRowsCollection(table) {
  var s = table[SLOT];
  return cachedCollection(s, 'tableRows', function () {
    return tableRowsOf(nodeFor(s.handle));
  });
}

/** #dom-tbody-rows: the section's tr children. */
function sectionRowsCollection(section) {
  var s = section[SLOT];
  return cachedCollection(s, 'sectionRows', function () {
    return childrenNamed(nodeFor(s.handle), 'tr');
  });
}

/** #dom-tr-cells: the row's td and th children. */
function rowCellsCollection(row) {
  var s = row[SLOT];
  return cachedCollection(s, 'rowCells', function () {
    return childElementsOf(nodeFor(s.handle)).filter(function (c) {
      return isHtmlOneOf(c, CELL_TAGS);
    });
  });
}

/** The items of one of these collections, current. */
function tableItems(collection) {
  return itemsOf(collection, 'HTMLCollection');
}

/** The next (offset 1) or previous (-1) element sibling of a node, or null. */
function elementSiblingOf(node, offset) {
  return nodeFor(host.domElementSibling(node[SLOT].handle, offset));
}

/** The first (or last) element child of a node, or null: a host call or two, not the child list. */
function endElementChild(node, last) {
  var c = nodeFor(host.domEndChild(node[SLOT].handle, last));
  return c === null || c[SLOT].nodeType === 1 ? c : elementSiblingOf(c, last ? -1 : 1);
}

/**
 * The index-th child of a node that is an HTML element of one of the local names ({node, count}:
 * count how many came before it), or {node: null, count: how many there are}; the operations'
 * walks, as Chromium's, so that insertRow(-1), deleteRow(0) and their kin cost a few host calls
 * however long the table, not its collection's items.
 */
function childAt(node, localNames, index) {
  var count = 0;
  for (var c = endElementChild(node, false); c !== null; c = elementSiblingOf(c, 1)) {
    if (isHtmlOneOf(c, localNames)) {
      if (count === index) {
        return {node: c, count: count};
      }
      count++;
    }
  }
  return {node: null, count: count};
}

/** How many children of a node are HTML elements of one of the local names. */
function childCount(node, localNames) {
  return childAt(node, localNames, -1).count;
}

/** The last child of a node that is an HTML element of one of the local names, or null. */
function lastChildOneOf(node, localNames) {
  for (var c = endElementChild(node, true); c !== null; c = elementSiblingOf(c, -1)) {
    if (isHtmlOneOf(c, localNames)) {
      return c;
    }
  }
  return null;
}

/**
 * Whether a table's child holds rows of group g of #dom-table-rows, in its order: 0 the thead
 * children's rows, 1 the table's own tr children and the tbody children's rows, 2 the tfoot
 * children's rows.
 */
function inRowGroup(child, g) {
  return g === 0 ? isHtmlNamed(child, 'thead') : g === 2 ? isHtmlNamed(child, 'tfoot')
      : isHtmlNamed(child, 'tr') || isHtmlNamed(child, 'tbody');
}

/** The index-th row of the table's rows collection ({node, count} as childAt), walked to. */
function tableRowAt(table, index) {
  var children = childElementsOf(table);
  var count = 0;
  for (var g = 0; g < 3; g++) {
    for (var i = 0; i < children.length; i++) {
      var c = children[i];
      if (!inRowGroup(c, g)) {
        continue;
      }
      if (isHtmlNamed(c, 'tr')) {
        if (count === index) {
          return {node: c, count: count};
        }
        count++;
      } else {
        var found = childAt(c, ROW_TAGS, index - count);
        if (found.node !== null) {
          return {node: found.node, count: count + found.count};
        }
        count += found.count;
      }
    }
  }
  return {node: null, count: count};
}

/** The last row of the table's rows collection, or null, walked to from the end. */
function tableLastRow(table) {
  var children = childElementsOf(table);
  for (var g = 2; g >= 0; g--) {
    for (var i = children.length - 1; i >= 0; i--) {
      var c = children[i];
      if (inRowGroup(c, g)) {
        var row = isHtmlNamed(c, 'tr') ? c : lastChildOneOf(c, ROW_TAGS);
        if (row !== null) {
          return row;
        }
      }
    }
  }
  return null;
}

/** An optional long argument whose default is -1 (insertRow's and insertCell's index). */
function optionalIndex(args) {
  return args.length === 0 || args[0] === undefined ? -1 : toLong(args[0]);
}

function indexSizeError(what, message) {
  return new DOMException('Failed to execute ' + what + ': ' + message, 'IndexSizeError');
}

/**
 * #dom-table-thead's and #dom-table-createthead's place for a thead: before the table's first
 * element child that is neither a caption nor a colgroup element, else at the end (null).
 */
function theadReference(table) {
  var children = childElementsOf(table);
  for (var i = 0; i < children.length; i++) {
    if (!isHtmlNamed(children[i], 'caption') && !isHtmlNamed(children[i], 'colgroup')) {
      return children[i];
    }
  }
  return null;
}

/** Removes the table's first child of that local name, if any (#dom-table-deletecaption and kin). */
function removeFirstChildNamed(table, localName) {
  var child = firstChildNamed(table, localName);
  if (child !== null) {
    removeNode(table, child, true);
  }
}

/**
 * Inserts for a table attribute's setter: the host's HierarchyRequestError (node contains the
 * table) named as Chromium 156 names a setter's ("Failed to set the 'caption' property on ...").
 */
function setterInsert(table, node, before, idl) {
  var what = "'" + idl + "' on 'HTMLTableElement'";
  try {
    insertNode(table, node, before, what);
  } catch (e) {
    if (e instanceof DOMException && e.message.indexOf('Failed to execute ' + what + ': ') === 0) {
      throw new DOMException("Failed to set the '" + idl + "' property on 'HTMLTableElement': "
          + e.message.substring(('Failed to execute ' + what + ': ').length), e.name);
    }
    throw e;
  }
}

/**
 * A table section setter's value (WebIDL #es-interface, nullable: undefined and null are null): an
 * HTMLTableSectionElement, else a TypeError; then, #dom-table-thead and #dom-table-tfoot: one of
 * another local name is a HierarchyRequestError (Chromium 156's messages).
 */
function sectionValue(v, localName, idl) {
  if (v === null || v === undefined) {
    return null;
  }
  var what = "Failed to set the '" + idl + "' property on 'HTMLTableElement': ";
  if (!isElementNode(v) || !isTableSection(v)) {
    throw new TypeError(what + "Failed to convert value to 'HTMLTableSectionElement'.");
  }
  if (v[SLOT].localName !== localName) {
    throw new DOMException(what + 'Not a ' + localName + ' element.', 'HierarchyRequestError');
  }
  return v;
}

/**
 * #reflect an unsigned long "clamped to the range [min, max]" with default 1: the attribute by
 * #rules-for-parsing-non-negative-integers, the default if missing or an error, else clamped; set,
 * a value above 2147483647 sets the default.
 */
function reflectClampedUnsigned(ctor, idl, attribute, min, max) {
  defineAccessor(ctor.prototype, idl, function () {
    var n = integerAttribute(this, attribute); // form-control-members.js
    if (n !== n || n < 0) {
      return 1; // #rules-for-parsing-non-negative-integers: an error ("-0" is 0)
    }
    return Math.min(Math.max(n, min), max);
  }, function (v) {
    var n = toUint32(v);
    hostSetAttribute(elementHandle(this), attribute, String(n <= 2147483647 ? n : 1));
  });
}

/** #reflect a [LegacyNullToEmptyString] DOMString: null sets "". */
function reflectNullToEmpty(ctors, idl, attribute) {
  var get = function () {
    var v = host.domAttribute(elementHandle(this), attribute);
    return v === null ? '' : v;
  };
  var set = function (v) {
    hostSetAttribute(elementHandle(this), attribute, v === null ? '' : toDOMString(v));
  };
  ctors.forEach(function (ctor) {
    defineAccessor(ctor.prototype, idl, get, set);
  });
}

/**
 * The obsolete attributes (#HTMLTableElement-partial, #HTMLTableCaptionElement-partial,
 * #HTMLTableColElement-partial, #HTMLTableSectionElement-partial, #HTMLTableRowElement-partial,
 * #HTMLTableCellElement-partial) named, each #reflect-ing its content attribute: bgColor,
 * cellPadding and cellSpacing are [LegacyNullToEmptyString], noWrap a boolean.
 */
function reflectObsolete(ctor, names) {
  var attributes = {ch: 'char', chOff: 'charoff', vAlign: 'valign', bgColor: 'bgcolor',
    cellPadding: 'cellpadding', cellSpacing: 'cellspacing', noWrap: 'nowrap'};
  names.forEach(function (idl) {
    var attribute = attributes[idl] || idl;
    if (idl === 'noWrap') {
      reflectBoolean([ctor], idl, attribute); // form-controls.js
    } else if (idl === 'bgColor' || idl === 'cellPadding' || idl === 'cellSpacing') {
      reflectNullToEmpty([ctor], idl, attribute);
    } else {
      reflectString([ctor], idl, attribute);
    }
  });
}

// Each interface's members below are in the order Chromium 156 defines them (its attributes in IDL
// order, then its operations by name), as Object.getOwnPropertyNames lists them.

// HTMLTableElement (#the-table-element).

/** #dom-table-caption: the first caption child, or null. */
defineAccessor(HTMLTableElement.prototype, 'caption', function () {
  tablePartSlot(this, TABLE_TAGS);
  return firstChildNamed(this, 'caption');
}, function (v) {
  tablePartSlot(this, TABLE_TAGS);
  if (v !== null && v !== undefined && !(isElementNode(v) && isHtmlNamed(v, 'caption'))) {
    throw new TypeError("Failed to set the 'caption' property on 'HTMLTableElement': "
        + "Failed to convert value to 'HTMLTableCaptionElement'.");
  }
  // On setting: the first caption child removed, then the new value (if not null) the first node.
  removeFirstChildNamed(this, 'caption');
  if (v !== null && v !== undefined) {
    setterInsert(this, v, this.firstChild, 'caption');
  }
});

/** #dom-table-thead: the first thead child, or null. */
defineAccessor(HTMLTableElement.prototype, 'tHead', function () {
  tablePartSlot(this, TABLE_TAGS);
  return firstChildNamed(this, 'thead');
}, function (v) {
  tablePartSlot(this, TABLE_TAGS);
  var head = sectionValue(v, 'thead', 'tHead');
  // The first thead child removed, then the new one before the first element not a caption or colgroup.
  removeFirstChildNamed(this, 'thead');
  if (head !== null) {
    setterInsert(this, head, theadReference(this), 'tHead');
  }
});

/** #dom-table-tfoot: the first tfoot child, or null. */
defineAccessor(HTMLTableElement.prototype, 'tFoot', function () {
  tablePartSlot(this, TABLE_TAGS);
  return firstChildNamed(this, 'tfoot');
}, function (v) {
  tablePartSlot(this, TABLE_TAGS);
  var foot = sectionValue(v, 'tfoot', 'tFoot');
  // The first tfoot child removed, then the new one at the end of the table.
  removeFirstChildNamed(this, 'tfoot');
  if (foot !== null) {
    setterInsert(this, foot, null, 'tFoot');
  }
});

/** #dom-table-tbodies: [SameObject], a live HTMLCollection of the table's tbody children. */
defineAccessor(HTMLTableElement.prototype, 'tBodies', function () {
  var s = tablePartSlot(this, TABLE_TAGS);
  return cachedCollection(s, 'tableBodies', function () {
    return childrenNamed(nodeFor(s.handle), 'tbody');
  });
});

/** #dom-table-rows: [SameObject], live (tableRowsOf). */
defineAccessor(HTMLTableElement.prototype, 'rows', function () {
  tablePartSlot(this, TABLE_TAGS);
  return tableRowsCollection(this);
});

reflectObsolete(HTMLTableElement, ['align', 'border', 'frame', 'rules', 'summary', 'width', 'bgColor',
  'cellPadding', 'cellSpacing']);

defineMethods(HTMLTableElement.prototype, {
  /** #dom-table-createcaption: the first caption child, else a new one made the first node. */
  createCaption: function createCaption() {
    tablePartSlot(this, TABLE_TAGS);
    var caption = firstChildNamed(this, 'caption');
    if (caption === null) {
      caption = createTablePart(this, 'caption');
      insertNode(this, caption, this.firstChild, "'createCaption' on 'HTMLTableElement'");
    }
    return caption;
  },
  /** #dom-table-createtbody: a new tbody right after the last tbody child, else at the end. */
  createTBody: function createTBody() {
    tablePartSlot(this, TABLE_TAGS);
    var bodies = childrenNamed(this, 'tbody');
    var body = createTablePart(this, 'tbody');
    var before = bodies.length === 0 ? null : bodies[bodies.length - 1].nextSibling;
    insertNode(this, body, before, "'createTBody' on 'HTMLTableElement'");
    return body;
  },
  /** #dom-table-createtfoot: the first tfoot child, else a new one at the end. */
  createTFoot: function createTFoot() {
    tablePartSlot(this, TABLE_TAGS);
    var foot = firstChildNamed(this, 'tfoot');
    if (foot === null) {
      foot = createTablePart(this, 'tfoot');
      insertNode(this, foot, null, "'createTFoot' on 'HTMLTableElement'");
    }
    return foot;
  },
  /**
   * #dom-table-createthead: the first thead child, else a new one before the first element child
   * that is neither a caption nor a colgroup (else at the end).
   */
  createTHead: function createTHead() {
    tablePartSlot(this, TABLE_TAGS);
    var head = firstChildNamed(this, 'thead');
    if (head === null) {
      head = createTablePart(this, 'thead');
      insertNode(this, head, theadReference(this), "'createTHead' on 'HTMLTableElement'");
    }
    return head;
  },
  /** #dom-table-deletecaption: the first caption child removed, if any. */
  deleteCaption: function deleteCaption() {
    tablePartSlot(this, TABLE_TAGS);
    removeFirstChildNamed(this, 'caption');
  },
  /** #dom-table-deleterow (Chromium 156's messages): -1 is the last row, none then nothing. */
  deleteRow: function deleteRow(index) {
    var what = "'deleteRow' on 'HTMLTableElement'";
    tablePartSlot(this, TABLE_TAGS);
    requireArgs(arguments, 1, 'execute ' + what);
    index = toLong(index);
    if (index < -1) {
      throw indexSizeError(what, 'The index provided (' + index + ') is less than -1.');
    }
    var row;
    if (index === -1) {
      row = tableLastRow(this);
      if (row === null) {
        return; // step 2: no rows, nothing
      }
    } else {
      var found = tableRowAt(this, index);
      if (found.node === null) {
        // Step 1: index at or past the number of rows.
        throw indexSizeError(what, 'The index provided (' + index
            + ') is greater than the number of rows in the table (' + found.count + ').');
      }
      row = found.node;
    }
    removeNode(row.parentNode, row, true); // step 3: the index-th row removed from its parent
  },
  /** #dom-table-deletetfoot: the first tfoot child removed, if any. */
  deleteTFoot: function deleteTFoot() {
    tablePartSlot(this, TABLE_TAGS);
    removeFirstChildNamed(this, 'tfoot');
  },
  /** #dom-table-deletethead: the first thead child removed, if any. */
  deleteTHead: function deleteTHead() {
    tablePartSlot(this, TABLE_TAGS);
    removeFirstChildNamed(this, 'thead');
  },
  /** #dom-table-insertrow (Chromium 156's messages). */
  insertRow: function insertRow() {
    var what = "'insertRow' on 'HTMLTableElement'";
    tablePartSlot(this, TABLE_TAGS);
    var index = optionalIndex(arguments);
    // Step 1: the index checked before anything changes.
    if (index < -1) {
      throw indexSizeError(what, 'The index provided (' + index + ') is less than -1.');
    }
    var found = index === -1 ? null : tableRowAt(this, index);
    if (found !== null && found.node === null && index > found.count) {
      throw indexSizeError(what, 'The index provided (' + index
          + ') is greater than the number of rows in the table (' + found.count + ').');
    }
    var last = found === null || found.node === null ? tableLastRow(this) : null;
    if (found !== null && found.node !== null) {
      // Step 5: a new row right before the index-th row.
      var row = createTablePart(this, 'tr');
      insertNode(found.node.parentNode, row, found.node, what);
      return row;
    } else if (last !== null) {
      // Step 4 (index -1 or the number of rows): a new row appended to the parent of the last row.
      var appended = createTablePart(this, 'tr');
      insertNode(last.parentNode, appended, null, what);
      return appended;
    }
    var lastBody = lastChildOneOf(this, ['tbody']);
    if (lastBody !== null) {
      // Step 3: no rows: a new row appended to the last tbody child.
      var inBody = createTablePart(this, 'tr');
      insertNode(lastBody, inBody, null, what);
      return inBody;
    }
    // Step 2: no rows and no tbody: a new tbody, a new row appended to it, then it to the table.
    var body = createTablePart(this, 'tbody');
    var first = createTablePart(this, 'tr');
    insertNode(body, first, null, what);
    insertNode(this, body, null, what);
    return first;
  }
});

// HTMLTableSectionElement (#the-tbody-element, #the-thead-element, #the-tfoot-element).

/** #dom-tbody-rows: [SameObject], live. */
defineAccessor(HTMLTableSectionElement.prototype, 'rows', function () {
  tablePartSlot(this, SECTION_TAGS);
  return sectionRowsCollection(this);
});
reflectObsolete(HTMLTableSectionElement, ['align', 'ch', 'chOff', 'vAlign']);

/**
 * A section's deleteRow and a row's deleteCell: the index-th child of those kinds (-1: the last,
 * and none is nothing) removed; another index out of range throws error(index, count).
 */
function deleteChildAt(parent, tags, index, error) {
  var child;
  if (index === -1) {
    child = lastChildOneOf(parent, tags);
    if (child === null) {
      return;
    }
  } else {
    var found = index < 0 ? null : childAt(parent, tags, index);
    if (found === null || found.node === null) {
      throw error(index, found === null ? childCount(parent, tags) : found.count);
    }
    child = found.node;
  }
  removeNode(parent, child, true);
}

/**
 * A section's insertRow and a row's insertCell: a new element of localName before the index-th
 * child of those kinds, or appended (-1 or their count); an index out of range throws
 * error(index, count) before anything changes.
 */
function insertChildAt(parent, tags, localName, index, what, error) {
  var found = index < 0 ? null : childAt(parent, tags, index);
  if (index < -1 || (found !== null && found.node === null && index > found.count)) {
    throw error(index, found === null ? childCount(parent, tags) : found.count);
  }
  var child = createTablePart(parent, localName);
  insertNode(parent, child, found === null ? null : found.node, what);
  return child;
}

/** Chromium 156's IndexSizeError message of a section's insertRow and deleteRow. */
function sectionIndexError(what, index, count) {
  return indexSizeError(what, 'The provided index (' + index + ' is outside the range [-1, ' + count
      + '].');
}

defineMethods(HTMLTableSectionElement.prototype, {
  /** #dom-tbody-deleterow: the index-th row (-1: the last; none: nothing) removed. */
  deleteRow: function deleteRow(index) {
    var what = "'deleteRow' on 'HTMLTableSectionElement'";
    tablePartSlot(this, SECTION_TAGS);
    requireArgs(arguments, 1, 'execute ' + what);
    deleteChildAt(this, ROW_TAGS, toLong(index), function (i, count) {
      return sectionIndexError(what, i, count);
    });
  },
  /** #dom-tbody-insertrow: a new tr before the index-th row, or appended (-1 or the count). */
  insertRow: function insertRow() {
    var what = "'insertRow' on 'HTMLTableSectionElement'";
    tablePartSlot(this, SECTION_TAGS);
    return insertChildAt(this, ROW_TAGS, 'tr', optionalIndex(arguments), what, function (i, count) {
      return sectionIndexError(what, i, count); // step 1: checked before anything changes
    });
  }
});

// HTMLTableRowElement (#the-tr-element).

/**
 * #dom-tr-rowindex: the row's index in the rows of its parent table, or of the table that is the
 * parent of its parent thead, tbody or tfoot; -1 if there is no such table.
 */
defineAccessor(HTMLTableRowElement.prototype, 'rowIndex', function () {
  tablePartSlot(this, ROW_TAGS);
  var parent = this.parentNode;
  var table = null;
  if (parent !== null && isHtmlNamed(parent, 'table')) {
    table = parent;
  } else if (parent !== null && isTableSection(parent)) {
    var grandparent = parent.parentNode;
    table = grandparent !== null && isHtmlNamed(grandparent, 'table') ? grandparent : null;
  }
  return table === null ? -1 : tableItems(tableRowsCollection(table)).indexOf(this);
});

/**
 * #dom-tr-sectionrowindex: the row's index in its parent's rows collection (a table's, or a
 * thead's, tbody's or tfoot's), -1 without such a parent.
 */
defineAccessor(HTMLTableRowElement.prototype, 'sectionRowIndex', function () {
  tablePartSlot(this, ROW_TAGS);
  var parent = this.parentNode;
  var rows = parent === null ? null : isHtmlNamed(parent, 'table') ? tableRowsCollection(parent)
      : isTableSection(parent) ? sectionRowsCollection(parent) : null;
  return rows === null ? -1 : tableItems(rows).indexOf(this);
});

/** #dom-tr-cells: [SameObject], live. */
defineAccessor(HTMLTableRowElement.prototype, 'cells', function () {
  tablePartSlot(this, ROW_TAGS);
  return rowCellsCollection(this);
});
reflectObsolete(HTMLTableRowElement, ['align', 'ch', 'chOff', 'vAlign', 'bgColor']);

defineMethods(HTMLTableRowElement.prototype, {
  /** #dom-tr-deletecell: the index-th cell (-1: the last; none: nothing) removed. */
  deleteCell: function deleteCell(index) {
    var what = "'deleteCell' on 'HTMLTableRowElement'";
    tablePartSlot(this, ROW_TAGS);
    requireArgs(arguments, 1, 'execute ' + what);
    deleteChildAt(this, CELL_TAGS, toLong(index), function (i, count) {
      // Chromium 156's message.
      return indexSizeError(what, 'The value provided (' + i + ') is outside the range [0, ' + count + ').');
    });
  },
  /** #dom-tr-insertcell: a new td before the index-th cell, or appended (-1 or the count). */
  insertCell: function insertCell() {
    var what = "'insertCell' on 'HTMLTableRowElement'";
    tablePartSlot(this, ROW_TAGS);
    return insertChildAt(this, CELL_TAGS, 'td', optionalIndex(arguments), what, function (i, count) {
      // Step 1 (Chromium 156's message).
      return indexSizeError(what, 'The value provided (' + i + ') is outside the range [-1, ' + count + '].');
    });
  }
});

// HTMLTableCellElement (#the-td-element, #the-th-element, #attributes-common-to-td-and-th-elements).

// #dom-tdth-colspan, #dom-tdth-rowspan, #dom-tdth-headers.
reflectClampedUnsigned(HTMLTableCellElement, 'colSpan', 'colspan', 1, 1000);
reflectClampedUnsigned(HTMLTableCellElement, 'rowSpan', 'rowspan', 0, 65534);
reflectString([HTMLTableCellElement], 'headers', 'headers');

/** #dom-tdth-cellindex: the cell's index in its parent tr's cells, -1 without a parent tr. */
defineAccessor(HTMLTableCellElement.prototype, 'cellIndex', function () {
  tablePartSlot(this, CELL_TAGS);
  var parent = this.parentNode;
  return parent !== null && isHtmlNamed(parent, 'tr')
      ? tableItems(rowCellsCollection(parent)).indexOf(this) : -1;
});
reflectObsolete(HTMLTableCellElement, ['align', 'axis', 'height', 'width', 'ch', 'chOff', 'noWrap',
  'vAlign', 'bgColor']);
reflectString([HTMLTableCellElement], 'abbr', 'abbr'); // #dom-tdth-abbr

/**
 * #dom-th-scope: scope, limited to only known values (#attr-th-scope: row, col, rowgroup,
 * colgroup, ASCII case-insensitively; the auto state, missing or invalid, has no keyword: "").
 */
reflectKeyword([HTMLTableCellElement], 'scope', 'scope', ['row', 'col', 'rowgroup', 'colgroup'], '');

// HTMLTableCaptionElement (#the-caption-element): the obsolete align only.
reflectObsolete(HTMLTableCaptionElement, ['align']);

// HTMLTableColElement (#the-col-element, also colgroup's): #dom-col-span, then the obsolete ones.
reflectClampedUnsigned(HTMLTableColElement, 'span', 'span', 1, 1000);
reflectObsolete(HTMLTableColElement, ['align', 'ch', 'chOff', 'vAlign', 'width']);

/**
 * The [CEReactions] operations here, which wrapCEReactions (custom-element-reactions.js) wraps
 * once the first custom element is defined (it wraps every element interface's setter itself).
 */
function tableCEMethods() {
  return [
    [HTMLTableElement.prototype, ['createCaption', 'deleteCaption', 'createTHead', 'deleteTHead',
      'createTFoot', 'deleteTFoot', 'createTBody', 'insertRow', 'deleteRow']],
    [HTMLTableSectionElement.prototype, ['insertRow', 'deleteRow']],
    [HTMLTableRowElement.prototype, ['insertCell', 'deleteCell']]
  ];
}
