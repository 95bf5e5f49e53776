// custom-element-reactions.js: custom elements' construction, upgrades and lifecycle callbacks
// (https://html.spec.whatwg.org/multipage/custom-elements.html#custom-element-reactions). Which
// elements an insertion connected, a removal disconnected or a fragment parse or clone made comes
// from the host (io.w3socket.engine.CustomElementCandidates); an attribute change from
// mutation-observer.js's hostSetAttribute. Reactions are run when the outermost DOM call that
// caused them returns ([CEReactions]: the DOM's methods are wrapped once the first element is
// defined), or, for a change no wrapped call made, in a microtask (the backup element queue).

/** The current element queue (#current-element-queue): elements with reactions to run. */
var elementQueue = [];

/** Wrapped DOM calls in progress: reactions run when the outermost returns. */
var reactionsDepth = 0;

/** Whether the backup element queue's microtask is queued (#processing-the-backup-element-queue). */
var backupQueued = false;

/** A construction stack's marker of an element its constructor has made (#concept-already-constructed-marker). */
var ALREADY_CONSTRUCTED = {};

var CANDIDATE_CONNECTED = 1;
var CANDIDATE_DISCONNECTED = 2;
var CANDIDATE_CREATED = 3;
var CANDIDATE_PARSED = 4;
var CANDIDATE_MOVED = 5;

/** #enqueue-an-element-on-the-appropriate-element-queue, with its reaction. */
function enqueueReaction(el, reaction) {
  var s = el[SLOT];
  if (!s.ceReactions) {
    s.ceReactions = [];
  }
  s.ceReactions.push(reaction);
  elementQueue.push(el);
  if (reactionsDepth === 0 && !backupQueued) {
    backupQueued = true;
    queueMicrotask(function () {
      backupQueued = false;
      runReactions();
    });
  }
}

/** #enqueue-a-custom-element-callback-reaction: nothing if the definition has no such callback. */
function enqueueCallback(el, name, args) {
  var def = el[SLOT].ceDefinition;
  if (def && def.callbacks[name]) {
    enqueueReaction(el, {callback: def.callbacks[name], args: args});
  }
}

/**
 * #concept-node-move step 25: connectedMoveCallback, or, for a definition without one
 * (#enqueue-a-custom-element-callback-reaction step 3), disconnectedCallback then connectedCallback.
 */
function enqueueMoveCallback(el) {
  var callbacks = el[SLOT].ceDefinition.callbacks;
  if (callbacks.connectedMoveCallback) {
    enqueueCallback(el, 'connectedMoveCallback', []);
  } else {
    enqueueCallback(el, 'disconnectedCallback', []);
    enqueueCallback(el, 'connectedCallback', []);
  }
}

/** #enqueue-a-custom-element-upgrade-reaction. */
function enqueueUpgrade(el, def, parsed) {
  enqueueReaction(el, {upgrade: def, parsed: parsed});
}

/** attributeChangedCallback for an observed attribute of a custom element (mutation-observer.js). */
function attributeChanged(el, name, old, value) {
  var def = el[SLOT].ceDefinition;
  if (def && def.observedAttributes.indexOf(name) >= 0) {
    enqueueCallback(el, 'attributeChangedCallback', [name, old, value, null]);
  }
}

/** Turns what the host recorded into reactions (CustomElementCandidates' kinds). */
function takeCandidates() {
  var c = host.ceTake();
  for (var i = 0; i + 1 < c.length; i += 2) {
    var el = nodeFor(c[i + 1]);
    var s = el[SLOT];
    var kind = c[i];
    var def = definitionOf(s.localName);
    if (s.ceState === 'custom') {
      // #concept-node-insert step 7.7.1, #concept-node-remove step 15.
      if (kind === CANDIDATE_CONNECTED || kind === CANDIDATE_PARSED) {
        enqueueCallback(el, 'connectedCallback', []);
      } else if (kind === CANDIDATE_DISCONNECTED) {
        enqueueCallback(el, 'disconnectedCallback', []);
      } else if (kind === CANDIDATE_MOVED) {
        enqueueMoveCallback(el);
      }
      if (s.ceDefinition.formAssociated) {
        faceTreeChanged(el);
      }
    } else if (def !== null && kind !== CANDIDATE_DISCONNECTED && !s.ceState) {
      // #concept-try-upgrade, #concept-create-element step 6.2; the parser's, as it constructs them.
      enqueueUpgrade(el, def, kind === CANDIDATE_PARSED);
    }
  }
}

