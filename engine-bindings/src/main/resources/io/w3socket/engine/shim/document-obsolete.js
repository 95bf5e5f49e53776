// document-obsolete.js: Document's obsolete members still in browsers (HTML #other-elements,-attributes-and-apis:
// fgColor, linkColor, vlinkColor, alinkColor, bgColor, clear, captureEvents, releaseEvents),
// createCDATASection's refusal in an HTML document (DOM #dom-document-createcdatasection), and the
// editing commands (execCommand and queryCommand*, the Editing draft) as Chromium 156 answers them
// with nothing editable to run them on.

// The body element's text, link, vlink, alink and bgcolor attributes ("" without a body).
[['fgColor', 'text'], ['linkColor', 'link'], ['vlinkColor', 'vlink'], ['alinkColor', 'alink'],
  ['bgColor', 'bgcolor']].forEach(function (pair) {
  defineAccessor(Document.prototype, pair[0], function () {
    var body = this.body;
    return body === null || tagOf(body) !== 'BODY' ? '' : attributeOf(body, pair[1]) || '';
  }, function (v) {
    var body = this.body;
    if (body !== null && tagOf(body) === 'BODY') {
      hostSetAttribute(elementHandle(body), pair[1], toDOMString(v));
    }
  });
});

/** The Editing draft's commands (#commands) and the others Chromium 156 knows, lowercased. */
var EDITING_COMMANDS = ['backcolor', 'bold', 'createlink', 'fontname', 'fontsize', 'forecolor',
  'hilitecolor', 'italic', 'removeformat', 'strikethrough', 'subscript', 'superscript', 'underline',
  'unlink', 'delete', 'formatblock', 'forwarddelete', 'indent', 'inserthorizontalrule',
  'inserthtml', 'insertimage', 'insertlinebreak', 'insertorderedlist', 'insertparagraph',
  'inserttext', 'insertunorderedlist', 'justifycenter', 'justifyfull', 'justifyleft',
  'justifyright', 'outdent', 'copy', 'cut', 'defaultparagraphseparator', 'redo', 'selectall',
  'stylewithcss', 'undo', 'usecss', 'transpose', 'print', 'unselect', 'findstring', 'justifynone',
  'pasteandmatchstyle'];

/** The commands whose value is their state (#inline-formatting-command-definitions', lists'). */
var STATE_COMMANDS = ['bold', 'italic', 'strikethrough', 'subscript', 'superscript', 'underline',
  'insertorderedlist', 'insertunorderedlist'];

/**
 * The commands Chromium 156 runs with nothing selected: the document-wide settings and selectAll
 * (print and findString are enabled too, but there is no printer and nothing to find).
 */
var DOCUMENT_COMMANDS = ['defaultparagraphseparator', 'selectall', 'stylewithcss', 'usecss'];

function commandName(commandId) {
  return toDOMString(commandId).toLowerCase();
}

defineMethods(Document.prototype, {
  /** #dom-document-clear, #dom-document-captureevents, #dom-document-releaseevents: nothing. */
  clear: function () {
    slotOf(this, 'Document');
  },
  captureEvents: function () {
    slotOf(this, 'Document');
  },
  releaseEvents: function () {
    slotOf(this, 'Document');
  },
  /** DOM #dom-document-createcdatasection step 1: an HTML document has none. */
  createCDATASection: function (data) {
    requireArgs(arguments, 1, "execute 'createCDATASection' on 'Document'");
    throw new DOMException("Failed to execute 'createCDATASection' on 'Document': This operation is not supported for HTML documents.",
        'NotSupportedError');
  },
  /** Editing #execcommand(): only the document-wide commands run (nothing is editable). */
  execCommand: function (commandId) {
    requireArgs(arguments, 1, "execute 'execCommand' on 'Document'");
    return DOCUMENT_COMMANDS.indexOf(commandName(commandId)) >= 0;
  },
  /** Editing #querycommandenabled(): the document-wide ones, and print and findString. */
  queryCommandEnabled: function (commandId) {
    requireArgs(arguments, 1, "execute 'queryCommandEnabled' on 'Document'");
    var name = commandName(commandId);
    return DOCUMENT_COMMANDS.indexOf(name) >= 0 || name === 'print' || name === 'findstring';
  },
  queryCommandIndeterm: function (commandId) {
    requireArgs(arguments, 1, "execute 'queryCommandIndeterm' on 'Document'");
    return false;
  },
  queryCommandState: function (commandId) {
    requireArgs(arguments, 1, "execute 'queryCommandState' on 'Document'");
    return false;
  },
  /** Editing #querycommandsupported(). */
  queryCommandSupported: function (commandId) {
    requireArgs(arguments, 1, "execute 'queryCommandSupported' on 'Document'");
    return EDITING_COMMANDS.indexOf(commandName(commandId)) >= 0;
  },
  /** Editing #querycommandvalue(): a state command's "false", the separator's "div", else "". */
  queryCommandValue: function (commandId) {
    requireArgs(arguments, 1, "execute 'queryCommandValue' on 'Document'");
    var name = commandName(commandId);
    return STATE_COMMANDS.indexOf(name) >= 0 ? 'false' : name === 'defaultparagraphseparator' ? 'div' : '';
  }
});

