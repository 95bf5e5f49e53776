// dom-token-list.js: DOMTokenList (https://dom.spec.whatwg.org/#interface-domtokenlist) for
// Element.classList, and DOMStringMap (https://html.spec.whatwg.org/#domstringmap) for
// HTMLElement.dataset. A token list's items are indexed as dom-collections.js's are; dataset's named
// properties need a Proxy, so on Nashorn dataset is not provided.

function DOMTokenList() {
  throw new TypeError('Illegal constructor');
}

/** DOM #concept-ordered-set-parser: ASCII-whitespace-separated tokens, each once, in order. */
function orderedSet(value) {
  var out = [];
  var parts = value.split(/[\t\n\f\r ]+/);
  for (var i = 0; i < parts.length; i++) {
    if (parts[i] !== '' && out.indexOf(parts[i]) < 0) {
      out.push(parts[i]);
    }
  }
  return out;
}

/** The token list of el's attribute (live: recomputed when the tree or an attribute changed). */
function tokenList(el, attribute) {
  var list = makeIndexed(DOMTokenList.prototype, 'DOMTokenList', function () {
    var v = host.domAttribute(elementHandle(el), attribute);
    return v === null ? [] : orderedSet(v);
  }, true);
  list[SLOT].element = el;
  list[SLOT].attribute = attribute;
  return list;
}

/** #concept-dtl-update: nothing when there is no attribute and no token; else the set serialized. */
function updateTokens(list, tokens) {
  var s = list[SLOT];
  var h = elementHandle(s.element);
  if (host.domAttribute(h, s.attribute) === null && tokens.length === 0) {
    return;
  }
  hostSetAttribute(h, s.attribute, tokens.join(' '));
}

/** The checks of add, remove, toggle and replace: a token is neither empty nor has whitespace. */
function checkToken(token, method) {
  if (token === '') {
    throw new DOMException("Failed to execute '" + method + "' on 'DOMTokenList': The token provided must not be empty.",
        'SyntaxError');
  }
  if (/[\t\n\f\r ]/.test(token)) {
    throw new DOMException("Failed to execute '" + method + "' on 'DOMTokenList': The token provided ('" + token
        + "') contains HTML space characters, which are not valid in tokens.", 'InvalidCharacterError');
  }
}

function tokensOf(list) {
  return itemsOf(list, 'DOMTokenList').slice();
}

defineAccessor(DOMTokenList.prototype, 'length', function () {
  return itemsOf(this, 'DOMTokenList').length;
});
defineAccessor(DOMTokenList.prototype, 'value', function () {
  var s = slotOf(this, 'DOMTokenList');
  var v = host.domAttribute(elementHandle(s.element), s.attribute);
  return v === null ? '' : v;
}, function (v) {
  var s = slotOf(this, 'DOMTokenList');
  hostSetAttribute(elementHandle(s.element), s.attribute, toDOMString(v));
});
defineMethods(DOMTokenList.prototype, {
  item: function (index) {
    requireArgs(arguments, 1, "execute 'item' on 'DOMTokenList'");
    return itemAt(this, 'DOMTokenList', index);
  },
  contains: function (token) {
    requireArgs(arguments, 1, "execute 'contains' on 'DOMTokenList'");
    return itemsOf(this, 'DOMTokenList').indexOf(toDOMString(token)) >= 0;
  },
  add: function () {
    slotOf(this, 'DOMTokenList');
    var args = Array.prototype.map.call(arguments, toDOMString);
    args.forEach(function (t) { checkToken(t, 'add'); });
    var tokens = tokensOf(this);
    args.forEach(function (t) {
      if (tokens.indexOf(t) < 0) {
        tokens.push(t);
      }
    });
    updateTokens(this, tokens);
  },
  remove: function () {
    slotOf(this, 'DOMTokenList');
    var args = Array.prototype.map.call(arguments, toDOMString);
    args.forEach(function (t) { checkToken(t, 'remove'); });
    var tokens = tokensOf(this).filter(function (t) {
      return args.indexOf(t) < 0;
    });
    updateTokens(this, tokens);
  },
  /** #dom-domtokenlist-toggle: force true only adds, false only removes. */
  toggle: function (token) {
    requireArgs(arguments, 1, "execute 'toggle' on 'DOMTokenList'");
    token = toDOMString(token);
    var force = arguments.length > 1 && arguments[1] !== undefined ? toBoolean(arguments[1]) : undefined;
    checkToken(token, 'toggle');
    var tokens = tokensOf(this);
    var at = tokens.indexOf(token);
    if (at >= 0) {
      if (force === true) {
        return true;
      }
      tokens.splice(at, 1);
      updateTokens(this, tokens);
      return false;
    }
    if (force === false) {
      return false;
    }
    tokens.push(token);
    updateTokens(this, tokens);
    return true;
  },
  /** #dom-domtokenlist-replace: the new token takes the old one's place (once). */
  replace: function (token, newToken) {
    requireArgs(arguments, 2, "execute 'replace' on 'DOMTokenList'");
    token = toDOMString(token);
    newToken = toDOMString(newToken);
    if (token === '' || newToken === '') {
      checkToken('', 'replace');
    }
    checkToken(token, 'replace');
    checkToken(newToken, 'replace');
    var tokens = tokensOf(this);
    var at = tokens.indexOf(token);
    if (at < 0) {
      return false;
    }
    var other = tokens.indexOf(newToken);
    if (other >= 0 && other !== at) {
      tokens.splice(Math.max(at, other), 1);
      tokens[Math.min(at, other)] = newToken;
    } else {
      tokens[at] = newToken;
    }
    updateTokens(this, tokens);
    return true;
  },
  /**
   * #dom-domtokenlist-supports: whether the token, ASCII-lowercased, is one of the attribute's
   * supported tokens (relList's); class and the others have none: a TypeError.
   */
  supports: function (token) {
    requireArgs(arguments, 1, "execute 'supports' on 'DOMTokenList'");
    var supported = slotOf(this, 'DOMTokenList').supported;
    if (!supported) {
      throw new TypeError("Failed to execute 'supports' on 'DOMTokenList': DOMTokenList has no supported tokens.");
    }
    return supported.indexOf(asciiLowercase(toDOMString(token))) >= 0;
  },
  toString: function () {
    return this.value;
  },
  forEach: Array.prototype.forEach
});
['entries', 'keys', 'values'].forEach(function (name) {
  if (typeof Array.prototype[name] === 'function') {
    define(DOMTokenList.prototype, name, Array.prototype[name]);
  }
});
if (hasSymbol && Symbol.iterator && Array.prototype[Symbol.iterator]) {
  define(DOMTokenList.prototype, Symbol.iterator, Array.prototype[Symbol.iterator]);
}
setTag(DOMTokenList.prototype, 'DOMTokenList');

