// named-constructors.js: HTML's named constructors Image (#dom-image), Audio (#dom-audio) and
// Option (#dom-option), each making an element of the page's document; their prototypes are their
// interfaces' (WebIDL #named-constructors).

/** #dom-image: an img element, with width and height attributes if given (unsigned long). */
function Image() {
  requireNew(this, Image, 'Image');
  var img = document.createElement('img');
  if (arguments.length > 0 && arguments[0] !== undefined) {
    img.setAttribute('width', String(Number(arguments[0]) >>> 0));
  }
  if (arguments.length > 1 && arguments[1] !== undefined) {
    img.setAttribute('height', String(Number(arguments[1]) >>> 0));
  }
  return img;
}
Image.prototype = HTMLImageElement.prototype;

/** #dom-audio: an audio element whose preload is "auto", with the src given. */
function Audio() {
  requireNew(this, Audio, 'Audio');
  var audio = document.createElement('audio');
  audio.setAttribute('preload', 'auto');
  if (arguments.length > 0 && arguments[0] !== undefined) {
    audio.setAttribute('src', toDOMString(arguments[0]));
  }
  return audio;
}
Audio.prototype = HTMLAudioElement.prototype;

/**
 * #dom-option: an option element; its text a Text child if not empty, its value attribute if
 * given, defaultSelected its selected attribute, selected its selectedness.
 */
function Option() {
  requireNew(this, Option, 'Option');
  var text = arguments.length > 0 && arguments[0] !== undefined ? toDOMString(arguments[0]) : '';
  var option = document.createElement('option');
  if (text !== '') {
    option.appendChild(document.createTextNode(text));
  }
  if (arguments.length > 1 && arguments[1] !== undefined) {
    option.setAttribute('value', toDOMString(arguments[1]));
  }
  if (toBoolean(arguments[2])) {
    option.setAttribute('selected', '');
  }
  option.selected = toBoolean(arguments[3]);
  return option;
}
Option.prototype = HTMLOptionElement.prototype;

exposed.Image = Image;
exposed.Audio = Audio;
exposed.Option = Option;
