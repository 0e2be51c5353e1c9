/**
 * Folio's CJK composition engine (public API). Pure TS: runs unchanged in Node and in the browser; fonts come
 * in as bytes. Pipeline: shape (classes, widths, breaks) → breakLines → setLine (justify) → flowColumns → Frame.
 */
export { FONT_FILES, FONT_FILE_IDS, fontUrlPath, MAX_WEB_FONT_SLICES, metricsUrlPath, parseWebFontManifest, parseWebFontPath, sliceUrlPath, WEB_FONT_MANIFEST_PATH, webFontManifestSchema, type FontFileId, type WebFontManifest, type WebFontManifestFace } from './font-files';
export { faceMetricsFromBytes, syntheticFace, type FaceMetrics, type GlyphMetrics } from './fonts/face-metrics';
export { decodeMetricsFile, encodeMetricsFile, faceMetricsFromFile, sliceUnicodeRanges, type MetricsFileContent } from './fonts/metrics-file';
export { fontBookFromBytes, fontBookFromFaces, lazyFaceBook, lazyFontBook, singleFaceBook, DEFAULT_ROLE_FACES, type FontBook, type FontBytes, type FontRole } from './fonts/font-book';
export { C, classOf, type CharClass } from './classify';
export { DEFAULT_SETTINGS, isNoEnd, isNoStart, type CompositionSettings, type ProhibitionLevel } from './rules';
export { shapeRuns, shapeText, type StyledRun } from './shape';
export { FLAG, ShapedText, type Cluster } from './shaped-text';
export { breakLines, measureSpan, type LineSpan } from './linebreak';
export { GlyphStore, glyphCount, lineGlyphs, lineText, movedLine, setLine, type LineAlign, type LineGlyph, type SetLine } from './justify';
export { composeParagraph, styleRuns, PARAGRAPH_STYLES, type ComposedParagraph, type ParagraphKind, type ParagraphStyle } from './paragraph';
export { composeHeadline, headlinePhrases, HEADLINE_STYLES, type ComposedHeadline, type HeadlineKind, type HeadlineStyle } from './headline';
export { flowColumns, type FlowOptions, type FlowResult, type FlowUnit } from './columns';
export { composeStory } from './compose-story';
export type { ColumnLayout, PlacedLine, StoryLayout, StoryOptions } from './story-types';
export { checkLines, type Violation, type ViolationKind } from './violations';
export { storyFrame } from './to-frame';
export { BLACK, textGlyphs, textItem, type BoxItem, type Cmyk, type Frame, type FrameGlyph, type FrameItem, type GroupItem, type RuleItem, type TextItem } from './frame';
export { STORY_START, type TextPosition } from './text-position';
export { pushLine } from './to-frame';
export type { ModuleLayout, ModuleTextGlyph, ModuleTextLine, PageComposeCache, PageLayout, PageStories } from './page-types';
export { composePage, createPageComposeCache } from './page/compose-page';
export type { LinkedModule, PageLinks } from './page/continuation';
export { offPageLinkIds, pageLinksFrom, type OtherPage } from './page/page-links';
export { moduleFits, type ModuleFitFigures } from './page/module-fits';
export { moduleStoryOptions, pictureContent } from './page/module-context';
export { chineseDate, creditText, issueNumbers } from './page/furniture';
export { rowMeasure, MIN_MEASURE_EM, type RowMeasure, type WrapGrid, type WrapObstacle } from './wrap';
export { setVertical, verticalItems, type VerticalBlock, type VerticalColumn, type VerticalSet } from './vertical';