/** #invoke-custom-element-reactions for the current element queue (and what the host recorded). */
function runReactions() {
  takeCandidates();
  while (elementQueue.length > 0) {
    var queue = elementQueue;
    elementQueue = [];
    for (var i = 0; i < queue.length; i++) {
      var el = queue[i];
      var reactions = el[SLOT].ceReactions;
      while (reactions && reactions.length > 0) {
        var r = reactions.shift();
        try {
          if (r.upgrade) {
            upgradeElement(el, r.upgrade, r.parsed);
          } else {
            r.callback.apply(el, r.args);
          }
        } catch (e) {
          reportException(e);
        }
        reactions = el[SLOT].ceReactions;
      }
    }
    takeCandidates();
  }
}

/**
 * [CEReactions]: fn, with the reactions it caused run before it returns (or throws) to a caller
 * outside any other such call.
 */
function withReactions(fn) {
  return function () {
    reactionsDepth++;
    try {
      return fn.apply(this, arguments);
    } finally {
      if (--reactionsDepth === 0) {
        runReactions();
      }
    }
  };
}

/**
 * #concept-upgrade-an-element; for an element the parser made ({@code parsed}), its constructor
 * runs as #create-an-element-for-the-token's synchronous construction does: before the element has
 * its attributes and children and is in the tree (the host sets it aside meanwhile), and if it
 * throws, the element is an HTMLUnknownElement.
 */
function upgradeElement(el, def, parsed) {
  var s = el[SLOT];
  if (s.ceState) {
    return;
  }
  s.ceDefinition = def;
  s.ceState = 'failed';
  if (!parsed) {
    queueAttributeCallbacks(el, def);
    if (el.isConnected) {
      enqueueCallback(el, 'connectedCallback', []);
    }
  } else {
    host.ceSetParsedAside(s.handle);
  }
  def.constructionStack.push(el);
  try {
    if (def.disableShadow && host.domShadowRoot(s.handle) >= 0) {
      // Chromium 156's message, the same on every path that upgrades (define, upgrade, the parser).
      throw new DOMException('The element already has a ShadowRoot though it is disabled by disabledFeatures static field.',
          'NotSupportedError');
    }
    s.ceState = 'precustomized';
    var result = constructWith(def.constructor);
    if (result !== el) {
      throw new TypeError("Failed to construct '" + def.name + "': The result must implement HTMLElement interface");
    }
  } catch (e) {
    // Step 9: the definition dropped, the reactions queued for it too.
    s.ceDefinition = null;
    s.ceReactions = [];
    s.ceState = 'failed';
    if (parsed) {
      host.ceRestoreParsed(s.handle);
      Object.setPrototypeOf(el, HTMLUnknownElement.prototype);
    }
    throw e;
  } finally {
    def.constructionStack.pop();
  }
  s.ceState = 'custom';
  if (parsed) {
    host.ceRestoreParsed(s.handle);
    queueAttributeCallbacks(el, def);
    enqueueCallback(el, 'connectedCallback', []);
  }
  // Step 10: a form-associated one gets its form owner, and is told of it and of being disabled.
  if (def.formAssociated) {
    host.domChanged(); // now a listed element: its form's elements are computed again
    s.faceForm = formOwner(el);
    if (s.faceForm !== null) {
      enqueueCallback(el, 'formAssociatedCallback', [s.faceForm]);
    }
    s.faceDisabled = isDisabledControl(el);
    if (s.faceDisabled) {
      enqueueCallback(el, 'formDisabledCallback', [true]);
    }
  }
}

/**
 * A form-associated custom element the tree's change moved (HTML #reset-the-form-owner, and its
 * disabled state): formAssociatedCallback with the new form owner, formDisabledCallback with the
 * new state, each only if it changed. A move gives one formAssociatedCallback, with its end
 * state (Chromium 156 calls it with null at the removal first).
 */
