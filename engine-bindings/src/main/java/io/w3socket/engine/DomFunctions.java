package io.w3socket.engine;

import io.w3socket.DOMException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The page's DOM for the shim's dom-*.js: nodes cross as integer handles ({@link DomNodes}); the
 * DOM's {@code DOMException}s cross as they are. Used on the loop thread only.
 */
final class DomFunctions implements HostArea {
  private final PageDocument document;
  private final Output output;
  private final InsertedScripts scripts;

  DomFunctions(PageDocument document, Output output, InsertedScripts scripts) {
    this.document = document;
    this.output = output;
    this.scripts = scripts;
  }

  @Override
  public void register(HostRegistry r) {
    DomNodes dom = document.nodes();
    ScriptDocuments made = dom.documents();
    r.add("domFind", a -> (double) dom.find(a.integer(0), a.string(1)));
    r.add("domNamedObjects", a -> dom.namedObjects(a.string(0)));
    r.add("documentBaseUrl", a -> document.baseUrl(a.string(0)));
    r.add("domAttribute", a -> document.attribute(a.integer(0), a.string(1)));
    r.add("domTagName", a -> document.tagName(a.integer(0)));
    r.add("domText", a -> document.text(a.integer(0)));
    r.add("domSetText", a -> shown(document.setText(a.integer(0), a.string(1))));
    r.add("domHtml", a -> document.html(a.integer(0)));
    r.add("domSetHtml", a -> shown(document.setHtml(a.integer(0), a.string(1), false)));
    r.add("domSetHtmlUnsafe", a -> shown(document.setHtml(a.integer(0), a.string(1), true)));
    r.add("domGetHtml", a -> dom.getHtml(a.integer(0), a.bool(1), a.values(2)));
    r.add("domTitle", a -> dom.title(a.integer(0)));
    r.add("domQuirksMode", a -> dom.quirksMode(a.integer(0)));
    r.add("domDocument", a -> (double) dom.documentHandle());
    r.add("domInfo", a -> dom.info(a.integer(0)));
    r.add("domParent", a -> (double) dom.parent(a.integer(0)));
    r.add("domChildren", a -> dom.children(a.integer(0)));
    r.add("domSibling", a -> (double) dom.sibling(a.integer(0), a.integer(1)));
    r.add("domElementSibling", a -> (double) dom.elementSibling(a.integer(0), a.integer(1)));
    r.add("domEndChild", a -> (double) dom.endChild(a.integer(0), a.bool(1)));
    r.add(
        "domCreate",
        a -> {
          int node = create(dom, a.string(0), a.string(1));
          if (!a.isNull(2)) {
            made.created(node, a.integer(2));
          }
          return (double) node;
        });
    r.add(
        "domCreateNS",
        a -> {
          int node = dom.createElementNS(a.stringOrNull(0), a.string(1));
          if (!a.isNull(2)) {
            made.created(node, a.integer(2));
          }
          return (double) node;
        });
    r.add(
        "domCreateDoctype",
        a -> {
          int node = dom.createDoctype(a.string(0), a.string(1), a.string(2));
          made.created(node, a.integer(3));
          return (double) node;
        });
    r.add("domDoctype", a -> dom.doctype(a.integer(0)));
    r.add("domCreateDocument", a -> (double) made.createHtml(a.stringOrNull(0)));
    r.add("domParseDocument", a -> (double) made.parseHtml(a.string(0), a.string(1), false));
    r.add("domParseDocumentUnsafe", a -> (double) made.parseHtml(a.string(0), a.string(1), true));
    r.add("domOwnerDocument", a -> (double) made.ownerDocument(a.integer(0)));
    r.add("domConnected", a -> made.connected(a.integer(0)));
    r.add(
        "domValidateAttributeNS",
        a ->
            Arrays.asList(
                Namespaces.validateAndExtract(
                    a.stringOrNull(0), a.string(1), "'setAttributeNS' on 'Element'", false)));
    r.add("domByTagNS", a -> dom.byTagNS(a.integer(0), a.stringOrNull(1), a.string(2)));
    r.add(
        "domClone",
        a -> (double) dom.cloneNode(a.integer(0), a.bool(1), a.isNull(2) ? -1 : a.integer(2)));
    r.add("domTemplateContent", a -> (double) dom.templateContent(a.integer(0)));
    r.add("domRootNode", a -> (double) dom.rootNode(a.integer(0), a.bool(1)));
    r.add(
        "domDocumentPosition",
        a ->
            (double)
                NodeComparison.position(
                    dom.node(a.integer(0)), a.integer(0), dom.node(a.integer(1)), a.integer(1)));
    r.add(
        "domIsEqualNode",
        a -> NodeComparison.equal(dom.node(a.integer(0)), dom.node(a.integer(1))));
    r.add(
        "domAttachShadow",
        a ->
            (double)
                dom.attachShadow(
                    a.integer(0), a.bool(1), a.bool(2), a.bool(3), a.bool(4), a.bool(5)));
    r.add("domShadowRoot", a -> (double) dom.shadowRoot(a.integer(0)));
    r.add("domShadowHost", a -> (double) dom.shadowHost(a.integer(0)));
    r.add("domShadowRootCount", a -> (double) dom.shadowRootCount());
    r.add("domRetarget", a -> (double) dom.retarget(a.integer(0), a.integer(1)));
    r.add("domAssignedSlot", a -> (double) dom.assignedSlot(a.integer(0)));
    r.add(
        "domAssignSlot",
        a -> {
          dom.assignSlot(a.integer(0), a.values(1));
          return null;
        });
    r.add("domSlotsSignaled", a -> dom.slots().signaled());
    r.add("domTakeSignaledSlots", a -> dom.takeSignaledSlots());
    r.add("domAssignedNodes", a -> dom.assignedNodes(a.integer(0), a.bool(1)));
    r.add("domValidCustomName", a -> CustomElementNames.isValid(a.string(0)));
    CustomElementCandidates custom = dom.customElements();
    r.add(
        "ceDefine",
        a -> {
          custom.define(a.string(0));
          return null;
        });
    r.add("ceTake", a -> custom.take());
    r.add(
        "ceSetParsedAside",
        a -> {
          custom.setParsedAside(dom.element(a.integer(0)));
          return null;
        });
    r.add(
        "ceRestoreParsed",
        a -> {
          custom.restoreParsed(dom.element(a.integer(0)));
          return null;
        });
    r.add(
        "ceCandidates",
        a -> handles(dom, custom.candidates(dom.node(a.integer(0)), a.stringOrNull(1))));
    // HTML #the-details-element (html-details-element.js): the toggles of the details elements
    // the tree's own changes opened or closed; a details element's group's open member.
    DetailsElements details = dom.details();
    r.add("domTakeDetailsToggles", a -> details.take());
    r.add(
        "domDetailsOpenMember",
        a -> (double) dom.handle(details.openMember(dom.element(a.integer(0)), false)));
    // HTML #img-load and #link-type-stylesheet (html-image-element.js, html-link-element.js): the
    // img and link elements a parse, clone, insertion or adoption made or moved.
    ResourceElements resources = dom.resources();
    r.add("domTakeImages", a -> handles(dom, resources.takeImages()));
    r.add("domTakeLinks", a -> handles(dom, resources.takeLinks()));
    // DOM #concept-node-move (dom-element.js moveBefore): parent, node, before (-1: the end), what.
    r.add(
        "domMove",
        a -> {
          dom.moves().move(a.integer(0), a.integer(1), a.integer(2), a.string(3));
          return null;
        });
    r.add("domMatches", a -> dom.matches(a.integer(0), a.string(1), a.values(2)));
    // CSS Cascade (cascade.js): a tree's style rule selectors, then which of them an element
    // matches.
    StyleRuleSelectors ruleSelectors = new StyleRuleSelectors(dom);
    r.add(
        "domStyleSelectors",
        a -> {
          ruleSelectors.define(a.integer(0), a.values(1), a.values(2));
          return null;
        });
    r.add("domStyleMatches", a -> ruleSelectors.matching(a.integer(0), a.integer(1)));
    // computed-style.js: the user-agent sheet's declaration blocks, and which rules an HTML element
    // matches (whether it is disabled is the shim's answer).
    UserAgentStyles userAgentStyles = new UserAgentStyles(dom);
    r.add("cssUserAgentBlocks", a -> UserAgentStyles.blocks());
    r.add("domUserAgentRules", a -> userAgentStyles.matching(a.integer(0), a.bool(1)));
    r.add("domClosest", a -> (double) dom.closest(a.integer(0), a.string(1), a.values(2)));
    r.add(
        "domCheckInsert",
        a -> {
          dom.checkInsert(a.integer(0), a.integer(1), a.integer(2), a.string(3));
          return null;
        });
    r.add(
        "domCheckReplace",
        a -> {
          dom.checkReplace(a.integer(0), a.integer(1), a.integer(2), a.string(3));
          return null;
        });
    r.add("domInsert", a -> dom.insert(a.integer(0), a.integer(1), a.integer(2), a.string(3)));
    r.add(
        "domRemove",
        a -> {
          dom.remove(a.integer(0), a.integer(1));
          return null;
        });
    r.add("domData", a -> dom.data(a.integer(0)));
    r.add(
        "domSetData",
        a -> {
          dom.setData(a.integer(0), a.string(1));
          return null;
        });
    r.add(
        "domReplaceData",
        a -> {
          dom.replaceData(a.integer(0), a.integer(1), a.integer(2), a.string(3));
          return null;
        });
    r.add("domTextContent", a -> dom.textContent(a.integer(0)));
    r.add(
        "domSetTextContent",
        a -> {
          dom.setTextContent(a.integer(0), a.string(1));
          return null;
        });
    r.add("domOuterHtml", a -> dom.outerHtml(a.integer(0)));
    r.add("domAttributeNames", a -> dom.attributeNames(a.integer(0)));
    r.add(
        "domSetAttribute",
        a -> {
          dom.setAttribute(a.integer(0), a.string(1), a.string(2));
          return null;
        });
    r.add(
        "domRemoveAttribute",
        a -> {
          dom.removeAttribute(a.integer(0), a.string(1));
          return null;
        });
    r.add("domCheckSelector", a -> dom.checkSelector(a.string(0), a.string(1)));
    // css-syntax.js: CSS Syntax's rule lists, block contents and one rule, three values an item.
    r.add("cssRuleList", a -> CssRuleSyntax.ruleList(a.string(0)));
    r.add("cssBlockContents", a -> CssRuleSyntax.blockContents(a.string(0)));
    r.add("cssOneRule", a -> CssRuleSyntax.oneRule(a.string(0)));
    // css-rules.js: a style rule's selector list serialized, or null where it is invalid (& checked
    // as the universal selector would be: CSS Nesting #nest-selector).
    r.add(
        "cssSelectorText",
        a -> {
          String list = SelectorText.serialize(a.string(0), a.bool(1));
          try {
            dom.checkSelector(list.replace('&', '*'), "'insertRule' on 'CSSStyleSheet'");
            return list;
          } catch (DOMException e) {
            return null;
          }
        });
    r.add("domVersion", a -> (double) dom.version());
    r.add(
        "domChanged",
        a -> {
          dom.changed();
          return null;
        });
    r.add(
        "domCheckAttributeName",
        a -> {
          DomNodes.checkAttributeName(a.string(0), a.string(1));
          return null;
        });
    r.add("domQuery", a -> dom.query(a.integer(0), a.string(1), a.bool(2), a.values(3)));
    r.add("domByTag", a -> dom.byTag(a.integer(0), a.string(1)));
    r.add("domByName", a -> dom.byName(a.integer(0), a.string(1)));
    r.add("domByClass", a -> dom.byClass(a.integer(0), a.string(1)));
    r.add(
        "domRoots",
        a -> {
          int d = a.integer(0);
          return List.of(
              (double) dom.documentElement(d), (double) dom.head(d), (double) dom.body(d));
        });
    r.add("domCurrentScript", a -> (double) dom.currentScript());
    r.add(
        "domWrite",
        a -> {
          if (document.markup().writeIgnored()) {
            output.errorLine(
                "Failed to execute 'write' on 'Document': It isn't possible to write into a"
                    + " document from an asynchronously-loaded external script unless it is"
                    + " explicitly opened.");
            return null;
          }
          return shown(document.markup().write(a.string(0), scripts::runWritten));
        });
    r.add(
        "domOpen",
        a -> {
          document.markup().open();
          return null;
        });
    r.add(
        "domClose",
        a -> {
          document.markup().close();
          return null;
        });
    r.add(
        "domRunScript",
        a -> {
          scripts.run(a.integer(0));
          return null;
        });
  }

  /** A change to an element in the document prints its new text: the page's output. */
  private Object shown(String text) {
    if (text != null) {
      output.line(text);
    }
    return null;
  }

  /** #dom-document-createelement etc.: kind "element", "text" or "comment". */
  private static int create(DomNodes dom, String kind, String value) {
    switch (kind) {
      case "element":
        return dom.createElement(value);
      case "text":
        return dom.createText(value);
      case "comment":
        return dom.createComment(value);
      case "fragment":
        return dom.createFragment();
      default:
        throw new IllegalArgumentException("no node kind " + kind);
    }
  }

  private static List<Integer> handles(DomNodes dom, List<Element> elements) {
    List<Integer> out = new ArrayList<>();
    for (Element e : elements) {
      out.add(dom.handle(e));
    }
    return out;
  }
}
