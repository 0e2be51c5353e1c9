/**
 * The page plan on the server: issues, and each page as one versioned JSON document (NewsroomPageSchema) holding
 * its modules. Every change names the version it was made on (stale → 'conflict'), is checked with the desk's
 * placement rules (shared/model/page-placement.ts moduleErrors) and bumps the version. A 签发 page is frozen.
 */
import { randomUUID } from 'node:crypto';
import type { NewsroomIssue, NewsroomModule, NewsroomPage } from '../../shared/api/contract-newsroom-pages';
import { NewsroomPageSchema } from '../../shared/api/contract-newsroom-pages';
import { DEFAULT_MODULE_HEADLINE, DEFAULT_PROOF_POLICY, presetTemplate } from '../../shared/model';
import { moduleErrors } from '../../shared/model/page-placement';
import { NewsroomError } from '../../shared/newsroom/errors';
import type { CallContext, Handler } from './context';
import { errorMessage } from '../../shared/errors';

export async function pageForUpdate(ctx: CallContext, id: string): Promise<NewsroomPage> {
  const { rows } = await ctx.tx.query<{ doc: NewsroomPage }>('SELECT doc FROM pages WHERE id = $1 FOR UPDATE', [id]);
  if (!rows[0]) throw new NewsroomError('not-found', errorMessage('page-not-found', { id }));
  return rows[0].doc;
}

export async function writePage(ctx: CallContext, page: NewsroomPage): Promise<NewsroomPage> {
  const next = NewsroomPageSchema.parse({ ...page, version: page.version + 1 });
  await ctx.tx.query('UPDATE pages SET doc = $2, version = $3, updated_at = now() WHERE id = $1', [next.id, JSON.stringify(next), next.version]);
  ctx.changes.push({ entity: 'page', id: next.id, op: 'update', data: { version: next.version, status: next.status, issueId: next.issueId } });
  return next;
}

function editable(page: NewsroomPage, version: number): void {
  if (page.version !== version) {
    throw new NewsroomError('conflict', errorMessage('page-version-stale', { current: page.version, yours: version }), 'version');
  }
  if (page.status === 'approved' || page.status === 'sent') {
    throw new NewsroomError('forbidden', errorMessage('page-approved-frozen', { page: page.number }));
  }
}

function checkModule(page: NewsroomPage, m: NewsroomModule): void {
  const errors = moduleErrors(page.template, {
    ...m,
    bodyColumns: m.bodyColumns ?? m.columnSpan,
    headline: { ...DEFAULT_MODULE_HEADLINE, ...m.headline },
  });
  if (errors.length > 0) throw new NewsroomError('invalid-params', errors[0].text, errors[0].field);
}

async function assertStory(ctx: CallContext, storyId: string | null | undefined): Promise<void> {
  if (!storyId) return;
  const { rowCount } = await ctx.tx.query('SELECT 1 FROM stories WHERE id = $1 AND deleted_at IS NULL', [storyId]);
  if (!rowCount) throw new NewsroomError('not-found', errorMessage('story-not-found', { id: storyId }), 'storyId');
}

async function issueOf(ctx: CallContext, id: string): Promise<NewsroomIssue> {
  const { rows } = await ctx.tx.query<{ id: string; date: string; paper_name: string }>(
    `SELECT id, to_char(issue_date, 'YYYY-MM-DD') AS date, paper_name FROM issues WHERE id = $1`,
    [id],
  );
  if (!rows[0]) throw new NewsroomError('not-found', errorMessage('issue-not-found', { id }));
  const { rows: pages } = await ctx.tx.query<{ doc: NewsroomPage }>('SELECT doc FROM pages WHERE issue_id = $1 ORDER BY number', [id]);
  return {
    id: rows[0].id,
    date: rows[0].date,
    paperName: rows[0].paper_name,
    pages: pages.map(({ doc }) => ({ id: doc.id, number: doc.number, section: doc.section, status: doc.status, version: doc.version })),
  };
}

const issuesList: Handler<'issues.list'> = async (ctx) => {
  const { rows } = await ctx.tx.query<{ id: string }>('SELECT id FROM issues ORDER BY issue_date DESC, created_at DESC');
  return Promise.all(rows.map((r) => issueOf(ctx, r.id)));
};

const issuesGet: Handler<'issues.get'> = (ctx, p) => issueOf(ctx, p.id);

