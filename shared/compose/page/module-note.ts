/**
 * A module that cannot be set (story missing from the desk, in the trash, not loaded, or no story placed yet) is
 * still drawn: an outlined box with a note saying why, so the page always composes and nothing moves.
 */
import { moduleRectPt, type ModuleView, type PageTemplate } from '../../model';
import type { FontBook } from '../fonts/font-book';
import type { ModuleLayout } from '../page-types';
import { STORY_START } from '../text-position';
import { NOTE_GREY, shortLineItems } from './frame-items';

/** Why the module shows a note instead of text. */
export function moduleNote(m: ModuleView, loaded: boolean): string {
  if (!m.story) return '待排稿件';
  const title = m.story.title ? `「${m.story.title}」` : '';
  if (m.story.state === 'missing') return '稿件不存在';
  if (m.story.state === 'trashed') return `稿件已删除${title}`;
  return loaded ? '' : `稿件未载入${title}`;
}

export function composeNoteModule(t: PageTemplate, m: ModuleView, note: string, fonts: FontBook): ModuleLayout {
  const rect = moduleRectPt(t, m);
  const missing = new Set<string>();
  const sizePt = t.grid.bodySizePt;
  const text = shortLineItems(fonts, { text: note, role: 'hei', sizePt, xPt: 0, widthPt: rect.widthPt, yPt: rect.heightPt / 2 + sizePt / 2, align: 'center', color: NOTE_GREY }, missing);
  return {
    moduleId: m.id,
    xPt: rect.xPt,
    yPt: rect.yPt,
    widthPt: rect.widthPt,
    heightPt: rect.heightPt,
    frame: {
      widthPt: rect.widthPt,
      heightPt: rect.heightPt,
      items: [{ kind: 'box', xPt: 0, yPt: 0, widthPt: rect.widthPt, heightPt: rect.heightPt, fill: null, stroke: NOTE_GREY, assetId: null }, ...text.items],
    },
    oversetChars: 0,
    spareLines: 0,
    overflowAt: null,
    startsAt: STORY_START,
    violations: [],
    missingGlyphs: [...missing],
  };
}
