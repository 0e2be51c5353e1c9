/**
 * 版式模板 (page masters), per paper (by 报名). A page that takes a master gets a copy of its template and its
 * furniture modules (报头/报眉/责编行), and remembers the master (pages.master_id). Saving a master re-applies it
 * to every page using it, in the same transaction: pages already 签发 (approved or sent) keep what they printed,
 * and a page whose modules would fall off the new grid refuses the whole save with the page named. A page added
 * with no master in use gets the house inner furniture, so no page starts bare.
 */
import { randomUUID } from 'node:crypto';
import {
  DEFAULT_MODULE_HEADLINE,
  houseMaster,
  masterModules,
  moduleErrors,
  PageMasterFieldsSchema,
  templateProblems,
  type PageMaster,
  type PageMasterFields,
} from '../../shared/model';
import { completeModule } from '../../shared/model/module-defaults';
import type { Actor } from './actor';
import { nowIso } from './clock';
import type { ReadableDb, WritableDb } from './db';
import { StoreError, guardStorage } from './errors';
import { moduleParams, pageModules, requirePage } from './page-rows';
import { deskPaperName } from './style-sheets-repo';
import { errorMessage, zodIssueReason } from '../../shared/errors';

interface MasterRow {
  id: string;
  paper_name: string;
  name: string;
  master: string;
  updated_by: string;
  updated_at: string;
  page_count: number;
}

const SELECT = `SELECT m.id, m.paper_name, m.name, m.master, m.updated_by, m.updated_at,
                       (SELECT count(*) FROM pages p WHERE p.master_id = m.id) AS page_count
                FROM page_masters m`;

function toMaster(row: MasterRow): PageMaster {
  const fields = PageMasterFieldsSchema.parse(JSON.parse(row.master));
  return { ...fields, name: row.name, id: row.id, paper: row.paper_name, updatedBy: row.updated_by, updatedAt: row.updated_at, pageCount: row.page_count };
}

export function masterNotFound(id: string): StoreError {
  return new StoreError('not-found', errorMessage('page-master-not-found', { id }));
}

export function requirePageMaster(db: ReadableDb, id: string): PageMaster {
  const row = db.prepare<[string], MasterRow>(`${SELECT} WHERE m.id = ?`).get(id);
  if (!row) throw masterNotFound(id);
  return toMaster(row);
}

/** The paper's masters by name; `paper` omitted: the paper of the desk's newest issue. */
export function listPageMasters(db: ReadableDb, paper?: string): { paper: string; masters: PageMaster[] } {
  return guardStorage(() => {
    const name = paper ?? deskPaperName(db);
    const rows = db.prepare<[string], MasterRow>(`${SELECT} WHERE m.paper_name = ? ORDER BY m.name`).all(name);
    return { paper: name, masters: rows.map(toMaster) };
  });
}

/** Check a master's fields: the schema, the template itself, and every furniture module on its grid. */
function checkFields(fields: unknown): PageMasterFields {
  const parsed = PageMasterFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.');
    throw new StoreError('invalid', errorMessage('page-master-invalid', { field, why: zodIssueReason(issue) }), { field });
  }
  const data = parsed.data;
  const problem = templateProblems(data.template)[0];
  if (problem) throw new StoreError('invalid', errorMessage('page-master-invalid', { field: 'template', why: problem }), { field: 'template' });
  data.furniture.forEach((f, i) => {
    const error = moduleErrors(data.template, { id: `furniture-${i}`, ...f, bodyColumns: 1, headline: DEFAULT_MODULE_HEADLINE })[0];
    if (error) throw new StoreError('invalid', errorMessage('page-master-invalid', { field: `furniture.${i}`, why: error.text }), { field: `furniture.${i}` });
  });
  return data;
}

/**
 * Give a page a master's template and furniture: its furniture modules are replaced by the master's, its other
 * modules must still fit the master's grid. `masterId` null: the fields are the house furniture (no link).
 */
