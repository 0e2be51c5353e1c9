/**
 * How each module's text fits its box (超 N 字 / 差 N 行) and what the composer flags, from composePage
 * (shared/compose/page): the very layout the page preview and the PDF draw, so the numbers never disagree with
 * what is shown. Also the composer options of one module (moduleStoryOptions, now in shared/compose) and the
 * single-module fit kept for callers that fit one module.
 */
import {
  composePage,
  fontBookFromBytes,
  moduleStoryOptions,
  offPageLinkIds,
  pageLinksFrom,
  type FontBook,
  type PageComposeCache,
  type PageLinks,
  type PageLayout,
  type Violation,
} from '../../shared/compose';
import type { ModuleFit } from '../../shared/api/contract-pages';
import { FURNITURE_LABELS, type ModuleView, type PageTemplate, type PageView, type StoryContent } from '../../shared/model';
import { readAllFontBytes } from './font-files';

export { moduleStoryOptions };

let fonts: FontBook | null = null;

/** The bundled faces, loaded once per process. */
export function bundledFontBook(): FontBook {
  fonts ??= fontBookFromBytes(readAllFontBytes());
  return fonts;
}

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
  layout: PageLayout;
}

/** Is there text composed in this module (not furniture, not a note for a missing/trashed/unloaded story)? */
function composesText(m: ModuleView, contents: ReadonlyMap<string, StoryContent>): boolean {
  if (m.kind === 'furniture') return false;
  if (!m.storyId) return m.kind === 'image' && m.picture !== null && (m.picture.caption !== '' || m.picture.credit !== '');
  return m.story?.state === 'live' && contents.has(m.storyId);
}

/** Compose the page and report each module's fit; null figures where nothing is composed. */
export function fitPage(view: PageView, contents: ReadonlyMap<string, StoryContent>, fontBook: FontBook, cache?: PageComposeCache, links?: PageLinks): PageFit {
  const layout = composePage(view, contents, fontBook, cache, links);
  const modules = view.modules.map((m, i): ModuleFit => {
    const l = layout.modules[i];
    const composed = composesText(m, contents);
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
  return { modules, violations, layout };
}

/** Fit one module alone (its page composed with only this module on it). */
export function fitModule(t: PageTemplate, m: ModuleView, content: StoryContent | null, fontBook: FontBook, view?: PageView): ModuleFit {
  const base: PageView = view ?? {
    issue: { id: 'issue', paperName: '—', publisher: '', date: '2000-01-01', issueNumber: 1, serialNumber: null, registration: '' },
    page: { id: m.pageId, issueId: 'issue', number: 1, section: '', status: 'layout', moduleCount: 1, updatedAt: '', editor: '', layoutBy: '', proofreader: '', template: t },
    modules: [],
    findings: [],
  };
  const contents = new Map<string, StoryContent>(m.storyId && content ? [[m.storyId, content]] : []);
  return fitPage({ ...base, page: { ...base.page, template: t }, modules: [{ ...m, continuesTo: null, continuesFrom: null }] }, contents, fontBook).modules[0];
}

// offPageLinkIds / pageLinksFrom moved to shared/compose (page/page-links.ts) so the renderer's preview computes
// the same links; re-exported here for the services' callers.
export { offPageLinkIds, pageLinksFrom };
