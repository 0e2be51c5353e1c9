/**
 * What composing one module needs besides fonts: its plan, the page template, its story text and where in the
 * story it starts, and the jump lines (下转/上接) its continuation calls for. Also the module's composer options
 * (grid → StoryOptions), shared with electron/services/page-fit.ts.
 */
import { bodyColumnChars, gridSpanChars, type ModuleView, type PageTemplate } from '../../model';
import type { StoryContent } from '../../model/story';
import type { StyleSheet } from '../../model/style-sheet';
import type { ComposeMemo } from '../compose-memo';
import type { StoryOptions } from '../story-types';
import type { HeadlineKind, HeadlineStyle } from '../headline';
import type { TextPosition } from '../text-position';
import { charsToPt } from '../../units';

/** A 下转第X版 / 上接第X版 line; pageNumber null when the other module's page is not known (printed without X). */
export interface JumpLine {
  pageNumber: number | null;
}

export interface ModuleContext {
  template: PageTemplate;
  module: ModuleView;
  /** The text to set (the placed story, or a bare picture's caption); null when there is none. */
  content: StoryContent | null;
  /** Where this module's text starts in the story. */
  startsAt: TextPosition;
  /** The story goes on in another module: what does not fit here is not overset. */
  continues: boolean;
  /** 下转 line at the module's foot (the continuation is on another page). */
  jumpTo: JumpLine | null;
  /** 上接 line at the top of the body (continued from another page). */
  jumpFrom: JumpLine | null;
  /** The paper's style sheet (absent: the house styles). */
  styleSheet?: StyleSheet;
  /** Paragraphs and heads set before (the page compose cache's memo, or this composition's). */
  memo?: ComposeMemo;
  /**
   * The page cache's slot for this module while its plan, place, template, sheet and fonts stay the same (only
   * its text may have changed): the module composer keeps there what it needs to splice the next edit in.
   */
  reuse?: ModuleReuse;
}

/** What a module composer kept of its last composition of the module (opaque to the page cache). */
export interface ModuleReuse {
  last: unknown;
}

function headlineStyles(m: ModuleView): Partial<Record<HeadlineKind, Partial<HeadlineStyle>>> {
  const style = (sizePt: number | null): Partial<HeadlineStyle> => ({ align: m.headline.align, ...(sizePt ? { sizePt } : {}) });
  return {
    kicker: style(m.headline.kickerSizePt),
    headline: style(m.headline.headlineSizePt),
    subheadline: style(m.headline.subheadlineSizePt),
  };
}

/**
 * Composer options for a module: its 破栏 body columns at their exact widths (五破三 = 22/22/23 字), the grid's
 * gutter and pitch, the head measure (headline.spanColumns base columns, or the whole module) and head sizes.
 * A picture module sets its caption across the whole module.
 */
export function moduleStoryOptions(t: PageTemplate, m: ModuleView, styleSheet?: StyleSheet): StoryOptions {
  const { bodySizePt, gutterChars, linePitchPt } = t.grid;
  const bodyColumns = m.kind === 'story' ? m.bodyColumns : 1;
  const widthsChars = m.kind === 'story' ? bodyColumnChars(t.grid, m.columnSpan, bodyColumns) : [gridSpanChars(t.grid, m.columnSpan)];
  const headColumns = Math.min(m.headline.spanColumns ?? m.columnSpan, m.columnSpan);
  return {
    bodySizePt,
    columnWidthsPt: widthsChars.map((c) => charsToPt(c, bodySizePt)),
    gutterPt: charsToPt(gutterChars, bodySizePt),
    pitchPt: linePitchPt,
    headWidthPt: charsToPt(gridSpanChars(t.grid, headColumns), bodySizePt),
    headlineStyles: headlineStyles(m),
    ...(styleSheet ? { styleSheet } : {}),
  };
}

/** A bare picture's caption and credit as a story (null when it has neither). */
export function pictureContent(m: ModuleView): StoryContent | null {
  if (!m.picture || (m.picture.caption === '' && m.picture.credit === '')) return null;
  return { blocks: [{ type: 'figure', image: null, caption: [{ text: m.picture.caption }], credit: [{ text: m.picture.credit }] }] };
}
