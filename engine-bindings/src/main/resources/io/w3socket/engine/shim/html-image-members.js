// html-image-members.js: HTMLImageElement's members (HTML #htmlimageelement) beside alt, src and
// name (html-element-attributes.js), as stubs (webidl.js lazyMembers) that load the lazy module
// images (html-image-element.js, which fetches and sizes images); what starts a load from outside
// it: a script's change of an img's src, srcset, sizes, crossorigin or referrerpolicy attribute
// (mutation-observer.js calls imageAttributeHook) and the img elements a parse or a clone made
// (io.w3socket.engine.MadeImages, after each task: entry-points.js imagesMade); and the load events
// images delay (dom-document.js fireLoad, HTML #delay-the-load-event).

lazyMembers('images', HTMLImageElement, 'srcset sizes crossOrigin useMap isMap width height naturalWidth:r '
    + 'naturalHeight:r complete:r currentSrc:r referrerPolicy decoding loading fetchPriority decode() lowsrc '
    + 'align hspace vspace longDesc border x:r y:r');

/** #img-load: the content attributes whose change is a relevant mutation of an img element. */
var IMAGE_SOURCE_ATTRIBUTES = {src: 1, srcset: 1, sizes: 1, crossorigin: 1, referrerpolicy: 1};

/**
 * The img element whose attribute name a script is about to set or remove, when that is a relevant
 * mutation of it, with the attribute's value before (hostSetAttribute, hostRemoveAttribute); else
 * null. An HTML element's attribute names arrive lowercased (dom-element.js
 * attributeQualifiedName); another case is another attribute (setAttributeNS's "SRC").
 */
function imageAttributeHook(handle, name) {
  if (IMAGE_SOURCE_ATTRIBUTES[name] !== 1) {
    return null;
  }
  var el = nodeFor(handle);
  return el instanceof HTMLImageElement ? [el, name, host.domAttribute(handle, name)] : null;
}

/** After the change imageAttributeHook saw coming: the img's relevant mutation (#img-load). */
function imageAttributeChanged(hook, value) {
  loadModule('images').attributeChanged(hook[0], hook[1], hook[2], value);
}

/** The page's images that delay its load event (#delay-the-load-event): fetches not yet settled. */
var loadEventDelays = 0;

/** The rest of the load steps, waiting for the last delay to end (dom-document.js fireLoad). */
var afterLoadEventDelays = null;

function delayLoadEvent() {
  loadEventDelays++;
}

/** A delay ended: the last one's end queues the load steps that waited for it. */
function endLoadEventDelay() {
  loadEventDelays--;
  if (loadEventDelays === 0 && afterLoadEventDelays !== null) {
    var rest = afterLoadEventDelays;
    afterLoadEventDelays = null;
    queueTask(rest);
  }
}
