// resource-hooks.js: what starts the loads of img and link elements from outside their lazy
// modules (images: html-image-element.js; links: html-link-element.js): a script's change of one
// of their attributes (mutation-observer.js hostSetAttribute and hostRemoveAttribute call
// resourceAttributeHook), and the elements a parse, a clone, an insertion or an adoption made or
// moved (io.w3socket.engine.ResourceElements, after each task: entry-points.js resourcesMade).

/**
 * The count of changes to the page's style sheets that are not changes of its tree (a rule, a
 * declaration, a sheet's media or disabled flag, adoptedStyleSheets, a link's sheet loaded):
 * cascade.js keeps what it matched until this or the tree changes.
 */
var styleSheetsVersion = 0;

/** #img-load: the content attributes whose change is a relevant mutation of an img element. */
var IMAGE_SOURCE_ATTRIBUTES = {src: 1, srcset: 1, sizes: 1, crossorigin: 1, referrerpolicy: 1};

/**
 * #link-type-stylesheet: the content attributes whose change makes a connected link element fetch
 * its resource again (or not at all).
 */
var LINK_RESOURCE_ATTRIBUTES = {href: 1, rel: 1, disabled: 1, crossorigin: 1, type: 1};

/**
 * The img, link or media element whose attribute name a script is about to set or remove, when that
 * matters to its resource, with the attribute's value before; else null. An HTML element's
 * attribute names arrive lowercased (dom-element.js attributeQualifiedName); another case is
 * another attribute (setAttributeNS's "SRC").
 */
function resourceAttributeHook(handle, name) {
  var image = IMAGE_SOURCE_ATTRIBUTES[name] === 1;
  if (!image && LINK_RESOURCE_ATTRIBUTES[name] !== 1) {
    return null;
  }
  var el = nodeFor(handle);
  // A media element's src starts its load once the module media is in use (html-media-element.js).
  var module = image && el instanceof HTMLImageElement ? 'images'
      : LINK_RESOURCE_ATTRIBUTES[name] === 1 && el instanceof HTMLLinkElement ? 'links'
      : name === 'src' && el instanceof HTMLMediaElement && loadedModules.media !== undefined ? 'media' : null;
  if (module === null) {
    return null;
  }
  // What the task's tree changes made or moved starts first, as it would have at once (a link
  // inserted, then disabled, still loads).
  resourcesMade(module === 'images', module === 'links');
  return [module, el, name, host.domAttribute(handle, name)];
}

/** After the change resourceAttributeHook saw coming: its element's module takes it. */
function resourceAttributeChanged(hook, value) {
  loadModule(hook[0]).attributeChanged(hook[1], hook[2], hook[3], value);
}

/** The img (images) and link (links) elements a task's tree changes made or moved. */
function resourcesMade(images, links) {
  if (images) {
    loadModule('images').imagesMade();
  }
  if (links) {
    loadModule('links').linksMade();
  }
}

/**
 * A style or link element's type attribute names CSS (#link-type-stylesheet, #update-a-style-block):
 * absent, empty or text/css, ASCII case-insensitively.
 */
function isCssType(type) {
  return type === null || type === '' || asciiLowercase(type) === 'text/css';
}

/** #cors-settings-attribute: the state of a crossorigin attribute's value (null: No CORS). */
function corsSettingState(v) {
  if (v === null) {
    return 'no-cors';
  }
  return asciiLowercase(v) === 'use-credentials' ? 'use-credentials' : 'anonymous';
}

/**
 * #dom-img-crossorigin, #dom-link-crossorigin: the crossorigin attribute, reflected limited to
 * only known values (anonymous, use-credentials), null without it; null set removes it.
 */
function reflectCrossOrigin(ctor) {
  defineAccessor(ctor.prototype, 'crossOrigin', function () {
    var v = attributeOf(this, 'crossorigin');
    return v === null ? null : corsSettingState(v);
  }, function (v) {
    if (v === null) {
      hostRemoveAttribute(elementHandle(this), 'crossorigin');
    } else {
      hostSetAttribute(elementHandle(this), 'crossorigin', toDOMString(v));
    }
  });
}
