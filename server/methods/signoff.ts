/**
 * 签发 on the server: the chief signs a page (refused while a story on it has undecided proof marks); that
 * freezes the page and moves its stories to 'approved', which locks their text (save-story.ts). Withdrawing
 * (撤销签发, with a reason) returns the page to proofing and its stories to 'proofed'.
 */
import type { NewsroomPage, NewsroomPageSignoffs } from '../../shared/api/contract-newsroom-pages';
import { NewsroomError } from '../../shared/newsroom/errors';
import type { NewsroomRole } from '../../shared/newsroom/roles';
import type { CallContext, Handler } from './context';
import { pageForUpdate, writePage } from './pages';
import { errorMessage } from '../../shared/errors';

interface SignoffRow {
  id: string;
  page_id: string;
  kind: 'approve' | 'withdraw';
  by_name: string;
  by_role: NewsroomRole;
  at: Date;
  note: string | null;
}

async function signoffs(ctx: CallContext, pageId: string): Promise<NewsroomPageSignoffs> {
  const { rowCount } = await ctx.tx.query('SELECT 1 FROM pages WHERE id = $1', [pageId]);
  if (!rowCount) throw new NewsroomError('not-found', errorMessage('page-not-found', { id: pageId }));
  const { rows } = await ctx.tx.query<SignoffRow>('SELECT * FROM page_signoffs WHERE page_id = $1 ORDER BY id', [pageId]);
  const history = rows.map((r) => ({
    id: Number(r.id),
    pageId: r.page_id,
    kind: r.kind,
    by: r.by_name,
    role: r.by_role,
    at: r.at.toISOString(),
    note: r.note,
  }));
  const last = history[history.length - 1];
  return { pageId, approved: last?.kind === 'approve' ? last : null, history };
}

function storiesOn(page: NewsroomPage): string[] {
  return [...new Set(page.modules.flatMap((m) => (m.storyId ? [m.storyId] : [])))];
}

async function setStories(ctx: CallContext, ids: readonly string[], status: 'approved' | 'proofed'): Promise<void> {
  for (const id of ids) {
    await ctx.tx.query('UPDATE stories SET status = $2, updated_at = now() WHERE id = $1', [id, status]);
    ctx.changes.push({ entity: 'story', id, op: 'update', storyId: id, data: { status } });
  }
}

const approve: Handler<'signoff.approve'> = async (ctx, p) => {
  const page = await pageForUpdate(ctx, p.pageId);
  if (page.status === 'approved' || page.status === 'sent') throw new NewsroomError('conflict', errorMessage('page-already-approved', { page: page.number }));
  const stories = storiesOn(page);
  const { rows } = await ctx.tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM marks WHERE story_id = ANY ($1) AND status IN ('open', 'orphaned')`,
    [stories],
  );
  if (rows[0].n > 0) {
    throw new NewsroomError('conflict', errorMessage('page-has-undecided-marks', { page: page.number, count: rows[0].n }));
  }
  await ctx.tx.query(`INSERT INTO page_signoffs (page_id, kind, by_name, by_role) VALUES ($1, 'approve', $2, $3)`, [page.id, ctx.caller.name, ctx.caller.role]);
  await writePage(ctx, { ...page, status: 'approved' });
  await setStories(ctx, stories, 'approved');
  ctx.changes.push({ entity: 'signoff', id: page.id, op: 'create', data: { kind: 'approve' } });
  return signoffs(ctx, page.id);
};

const withdraw: Handler<'signoff.withdraw'> = async (ctx, p) => {
  const page = await pageForUpdate(ctx, p.pageId);
  if (page.status !== 'approved') throw new NewsroomError('conflict', errorMessage(page.status === 'sent' ? 'withdraw-sent' : 'withdraw-not-approved', { page: page.number }));
  await ctx.tx.query(`INSERT INTO page_signoffs (page_id, kind, by_name, by_role, note) VALUES ($1, 'withdraw', $2, $3, $4)`, [
    page.id,
    ctx.caller.name,
    ctx.caller.role,
    p.reason,
  ]);
  await writePage(ctx, { ...page, status: 'proofing' });
  await setStories(ctx, storiesOn(page), 'proofed');
  ctx.changes.push({ entity: 'signoff', id: page.id, op: 'create', data: { kind: 'withdraw' } });
  return signoffs(ctx, page.id);
};

const list: Handler<'signoff.list'> = (ctx, p) => signoffs(ctx, p.pageId);

export const signoffHandlers = { 'signoff.approve': approve, 'signoff.withdraw': withdraw, 'signoff.list': list };
