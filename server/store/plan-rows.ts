/**
 * The page plan as the server stores it (issues rows, one versioned JSON document per page) read and written as
 * the desks' plan (shared/newsroom/page-plan.ts). Modules added through modules.add carry only what was given;
 * completeModule fills in the same defaults a desk would.
 */
import type { NewsroomModule, NewsroomPage } from '../../shared/api/contract-newsroom-pages';
import { NewsroomPageSchema } from '../../shared/api/contract-newsroom-pages';
import type { PlanDoc } from '../../shared/api/contract-newsroom-plan';
import { completeModule } from '../../shared/model/module-defaults';
import { inDrawingOrder, type PlanIssue, type PlanModule, type PlanPage } from '../../shared/newsroom/page-plan';
import type { Tx } from './pool';

interface IssueRow {
  id: string;
  date: string;
  paper_name: string;
  fields: Partial<PlanIssue> | null;
}

export function issueFromRow(row: IssueRow): PlanIssue {
  return {
    id: row.id,
    paperName: row.paper_name,
    date: row.date,
    publisher: row.fields?.publisher ?? '',
    issueNumber: row.fields?.issueNumber ?? 1,
    serialNumber: row.fields?.serialNumber ?? null,
    registration: row.fields?.registration ?? '',
  };
}

export function planOfDoc(doc: NewsroomPage): { page: PlanPage; modules: PlanModule[] } {
  const page: PlanPage = {
    id: doc.id,
    issueId: doc.issueId,
    number: doc.number,
    section: doc.section,
    status: doc.status,
    template: doc.template,
    editor: doc.editor ?? '',
    layoutBy: doc.layoutBy ?? '',
    proofreader: doc.proofreader ?? '',
  };
  const modules = doc.modules.map((m, index) => ({ ...completeModule(m.id, doc.id, m), position: m.position ?? index + 1 }));
  return { page, modules };
}

export function docOfPlan(page: PlanPage, modules: readonly PlanModule[], version: number): NewsroomPage {
  const stored = inDrawingOrder(modules).map((m): NewsroomModule => {
    const { pageId: _pageId, picture, furniture, ...rest } = m;
    return { ...rest, ...(picture ? { picture } : {}), ...(furniture ? { furniture } : {}) };
  });
  return NewsroomPageSchema.parse({ ...page, modules: stored, version });
}

export interface LoadedPage {
  doc: NewsroomPage;
  version: number;
}

const ISSUE_SELECT = `SELECT id, to_char(issue_date, 'YYYY-MM-DD') AS date, paper_name, fields FROM issues`;

/** Issues by id, locked for the transaction when `lock`. */
export async function loadIssues(tx: Tx, ids: readonly string[], lock: boolean): Promise<PlanIssue[]> {
  const { rows } = await tx.query<IssueRow>(`${ISSUE_SELECT} WHERE id = ANY ($1) ORDER BY id${lock ? ' FOR UPDATE' : ''}`, [ids]);
  return rows.map(issueFromRow);
}

/** The pages a push touches, locked: of the given issues, by id, or holding one of the modules. */
export async function lockPages(tx: Tx, issueIds: readonly string[], pageIds: readonly string[], moduleIds: readonly string[]): Promise<LoadedPage[]> {
  const { rows } = await tx.query<{ doc: NewsroomPage; version: number }>(
    `SELECT doc, version FROM pages
     WHERE issue_id = ANY ($1) OR id = ANY ($2)
        OR EXISTS (SELECT 1 FROM jsonb_array_elements(doc -> 'modules') m WHERE m ->> 'id' = ANY ($3))
     ORDER BY id FOR UPDATE`,
    [issueIds, pageIds, moduleIds],
  );
  return rows.map((r) => ({ doc: r.doc, version: r.version }));
}

/** The whole plan of some issues, with each page's version. */
export async function loadPlanDoc(tx: Tx, issueIds: readonly string[]): Promise<PlanDoc> {
  const issues = await loadIssues(tx, issueIds, false);
  const { rows } = await tx.query<{ doc: NewsroomPage; version: number }>(
    'SELECT doc, version FROM pages WHERE issue_id = ANY ($1) ORDER BY issue_id, number',
    [issueIds],
  );
  const plan: PlanDoc = { issues, pages: [], modules: [], versions: {} };
  for (const row of rows) {
    const { page, modules } = planOfDoc(row.doc);
    plan.pages.push(page);
    plan.modules.push(...modules);
    plan.versions[page.id] = row.version;
  }
  return plan;
}

export async function writeIssue(tx: Tx, issue: PlanIssue, exists: boolean): Promise<void> {
  const fields = { publisher: issue.publisher, issueNumber: issue.issueNumber, serialNumber: issue.serialNumber, registration: issue.registration };
  if (exists) {
    await tx.query('UPDATE issues SET issue_date = $2, paper_name = $3, fields = $4 WHERE id = $1', [issue.id, issue.date, issue.paperName, fields]);
  } else {
    await tx.query('INSERT INTO issues (id, issue_date, paper_name, fields) VALUES ($1, $2, $3, $4)', [issue.id, issue.date, issue.paperName, fields]);
  }
}
