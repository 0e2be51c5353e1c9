/**
 * The page composer's contract (版面合成): a page plan (shared/model PageView) + the placed stories' content +
 * fonts → one PageLayout. Every output draws the display list built from `PageLayout.frame` (shared/display) and
 * nothing else: that is how "screen = proof = plate" is kept.
 */
import type { StoryContent } from '../model/story';
import type { PageView } from '../model/page';
import type { Frame } from './frame';
import type { TextPosition } from './text-position';
import type { Violation } from './violations';

/** Where a module's text stops fitting: the first character that did not fit (block index, UTF-16 offset). */
export type { TextPosition };

/** A glyph's box on a module text line and the source text it shows (for proof marks). */
export interface ModuleTextGlyph {
  /** UTF-16 offset in the block's text, and how many units the glyph shows (2 for ——). */
  offset: number;
  length: number;
  /** Box left edge and width, pt, module-relative. */
  xPt: number;
  widthPt: number;
}

/** One composed text line of a story module, with where each glyph's characters are in the story. */
export interface ModuleTextLine {
  blockIndex: number;
  /** Baseline, pt from the module top. */
  baselinePt: number;
  sizePt: number;
  /** The ink box of the line's face at its size (its em box: ascent above, descent below the baseline), pt. */
  ascentPt: number;
  descentPt: number;
  glyphs: ModuleTextGlyph[];
  /** The column (or, for head lines, the module measure) the line is set in, pt, module-relative: a point is on
   *  this line's column when its x falls here (a short last line still owns the whole column width). */
  columnXPt?: number;
  columnWidthPt?: number;
}

/**
 * One module (稿件块) as composed on the page. Each module composer writes it as one object literal: built by
 * spreading a shared part (id, rectangle, frame) it made a scratch page composition ~10% slower (anchor-page bench).
 */
export interface ModuleLayout {
  moduleId: string;
  /** The module's rectangle on the page, pt from the trim box's top-left corner. */
  xPt: number;
  yPt: number;
  widthPt: number;
  heightPt: number;
  /** Everything the module draws (headline, body, picture slot, caption, border, 下转/上接 lines), relative to (xPt, yPt). */
  frame: Frame;
  /** 超 N 字: characters that did not fit (after any continuation took its share). */
  oversetChars: number;
  /** 空 N 行: body lines left empty at the end of the module. */
  spareLines: number;
  /** The first character that did not fit; null when everything fits. The editor puts the caret here. */
  overflowAt: TextPosition | null;
  /** Where this module's text starts in its story (non-zero for a continuation module). */
  startsAt: TextPosition;
  violations: Violation[];
  missingGlyphs: string[];
  /** Story modules: the text lines set (head and body) with source positions, so proof marks find their glyphs. */
  textLines?: ModuleTextLine[];
}

export interface PageLayout {
  pageId: string;
  widthPt: number;
  heightPt: number;
  modules: ModuleLayout[];
  /** The whole page in page coordinates: one group item per module (in module order), then the 栏线 rules. */
  frame: Frame;
  /** Characters missing from the fonts anywhere on the page (a preflight error later). */
  missingGlyphs: string[];
}

/** Story content by story id, for the stories the page's modules place. */
export type PageStories = ReadonlyMap<string, StoryContent>;

/**
 * Memo of composed modules between calls: a keystroke recomposes only the touched module (and the modules its
 * story continues into); every other module's layout is reused as is.
 */
export interface PageComposeCache {
  /** Number of module compositions actually run since the cache was made (for tests and benchmarks). */
  readonly composedCount: number;
}

export type { PageView };
/** Modules on other pages a page links to (下转/上接): see page/continuation.ts. */
export type { LinkedModule, PageLinks } from './page/continuation';
