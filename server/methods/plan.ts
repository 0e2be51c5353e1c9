/**
 * plan.get / plan.push: the desks' page plan (shared/newsroom/page-plan.ts decides; this reads, locks and
 * writes), and pictures by content hash (assets.put / assets.get). Every page a push changes gets the next
 * version and one 'page' change in the feed, so other desks copy it.
 */
import { createHash } from 'node:crypto';
import { ASSET_MAX_BYTES } from '../../shared/api/contract-newsroom-plan';
import { moduleErrors } from '../../shared/model/page-placement';
import { NewsroomError } from '../../shared/newsroom/errors';
import { errorMessage } from '../../shared/errors';
import { mergePlan, pushTouches, samePlan, type PlanModule, type PlanPage } from '../../shared/newsroom/page-plan';
import { docOfPlan, loadIssues, loadPlanDoc, lockPages, planOfDoc, writeIssue } from '../store/plan-rows';
import type { Handler } from './context';

const planGet: Handler<'plan.get'> = async (ctx, p) => {
  const plan = await loadPlanDoc(ctx.tx, [p.issueId]);
  if (plan.issues.length === 0) throw new NewsroomError('not-found', errorMessage('issue-not-found', { id: p.issueId }));
  return plan;
};

function checkPlacement(page: PlanPage, module: PlanModule): void {
  const errors = moduleErrors(page.template, module);
  if (errors.length > 0) throw new NewsroomError('invalid-params', errors[0].text, errors[0].field);
}

const planPush: Handler<'plan.push'> = async (ctx, push) => {
  const touched = pushTouches(push);
  const loaded = await lockPages(ctx.tx, touched.issueIds, touched.pageIds, touched.moduleIds);
  const issueIds = new Set([...touched.issueIds, ...loaded.map((l) => l.doc.issueId)]);
  const issues = await loadIssues(ctx.tx, [...issueIds], true);
  const versions = new Map(loaded.map((l) => [l.doc.id, l.version]));
  const current = { issues, pages: [] as PlanPage[], modules: [] as PlanModule[] };
  for (const l of loaded) {
    const { page, modules } = planOfDoc(l.doc);
    current.pages.push(page);
    current.modules.push(...modules);
  }
  const { next, changed, conflicts } = mergePlan(current, push);

  const issueExists = new Set(issues.map((i) => i.id));
  for (const id of changed.issues) {
    const issue = next.issues.find((i) => i.id === id)!;
    await writeIssue(ctx.tx, issue, issueExists.has(id));
    ctx.changes.push({ entity: 'issue', id, op: issueExists.has(id) ? 'update' : 'create', data: { date: issue.date } });
  }
  const pagesNow = new Map(next.pages.map((page) => [page.id, page]));
  for (const id of changed.modules) {
    const module = next.modules.find((m) => m.id === id);
    if (module) checkPlacement(pagesNow.get(module.pageId)!, module);
  }
  for (const id of changed.pages) {
    const page = pagesNow.get(id);
    const version = versions.get(id);
    if (page === undefined) {
      const { rowCount } = await ctx.tx.query(
        'SELECT 1 FROM page_signoffs WHERE page_id = $1 UNION ALL SELECT 1 FROM page_exports WHERE page_id = $1',
        [id],
      );
      if (rowCount) throw new NewsroomError('conflict', errorMessage('page-has-signoff-or-export'));
      await ctx.tx.query('DELETE FROM pages WHERE id = $1', [id]);
      ctx.changes.push({ entity: 'page', id, op: 'delete', data: { issueId: loaded.find((l) => l.doc.id === id)?.doc.issueId } });
      continue;
    }
    const modules = next.modules.filter((m) => m.pageId === id);
    if (version === undefined) {
      const doc = docOfPlan(page, modules, 1);
      await ctx.tx.query('INSERT INTO pages (id, issue_id, number, version, doc) VALUES ($1, $2, $3, 1, $4)', [id, page.issueId, page.number, doc]);
      ctx.changes.push({ entity: 'page', id, op: 'create', data: { version: 1, issueId: page.issueId } });
      continue;
    }
    const old = loaded.find((l) => l.doc.id === id)!;
    if (samePlan(docOfPlan(page, modules, version), docOfPlan(planOfDoc(old.doc).page, planOfDoc(old.doc).modules, version))) continue;
    const doc = docOfPlan(page, modules, version + 1);
    await ctx.tx.query('UPDATE pages SET doc = $2, version = $3, number = $4, updated_at = now() WHERE id = $1', [id, doc, version + 1, page.number]);
    ctx.changes.push({ entity: 'page', id, op: 'update', data: { version: version + 1, status: page.status, issueId: page.issueId } });
  }
  const resultIssues = new Set([...issueIds, ...next.pages.map((page) => page.issueId)]);
  return { plan: await loadPlanDoc(ctx.tx, [...resultIssues]), conflicts };
};

const assetsPut: Handler<'assets.put'> = async (ctx, p) => {
  const bytes = Buffer.from(p.base64, 'base64');
  if (bytes.length === 0 || bytes.length > ASSET_MAX_BYTES) {
    throw new NewsroomError('invalid-params', errorMessage('picture-empty-or-too-large', { bytes: bytes.length, limit: ASSET_MAX_BYTES }), 'base64');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== p.asset.id) throw new NewsroomError('invalid-params', errorMessage('picture-hash-mismatch'), 'asset.id');
  const { rowCount } = await ctx.tx.query(
    'INSERT INTO assets (sha256, meta, bytes, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING',
    [sha256, p.asset, bytes, ctx.caller.name],
  );
  return { id: sha256, created: rowCount === 1 };
};

const assetsGet: Handler<'assets.get'> = async (ctx, p) => {
  const { rows } = await ctx.tx.query<{ meta: unknown; bytes: Buffer }>('SELECT meta, bytes FROM assets WHERE sha256 = $1', [p.id]);
  if (!rows[0]) throw new NewsroomError('not-found', errorMessage('picture-not-found', { id: p.id }));
  return { asset: rows[0].meta as never, base64: rows[0].bytes.toString('base64') };
};

export const planHandlers = {
  'plan.get': planGet,
  'plan.push': planPush,
  'assets.put': assetsPut,
  'assets.get': assetsGet,
};