function faceTreeChanged(el) {
  var s = el[SLOT];
  var form = formOwner(el);
  if (form !== (s.faceForm || null)) {
    s.faceForm = form;
    enqueueCallback(el, 'formAssociatedCallback', [form]);
  }
  faceDisabledChanged(el);
}

/** formDisabledCallback for a form-associated custom element whose disabled state changed. */
function faceDisabledChanged(el) {
  var s = el[SLOT];
  var disabled = isDisabledControl(el);
  if (disabled !== (s.faceDisabled === true)) {
    s.faceDisabled = disabled;
    enqueueCallback(el, 'formDisabledCallback', [disabled]);
  }
}

/**
 * A disabled attribute changed (mutation-observer.js): the form-associated custom element itself,
 * or those in a fieldset, may have changed their disabled state.
 */
function disabledAttributeChanged(el) {
  if (isFaceElement(el)) {
    faceDisabledChanged(el);
  } else if (tagOf(el) === 'FIELDSET') {
    Array.prototype.forEach.call(el.querySelectorAll(formAssociatedNames.join(', ')), function (d) {
      if (isFaceElement(d)) {
        faceDisabledChanged(d);
      }
    });
  }
}

/** #concept-upgrade-an-element step 3: each attribute, in order, as if added. */
function queueAttributeCallbacks(el, def) {
  if (def.observedAttributes.length === 0) {
    return;
  }
  var h = el[SLOT].handle;
  var names = host.domAttributeNames(h);
  for (var i = 0; i < names.length; i++) {
    if (def.observedAttributes.indexOf(names[i]) >= 0) {
      enqueueCallback(el, 'attributeChangedCallback', [names[i], null, host.domAttribute(h, names[i]), null]);
    }
  }
}

/** new C(): C may be a class, which only [[Construct]] may call. */
function constructWith(ctor) {
  return typeof Reflect !== 'undefined' && Reflect.construct ? Reflect.construct(ctor, []) : new ctor();
}

/**
 * HTML #html-element-constructors, HTMLElement's, when a custom element's constructor calls it
 * (super()): this is the object [[Construct]] made from the constructor's prototype. With an empty
 * construction stack (new C(), createElement) it becomes a new element; in an upgrade it is
 * dropped for the element being upgraded, which takes its prototype.
 */
function constructCustomElement(self) {
  var proto = Object.getPrototypeOf(self);
  var def = definitionByPrototype(proto);
  if (def === null) {
    throw new TypeError("Failed to construct 'HTMLElement': Illegal constructor");
  }
  var stack = def.constructionStack;
  if (stack.length === 0) {
    var h = host.domCreate('element', def.name, slotOf(document, 'Document').handle);
    wrapNode(self, h, host.domInfo(h));
    self[SLOT].ceState = 'custom';
    self[SLOT].ceDefinition = def;
    return self;
  }
  var el = stack[stack.length - 1];
  if (el === ALREADY_CONSTRUCTED) {
    throw new TypeError("Failed to construct 'HTMLElement': This instance is already constructed");
  }
  Object.setPrototypeOf(el, proto);
  stack[stack.length - 1] = ALREADY_CONSTRUCTED;
  return el;
}

/**
 * HTML #concept-create-element step 6.1, for document.createElement: the definition's constructor
 * makes the element; if it throws or makes a wrong one, that is reported and the element is an
 * HTMLUnknownElement whose custom element state is "failed". Null if the name is not defined.
 */
function createCustomElement(localName) {
  var def = definitionOf(localName);
  if (def === null) {
    return null;
  }
  var el;
  try {
    el = constructWith(def.constructor);
    checkConstructed(el, def);
    return el;
  } catch (e) {
    reportException(e);
    el = nodeFor(host.domCreate('element', localName, slotOf(document, 'Document').handle));
    Object.setPrototypeOf(el, HTMLUnknownElement.prototype);
    el[SLOT].ceState = 'failed';
    return el;
  }
}

