// custom-element-registry.js: CustomElementRegistry and window.customElements
// (https://html.spec.whatwg.org/multipage/custom-elements.html#customelementregistry): autonomous
// custom elements' definitions; their reactions are custom-element-reactions.js's.

/** The definitions (#custom-element-definition) by name, and in order. */
var definitionsByName = {};
var definitionList = [];
var definitionRunning = false;

/** whenDefined's promises by name (#when-defined-promise-map). */
var whenDefinedPromises = {};

var LIFECYCLE_CALLBACKS = ['connectedCallback', 'disconnectedCallback', 'adoptedCallback',
  'attributeChangedCallback', 'connectedMoveCallback'];
var FORM_ASSOCIATED_CALLBACKS = ['formAssociatedCallback', 'formResetCallback', 'formDisabledCallback',
  'formStateRestoreCallback'];

function CustomElementRegistry() {
  illegalConstructor(this, CustomElementRegistry);
}
setTag(CustomElementRegistry.prototype, 'CustomElementRegistry');

var REGISTRY_DEFINE = "Failed to execute 'define' on 'CustomElementRegistry': ";

function definitionOf(name) {
  return Object.prototype.hasOwnProperty.call(definitionsByName, name) ? definitionsByName[name] : null;
}

/**
 * #dom-customelementregistry-define, "for each key callbackName" (the lifecycle callbacks, then the
 * form-associated ones): each callback the prototype has (undefined: none), which must be a
 * Function (not one: a TypeError naming it), stored in callbacks.
 */
function readCallbacks(prototype, names, callbacks) {
  names.forEach(function (cb) {
    var v = prototype[cb];
    if (v !== undefined) {
      if (typeof v !== 'function') {
        throw new TypeError(REGISTRY_DEFINE + '"' + cb + '" is not a function');
      }
      callbacks[cb] = v;
    }
  });
}

/** The definition whose constructor made this prototype (#html-element-constructors step 2). */
function definitionByPrototype(proto) {
  for (var i = 0; i < definitionList.length; i++) {
    var d = definitionList[i];
    if (d.prototype === proto || d.constructor.prototype === proto) {
      return d;
    }
  }
  return null;
}

/** IsConstructor(v): Reflect.construct with v as the new target throws if it is none. */
function isConstructor(v) {
  if (typeof v !== 'function') {
    return false;
  }
  if (typeof Reflect === 'undefined') {
    return true; // Nashorn: no classes, no Reflect.construct
  }
  try {
    Reflect.construct(String, [], v);
    return true;
  } catch (e) {
    return false;
  }
}

/** A sequence<DOMString> of the constructor's static member, or [] if undefined (WebIDL). */
function staticStrings(ctor, member) {
  var v = ctor[member];
  if (v === undefined) {
    return [];
  }
  if (!isObject(v)) {
    throw new TypeError(REGISTRY_DEFINE + 'The provided value cannot be converted to a sequence.');
  }
  var items = toSequence(v, "execute 'define' on 'CustomElementRegistry'");
  return Array.prototype.map.call(items, toDOMString);
}

