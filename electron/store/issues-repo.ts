/** Issues (期): list by date, read with their pages, create with pages, change the 报头 fields. */
import { randomUUID } from 'node:crypto';
import {

  CreateIssueSchema,
  UpdateIssueSchema,
  presetTemplate,
  type CreateIssueInput,
  type UpdateIssueInput,
  type Issue,
  type IssueFields,
  type PageTemplatePreset,
} from '../../shared/model';
import { nowIso } from './clock';
import type { ReadableDb, WritableDb } from './db';
import { StoreError, guardStorage } from './errors';
import { PAGE_SELECT, parseInput, toPageSummary, type PageRow } from './page-rows';
import { furnishIssuePages } from './page-masters-repo';
import { errorMessage } from '../../shared/errors';

export interface IssueRow {
  id: string;
  paper_name: string;
  publisher: string;
  date: string;
  issue_number: number;
  serial_number: number | null;
  registration: string;
  created_at: string;
  updated_at: string;
}

const ISSUE_COLUMNS = 'id, paper_name, publisher, date, issue_number, serial_number, registration, created_at, updated_at';

function toIssueFields(row: IssueRow): IssueFields & { id: string } {
  return {
    id: row.id,
    paperName: row.paper_name,
    publisher: row.publisher,
    date: row.date,
    issueNumber: row.issue_number,
    serialNumber: row.serial_number,
    registration: row.registration,
  };
}

export function issueNotFound(id: string): StoreError {
  return new StoreError('not-found', errorMessage('issue-not-found', { id }));
}

/** The 报头 fields of an issue (no pages). */
export function requireIssueFields(db: ReadableDb, id: string): IssueFields & { id: string } {
  const row = db.prepare<[string], IssueRow>(`SELECT ${ISSUE_COLUMNS} FROM issues WHERE id = ?`).get(id);
  if (!row) throw issueNotFound(id);
  return toIssueFields(row);
}

function withPages(db: ReadableDb, row: IssueRow): Issue {
  const pages = db.prepare<[string], PageRow>(`${PAGE_SELECT} WHERE p.issue_id = ? ORDER BY p.number`).all(row.id);
  return { ...toIssueFields(row), createdAt: row.created_at, updatedAt: row.updated_at, pages: pages.map(toPageSummary) };
}

export function getIssue(db: ReadableDb, id: string): Issue {
  return guardStorage(() => {
    const row = db.prepare<[string], IssueRow>(`SELECT ${ISSUE_COLUMNS} FROM issues WHERE id = ?`).get(id);
    if (!row) throw issueNotFound(id);
    return withPages(db, row);
  });
}

export interface ListIssues {
  /** Inclusive ISO dates. */
  fromDate?: string;
  toDate?: string;
}

/** Issues, newest date first (then highest issue number). */
export function listIssues(db: ReadableDb, options: ListIssues = {}): Issue[] {
  const where: string[] = [];
  if (options.fromDate !== undefined) where.push('date >= @fromDate');
  if (options.toDate !== undefined) where.push('date <= @toDate');
  const sql = `SELECT ${ISSUE_COLUMNS} FROM issues ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
               ORDER BY date DESC, issue_number DESC, rowid DESC`;
  return guardStorage(() =>
    db
      .prepare<[ListIssues], IssueRow>(sql)
      .all({ fromDate: options.fromDate, toDate: options.toDate } as ListIssues)
      .map((row) => withPages(db, row)),
  );
}

export type CreateIssue = CreateIssueInput & { demoSlug?: string };

/** Insert pages numbered from `firstNumber`, each with its own copy of the preset template. */
export function insertPages(
  db: WritableDb,
  issueId: string,
  firstNumber: number,
  count: number,
  preset: PageTemplatePreset,
  sections: readonly string[],
  now: string,
): string[] {
  const insert = db.prepare(
    `INSERT INTO pages (id, issue_id, number, section, template, created_at, updated_at)
     VALUES (@id, @issueId, @number, @section, @template, @now, @now)`,
  );
  const template = JSON.stringify(presetTemplate(preset));
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    insert.run({ id, issueId, number: firstNumber + i, section: sections[i] ?? '', template, now });
    ids.push(id);
  }
  return ids;
}

/** Create an issue with its pages (第1版 … 第N版) in one transaction. */
export function createIssue(db: WritableDb, input: CreateIssue): Issue {
  const { demoSlug, ...fields } = input;
  const data = parseInput(CreateIssueSchema, fields, errorMessage('input-issue'));
  const id = randomUUID();
  guardStorage(() =>
    db
      .transaction(() => {
        const now = nowIso();
        db.prepare(
          `INSERT INTO issues (id, paper_name, publisher, date, issue_number, serial_number, registration, demo_slug,
                               created_at, updated_at)
           VALUES (@id, @paperName, @publisher, @date, @issueNumber, @serialNumber, @registration, @demoSlug, @now, @now)`,
        ).run({
          id,
          paperName: data.paperName,
          publisher: data.publisher,
          date: data.date,
          issueNumber: data.issueNumber,
          serialNumber: data.serialNumber,
          registration: data.registration,
          demoSlug: demoSlug ?? null,
          now,
        });
        const pageIds = insertPages(db, id, 1, data.pageCount, data.preset, data.sections, now);
        if (data.furnish || data.frontMasterId || data.innerMasterId) furnishIssuePages(db, pageIds, data.frontMasterId, data.innerMasterId, now);
      })
      .immediate(),
  );
  return getIssue(db, id);
}

export type UpdateIssue = UpdateIssueInput;

/** Change the 报头 fields (paper name, date, numbers …). */
export function updateIssue(db: WritableDb, id: string, changes: UpdateIssue): Issue {
  const data = parseInput(UpdateIssueSchema, changes, errorMessage('input-issue'));
  return guardStorage(() =>
    db
      .transaction(() => {
        const merged = { ...requireIssueFields(db, id), ...data };
        db.prepare(
          `UPDATE issues SET paper_name = @paperName, publisher = @publisher, date = @date, issue_number = @issueNumber,
                             serial_number = @serialNumber, registration = @registration, updated_at = @now
           WHERE id = @id`,
        ).run({ ...merged, now: nowIso() });
        return getIssue(db, id);
      })
      .immediate(),
  );
}

/** The issue created by the demo, if any. */
export function findDemoIssueId(db: ReadableDb, slug: string): string | null {
  return guardStorage(
    () => db.prepare<[string], string>('SELECT id FROM issues WHERE demo_slug = ?').pluck().get(slug) ?? null,
  );
}