const issuesCreate: Handler<'issues.create'> = async (ctx, p) => {
  const id = randomUUID();
  await ctx.tx.query('INSERT INTO issues (id, issue_date, paper_name) VALUES ($1, $2, $3)', [id, p.date, p.paperName]);
  for (let n = 1; n <= p.pageCount; n++) {
    const page: NewsroomPage = {
      id: randomUUID(),
      issueId: id,
      number: n,
      section: p.sections[n - 1] ?? '',
      status: 'planning',
      template: presetTemplate(p.preset),
      modules: [],
      version: 1,
    };
    await ctx.tx.query('INSERT INTO pages (id, issue_id, number, version, doc) VALUES ($1, $2, $3, 1, $4)', [page.id, id, n, JSON.stringify(page)]);
  }
  ctx.changes.push({ entity: 'issue', id, op: 'create', data: { date: p.date, pageCount: p.pageCount } });
  return issueOf(ctx, id);
};

const pagesGet: Handler<'pages.get'> = async (ctx, p) => {
  const { rows } = await ctx.tx.query<{ doc: NewsroomPage }>('SELECT doc FROM pages WHERE id = $1', [p.id]);
  if (!rows[0]) throw new NewsroomError('not-found', errorMessage('page-not-found', { id: p.id }));
  return rows[0].doc;
};

const pagesUpdate: Handler<'pages.update'> = async (ctx, p) => {
  const page = await pageForUpdate(ctx, p.id);
  editable(page, p.version);
  return writePage(ctx, { ...page, section: p.section ?? page.section, status: p.status ?? page.status });
};

const modulesAdd: Handler<'modules.add'> = async (ctx, p) => {
  const { pageId, version, ...fields } = p;
  const page = await pageForUpdate(ctx, pageId);
  editable(page, version);
  await assertStory(ctx, fields.storyId);
  const module: NewsroomModule = { ...fields, id: randomUUID() };
  checkModule(page, module);
  return writePage(ctx, { ...page, modules: [...page.modules, module] });
};

function moduleIndex(page: NewsroomPage, id: string): number {
  const index = page.modules.findIndex((m) => m.id === id);
  if (index < 0) throw new NewsroomError('not-found', errorMessage('module-not-on-page', { id }));
  return index;
}

const modulesUpdate: Handler<'modules.update'> = async (ctx, p) => {
  const { id, pageId, version, ...fields } = p;
  const page = await pageForUpdate(ctx, pageId);
  editable(page, version);
  const index = moduleIndex(page, id);
  await assertStory(ctx, fields.storyId);
  const old = page.modules[index];
  const changed: NewsroomModule = {
    ...old,
    ...fields,
    headline: fields.headline ? { ...old.headline, ...fields.headline } : old.headline,
    picture: fields.picture ? { ...old.picture, ...fields.picture } : old.picture,
  };
  checkModule(page, changed);
  return writePage(ctx, { ...page, modules: page.modules.map((m, i) => (i === index ? changed : m)) });
};

const modulesRemove: Handler<'modules.remove'> = async (ctx, p) => {
  const page = await pageForUpdate(ctx, p.pageId);
  editable(page, p.version);
  moduleIndex(page, p.id);
  return writePage(ctx, { ...page, modules: page.modules.filter((m) => m.id !== p.id) });
};

/** Plates need the page 签发 when the paper's policy says so (the desk's DEFAULT_PROOF_POLICY); PDFs and proofs do not. */
const recordExport: Handler<'pages.recordExport'> = async (ctx, p) => {
  const page = await pageForUpdate(ctx, p.pageId);
  const approved = page.status === 'approved' || page.status === 'sent';
  if (p.kind === 'plates' && !approved && DEFAULT_PROOF_POLICY.approvalRequiredForPlates) {
    throw new NewsroomError('conflict', errorMessage('plates-need-approval', { page: page.number }));
  }
  const { rows } = await ctx.tx.query<{ at: Date }>(
    'INSERT INTO page_exports (page_id, kind, sha256, by_name) VALUES ($1, $2, $3, $4) RETURNING at',
    [p.pageId, p.kind, p.sha256, ctx.caller.name],
  );
  if (p.kind === 'plates' && page.status === 'approved') await writePage(ctx, { ...page, status: 'sent' });
  return { pageId: p.pageId, kind: p.kind, at: rows[0].at.toISOString() };
};

export const pageHandlers = {
  'issues.list': issuesList,
  'issues.get': issuesGet,
  'issues.create': issuesCreate,
  'pages.get': pagesGet,
  'pages.update': pagesUpdate,
  'modules.add': modulesAdd,
  'modules.update': modulesUpdate,
  'modules.remove': modulesRemove,
  'pages.recordExport': recordExport,
};
