// character-data.js: CharacterData's data methods (DOM #interface-characterdata: substringData,
// appendData, insertData, deleteData, replaceData, all #concept-cd-replace), Text's splitText
// (#concept-text-split) and Node's normalize (#dom-node-normalize), each with its mutation
// records; the host moves the live ranges (LiveRanges) as each one orders.

/** #concept-cd-replace step 2, #concept-cd-substring step 2: an offset past the data's length. */
function requireOffset(offset, data, what) {
  if (offset > data.length) {
    throw new DOMException('Failed to execute ' + what + ': The offset ' + offset
        + " is greater than the node's length (" + data.length + ').', 'IndexSizeError');
  }
}

/** #concept-cd-replace steps 1-3 (IndexSizeError, count clamped), its record, then the host's. */
function replaceCharacterData(node, offset, count, data, what) {
  var h = slotOf(node, 'CharacterData').handle;
  var old = host.domData(h);
  requireOffset(offset, old, what);
  if (offset + count > old.length) {
    count = old.length - offset;
  }
  host.domReplaceData(h, offset, count, data);
  if (registeredObservers !== 0) {
    queueMutationRecord('characterData', node, null, old);
  }
}

defineMethods(CharacterData.prototype, {
  /** #concept-cd-substring. */
  substringData: function (offset, count) {
    var what = "'substringData' on 'CharacterData'";
    var data = host.domData(slotOf(this, 'CharacterData').handle);
    requireArgs(arguments, 2, 'execute ' + what);
    offset = toUint32(offset);
    count = toUint32(count);
    requireOffset(offset, data, what);
    return data.substring(offset, Math.min(data.length, offset + count));
  },
  /** #dom-characterdata-appenddata. */
  appendData: function (data) {
    var h = slotOf(this, 'CharacterData').handle;
    requireArgs(arguments, 1, "execute 'appendData' on 'CharacterData'");
    replaceCharacterData(this, host.domData(h).length, 0, toDOMString(data),
        "'appendData' on 'CharacterData'");
  },
  /** #dom-characterdata-insertdata. */
  insertData: function (offset, data) {
    slotOf(this, 'CharacterData');
    requireArgs(arguments, 2, "execute 'insertData' on 'CharacterData'");
    replaceCharacterData(this, toUint32(offset), 0, toDOMString(data), "'insertData' on 'CharacterData'");
  },
  /** #dom-characterdata-deletedata. */
  deleteData: function (offset, count) {
    slotOf(this, 'CharacterData');
    requireArgs(arguments, 2, "execute 'deleteData' on 'CharacterData'");
    replaceCharacterData(this, toUint32(offset), toUint32(count), '', "'deleteData' on 'CharacterData'");
  },
  /** #dom-characterdata-replacedata. */
  replaceData: function (offset, count, data) {
    slotOf(this, 'CharacterData');
    requireArgs(arguments, 3, "execute 'replaceData' on 'CharacterData'");
    replaceCharacterData(this, toUint32(offset), toUint32(count), toDOMString(data),
        "'replaceData' on 'CharacterData'");
  }
});

defineMethods(Text.prototype, {
  /**
   * #concept-text-split: a new Text node of the data from offset on, inserted after this one
   * (live ranges past offset move into it: steps 7.2-7.5), then that data deleted from this one.
   */
  splitText: function (offset) {
    var what = "'splitText' on 'Text'";
    var s = slotOf(this, 'CharacterData');
    if (s.nodeType !== 3) {
      throw new TypeError('Illegal invocation');
    }
    requireArgs(arguments, 1, 'execute ' + what);
    offset = toUint32(offset);
    var data = host.domData(s.handle);
    if (offset > data.length) {
      throw new DOMException('Failed to execute ' + what + ': The offset ' + offset
          + " is larger than the Text node's length.", 'IndexSizeError');
    }
    var newNode = this.ownerDocument.createTextNode(data.substring(offset));
    var parent = this.parentNode;
    // Chromium 156 queues step 8's characterData record before step 7.1's childList one.
    if (registeredObservers !== 0) {
      queueMutationRecord('characterData', this, null, data);
    }
    if (parent !== null) {
      insertNode(parent, newNode, this.nextSibling, what);
      host.rangesSplit(s.handle, newNode[SLOT].handle, offset);
    }
    host.domReplaceData(s.handle, offset, data.length - offset, '');
    return newNode;
  }
});

defineMethods(Node.prototype, {
  /**
   * #dom-node-normalize, in Chromium 156's order (the standard's result, other records): each
   * Text descendant, empty, is removed; else each Text sibling after it, empty, is removed, or
   * has its data appended to it (the live ranges in it move along: steps 6.1-6.4) and is removed.
   */
  normalize: function () {
    normalizeChildren(slotOf(this, 'Node').handle);
  }
});

function normalizeChildren(h) {
  var child = host.domEndChild(h, false);
  while (child >= 0) {
    var node = nodeFor(child);
    var next = host.domSibling(child, 1);
    if (node[SLOT].nodeType === 3) {
      var length = host.domData(child).length;
      if (length === 0) {
        removeNode(nodeFor(h), node, true);
        child = next;
        continue;
      }
      while (next >= 0 && nodeFor(next)[SLOT].nodeType === 3) {
        var sibling = nodeFor(next);
        var data = host.domData(next);
        if (data.length > 0) {
          replaceCharacterData(node, length, 0, data, "'normalize' on 'Node'");
          host.rangesMerge(child, next, length);
          length += data.length;
        }
        var after = host.domSibling(next, 1);
        removeNode(nodeFor(h), sibling, true);
        next = after;
      }
    } else {
      normalizeChildren(child);
    }
    child = next;
  }
}
