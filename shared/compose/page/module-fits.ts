/**
 * How each module's text fits its box (超 N 字 / 差 N 行), read off a composed page. One reading for both sides:
 * the host's pages.fit (electron/compose/page-fit.ts) and the plan, which reads it off the compositions of its
 * thumbnails (renderer/plan/issue-layouts.ts) instead of asking the host to compose every page again.
 */
import { FURNITURE_LABELS, setStoryId, type ModuleView, type PageView } from '../../model';
import type { PageLayout } from '../page-types';

/** The figures of one module (shared/api's ModuleFit). */
export interface ModuleFitFigures {
  moduleId: string;
  kind: ModuleView['kind'];
  /** Story title, or the furniture's name (报头 …). */
  label: string;
  /** Body columns it is set in. */
  columns: number;
  /** Characters that do not fit; null when nothing is composed there (furniture, missing story). */
  oversetChars: number | null;
  /** Empty lines left; null as above. */
  spareLines: number | null;
}

function labelOf(m: ModuleView): string {
  return m.story?.title || (m.furniture ? FURNITURE_LABELS[m.furniture] : m.kind === 'image' ? '图片' : '');
}

/** Is there text composed in this module (not furniture, not a note for a missing/trashed/unloaded story)? */
function composesText(m: ModuleView, hasStory: (storyId: string) => boolean): boolean {
  if (m.kind === 'furniture') return false;
  if (!m.storyId) return m.kind === 'image' && m.picture !== null && (m.picture.caption !== '' || m.picture.credit !== '');
  const id = setStoryId(m);
  return id !== null && hasStory(id);
}

/** Each module's fit on the composed page (`layout` composed from `view`); null figures where nothing is composed. */
export function moduleFits(view: PageView, hasStory: (storyId: string) => boolean, layout: PageLayout): ModuleFitFigures[] {
  return view.modules.map((m, i): ModuleFitFigures => {
    const l = layout.modules[i];
    const composed = composesText(m, hasStory);
    return {
      moduleId: m.id,
      kind: m.kind,
      label: labelOf(m),
      columns: m.kind === 'story' ? m.bodyColumns : 1,
      oversetChars: composed ? l.oversetChars : null,
      spareLines: composed ? l.spareLines : null,
    };
  });
}