export function applyMasterToPage(db: WritableDb, pageId: string, fields: PageMasterFields, masterId: string | null, now = nowIso()): void {
  const page = requirePage(db, pageId);
  const kept = pageModules(db, pageId).filter((m) => m.kind !== 'furniture');
  const error = kept.flatMap((m) => moduleErrors(fields.template, m))[0];
  if (error) throw new StoreError('invalid', errorMessage('page-master-breaks-page', { page: page.number, why: error.text }), { field: 'template' });
  db.prepare("DELETE FROM modules WHERE page_id = ? AND kind = 'furniture'").run(pageId);
  const position = db.prepare<[string], number>('SELECT coalesce(max(position), 0) + 1 FROM modules WHERE page_id = ?').pluck();
  const insert = db.prepare(
    `INSERT INTO modules (id, page_id, kind, story_id, column_index, column_span, top_line, height_lines, body_columns,
                          settings, continues_to, position, created_at, updated_at)
     VALUES (@id, @pageId, @kind, @storyId, @column, @columnSpan, @topLine, @heightLines, @bodyColumns,
             @settings, NULL, @position, @now, @now)`,
  );
  for (const f of masterModules(fields)) {
    const m = completeModule(randomUUID(), pageId, { kind: 'furniture', ...f });
    insert.run({ ...moduleParams(m), position: position.get(pageId) ?? 1, now });
  }
  db.prepare('UPDATE pages SET template = ?, master_id = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(fields.template), masterId, now, pageId);
}

/** A page added where no master is in use: the house inner furniture (报眉, 责编行) on the page's own template. */
export function furnishWithHouseMaster(db: WritableDb, pageId: string, now = nowIso()): void {
  const page = requirePage(db, pageId);
  const preset = page.template.preset === 'tabloid' ? 'tabloid' : 'broadsheet';
  const house = houseMaster('inner', preset);
  applyMasterToPage(db, pageId, { ...house, template: page.template }, null, now);
}

/** A new issue's pages: page 1 from the front master (else the house 头版), the rest from the inner one (else 内页). */
export function furnishIssuePages(db: WritableDb, pageIds: readonly string[], frontId: string | undefined, innerId: string | undefined, now = nowIso()): void {
  const front = frontId ? requirePageMaster(db, frontId) : null;
  const inner = innerId ? requirePageMaster(db, innerId) : null;
  pageIds.forEach((pageId, i) => {
    const master = i === 0 ? front : inner;
    if (master) return applyMasterToPage(db, pageId, master, master.id, now);
    const page = requirePage(db, pageId);
    const house = houseMaster(i === 0 ? 'front' : 'inner', page.template.preset === 'tabloid' ? 'tabloid' : 'broadsheet');
    applyMasterToPage(db, pageId, { ...house, template: page.template }, null, now);
  });
}

/** Pages using the master that may still change (not 签发). */
function openPagesOf(db: ReadableDb, masterId: string): string[] {
  return db
    .prepare<[string], string>("SELECT id FROM pages WHERE master_id = ? AND status NOT IN ('approved', 'sent') ORDER BY issue_id, number")
    .pluck()
    .all(masterId);
}

/** The issues whose pages a save of this master changes (for the newsroom's plan snapshots). */
export function issuesUsingMaster(db: ReadableDb, masterId: string): string[] {
  return db.prepare<[string], string>('SELECT DISTINCT issue_id FROM pages WHERE master_id = ?').pluck().all(masterId);
}

export interface SavePageMaster {
  /** Absent: a new master. */
  id?: string;
  paper: string;
  fields: PageMasterFields;
}

/** Create or replace a master whole; a replaced master is re-applied to every open page using it. */
export function savePageMaster(db: WritableDb, input: SavePageMaster, actor: Actor): PageMaster {
  const paper = input.paper.trim();
  if (paper === '') throw new StoreError('invalid', errorMessage('page-master-no-paper'), { field: 'paper' });
  const fields = checkFields(input.fields);
  return guardStorage(() =>
    db
      .transaction(() => {
        const now = nowIso();
        const id = input.id ?? randomUUID();
        const clash = db
          .prepare<[string, string, string], string>('SELECT id FROM page_masters WHERE paper_name = ? AND name = ? AND id <> ?')
          .pluck()
          .get(paper, fields.name, id);
        if (clash) throw new StoreError('conflict', errorMessage('page-master-name-taken', { name: fields.name }), { field: 'name' });
        const json = JSON.stringify(fields);
        if (input.id !== undefined) {
          requirePageMaster(db, input.id);
          db.prepare('UPDATE page_masters SET name = ?, master = ?, updated_by = ?, updated_at = ? WHERE id = ?').run(fields.name, json, actor.name, now, id);
          for (const pageId of openPagesOf(db, id)) applyMasterToPage(db, pageId, fields, id, now);
        } else {
          db.prepare('INSERT INTO page_masters (id, paper_name, name, master, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
            id,
            paper,
            fields.name,
            json,
            actor.name,
            now,
          );
        }
        return requirePageMaster(db, id);
      })
      .immediate(),
  );
}

/** Delete a master: its pages keep their template and furniture as they are, no longer linked. */
export function removePageMaster(db: WritableDb, id: string): { paper: string; masters: PageMaster[] } {
  return guardStorage(() =>
    db
      .transaction(() => {
        const master = requirePageMaster(db, id);
        db.prepare('UPDATE pages SET master_id = NULL WHERE master_id = ?').run(id);
        db.prepare('DELETE FROM page_masters WHERE id = ?').run(id);
        return listPageMasters(db, master.paper);
      })
      .immediate(),
  );
}