/** #concept-create-element steps 6.1.3-6.1.9: what a constructor made must be a fresh element. */
function checkConstructed(el, def) {
  var what = "Failed to execute 'createElement' on 'Document': ";
  if (!isElementNode(el) || el[SLOT].namespace !== HTML_NAMESPACE) {
    throw new TypeError(what + 'The result must implement HTMLElement interface');
  }
  var h = el[SLOT].handle;
  if (host.domAttributeNames(h).length > 0) {
    throw new DOMException(what + 'The result must not have attributes', 'NotSupportedError');
  }
  if (host.domChildren(h).length > 0) {
    throw new DOMException(what + 'The result must not have children', 'NotSupportedError');
  }
  if (host.domParent(h) >= 0) {
    throw new DOMException(what + 'The result must not have a parent', 'NotSupportedError');
  }
  if (el[SLOT].localName !== def.name) {
    throw new DOMException(what + 'The result must have the same localName', 'NotSupportedError');
  }
}

/**
 * The DOM's [CEReactions] members, wrapped once the first element is defined, so that pages without
 * custom elements pay nothing for them.
 */
function wrapCEReactions() {
  var methods = [
    [Node.prototype, ['appendChild', 'insertBefore', 'removeChild', 'replaceChild', 'cloneNode', 'normalize']],
    [Element.prototype, ['setAttribute', 'removeAttribute', 'toggleAttribute', 'setAttributeNS',
      'removeAttributeNS', 'setAttributeNode', 'setAttributeNodeNS', 'removeAttributeNode',
      'insertAdjacentElement', 'insertAdjacentHTML', 'insertAdjacentText', 'before', 'after',
      'replaceWith', 'remove', 'prepend', 'append', 'replaceChildren', 'moveBefore']],
    [CharacterData.prototype, ['before', 'after', 'replaceWith', 'remove']],
    [DocumentType.prototype, ['before', 'after', 'replaceWith', 'remove']],
    [Document.prototype, ['prepend', 'append', 'replaceChildren', 'moveBefore', 'importNode', 'adoptNode',
      'createElement', 'createElementNS', 'write', 'writeln']],
    [DocumentFragment.prototype, ['prepend', 'append', 'replaceChildren', 'moveBefore']],
    [DOMTokenList.prototype, ['add', 'remove', 'toggle', 'replace']],
    [HTMLFormElement.prototype, ['reset']],
    [HTMLSelectElement.prototype, ['add', 'remove']],
    [NamedNodeMap.prototype, ['setNamedItem', 'setNamedItemNS', 'removeNamedItem', 'removeNamedItemNS']]
  ].concat(loadModule('tables').tableCEMethods()); // the table members' definitions first
  methods.forEach(function (entry) {
    entry[1].forEach(function (name) {
      var d = Object.getOwnPropertyDescriptor(entry[0], name);
      if (d && typeof d.value === 'function') {
        d.value = withReactions(d.value);
        Object.defineProperty(entry[0], name, d);
      }
    });
  });
  var setters = [
    [Node.prototype, ['textContent', 'nodeValue']],
    [Element.prototype, ['innerHTML', 'outerHTML', 'id', 'className', 'slot']],
    [HTMLOptionsCollection.prototype, ['length']],
    [ShadowRoot.prototype, ['innerHTML']],
    [DOMTokenList.prototype, ['value']],
    [Attr.prototype, ['value', 'nodeValue', 'textContent']]
  ];
  // The HTML element interfaces' IDL attributes that set content attributes or the tree are
  // [CEReactions] (their reflecting ones, innerText, outerText, a select's length...): every
  // setter they have.
  var seen = [];
  [HTMLElement.prototype, HTMLMediaElement.prototype].concat(Object.keys(HTML_ELEMENT_PROTOTYPES).map(function (tag) {
    return HTML_ELEMENT_PROTOTYPES[tag];
  })).forEach(function (proto) {
    if (seen.indexOf(proto) < 0) {
      seen.push(proto);
      setters.push([proto, Object.getOwnPropertyNames(proto)]);
    }
  });
  setters.forEach(function (entry) {
    entry[1].forEach(function (name) {
      var d = Object.getOwnPropertyDescriptor(entry[0], name);
      if (d && typeof d.set === 'function') {
        d.set = withReactions(d.set);
        Object.defineProperty(entry[0], name, d);
      }
    });
  });
}
