// style.js: an element's inline style (CSSOM #the-elementcssinlinestyle-mixin), a
// CSSStyleDeclaration (#the-cssstyledeclaration-interface) over its style attribute: read from the
// attribute each time, and written back to it (#update-style-attribute-for). Its properties are
// headless Chromium 156's (an attribute each in camel case, and each with a dash in its CSS name
// too, #dom-cssstyledeclaration-dashed-attribute). A lazy module: loaded when a script first reads
// an element's style, CSSStyleDeclaration or getComputedStyle (computed-style.js).
//
// Values are kept in canonical form (css-specified-values.js), an invalid one dropped. The
// shorthands (margin, padding, inset, gap, overflow, flex, border and its sides, outline,
// list-style, text-decoration, transition, animation, font, background...: BLOCK_SHORTHANDS of
// computed-shorthands.js) are kept as their longhands (declarationsSet) and written back from them
// (blockShorthand, serializeDeclarations), as Chromium keeps them.
// Not done: the other shorthands (grid, grid-template, mask, offset...)
// stay one declaration, whose longhands read their parts of it (blockLonghand, computed-style.js),
// where Chromium keeps their longhands too; so do a shorthand with var() and a system font
// (Chromium: its longhands, each pending substitution).

function CSSStyleDeclaration() {
  illegalConstructor(this, CSSStyleDeclaration);
}

