// html-image-members.js: HTMLImageElement's members (HTML #htmlimageelement) beside alt, src and
// name (html-element-attributes.js), as stubs (webidl.js lazyMembers) that load the lazy module
// images (html-image-element.js, which fetches and sizes images; resource-hooks.js starts its
// loads).

lazyMembers('images', HTMLImageElement, 'srcset sizes crossOrigin useMap isMap width height naturalWidth:r '
    + 'naturalHeight:r complete:r currentSrc:r referrerPolicy decoding loading fetchPriority decode() lowsrc '
    + 'align hspace vspace longDesc border x:r y:r');