// classList: [SameObject, PutForwards=value].
defineAccessor(Element.prototype, 'classList', function () {
  var s = slotOf(this, 'Element');
  if (!s.classList) {
    s.classList = tokenList(this, 'class');
  }
  return s.classList;
}, function (v) {
  this.classList.value = v;
});

function DOMStringMap() {
  throw new TypeError('Illegal constructor');
}
setTag(DOMStringMap.prototype, 'DOMStringMap');

/** HTML #concept-domstringmap-pairs: data-* names (without uppercase letters) as camelCase names. */
function datasetNames(el) {
  var out = [];
  var names = host.domAttributeNames(elementHandle(el));
  for (var i = 0; i < names.length; i++) {
    var n = names[i];
    if (n.indexOf('data-') === 0 && !/[A-Z]/.test(n)) {
      out.push({attribute: n, name: n.substring(5).replace(/-([a-z])/g, function (m, c) {
        return c.toUpperCase();
      })});
    }
  }
  return out;
}

/** The attribute of a dataset name, or null when the name has none (a name with "-" and a-z). */
function datasetAttribute(name, setting) {
  if (/-[a-z]/.test(name)) {
    if (setting) {
      throw new DOMException("Failed to set a named property '" + name + "' on 'DOMStringMap': '" + name
          + "' is not a valid property name.", 'SyntaxError');
    }
    return null;
  }
  return 'data-' + name.replace(/[A-Z]/g, function (c) {
    return '-' + c.toLowerCase();
  });
}

if (typeof Proxy === 'function') {
  // dataset: [SameObject]; named properties get, set and delete data-* attributes.
  defineAccessor(HTMLElement.prototype, 'dataset', function () {
    var s = slotOf(this, 'Element');
    if (!s.dataset) {
      var el = this;
      var target = Object.create(DOMStringMap.prototype);
      setSlot(target, {kinds: ['DOMStringMap'], element: el});
      var find = function (p) {
        if (typeof p !== 'string') {
          return null;
        }
        var pairs = datasetNames(el);
        for (var i = 0; i < pairs.length; i++) {
          if (pairs[i].name === p) {
            return pairs[i];
          }
        }
        return null;
      };
      var visible = function (p) {
        return find(p) !== null && !(p in DOMStringMap.prototype);
      };
      s.dataset = new Proxy(target, {
        get: function (t, p, receiver) {
          return visible(p) ? host.domAttribute(elementHandle(el), find(p).attribute) : Reflect.get(t, p, receiver);
        },
        set: function (t, p, v, receiver) {
          if (typeof p !== 'string') {
            return Reflect.set(t, p, v, receiver);
          }
          el.setAttribute(datasetAttribute(p, true), toDOMString(v));
          return true;
        },
        has: function (t, p) {
          return visible(p) || Reflect.has(t, p);
        },
        deleteProperty: function (t, p) {
          if (typeof p !== 'string') {
            return Reflect.deleteProperty(t, p);
          }
          var a = datasetAttribute(p, false);
          if (a !== null) {
            el.removeAttribute(a);
          }
          return true;
        },
        ownKeys: function (t) {
          return datasetNames(el).map(function (pair) {
            return pair.name;
          }).concat(Reflect.ownKeys(t));
        },
        getOwnPropertyDescriptor: function (t, p) {
          return visible(p)
              ? {value: host.domAttribute(elementHandle(el), find(p).attribute), writable: true, enumerable: true,
                configurable: true}
              : Reflect.getOwnPropertyDescriptor(t, p);
        }
      });
    }
    return s.dataset;
  });
  // HTMLOrSVGElement's: SVGElement's and MathMLElement's too.
  [SVGElement.prototype, MathMLElement.prototype].forEach(function (proto) {
    Object.defineProperty(proto, 'dataset', Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'dataset'));
  });
  exposed.DOMStringMap = DOMStringMap;
}

exposed.DOMTokenList = DOMTokenList;