/** The IDL attribute names of the properties, as Chromium 156 has them on an element's style. */
var CSS_PROPERTY_NAMES = (
    'accentColor additiveSymbols alignContent alignItems alignSelf alignmentBaseline all '
    + 'anchorName anchorScope animation animationComposition animationDelay animationDirection '
    + 'animationDuration animationFillMode animationIterationCount animationName animationPlayState '
    + 'animationRange animationRangeEnd animationRangeStart animationTimeline '
    + 'animationTimingFunction animationTrigger appRegion appearance ascentOverride aspectRatio '
    + 'backdropFilter backfaceVisibility background backgroundAttachment backgroundBlendMode '
    + 'backgroundClip backgroundColor backgroundImage backgroundOrigin backgroundPosition '
    + 'backgroundPositionX backgroundPositionY backgroundRepeat backgroundSize basePalette '
    + 'baselineShift baselineSource blockSize border borderBlock borderBlockColor borderBlockEnd '
    + 'borderBlockEndColor borderBlockEndStyle borderBlockEndWidth borderBlockStart '
    + 'borderBlockStartColor borderBlockStartStyle borderBlockStartWidth borderBlockStyle '
    + 'borderBlockWidth borderBottom borderBottomColor borderBottomLeftRadius '
    + 'borderBottomRightRadius borderBottomStyle borderBottomWidth borderCollapse borderColor '
    + 'borderEndEndRadius borderEndStartRadius borderImage borderImageOutset borderImageRepeat '
    + 'borderImageSlice borderImageSource borderImageWidth borderInline borderInlineColor '
    + 'borderInlineEnd borderInlineEndColor borderInlineEndStyle borderInlineEndWidth '
    + 'borderInlineStart borderInlineStartColor borderInlineStartStyle borderInlineStartWidth '
    + 'borderInlineStyle borderInlineWidth borderLeft borderLeftColor borderLeftStyle '
    + 'borderLeftWidth borderRadius borderRight borderRightColor borderRightStyle borderRightWidth '
    + 'borderShape borderSpacing borderStartEndRadius borderStartStartRadius borderStyle borderTop '
    + 'borderTopColor borderTopLeftRadius borderTopRightRadius borderTopStyle borderTopWidth '
    + 'borderWidth bottom boxDecorationBreak boxShadow boxSizing breakAfter breakBefore breakInside '
    + 'bufferedRendering captionSide caretAnimation caretColor caretShape clear clip clipPath '
    + 'clipRule color colorInterpolation colorInterpolationFilters colorRendering colorScheme '
    + 'columnCount columnFill columnGap columnHeight columnRule columnRuleBreak columnRuleColor '
    + 'columnRuleInset columnRuleInsetCap columnRuleInsetCapEnd columnRuleInsetCapStart '
    + 'columnRuleInsetEnd columnRuleInsetJunction columnRuleInsetJunctionEnd '
    + 'columnRuleInsetJunctionStart columnRuleInsetStart columnRuleStyle columnRuleVisibilityItems '
    + 'columnRuleWidth columnSpan columnWidth columnWrap columns contain containIntrinsicBlockSize '
    + 'containIntrinsicHeight containIntrinsicInlineSize containIntrinsicSize containIntrinsicWidth '
    + 'container containerName containerType content contentVisibility cornerBlockEndShape '
    + 'cornerBlockStartShape cornerBottomLeftShape cornerBottomRightShape cornerBottomShape '
    + 'cornerEndEndShape cornerEndStartShape cornerInlineEndShape cornerInlineStartShape '
    + 'cornerLeftShape cornerRightShape cornerShape cornerStartEndShape cornerStartStartShape '
    + 'cornerTopLeftShape cornerTopRightShape cornerTopShape counterIncrement counterReset '
    + 'counterSet cursor cx cy d descentOverride direction display dominantBaseline '
    + 'dynamicRangeLimit emptyCells epubCaptionSide epubTextCombine epubTextEmphasis '
    + 'epubTextEmphasisColor epubTextEmphasisStyle epubTextOrientation epubTextTransform '
    + 'epubWordBreak epubWritingMode fallback fieldSizing fill fillOpacity fillRule filter flex '
    + 'flexBasis flexDirection flexFlow flexGrow flexLineCount flexShrink flexWrap float floodColor '
    + 'floodOpacity font fontDisplay fontFamily fontFeatureSettings fontKerning '
    + 'fontLanguageOverride fontOpticalSizing fontPalette fontSize fontSizeAdjust fontStretch '
    + 'fontStyle fontSynthesis fontSynthesisSmallCaps fontSynthesisStyle fontSynthesisWeight '
    + 'fontVariant fontVariantAlternates fontVariantCaps fontVariantEastAsian fontVariantEmoji '
    + 'fontVariantLigatures fontVariantNumeric fontVariantPosition fontVariationSettings fontWeight '
    + 'forcedColorAdjust frameSizing gap grid gridArea gridAutoColumns gridAutoFlow gridAutoRows '
    + 'gridColumn gridColumnEnd gridColumnGap gridColumnStart gridGap gridRow gridRowEnd gridRowGap '
    + 'gridRowStart gridTemplate gridTemplateAreas gridTemplateColumns gridTemplateRows height '
    + 'hyphenateCharacter hyphenateLimitChars hyphens imageOrientation imageRendering inherits '
    + 'initialLetter initialValue inlineSize inset insetBlock insetBlockEnd insetBlockStart '
    + 'insetInline insetInlineEnd insetInlineStart interactivity interestDelay interestDelayEnd '
    + 'interestDelayStart interpolateSize isolation justifyContent justifyItems justifySelf left '
    + 'letterSpacing lightingColor lineBreak lineGapOverride lineHeight listStyle listStyleImage '
    + 'listStylePosition listStyleType margin marginBlock marginBlockEnd marginBlockStart '
    + 'marginBottom marginInline marginInlineEnd marginInlineStart marginLeft marginRight marginTop '
    + 'marginTrim marker markerEnd markerMid markerStart mask maskClip maskComposite maskImage '
    + 'maskMode maskOrigin maskPosition maskRepeat maskSize maskType mathDepth mathShift mathStyle '
    + 'maxBlockSize maxHeight maxInlineSize maxWidth minBlockSize minHeight minInlineSize minWidth '
    + 'mixBlendMode navigation negative objectFit objectPosition objectViewBox offset offsetAnchor '
    + 'offsetDistance offsetPath offsetPosition offsetRotate opacity order orphans outline '
    + 'outlineColor outlineOffset outlineStyle outlineWidth overflow overflowAnchor overflowBlock '
    + 'overflowClipMargin overflowInline overflowWrap overflowX overflowY overlay overrideColors '
    + 'overscrollBehavior overscrollBehaviorBlock overscrollBehaviorInline overscrollBehaviorX '
    + 'overscrollBehaviorY pad padding paddingBlock paddingBlockEnd paddingBlockStart paddingBottom '
    + 'paddingInline paddingInlineEnd paddingInlineStart paddingLeft paddingRight paddingTop page '
    + 'pageBreakAfter pageBreakBefore pageBreakInside pageMarginSafety pageOrientation paintOrder '
    + 'perspective perspectiveOrigin placeContent placeItems placeSelf pointerEvents position '
    + 'positionAnchor positionArea positionTry positionTryFallbacks positionTryOrder '
    + 'positionVisibility prefix printColorAdjust quotes r range readingFlow readingOrder resize '
    + 'result right rotate rowGap rowRule rowRuleBreak rowRuleColor rowRuleInset rowRuleInsetCap '
    + 'rowRuleInsetCapEnd rowRuleInsetCapStart rowRuleInsetEnd rowRuleInsetJunction '
    + 'rowRuleInsetJunctionEnd rowRuleInsetJunctionStart rowRuleInsetStart rowRuleStyle '
    + 'rowRuleVisibilityItems rowRuleWidth rubyAlign rubyOverhang rubyPosition rule ruleBreak '
    + 'ruleColor ruleInset ruleInsetCap ruleInsetEnd ruleInsetJunction ruleInsetStart ruleOverlap '
    + 'ruleStyle ruleVisibilityItems ruleWidth rx ry scale scrollAxisLock scrollBehavior '
    + 'scrollInitialTarget scrollMargin scrollMarginBlock scrollMarginBlockEnd '
    + 'scrollMarginBlockStart scrollMarginBottom scrollMarginInline scrollMarginInlineEnd '
    + 'scrollMarginInlineStart scrollMarginLeft scrollMarginRight scrollMarginTop scrollMarkerGroup '
    + 'scrollPadding scrollPaddingBlock scrollPaddingBlockEnd scrollPaddingBlockStart '
    + 'scrollPaddingBottom scrollPaddingInline scrollPaddingInlineEnd scrollPaddingInlineStart '
    + 'scrollPaddingLeft scrollPaddingRight scrollPaddingTop scrollSnapAlign scrollSnapStop '
    + 'scrollSnapType scrollTargetGroup scrollTimeline scrollTimelineAxis scrollTimelineName '
    + 'scrollbarColor scrollbarGutter scrollbarWidth shapeImageThreshold shapeMargin shapeOutside '
    + 'shapeRendering size sizeAdjust speak speakAs src stopColor stopOpacity stroke '
    + 'strokeDasharray strokeDashoffset strokeLinecap strokeLinejoin strokeMiterlimit strokeOpacity '
    + 'strokeWidth suffix symbols syntax system tabSize tableLayout textAlign textAlignLast '
    + 'textAnchor textAutospace textBox textBoxEdge textBoxTrim textCombineUpright textDecoration '
    + 'textDecorationColor textDecorationLine textDecorationSkipInk textDecorationStyle '
    + 'textDecorationThickness textEmphasis textEmphasisColor textEmphasisPosition '
    + 'textEmphasisStyle textFit textIndent textJustify textOrientation textOverflow textRendering '
    + 'textShadow textSizeAdjust textSpacingTrim textTransform textUnderlineOffset '
    + 'textUnderlinePosition textWrap textWrapMode textWrapStyle timelineScope timelineTrigger '
    + 'timelineTriggerActivationRange timelineTriggerActivationRangeEnd '
    + 'timelineTriggerActivationRangeStart timelineTriggerActiveRange timelineTriggerActiveRangeEnd '
    + 'timelineTriggerActiveRangeStart timelineTriggerName timelineTriggerSource top touchAction '
    + 'transform transformBox transformOrigin transformStyle transition transitionBehavior '
    + 'transitionDelay transitionDuration transitionProperty transitionTimingFunction translate '
    + 'triggerScope types unicodeBidi unicodeRange userSelect vectorEffect verticalAlign '
    + 'viewTimeline viewTimelineAxis viewTimelineInset viewTimelineName viewTransitionClass '
    + 'viewTransitionGroup viewTransitionName viewTransitionScope visibility webkitAlignContent '
    + 'webkitAlignItems webkitAlignSelf webkitAnimation webkitAnimationDelay '
    + 'webkitAnimationDirection webkitAnimationDuration webkitAnimationFillMode '
    + 'webkitAnimationIterationCount webkitAnimationName webkitAnimationPlayState '
    + 'webkitAnimationTimingFunction webkitAppRegion webkitAppearance webkitBackfaceVisibility '
    + 'webkitBackgroundClip webkitBackgroundOrigin webkitBackgroundSize webkitBorderAfter '
    + 'webkitBorderAfterColor webkitBorderAfterStyle webkitBorderAfterWidth webkitBorderBefore '
    + 'webkitBorderBeforeColor webkitBorderBeforeStyle webkitBorderBeforeWidth '
    + 'webkitBorderBottomLeftRadius webkitBorderBottomRightRadius webkitBorderEnd '
    + 'webkitBorderEndColor webkitBorderEndStyle webkitBorderEndWidth webkitBorderHorizontalSpacing '
    + 'webkitBorderImage webkitBorderRadius webkitBorderStart webkitBorderStartColor '
    + 'webkitBorderStartStyle webkitBorderStartWidth webkitBorderTopLeftRadius '
    + 'webkitBorderTopRightRadius webkitBorderVerticalSpacing webkitBoxAlign '
    + 'webkitBoxDecorationBreak webkitBoxDirection webkitBoxFlex webkitBoxOrdinalGroup '
    + 'webkitBoxOrient webkitBoxPack webkitBoxReflect webkitBoxShadow webkitBoxSizing '
    + 'webkitClipPath webkitColumnBreakAfter webkitColumnBreakBefore webkitColumnBreakInside '
    + 'webkitColumnCount webkitColumnGap webkitColumnRule webkitColumnRuleColor '
    + 'webkitColumnRuleStyle webkitColumnRuleWidth webkitColumnSpan webkitColumnWidth webkitColumns '
    + 'webkitFilter webkitFlex webkitFlexBasis webkitFlexDirection webkitFlexFlow webkitFlexGrow '
    + 'webkitFlexShrink webkitFlexWrap webkitFontFeatureSettings webkitFontSmoothing '
    + 'webkitHyphenateCharacter webkitJustifyContent webkitLineBreak webkitLineClamp webkitLocale '
    + 'webkitLogicalHeight webkitLogicalWidth webkitMarginAfter webkitMarginBefore webkitMarginEnd '
    + 'webkitMarginStart webkitMask webkitMaskBoxImage webkitMaskBoxImageOutset '
    + 'webkitMaskBoxImageRepeat webkitMaskBoxImageSlice webkitMaskBoxImageSource '
    + 'webkitMaskBoxImageWidth webkitMaskClip webkitMaskComposite webkitMaskImage webkitMaskOrigin '
    + 'webkitMaskPosition webkitMaskPositionX webkitMaskPositionY webkitMaskRepeat webkitMaskSize '
    + 'webkitMaxLogicalHeight webkitMaxLogicalWidth webkitMinLogicalHeight webkitMinLogicalWidth '
    + 'webkitOpacity webkitOrder webkitPaddingAfter webkitPaddingBefore webkitPaddingEnd '
    + 'webkitPaddingStart webkitPerspective webkitPerspectiveOrigin webkitPerspectiveOriginX '
    + 'webkitPerspectiveOriginY webkitPrintColorAdjust webkitRtlOrdering webkitRubyPosition '
    + 'webkitShapeImageThreshold webkitShapeMargin webkitShapeOutside webkitTapHighlightColor '
    + 'webkitTextCombine webkitTextDecorationsInEffect webkitTextEmphasis webkitTextEmphasisColor '
    + 'webkitTextEmphasisPosition webkitTextEmphasisStyle webkitTextFillColor webkitTextOrientation '
    + 'webkitTextSecurity webkitTextSizeAdjust webkitTextStroke webkitTextStrokeColor '
    + 'webkitTextStrokeWidth webkitTransform webkitTransformOrigin webkitTransformOriginX '
    + 'webkitTransformOriginY webkitTransformOriginZ webkitTransformStyle webkitTransition '
    + 'webkitTransitionDelay webkitTransitionDuration webkitTransitionProperty '
    + 'webkitTransitionTimingFunction webkitUserDrag webkitUserModify webkitUserSelect '
    + 'webkitWritingMode whiteSpace whiteSpaceCollapse widows width willChange windowDrag wordBreak '
    + 'wordSpacing wordWrap writingMode x y zIndex zoom').split(' ');

