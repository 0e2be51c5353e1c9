/**
 * How each module's text fits its box (超 N 字 / 差 N 行) and what the composer flags, read off a composed page
 * (composeStoredPage): the very layout the page preview and the PDF draw, so the numbers never disagree with
 * what is shown.
 */
import type { PageLayout, Violation } from '../../shared/compose';
import type { ModuleFit } from '../../shared/api/contract-pages';
import { FURNITURE_LABELS, setStoryId, type ModuleView, type PageView, type StoryContent } from '../../shared/model';

function labelOf(m: ModuleView): string {
  return m.story?.title || (m.furniture ? FURNITURE_LABELS[m.furniture] : m.kind === 'image' ? '图片' : '');
}

/** A composition violation of one module, in the words of `folio page`'s report. */
export interface ModuleViolation extends Violation {
  moduleId: string;
}

export interface PageFit {
  modules: ModuleFit[];
  /** Rule violations the composer found on the page (禁则, 孤字, overflow), per module. */
  violations: ModuleViolation[];
}

/** Is there text composed in this module (not furniture, not a note for a missing/trashed/unloaded story)? */
function composesText(m: ModuleView, stories: Readonly<Record<string, StoryContent>>): boolean {
  if (m.kind === 'furniture') return false;
  if (!m.storyId) return m.kind === 'image' && m.picture !== null && (m.picture.caption !== '' || m.picture.credit !== '');
  const id = setStoryId(m);
  return id !== null && id in stories;
}

/** Each module's fit on the composed page; null figures where nothing is composed. */
export function pageFit(page: { view: PageView; stories: Readonly<Record<string, StoryContent>>; layout: PageLayout }): PageFit {
  const { view, stories, layout } = page;
  const modules = view.modules.map((m, i): ModuleFit => {
    const l = layout.modules[i];
    const composed = composesText(m, stories);
    return {
      moduleId: m.id,
      kind: m.kind,
      label: labelOf(m),
      columns: m.kind === 'story' ? m.bodyColumns : 1,
      oversetChars: composed ? l.oversetChars : null,
      spareLines: composed ? l.spareLines : null,
    };
  });
  const violations = layout.modules.flatMap((l) => l.violations.map((v) => ({ ...v, moduleId: l.moduleId })));
  return { modules, violations };
}
