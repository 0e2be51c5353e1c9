/**
 * The page plan of some issues read as one snapshot (shared/newsroom/page-plan.ts PlanState), and a snapshot
 * from the newsroom server written over the local copy. Reading before and after a desk call gives the change
 * to send; writing makes this desk's pages what the server holds, with the same module order (so every desk
 * composes and exports the same page).
 */
import { PageTemplateSchema } from '../../shared/model';
import { inDrawingOrder, type PlanIssue, type PlanModule, type PlanPage, type PlanState } from '../../shared/newsroom/page-plan';
import { nowIso } from './clock';
import type { ReadableDb, WritableDb } from './db';
import { MODULE_COLUMNS, moduleParams, toModule, type ModuleRow, type PageRow } from './page-rows';
import type { IssueRow } from './issues-repo';

type PlanPageRow = Omit<PageRow, 'updated_at' | 'module_count' | 'master_id'>;

function placeholders(ids: readonly string[]): string {
  return ids.map(() => '?').join(', ');
}

export function readPlanState(db: ReadableDb, issueIds: readonly string[]): PlanState {
  const ids = [...new Set(issueIds)];
  if (ids.length === 0) return { issues: [], pages: [], modules: [] };
  const issues = db
    .prepare<string[], Omit<IssueRow, 'created_at'>>(
      `SELECT id, paper_name, publisher, date, issue_number, serial_number, registration FROM issues WHERE id IN (${placeholders(ids)}) ORDER BY id`,
    )
    .all(...ids)
    .map(
      (r): PlanIssue => ({
        id: r.id,
        paperName: r.paper_name,
        publisher: r.publisher,
        date: r.date,
        issueNumber: r.issue_number,
        serialNumber: r.serial_number,
        registration: r.registration,
      }),
    );
  const pages = db
    .prepare<string[], PlanPageRow>(
      `SELECT id, issue_id, number, section, editor, layout_by, proofreader, status, template FROM pages
       WHERE issue_id IN (${placeholders(ids)}) ORDER BY issue_id, number`,
    )
    .all(...ids)
    .map(
      (r): PlanPage => ({
        id: r.id,
        issueId: r.issue_id,
        number: r.number,
        section: r.section,
        status: r.status,
        template: PageTemplateSchema.parse(JSON.parse(r.template)),
        editor: r.editor,
        layoutBy: r.layout_by,
        proofreader: r.proofreader,
      }),
    );
  const modules = db
    .prepare<string[], ModuleRow & { position: number }>(
      `SELECT ${MODULE_COLUMNS}, position FROM modules
       WHERE page_id IN (SELECT id FROM pages WHERE issue_id IN (${placeholders(ids)})) ORDER BY page_id, position, id`,
    )
    .all(...ids)
    .map((r): PlanModule => ({ ...toModule(r), position: r.position }));
  return { issues, pages, modules };
}

/** The issue a page belongs to, or null when this desk does not have the page. */
export function issueOfPage(db: ReadableDb, pageId: string): string | null {
  return db.prepare<[string], string>('SELECT issue_id FROM pages WHERE id = ?').pluck().get(pageId) ?? null;
}

export function issueOfModule(db: ReadableDb, moduleId: string): string | null {
  return (
    db
      .prepare<[string], string>('SELECT p.issue_id FROM modules m JOIN pages p ON p.id = m.page_id WHERE m.id = ?')
      .pluck()
      .get(moduleId) ?? null
  );
}

/**
 * Make the local copy of these issues exactly `plan` (the server's), leaving out `keepPages` (pages with changes
 * of this desk still on their way: their local state is newer). Returns whether anything changed.
 */
