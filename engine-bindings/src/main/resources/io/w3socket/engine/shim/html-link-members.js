// html-link-members.js: HTMLLinkElement's members (HTML #htmllinkelement) beside href, rel, relList,
// type, hreflang, charset and rev (html-element-attributes.js, html-hyperlink-elements.js), as
// stubs (webidl.js lazyMembers) that load the lazy module links (html-link-element.js, which
// fetches style sheets; resource-hooks.js starts its fetches).

lazyMembers('links', HTMLLinkElement, 'crossOrigin media integrity as sizes imageSrcset imageSizes '
    + 'referrerPolicy disabled fetchPriority target blocking sheet:r');
