// html-canvas-members.js: HTMLCanvasElement's members (HTML #htmlcanvaselement), as stubs
// (webidl.js lazyMembers) that load the lazy module canvas (html-canvas-element.js).

lazyMembers('canvas', HTMLCanvasElement, 'width height getContext(1) toDataURL() toBlob(1)');