/**
 * CSSOM #idl-attribute-to-css-property: camel case to the property's name (webkitX: -webkit-x).
 * A loop over the characters: with a regular expression the list took GraalJS 0.2 s at start.
 */
function cssPropertyName(attribute) {
  var name = '';
  var from = 0;
  for (var i = 0; i < attribute.length; i++) {
    var c = attribute.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      name += attribute.substring(from, i) + '-' + String.fromCharCode(c + 32);
      from = i + 1;
    }
  }
  name += attribute.substring(from);
  return name.indexOf('webkit-') === 0 || name.indexOf('epub-') === 0 ? '-' + name : name;
}

/** Each IDL attribute's property name, in CSS_PROPERTY_NAMES's order; the names as a set. */
var CSS_PROPERTY_DASHED = CSS_PROPERTY_NAMES.map(cssPropertyName);
var CSS_PROPERTIES = {};
CSS_PROPERTY_DASHED.forEach(function (name) {
  CSS_PROPERTIES[name] = true;
});

/**
 * CSS Cascade 5 #aliasing (#legacy-name-alias): the names Chromium 156 reads as another property's
 * at parse time and in the CSSOM, so a block keeps the property's name (-webkit-transform is
 * transform, word-wrap overflow-wrap). Each name of the first list is an alias of itself with
 * -webkit- before it; the second list is pairs, alias then property. (page-break-* and
 * -webkit-column-break-* map their values too: legacy shorthands, LEGACY_BREAKS below.)
 */