defineMethods(CustomElementRegistry.prototype, {
  /** #dom-customelementregistry-define, for autonomous custom elements. */
  define: function (name, constructor) {
    slotOf(this, 'CustomElementRegistry');
    requireArgs(arguments, 2, "execute 'define' on 'CustomElementRegistry'");
    name = toDOMString(name);
    var options = arguments[2];
    // Step 1.
    if (!isConstructor(constructor)) {
      throw new TypeError(REGISTRY_DEFINE + 'constructor argument is not a constructor');
    }
    // Steps 2-4.
    if (!host.domValidCustomName(name)) {
      throw new DOMException(REGISTRY_DEFINE + '"' + name + '" is not a valid custom element name', 'SyntaxError');
    }
    if (definitionOf(name) !== null) {
      throw new DOMException(REGISTRY_DEFINE + 'the name "' + name + '" has already been used with this registry',
          'NotSupportedError');
    }
    for (var i = 0; i < definitionList.length; i++) {
      if (definitionList[i].constructor === constructor) {
        throw new DOMException(REGISTRY_DEFINE + 'this constructor has already been used with this registry',
            'NotSupportedError');
      }
    }
    // Steps 5-6: customized built-in elements (extends) are not provided here.
    if (isObject(options) && options['extends'] !== undefined && options['extends'] !== null) {
      throw new DOMException(REGISTRY_DEFINE + 'customized built-in elements ("extends") are not supported by this host',
          'NotSupportedError');
    }
    // Step 7.
    if (definitionRunning) {
      throw new DOMException(REGISTRY_DEFINE + 'this registry is currently defining an element', 'NotSupportedError');
    }
    // Steps 8-13: the prototype, callbacks and static members read once, now.
    definitionRunning = true;
    var def;
    try {
      var prototype = constructor.prototype;
      if (!isObject(prototype)) {
        throw new TypeError(REGISTRY_DEFINE + "constructor prototype is not an object");
      }
      var callbacks = {};
      readCallbacks(prototype, LIFECYCLE_CALLBACKS, callbacks);
      var observed = callbacks.attributeChangedCallback ? staticStrings(constructor, 'observedAttributes') : [];
      var disabled = staticStrings(constructor, 'disabledFeatures');
      // Step 14.11: formAssociated, and then the form-associated callbacks.
      var formAssociated = toBoolean(constructor.formAssociated);
      if (formAssociated) {
        readCallbacks(prototype, FORM_ASSOCIATED_CALLBACKS, callbacks);
      }
      def = {name: name, constructor: constructor, prototype: prototype, callbacks: callbacks,
        observedAttributes: observed, disableShadow: disabled.indexOf('shadow') >= 0,
        disableInternals: disabled.indexOf('internals') >= 0, formAssociated: formAssociated,
        constructionStack: []};
    } finally {
      definitionRunning = false;
    }
    // Steps 14-17: defined; the document's elements of that name upgraded.
    definitionsByName[name] = def;
    definitionList.push(def);
    if (def.formAssociated) {
      formAssociatedNames.push(name);
    }
    if (customElementDefinitions++ === 0) {
      wrapCEReactions();
    }
    host.ceDefine(name);
    reactionsDepth++;
    try {
      var candidates = host.ceCandidates(slotOf(document, 'Document').handle, name);
      for (var j = 0; j < candidates.length; j++) {
        enqueueUpgrade(nodeFor(candidates[j]), def, false);
      }
    } finally {
      if (--reactionsDepth === 0) {
        runReactions();
      }
    }
    // Step 18.
    var waiting = whenDefinedPromises[name];
    if (waiting) {
      delete whenDefinedPromises[name];
      waiting.resolve(constructor);
    }
  },
  /** #dom-customelementregistry-get. */
  get: function (name) {
    slotOf(this, 'CustomElementRegistry');
    requireArgs(arguments, 1, "execute 'get' on 'CustomElementRegistry'");
    var def = definitionOf(toDOMString(name));
    return def === null ? undefined : def.constructor;
  },
  /** #dom-customelementregistry-getname. */
  getName: function (constructor) {
    slotOf(this, 'CustomElementRegistry');
    requireArgs(arguments, 1, "execute 'getName' on 'CustomElementRegistry'");
    for (var i = 0; i < definitionList.length; i++) {
      if (definitionList[i].constructor === constructor) {
        return definitionList[i].name;
      }
    }
    return null;
  },
  /** #dom-customelementregistry-whendefined: one promise per name until it is defined. */
  whenDefined: function (name) {
    slotOf(this, 'CustomElementRegistry');
    requireArgs(arguments, 1, "execute 'whenDefined' on 'CustomElementRegistry'");
    name = toDOMString(name);
    if (!host.domValidCustomName(name)) {
      return Promise.reject(new DOMException("Failed to execute 'whenDefined' on 'CustomElementRegistry': \""
          + name + '" is not a valid custom element name', 'SyntaxError'));
    }
    var def = definitionOf(name);
    if (def !== null) {
      return Promise.resolve(def.constructor);
    }
    if (!whenDefinedPromises[name]) {
      var entry = {};
      entry.promise = new Promise(function (resolve) {
        entry.resolve = resolve;
      });
      whenDefinedPromises[name] = entry;
    }
    return whenDefinedPromises[name].promise;
  },
  /** #dom-customelementregistry-upgrade: root's shadow-including inclusive descendants. */
  upgrade: function (root) {
    slotOf(this, 'CustomElementRegistry');
    requireArgs(arguments, 1, "execute 'upgrade' on 'CustomElementRegistry'");
    if (!isNode(root)) {
      throw new TypeError("Failed to execute 'upgrade' on 'CustomElementRegistry': parameter 1 is not of type 'Node'.");
    }
    reactionsDepth++;
    try {
      var candidates = host.ceCandidates(root[SLOT].handle, null);
      for (var i = 0; i < candidates.length; i++) {
        var el = nodeFor(candidates[i]);
        var def = definitionOf(el[SLOT].localName);
        if (def !== null) {
          enqueueUpgrade(el, def, false);
        }
      }
    } finally {
      if (--reactionsDepth === 0) {
        runReactions();
      }
    }
  }
});

/** HTML #dom-window-customelements: the window's registry. */
var customElements = Object.create(CustomElementRegistry.prototype);
setSlot(customElements, {kinds: ['CustomElementRegistry']});

exposed.CustomElementRegistry = CustomElementRegistry;
exposed.customElements = customElements;
