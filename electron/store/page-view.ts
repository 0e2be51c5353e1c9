/**
 * Opening a page: the page, its issue's 报头 fields, its modules with what is known of their stories, and the
 * findings. It always opens: a story in the trash or missing, an overlap, even a module left off the page by a
 * template change, are findings next to the module, never a failure.
 */
import {
  FURNITURE_LABELS,
  validatePlacement,
  type Module,
  type ModuleView,
  type PageView,
  type PlacedStory,
  type PlacementFinding,
} from '../../shared/model';
import { cachedStatement, type ReadableDb } from './db';
import { guardStorage } from './errors';
import { requireIssueFields } from './issues-repo';
import { pageModules, requirePage } from './page-rows';
import { SUMMARY_SELECT, type SummaryRow } from './story-rows';
import { errorMessage } from '../../shared/errors';
import { savedStyleSheet } from './style-sheets-repo';

function placedStory(db: ReadableDb, storyId: string): PlacedStory {
  const row = cachedStatement<[string], SummaryRow>(db, `${SUMMARY_SELECT} WHERE s.id = ?`).get(storyId);
  if (!row) return { id: storyId, state: 'missing', title: '', status: null, chars: 0 };
  return { id: storyId, state: row.deleted_at ? 'trashed' : 'live', title: row.title, status: row.status, chars: row.chars };
}

const where = (m: Module) => ({ column: m.column + 1, lastColumn: m.column + m.columnSpan, line: m.topLine + 1, lastLine: m.topLine + m.heightLines });

function storyFindings(m: Module, story: PlacedStory | null): PlacementFinding[] {
  if (!story || story.state === 'live') return [];
  if (story.state === 'trashed') {
    return [
      {
        kind: 'story-trashed',
        severity: 'warning',
        moduleIds: [m.id],
        text: errorMessage('finding-story-trashed', { title: story.title, ...where(m) }),
      },
    ];
  }
  return [
    {
      kind: 'story-missing',
      severity: 'warning',
      moduleIds: [m.id],
      text: errorMessage('finding-story-missing', { id: story.id, ...where(m) }),
    },
  ];
}

/** A continuation whose target now holds another story (the story was swapped after linking). */
function continuationFindings(db: ReadableDb, m: Module): PlacementFinding[] {
  if (!m.continuesTo) return [];
  const target = db.prepare<[string], { story_id: string | null }>('SELECT story_id FROM modules WHERE id = ?').get(m.continuesTo);
  if (target && target.story_id === m.storyId) return [];
  return [
    {
      kind: 'continuation-broken',
      severity: 'warning',
      moduleIds: [m.id, m.continuesTo],
      text: errorMessage('finding-continuation-broken', where(m)),
    },
  ];
}

export function getPageView(db: ReadableDb, pageId: string): PageView {
  return guardStorage(() => {
    const page = requirePage(db, pageId);
    const issue = requireIssueFields(db, page.issueId);
    const modules = pageModules(db, pageId);
    const fromRows = db
      .prepare<[string], { id: string; continues_to: string }>(
        `SELECT id, continues_to FROM modules
         WHERE continues_to IN (SELECT id FROM modules WHERE page_id = ?)`,
      )
      .all(pageId);
    const continuesFrom = new Map(fromRows.map((r) => [r.continues_to, r.id]));
    const views: ModuleView[] = modules.map((m) => ({
      ...m,
      story: m.storyId ? placedStory(db, m.storyId) : null,
      continuesFrom: continuesFrom.get(m.id) ?? null,
    }));
    const labels = new Map(views.map((v) => [v.id, v.story?.title || (v.furniture ? FURNITURE_LABELS[v.furniture] : '')]));
    const findings = [
      ...validatePlacement(page.template, modules, (id) => labels.get(id)),
      ...views.flatMap((v) => [...storyFindings(v, v.story), ...continuationFindings(db, v)]),
    ];
    const styleSheet = savedStyleSheet(db, issue.paperName);
    return { issue, page, modules: views, findings, ...(styleSheet ? { styleSheet } : {}) };
  });
}