var LEGACY_ALIASES = {};
('align-content align-items align-self animation animation-delay animation-direction '
    + 'animation-duration animation-fill-mode animation-iteration-count animation-name '
    + 'animation-play-state animation-timing-function app-region appearance backface-visibility '
    + 'background-clip background-origin background-size border-bottom-left-radius '
    + 'border-bottom-right-radius border-radius border-top-left-radius border-top-right-radius '
    + 'box-shadow box-sizing clip-path column-count column-gap column-rule column-rule-color '
    + 'column-rule-style column-rule-width column-span column-width columns filter flex flex-basis '
    + 'flex-direction flex-flow flex-grow flex-shrink flex-wrap font-feature-settings '
    + 'hyphenate-character justify-content mask mask-clip mask-composite mask-image mask-origin '
    + 'mask-position mask-repeat mask-size opacity order perspective perspective-origin '
    + 'print-color-adjust shape-image-threshold shape-margin shape-outside text-emphasis '
    + 'text-emphasis-color text-emphasis-position text-emphasis-style text-size-adjust transform '
    + 'transform-origin transform-style transition transition-delay transition-duration '
    + 'transition-property transition-timing-function user-select').split(' ').forEach(function (name) {
  LEGACY_ALIASES['-webkit-' + name] = name;
});
var LEGACY_ALIAS_PAIRS = ('grid-column-gap column-gap grid-gap gap grid-row-gap row-gap -webkit-border-after '
    + 'border-block-end -webkit-border-after-color border-block-end-color -webkit-border-after-style '
    + 'border-block-end-style -webkit-border-after-width border-block-end-width -webkit-border-before '
    + 'border-block-start -webkit-border-before-color border-block-start-color '
    + '-webkit-border-before-style border-block-start-style -webkit-border-before-width '
    + 'border-block-start-width -webkit-border-end border-inline-end -webkit-border-end-color '
    + 'border-inline-end-color -webkit-border-end-style border-inline-end-style '
    + '-webkit-border-end-width border-inline-end-width -webkit-border-start border-inline-start '
    + '-webkit-border-start-color border-inline-start-color -webkit-border-start-style '
    + 'border-inline-start-style -webkit-border-start-width border-inline-start-width '
    + '-webkit-logical-height block-size -webkit-logical-width inline-size -webkit-margin-after '
    + 'margin-block-end -webkit-margin-before margin-block-start -webkit-margin-end margin-inline-end '
    + '-webkit-margin-start margin-inline-start -webkit-max-logical-height max-block-size '
    + '-webkit-max-logical-width max-inline-size -webkit-min-logical-height min-block-size '
    + '-webkit-min-logical-width min-inline-size -webkit-padding-after padding-block-end '
    + '-webkit-padding-before padding-block-start -webkit-padding-end padding-inline-end '
    + '-webkit-padding-start padding-inline-start word-wrap overflow-wrap').split(' ');
for (var la = 0; la < LEGACY_ALIAS_PAIRS.length; la += 2) {
  LEGACY_ALIASES[LEGACY_ALIAS_PAIRS[la]] = LEGACY_ALIAS_PAIRS[la + 1];
}

/**
 * CSS Fragmentation #page-break-properties (and Chromium's -webkit-column-break-*): legacy
 * shorthands of break-before, break-after and break-inside, their always being page (or column).
 */
var LEGACY_BREAKS = {'page-break-before': 'page', 'page-break-after': 'page', 'page-break-inside': 'page',
  '-webkit-column-break-before': 'column', '-webkit-column-break-after': 'column',
  '-webkit-column-break-inside': 'column'};

/** A legacy break shorthand's declaration as its longhand's {name, value}; null when it is not one. */
function legacyBreakDeclaration(name, value) {
  if (!Object.prototype.hasOwnProperty.call(LEGACY_BREAKS, name)) {
    return null;
  }
  var v = value.toLowerCase();
  var inside = /-inside$/.test(name);
  var mapped = !inside && v === 'always' ? LEGACY_BREAKS[name]
      : /^(auto|avoid)$/.test(v) || (!inside && /^(left|right)$/.test(v)) || CSS_WIDE.test(v) ? v : null;
  return mapped === null ? {name: null} : {name: 'break-' + name.replace(/^.*-/, ''), value: mapped};
}

/** A legacy break shorthand's value, read from its longhand's ("" for a value it cannot say). */
function legacyBreakValue(name, longhandValue) {
  var v = longhandValue;
  return v === LEGACY_BREAKS[name] && !/-inside$/.test(name) ? 'always'
      : /^(auto|avoid|left|right)$/.test(v) || CSS_WIDE.test(v) ? v : '';
}

/**
 * A property name as a declaration block keeps it: custom properties as written, others
 * lower-cased, a legacy name alias as the property it names.
 */
function cssName(property) {
  if (property.substring(0, 2) === '--') {
    return property;
  }
  var lower = property.toLowerCase();
  return Object.prototype.hasOwnProperty.call(LEGACY_ALIASES, lower) ? LEGACY_ALIASES[lower] : lower;
}

