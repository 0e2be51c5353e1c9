/** The display list (shared/display): composed frames as drawing operations every output draws. */
export type { BoxOp, DisplayList, DisplayOp, GlyphRunOp, GroupOp, Ink, LineOp, PathOp, PictureOp, PlaceholderOp } from './display-list';
export { BOX_STROKE_PT, displayList, frameOps, glyphRun, itemsOps, PLACEHOLDER_CROSS, PLACEHOLDER_CROSS_PT, PLACEHOLDER_FILL, type DisplayOptions } from './build';
export { cmykToCss, inkOf } from './ink';
export { forEachLeaf, type LeafOp } from './walk';
export { faceFamily } from './face-family';
export { diffDisplayLists, isUnchanged, opsBounds, pageDiffOverlay, DIFF_INKS, DIFF_STROKE_PT, type DiffLine, type LineChange, type ModuleChange, type ModuleChangeKind, type PageDiff, type Rect } from './page-diff';
export { GREEK_ALPHA, GREEK_HEIGHT_EM, GREEK_TOP_EM, marksSummary, movedMark, PICTURE_CSS, READABLE_EM_PX, runExtentPt, thumbnailMarks, type ThumbMark, type ThumbMarks } from './thumbnail';