export function writePlanCopy(db: WritableDb, plan: PlanState, keepPages: ReadonlySet<string> = new Set()): boolean {
  const issueIds = plan.issues.map((i) => i.id);
  const before = readPlanState(db, issueIds);
  const now = nowIso();
  db.transaction(() => {
    for (const issue of plan.issues) {
      db.prepare(
        `INSERT INTO issues (id, paper_name, publisher, date, issue_number, serial_number, registration, created_at, updated_at)
         VALUES (@id, @paperName, @publisher, @date, @issueNumber, @serialNumber, @registration, @now, @now)
         ON CONFLICT (id) DO UPDATE SET paper_name = excluded.paper_name, publisher = excluded.publisher, date = excluded.date,
           issue_number = excluded.issue_number, serial_number = excluded.serial_number, registration = excluded.registration,
           updated_at = CASE WHEN issues.paper_name IS excluded.paper_name AND issues.publisher IS excluded.publisher
             AND issues.date IS excluded.date AND issues.issue_number IS excluded.issue_number
             AND issues.serial_number IS excluded.serial_number AND issues.registration IS excluded.registration
             THEN issues.updated_at ELSE excluded.updated_at END`,
      ).run({ ...issue, now });
    }
    const wanted = new Set(plan.pages.map((p) => p.id));
    for (const page of before.pages) {
      if (!wanted.has(page.id) && !keepPages.has(page.id)) db.prepare('DELETE FROM pages WHERE id = ?').run(page.id);
    }
    const copied = plan.pages.filter((p) => !keepPages.has(p.id));
    // Numbers are unique per issue: move the copied pages out of the way first, then give each its number.
    for (const page of copied) db.prepare('UPDATE pages SET number = number + 100000 WHERE id = ?').run(page.id);
    const oldPages = new Map(before.pages.map((p) => [p.id, p]));
    for (const page of copied) {
      const old = oldPages.get(page.id);
      const template = JSON.stringify(page.template);
      db.prepare(
        `INSERT INTO pages (id, issue_id, number, section, editor, layout_by, proofreader, status, template, created_at, updated_at)
         VALUES (@id, @issueId, @number, @section, @editor, @layoutBy, @proofreader, @status, @template, @now, @now)
         ON CONFLICT (id) DO UPDATE SET issue_id = excluded.issue_id, number = excluded.number, section = excluded.section,
           editor = excluded.editor, layout_by = excluded.layout_by, proofreader = excluded.proofreader,
           status = excluded.status, template = excluded.template,
           updated_at = CASE WHEN @same THEN pages.updated_at ELSE excluded.updated_at END`,
      ).run({ ...page, template, now, same: old !== undefined && JSON.stringify(old) === JSON.stringify(page) ? 1 : 0 });
    }
    const copiedIds = new Set(copied.map((p) => p.id));
    const modules = inDrawingOrder(plan.modules.filter((m) => copiedIds.has(m.pageId)));
    const keepModules = new Set(modules.map((m) => m.id));
    for (const m of before.modules) {
      if (copiedIds.has(m.pageId) && !keepModules.has(m.id)) db.prepare('DELETE FROM modules WHERE id = ?').run(m.id);
    }
    const upsert = db.prepare(
      `INSERT INTO modules (id, page_id, kind, story_id, column_index, column_span, top_line, height_lines, body_columns,
                            settings, continues_to, position, created_at, updated_at)
       VALUES (@id, @pageId, @kind, @storyId, @column, @columnSpan, @topLine, @heightLines, @bodyColumns, @settings, NULL,
               @position, @now, @now)
       ON CONFLICT (id) DO UPDATE SET page_id = excluded.page_id, kind = excluded.kind, story_id = excluded.story_id,
         column_index = excluded.column_index, column_span = excluded.column_span, top_line = excluded.top_line,
         height_lines = excluded.height_lines, body_columns = excluded.body_columns, settings = excluded.settings,
         position = excluded.position, updated_at = excluded.updated_at`,
    );
    for (const m of modules) {
      upsert.run({ ...moduleParams(m), position: m.position, now });
    }
    // Continuations last: the module they point to may have been written after them.
    const link = db.prepare('UPDATE modules SET continues_to = (SELECT id FROM modules WHERE id = ?) WHERE id = ?');
    for (const m of modules) link.run(m.continuesTo, m.id);
  })();
  const after = readPlanState(db, issueIds);
  return JSON.stringify(before) !== JSON.stringify(after);
}