function isSupportedProperty(name) {
  return name.substring(0, 2) === '--' ? name.length > 2
      : Object.prototype.hasOwnProperty.call(CSS_PROPERTIES, name);
}

/**
 * The text split at the top-level occurrences of {@code separator} (outside quotes, brackets and
 * comments, which are dropped), each part's whitespace runs collapsed and its ends trimmed; null
 * where a bracket is left open or closed unopened.
 */
function cssSplit(text, separator) {
  var parts = [];
  var cur = '';
  var depth = [];
  var quote = null;
  for (var i = 0; i < text.length; i++) {
    if (quote === null) {
      var special = cssPlainEnd(text, i); // a run of ordinary characters copied whole (css-syntax.js)
      if (special > i) {
        cur += text.substring(i, special);
        i = special;
        if (i >= text.length) {
          break;
        }
      }
    }
    var c = text.charAt(i);
    if (quote !== null) {
      cur += c;
      if (c === '\\' && i + 1 < text.length) {
        cur += text.charAt(++i);
      } else if (c === quote) {
        quote = null;
      }
    } else if (c === '/' && text.charAt(i + 1) === '*') {
      var end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      cur += ' ';
    } else if (c === '"' || c === "'") {
      quote = c;
      cur += c;
    } else if (c === '(' || c === '[' || c === '{') {
      depth.push(c === '(' ? ')' : c === '[' ? ']' : '}');
      cur += c;
    } else if (c === ')' || c === ']' || c === '}') {
      if (depth.pop() !== c) {
        return null;
      }
      cur += c;
    } else if (c === separator && depth.length === 0) {
      parts.push(cur);
      cur = '';
    } else {
      cur += /[\t\n\f\r ]/.test(c) ? ' ' : c;
    }
  }
  if (depth.length > 0) {
    return null;
  }
  parts.push(cur);
  return parts.map(function (p) {
    if (p.indexOf('  ') >= 0) {
      p = p.replace(/ {2,}/g, ' ');
    }
    return p.charAt(0) === ' ' || p.charAt(p.length - 1) === ' ' ? p.replace(/^ | $/g, '') : p;
  });
}

/** A value and its priority from a declaration's text after the colon; null for no value (but a custom property's). */
function cssValue(text, custom) {
  if (text.indexOf('!') < 0) {
    return text === '' && !custom ? null : {value: text, important: false};
  }
  var m = /^(.*?)\s*!\s*important$/i.exec(text);
  var value = m ? m[1] : text;
  return (value === '' && !custom) || /!/.test(value) ? null : {value: value, important: !!m};
}

/**
 * CSSOM #parse-a-css-declaration-block, for a style attribute: name: value [!important] pairs
 * separated by semicolons; a declaration of an unsupported property, without a value or with one
 * invalid for the property (#parse-a-css-value), is dropped; a later one of a property replaces
 * the earlier (not an important one by one that is not, as in Chromium 156); values in canonical
 * form (css-specified-values.js), a box shorthand as its longhands (declarationsSet).
 */
function parseDeclarations(text) {
  var out = [];
  (cssSplit(text, ';') || []).forEach(function (part) {
    var colon = part.indexOf(':');
    if (colon <= 0) {
      return;
    }
    var end = part.charAt(colon - 1) === ' ' ? colon - 1 : colon;
    var name = cssName(part.substring(0, end));
    // CSS Variables #defining-variables: a custom property's value may be empty
    var v = cssValue(part.substring(part.charAt(colon + 1) === ' ' ? colon + 2 : colon + 1), name.substring(0, 2) === '--');
    var legacy = v === null ? null : legacyBreakDeclaration(name, v.value);
    if (legacy !== null) {
      name = legacy.name;
      v = name === null ? null : {value: legacy.value, important: v.important};
    }
    var value = v !== null && isSupportedProperty(name) ? specifiedValue(name, v.value) : null; // css-specified-values.js
    if (value !== null) {
      var set = declarationsSet(name, value, v.important);
      if (set.length > 1 || BLOCK_SHORTHANDS[name] !== undefined) {
        out = withoutCovered(out, set, true);
      }
      set.forEach(function (decl) {
        var earlier = findDeclaration(out, decl.name);
        if (earlier !== null && earlier.important && !decl.important) {
          return; // an important declaration wins over a later one in its block, as in Chromium 156
        }
        if (earlier !== null) {
          out.splice(out.indexOf(earlier), 1);
        }
        out.push(decl);
      });
    }
  });
  return out;
}

/**
 * CSSOM #set-a-css-declaration's declarations: a shorthand of BLOCK_SHORTHANDS
 * (computed-shorthands.js) as its longhands, each its part of the value in canonical form, as a
 * browser keeps them; another property, or a shorthand with var() (its longhands pending
 * substitution, CSS Variables #variables-in-shorthands), as the one declaration.
 */
