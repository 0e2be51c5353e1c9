/** Pages (版) of an issue: change section, people, status or template; add, remove and reorder pages. */
import {
  AddPageSchema,
  UpdatePageSchema,
  type AddPageInput,
  type UpdatePageInput,
  moduleErrors,
  templateProblems,
  type Issue,
  type PageView,
} from '../../shared/model';
import { nowIso } from './clock';
import { assertPageLayoutEditable } from './page-approval';
import type { WritableDb } from './db';
import { StoreError, guardStorage } from './errors';
import { getIssue, insertPages, requireIssueFields } from './issues-repo';
import { pageModules, parseInput, requirePage } from './page-rows';
import { getPageView } from './page-view';
import { applyMasterToPage, furnishWithHouseMaster, requirePageMaster } from './page-masters-repo';
import { errorMessage } from '../../shared/errors';

/** Pages are renumbered through this offset so UNIQUE (issue_id, number) holds after every statement. */
const RENUMBER_OFFSET = 1_000_000;

export type UpdatePage = UpdatePageInput;

/**
 * Change a page's section, people, status or template. A template under which a placed module would fall off
 * the page (or a grid wider than the 版心) is refused with the reason; nothing is changed.
 */
export function updatePage(db: WritableDb, id: string, changes: UpdatePage): PageView {
  const data = parseInput(UpdatePageSchema, changes, errorMessage('input-page-settings'));
  return guardStorage(() =>
    db
      .transaction(() => {
        const page = requirePage(db, id);
        if (data.masterId) {
          assertPageLayoutEditable(db, id);
          const master = requirePageMaster(db, data.masterId);
          applyMasterToPage(db, id, master, master.id);
          // The master's template is the page's now; a template sent along with it does not count.
          Object.assign(page, { template: master.template });
          delete data.template;
        } else if (data.masterId === null) {
          db.prepare('UPDATE pages SET master_id = NULL WHERE id = ?').run(id);
        }
        if (data.template) {
          assertPageLayoutEditable(db, id);
          const problem = templateProblems(data.template)[0];
          if (problem) throw new StoreError('invalid', errorMessage('page-template-invalid', { why: problem }), { field: 'template' });
          const error = pageModules(db, id).flatMap((m) => moduleErrors(data.template!, m))[0];
          if (error) throw new StoreError('invalid', errorMessage('template-breaks-module', { why: error.text }), { field: 'template' });
        }
        const { masterId: _master, ...rest } = data;
        const merged = { ...page, ...rest };
        db.prepare(
          `UPDATE pages SET section = @section, editor = @editor, layout_by = @layoutBy, proofreader = @proofreader,
                            status = @status, template = @template, updated_at = @now
           WHERE id = @id`,
        ).run({
          id,
          section: merged.section,
          editor: merged.editor,
          layoutBy: merged.layoutBy,
          proofreader: merged.proofreader,
          status: merged.status,
          template: JSON.stringify(merged.template),
          now: nowIso(),
        });
        return getPageView(db, id);
      })
      .immediate(),
  );
}

/** Shift page numbers ≥ from by delta, via the offset so no two pages ever share a number. */
function shiftPages(db: WritableDb, issueId: string, from: number, delta: number): void {
  db.prepare('UPDATE pages SET number = number + @offset WHERE issue_id = @issueId AND number >= @from').run({
    issueId,
    from,
    offset: RENUMBER_OFFSET,
  });
  db.prepare('UPDATE pages SET number = number - @offset + @delta WHERE issue_id = @issueId AND number >= @offset').run({
    issueId,
    offset: RENUMBER_OFFSET,
    delta,
  });
}

export type AddPage = AddPageInput;

export function addPage(db: WritableDb, input: AddPage): Issue {
  const data = parseInput(AddPageSchema, input, errorMessage('input-new-page'));
  return guardStorage(() =>
    db
      .transaction(() => {
        const issue = getIssue(db, data.issueId);
        const last = issue.pages.length;
        const number = Math.min(data.number ?? last + 1, last + 1);
        // A new page takes the preset of the issue's first page unless told otherwise.
        const preset = data.preset ?? (issue.pages[0] ? presetOf(db, issue.pages[0].id) : 'broadsheet');
        // The master: the one asked for, else that of the page before the new one (which then sits there).
        const before = issue.pages.find((p) => p.number === number - 1) ?? issue.pages[issue.pages.length - 1];
        const masterId = data.masterId ?? before?.masterId ?? null;
        const master = masterId === null ? null : requirePageMaster(db, masterId);
        shiftPages(db, issue.id, number, 1);
        const now = nowIso();
        const [pageId] = insertPages(db, issue.id, number, 1, preset, [data.section ?? ''], now);
        if (master) applyMasterToPage(db, pageId, master, master.id, now);
        else furnishWithHouseMaster(db, pageId, now);
        touchIssue(db, issue.id);
        return getIssue(db, issue.id);
      })
      .immediate(),
  );
}

function presetOf(db: WritableDb, pageId: string): 'broadsheet' | 'tabloid' {
  return requirePage(db, pageId).template.preset === 'tabloid' ? 'tabloid' : 'broadsheet';
}

function touchIssue(db: WritableDb, issueId: string): void {
  db.prepare('UPDATE issues SET updated_at = ? WHERE id = ?').run(nowIso(), issueId);
}

/**
 * Remove a page. A page with modules is refused unless `discardModules` (the stories themselves are never
 * touched: only their placement goes). Later pages move down one.
 */
export function removePage(db: WritableDb, id: string, options: { discardModules?: boolean } = {}): Issue {
  return guardStorage(() =>
    db
      .transaction(() => {
        const page = requirePage(db, id);
        // Furniture (from the page's 版式模板) is not content: a page holding only furniture goes without asking.
        const content = pageModules(db, id).filter((m) => m.kind !== 'furniture').length;
        if (content > 0 && !options.discardModules) {
          throw new StoreError('conflict', errorMessage('page-has-modules', { page: page.number, count: content }));
        }
        db.prepare('DELETE FROM pages WHERE id = ?').run(id);
        shiftPages(db, page.issueId, page.number + 1, -1);
        touchIssue(db, page.issueId);
        return getIssue(db, page.issueId);
      })
      .immediate(),
  );
}

/** Put the issue's pages in the given order (all of them, each once): they become 第1版 … 第N版. */
export function reorderPages(db: WritableDb, issueId: string, pageIds: readonly string[]): Issue {
  return guardStorage(() =>
    db
      .transaction(() => {
        requireIssueFields(db, issueId);
        const current = getIssue(db, issueId).pages.map((p) => p.id);
        const same = pageIds.length === current.length && new Set(pageIds).size === pageIds.length && pageIds.every((p) => current.includes(p));
        if (!same) {
          throw new StoreError('invalid', errorMessage('page-order-invalid', { count: current.length }), { field: 'pageIds' });
        }
        db.prepare('UPDATE pages SET number = number + ? WHERE issue_id = ?').run(RENUMBER_OFFSET, issueId);
        const set = db.prepare('UPDATE pages SET number = ?, updated_at = ? WHERE id = ?');
        const now = nowIso();
        pageIds.forEach((pageId, i) => set.run(i + 1, now, pageId));
        touchIssue(db, issueId);
        return getIssue(db, issueId);
      })
      .immediate(),
  );
}