function declarationsSet(name, value, important) {
  var one = [{name: name, value: value, important: important}];
  var shorthand = BLOCK_SHORTHANDS[name];
  if (shorthand === undefined || /var\(/i.test(value)) {
    return one;
  }
  var parts = blockParts(name, value); // computed-shorthands.js
  var out = [];
  var longhands = shorthand.wideLonghands !== undefined && (CSS_WIDE.test(value)
      || (shorthand.wideValues !== undefined && shorthand.wideValues.test(value))) ? shorthand.wideLonghands
    : shorthand.longhands;
  for (var i = 0; parts !== null && i < longhands.length; i++) {
    var longhand = longhands[i];
    var part = parts[longhand];
    var canonical = part === null || part === undefined || part === '' ? null : specifiedValue(longhand, part);
    if (canonical === null) {
      return one;
    }
    out.push({name: longhand, value: canonical, important: important});
  }
  return parts === null ? one : out;
}

/**
 * The declarations without those of other properties whose longhands the declarations set all set
 * (a shorthand kept whole for its var() sets each of its longhands, CSS Variables
 * #variables-in-shorthands, as a shorthand's longhands replace it); keepImportant keeps an important
 * one that normal ones would replace (a block's parse, as in Chromium 156).
 */
function withoutCovered(decls, set, keepImportant) {
  var covered = Object.create(null);
  var named = Object.create(null);
  set.forEach(function (d) {
    named[d.name] = true;
    blockLonghands(d.name).forEach(function (longhand) {
      covered[longhand] = true;
    });
  });
  return decls.filter(function (e) {
    return named[e.name] === true || (keepImportant && e.important && !set[0].important)
        || !blockLonghands(e.name).every(function (longhand) {
          return covered[longhand] === true;
        });
  });
}

/** A property's longhands: a shorthand of BLOCK_SHORTHANDS' (computed-shorthands.js), else itself. */
function blockLonghands(name) {
  var shorthand = BLOCK_SHORTHANDS[name];
  return shorthand === undefined ? [name] : shorthand.longhands;
}

/**
 * CSSOM #serialize-a-css-declaration-block: the longhands of a shorthand (BLOCK_SHORTHANDS,
 * computed-shorthands.js), each declared in the block with one importance and without var(), are
 * written as the shorthand where the first of them is (the one with the most longhands first);
 * parsing it back sets the longhands again (declarationsSet).
 */
function serializeDeclarations(decls) {
  return serializedItems(decls).items.join(' ');
}

/**
 * serializeDeclarations' items, {items, owner}: each item's text, and the item each property's
 * declaration is written in (by name).
 */
function serializedItems(decls) {
  var written = {};
  var items = [];
  var owner = Object.create(null);
  var byName = declarationMap(decls);
  decls.forEach(function (d) {
    if (written[d.name]) {
      return;
    }
    var shorthand = composedShorthand(byName, d.name, written);
    if (shorthand === null) {
      owner[d.name] = items.length;
    } else {
      BLOCK_SHORTHANDS[shorthand.substring(0, shorthand.indexOf(':'))].longhands.forEach(function (longhand) {
        owner[longhand] = items.length;
      });
    }
    items.push(shorthand !== null ? shorthand : declarationText(d));
  });
  return {items: items, owner: owner};
}

/** A declaration written alone: name: value [!important]; */
function declarationText(d) {
  return d.name + ': ' + d.value + (d.important ? ' !important' : '') + ';';
}

/** The declarations by property name (the first of a name, as findDeclaration finds it). */
function declarationMap(decls) {
  var out = Object.create(null);
  for (var i = decls.length - 1; i >= 0; i--) {
    out[decls[i].name] = decls[i];
  }
  return out;
}

/** The declaration of the shorthand that writes the longhand name and others (byName: declarationMap's), or null. */
function composedShorthand(byName, name, written) {
  var best = null;
  composingShorthands(name).forEach(function (shorthand) {
    var longhands = BLOCK_SHORTHANDS[shorthand].longhands;
    if (best !== null) {
      return;
    }
    var own = [];
    for (var i = 0; i < longhands.length; i++) {
      var d = byName[longhands[i]] || null;
      // each declared, with one importance, none with var() (CSS Variables #variables-in-shorthands)
      if (d === null || written[d.name] || (own.length > 0 && d.important !== own[0].important) || /var\(/i.test(d.value)) {
        return;
      }
      own.push(d);
    }
    var value = shorthandText(shorthand, own.map(function (d) {
      return d.value;
    })); // computed-shorthands.js
    if (value !== '') {
      best = shorthand + ': ' + value + (own[0].important ? ' !important' : '') + ';';
      longhands.forEach(function (l) {
        written[l] = true;
      });
    }
  });
  return best;
}

/** The shorthands of BLOCK_SHORTHANDS a longhand is one of, the one with the most longhands first. */
function composingShorthands(name) {
  if (composing === null) {
    composing = {};
    Object.keys(BLOCK_SHORTHANDS).sort(function (a, b) {
      return BLOCK_SHORTHANDS[b].longhands.length - BLOCK_SHORTHANDS[a].longhands.length;
    }).forEach(function (shorthand) {
      BLOCK_SHORTHANDS[shorthand].longhands.forEach(function (longhand) {
        (composing[longhand] = composing[longhand] || []).push(shorthand);
      });
    });
  }
  return Object.prototype.hasOwnProperty.call(composing, name) ? composing[name] : [];
}
var composing = null;

function styleElement(style) {
  return slotOf(style, 'CSSStyleDeclaration').element;
}

function declarationsOf(style) {
  var s = slotOf(style, 'CSSStyleDeclaration');
  return s.owner ? s.owner.declarations.slice() : declarationsFor(s.element);
}

/** The declarations of an element's style attribute. */
function declarationsFor(el) {
  var v = host.domAttribute(elementHandle(el), 'style');
  if (v === null) {
    return [];
  }
  // the last texts parsed (a script that sets a style reads back what it wrote): a copy of the
  // list, whose declarations no one changes
  if (!Object.prototype.hasOwnProperty.call(attributeDeclarations, v)) {
    rememberDeclarations(v, parseDeclarations(v));
  }
  return attributeDeclarations[v].decls.slice();
}
var attributeDeclarations = {};
var attributeDeclarationsSize = 0;

function rememberDeclarations(text, decls, serialized) {
  if (attributeDeclarationsSize >= 64) {
    attributeDeclarations = {};
    attributeDeclarationsSize = 0;
  }
  // serialized: the items this host wrote the text as (writeDeclarations), for changedItems
  attributeDeclarations[text] = {decls: decls.slice(), serialized: serialized};
  attributeDeclarationsSize++;
}

/**
 * #update-style-attribute-for: the attribute becomes the block's serialization; a rule's
 * declarations (css-rules.js) are its block.
 */
function writeDeclarations(style, decls, changed) {
  var s = slotOf(style, 'CSSStyleDeclaration');
  if (s.owner) {
    s.owner.declarations = decls;
    styleSheetsVersion++;
    s.version = -1; // its items follow at once
    return;
  }
  var el = elementHandle(styleElement(style));
  var serialized = changed !== undefined ? changedItems(host.domAttribute(el, 'style'), changed) : null;
  if (serialized === null) {
    serialized = serializedItems(decls);
  }
  var text = serialized.items.join(' ');
  hostSetAttribute(el, 'style', text);
  // parsing the text gives these declarations back (canonical values serialize and parse to
  // themselves; a shorthand written from longhands sets them again, in their place)
  rememberDeclarations(text, decls, serialized);
}

/**
 * The items of a block's last serialization (previous: its text) with one declaration of a
 * property no shorthand is written from set in its place or added at the end, which is what
 * serializing the whole block again gives (its other items do not depend on it); null where that
 * serialization is not remembered.
 */
function changedItems(previous, decl) {
  var before = previous === null || !Object.prototype.hasOwnProperty.call(attributeDeclarations, previous) ? undefined
    : attributeDeclarations[previous].serialized;
  if (before === undefined) {
    return null;
  }
  var items = before.items.slice();
  var owner = before.owner;
  if (owner[decl.name] !== undefined) {
    items[owner[decl.name]] = declarationText(decl);
  } else {
    var copy = Object.create(null);
    Object.keys(owner).forEach(function (name) {
      copy[name] = owner[name];
    });
    copy[decl.name] = items.length;
    owner = copy;
    items.push(declarationText(decl));
  }
  return {items: items, owner: owner};
}

/** #dom-cssstylerule-style: the declarations of a rule (its slot: owner), as a [SameObject]. */
function ruleStyle(rule, owner) {
  var style = makeIndexed(CSSStyleDeclaration.prototype, 'CSSStyleDeclaration', function () {
    return owner.declarations.map(function (d) {
      return d.name;
    });
  }, true);
  style[SLOT].owner = owner;
  style[SLOT].rule = rule;
  return style;
}

function findDeclaration(decls, name) {
  for (var i = 0; i < decls.length; i++) {
    if (decls[i].name === name) {
      return decls[i];
    }
  }
  return null;
}

/** The element's [SameObject] style: one CSSStyleDeclaration, its items the properties set. */
function styleOf(el) {
  var s = slotOf(el, 'Element');
  if (!s.style) {
    var style = makeIndexed(CSSStyleDeclaration.prototype, 'CSSStyleDeclaration', function () {
      return declarationsFor(el).map(function (d) {
        return d.name;
      });
    }, true);
    style[SLOT].element = el;
    s.style = style;
  }
  return s.style;
}

/** #dom-cssstyledeclaration-setproperty, with the value converted. */
function setStyleProperty(style, property, value, priority) {
  var name = cssName(property);
  if (!isSupportedProperty(name)) {
    return;
  }
  if (value === '') {
    removeStyleProperty(style, name);
    return;
  }
  if (priority !== '' && priority.toLowerCase() !== 'important') {
    return;
  }
  var parts = cssSplit(value, ';');
  if (parts === null || parts.length !== 1 || parts[0] === '' || /!/.test(parts[0])) {
    return; // not a value of one declaration
  }
  var legacy = legacyBreakDeclaration(name, parts[0]);
  if (legacy !== null) {
    name = legacy.name;
  }
  var value = name === null ? null : specifiedValue(name, legacy !== null ? legacy.value : parts[0]); // css-specified-values.js
  if (value === null) {
    return; // #dom-cssstyledeclaration-setproperty step 5: not a value of the property
  }
  var set = declarationsSet(name, value, priority !== '');
  var decls = declarationsOf(style); // a list of its own
  if (set.length > 1 || BLOCK_SHORTHANDS[name] !== undefined) {
    decls = withoutCovered(decls, set, false);
  }
  var at = Object.create(null);
  for (var i = decls.length - 1; i >= 0; i--) {
    at[decls[i].name] = i;
  }
  set.forEach(function (decl) {
    if (at[decl.name] !== undefined) {
      decls[at[decl.name]] = decl; // a property set again keeps its place
    } else {
      at[decl.name] = decls.length;
      decls.push(decl);
    }
  });
  // one declaration of a property no shorthand is written from, none of its own: its item alone changes
  var alone = set.length === 1 && BLOCK_SHORTHANDS[name] === undefined && composingShorthands(name).length === 0;
  writeDeclarations(style, decls, alone ? set[0] : undefined);
}

/** #dom-cssstyledeclaration-removeproperty: the old value, or ''. */
function removeStyleProperty(style, property) {
  var name = cssName(property);
  if (Object.prototype.hasOwnProperty.call(LEGACY_BREAKS, name)) {
    name = 'break-' + name.replace(/^.*-/, '');
  }
  var decls = declarationsOf(style);
  var old = findDeclaration(decls, name);
  if (old === null && BLOCK_SHORTHANDS[name] !== undefined) {
    // step 5: a shorthand's longhands are removed, its value the shorthand's before
    var value = blockShorthand(decls, name).value;
    var longhands = BLOCK_SHORTHANDS[name].longhands;
    writeDeclarations(style, decls.filter(function (d) {
      return longhands.indexOf(d.name) < 0;
    }));
    return value === null ? '' : value;
  }
  if (old === null) {
    return '';
  }
  writeDeclarations(style, decls.filter(function (d) {
    return d !== old;
  }));
  return old.value;
}

var STYLE_CONTEXT = "'%s' on 'CSSStyleDeclaration'";

/** Whether the declaration is getComputedStyle's (computed-style.js), which is read-only. */
function isComputed(style) {
  return slotOf(style, 'CSSStyleDeclaration').computed === true;
}

/** CSSOM #dom-cssstyledeclaration-setproperty step 1: a computed declaration's readonly flag. */
function readOnlyError(what, property) {
  return new DOMException('Failed to ' + what + ': These styles are computed, and therefore '
      + (property === null ? 'read-only.' : "the '" + property + "' property is read-only."),
      'NoModificationAllowedError');
}

defineAccessor(CSSStyleDeclaration.prototype, 'cssText', function () {
  // A computed declaration serializes as Chromium's does: to nothing.
  return isComputed(this) ? '' : serializeDeclarations(declarationsOf(this));
}, function (v) {
  if (isComputed(this)) {
    throw readOnlyError("set the 'cssText' property on 'CSSStyleDeclaration'", null);
  }
  writeDeclarations(this, parseDeclarations(v === null ? '' : toDOMString(v)));
});
defineAccessor(CSSStyleDeclaration.prototype, 'length', function () {
  return itemsOf(this, 'CSSStyleDeclaration').length;
});
defineAccessor(CSSStyleDeclaration.prototype, 'parentRule', function () {
  return slotOf(this, 'CSSStyleDeclaration').rule || null;
});
defineAccessor(CSSStyleDeclaration.prototype, 'cssFloat', function () {
  return this.getPropertyValue('float');
}, function (v) {
  if (isComputed(this)) {
    throw readOnlyError("set the 'cssFloat' property on 'CSSStyleDeclaration'", 'float');
  }
  setStyleProperty(this, 'float', v === null ? '' : toDOMString(v), '');
});
defineMethods(CSSStyleDeclaration.prototype, {
  item: function (index) {
    var items = itemsOf(this, 'CSSStyleDeclaration');
    requireArgs(arguments, 1, 'execute ' + STYLE_CONTEXT.replace('%s', 'item'));
    var i = toUint32(index);
    return i < items.length ? items[i] : '';
  },
  getPropertyValue: function (property) {
    slotOf(this, 'CSSStyleDeclaration');
    requireArgs(arguments, 1, 'execute ' + STYLE_CONTEXT.replace('%s', 'getPropertyValue'));
    if (isComputed(this)) {
      return computedStyleValue(styleElement(this), cssName(toDOMString(property)));
    }
    var decls = declarationsOf(this);
    var name = cssName(toDOMString(property));
    if (Object.prototype.hasOwnProperty.call(LEGACY_BREAKS, name)) {
      var longhand = blockLonghand(decls, 'break-' + name.replace(/^.*-/, '')).value;
      return longhand === null ? '' : legacyBreakValue(name, longhand);
    }
    var found = blockShorthand(decls, name) || blockLonghand(decls, name); // computed-shorthands.js, computed-style.js
    return found.value === null ? '' : found.value;
  },
  getPropertyPriority: function (property) {
    slotOf(this, 'CSSStyleDeclaration');
    requireArgs(arguments, 1, 'execute ' + STYLE_CONTEXT.replace('%s', 'getPropertyPriority'));
    if (isComputed(this)) {
      return '';
    }
    var decls = declarationsOf(this);
    var name = cssName(toDOMString(property));
    var shorthand = blockShorthand(decls, name);
    if (shorthand !== undefined) {
      return shorthand.value !== null && shorthand.important ? 'important' : '';
    }
    var found = blockLonghand(decls, name);
    return found.value !== null && found.declaration.important ? 'important' : '';
  },
  setProperty: function (property, value) {
    slotOf(this, 'CSSStyleDeclaration');
    requireArgs(arguments, 2, 'execute ' + STYLE_CONTEXT.replace('%s', 'setProperty'));
    if (isComputed(this)) {
      throw readOnlyError('execute ' + STYLE_CONTEXT.replace('%s', 'setProperty'), toDOMString(property));
    }
    // value is [LegacyNullToEmptyString]; priority an optional DOMString, '' by default.
    setStyleProperty(this, toDOMString(property), value === null ? '' : toDOMString(value),
        arguments[2] === undefined ? '' : toDOMString(arguments[2]));
  },
  removeProperty: function (property) {
    slotOf(this, 'CSSStyleDeclaration');
    requireArgs(arguments, 1, 'execute ' + STYLE_CONTEXT.replace('%s', 'removeProperty'));
    if (isComputed(this)) {
      throw readOnlyError('execute ' + STYLE_CONTEXT.replace('%s', 'removeProperty'), toDOMString(property));
    }
    return removeStyleProperty(this, toDOMString(property));
  }
});
// #dom-cssstyledeclaration-camel-cased-attribute and -dashed-attribute: getPropertyValue and
// setProperty of the property ([LegacyNullToEmptyString]).
// One defineProperties of them all (GraalJS defines a map of them four times as fast as one by one).
var propertyAccessors = {};
CSS_PROPERTY_NAMES.forEach(function (attribute, i) {
  var name = CSS_PROPERTY_DASHED[i];
  function get() {
    return this.getPropertyValue(name);
  }
  function accessor(idl) {
    return {get: get, set: function (v) {
      if (isComputed(this)) {
        throw readOnlyError("set a named property '" + idl + "' on 'CSSStyleDeclaration'", name);
      }
      setStyleProperty(this, name, v === null ? '' : toDOMString(v), '');
    }, enumerable: true, configurable: true};
  }
  propertyAccessors[attribute] = accessor(attribute);
  if (name.indexOf('-') >= 0) {
    propertyAccessors[name] = accessor(name);
  }
});
Object.defineProperties(CSSStyleDeclaration.prototype, propertyAccessors);
setTag(CSSStyleDeclaration.prototype, 'CSSStyleDeclaration');
exposed.CSSStyleDeclaration = CSSStyleDeclaration;
