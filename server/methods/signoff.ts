/**
 * 签发 on the server: the chief signs a page after the 责任编辑's page signature, with every proof mark decided
 * (the desk's rule, shared/model/signoff-rules.ts); that
 * freezes the page and moves its stories to 'approved', which locks their text (save-story.ts). Withdrawing
 * (撤销签发, with a reason) returns the page to proofing and its stories to 'proofed'.
 */
import type { NewsroomPage, NewsroomPageSignoffs, NewsroomSignoff } from '../../shared/api/contract-newsroom-pages';
import {
  DEFAULT_PROOF_POLICY,
  refuseApproval,
  refusePageSignature,
  refuseRound,
  signatureVoided,
  storyMoveOnSignoff,
  type ProofRound,
  type SignoffFacts,
  type SignoffKind,
} from '../../shared/model';
import { NewsroomError } from '../../shared/newsroom/errors';
import { errorMessage, type ErrorMessage } from '../../shared/errors';
import type { NewsroomRole } from '../../shared/newsroom/roles';
import type { CallContext, Handler } from './context';
import { pageForUpdate, writePage } from './pages';

interface SignoffRow {
  id: string;
  page_id: string;
  kind: SignoffKind;
  round: ProofRound | null;
  by_name: string;
  by_role: NewsroomRole;
  at: Date;
  note: string | null;
}

async function readPage(ctx: CallContext, pageId: string): Promise<NewsroomPage> {
  const { rows } = await ctx.tx.query<{ doc: NewsroomPage }>('SELECT doc FROM pages WHERE id = $1', [pageId]);
  if (!rows[0]) throw new NewsroomError('not-found', errorMessage('page-not-found', { id: pageId }));
  return rows[0].doc;
}

/** When the text of a story on the page last changed (a conflict revision changes nothing), ISO, or null. */
async function lastTextChange(ctx: CallContext, stories: readonly string[]): Promise<string | null> {
  const { rows } = await ctx.tx.query<{ at: Date | null }>(
    `SELECT max(created_at) AS at FROM revisions WHERE story_id = ANY ($1) AND reason <> 'conflict'`,
    [stories],
  );
  return rows[0].at?.toISOString() ?? null;
}

async function undecidedMarks(ctx: CallContext, stories: readonly string[]): Promise<number> {
  const { rows } = await ctx.tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM marks WHERE story_id = ANY ($1) AND status IN ('open', 'orphaned')`,
    [stories],
  );
  return rows[0].n;
}

async function signoffs(ctx: CallContext, pageId: string, known?: NewsroomPage): Promise<NewsroomPageSignoffs> {
  const page = known ?? (await readPage(ctx, pageId));
  const stories = storiesOn(page);
  const { rows } = await ctx.tx.query<SignoffRow>('SELECT * FROM page_signoffs WHERE page_id = $1 ORDER BY id', [pageId]);
  const lastWithdraw = rows.reduce((last, r) => (r.kind === 'withdraw' ? Number(r.id) : last), 0);
  const textChangedAt = await lastTextChange(ctx, stories);
  const history: NewsroomSignoff[] = rows.map((r) => {
    const at = r.at.toISOString();
    return {
      id: Number(r.id),
      pageId: r.page_id,
      kind: r.kind,
      round: r.round,
      by: r.by_name,
      role: r.by_role,
      at,
      note: r.note,
      voided: signatureVoided({ kind: r.kind, order: Number(r.id), at }, lastWithdraw, textChangedAt),
    };
  });
  const current = (kind: SignoffKind, round: ProofRound | null = null) =>
    history.find((h) => h.kind === kind && h.round === round && !h.voided) ?? null;
  return {
    pageId,
    rounds: { first: current('round', 'first'), second: current('round', 'second'), third: current('round', 'third'), 'read-through': current('round', 'read-through') },
    page: current('page'),
    approved: current('approve'),
    undecidedMarks: await undecidedMarks(ctx, stories),
    history,
  };
}

function facts(page: NewsroomPage, state: NewsroomPageSignoffs): SignoffFacts {
  return { pageNumber: page.number, pageStatus: page.status, rounds: state.rounds, page: state.page, undecidedMarks: state.undecidedMarks };
}

function refuseIf(refusal: ErrorMessage | null): void {
  if (refusal !== null) throw new NewsroomError('conflict', refusal);
}

async function insertSignoff(ctx: CallContext, page: NewsroomPage, kind: SignoffKind, extra: { round?: ProofRound; note?: string } = {}): Promise<void> {
  await ctx.tx.query('INSERT INTO page_signoffs (page_id, kind, round, by_name, by_role, note) VALUES ($1, $2, $3, $4, $5, $6)', [
    page.id,
    kind,
    extra.round ?? null,
    ctx.caller.name,
    ctx.caller.role,
    extra.note ?? null,
  ]);
  ctx.changes.push({ entity: 'signoff', id: page.id, op: 'create', data: { kind, ...(extra.round ? { round: extra.round } : {}), by: ctx.caller.name } });
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
  refuseIf(refuseApproval(facts(page, await signoffs(ctx, page.id, page))));
  const stories = storiesOn(page);
  await insertSignoff(ctx, page, 'approve');
  await writePage(ctx, { ...page, status: 'approved' });
  await setStories(ctx, stories, 'approved');
  return signoffs(ctx, page.id);
};

/** The page's stories standing where the shared sign-off rule moves them from (storyMoveOnSignoff), moved. */
async function moveStories(ctx: CallContext, page: NewsroomPage, kind: SignoffKind, round: ProofRound | null): Promise<void> {
  const move = storyMoveOnSignoff(kind, round, DEFAULT_PROOF_POLICY.lastRequiredRound);
  const ids = storiesOn(page);
  if (move === null || ids.length === 0) return;
  const { rows } = await ctx.tx.query<{ id: string }>('SELECT id FROM stories WHERE id = ANY ($1) AND status = $2 ORDER BY id FOR UPDATE', [ids, move.from]);
  await setStories(ctx, rows.map((r) => r.id), move.to);
}

const withdraw: Handler<'signoff.withdraw'> = async (ctx, p) => {
  const page = await pageForUpdate(ctx, p.pageId);
  if (page.status !== 'approved') throw new NewsroomError('conflict', errorMessage(page.status === 'sent' ? 'withdraw-sent' : 'withdraw-not-approved', { page: page.number }));
  await insertSignoff(ctx, page, 'withdraw', { note: p.reason });
  await writePage(ctx, { ...page, status: 'proofing' });
  await moveStories(ctx, page, 'withdraw', null);
  return signoffs(ctx, page.id);
};

const list: Handler<'signoff.list'> = (ctx, p) => signoffs(ctx, p.pageId);

/** The proofreader signs a round done: the desk's rules (shared/model/signoff-rules.ts). */
const round: Handler<'signoff.round'> = async (ctx, p) => {
  const page = await pageForUpdate(ctx, p.pageId);
  refuseIf(refuseRound(facts(page, await signoffs(ctx, page.id, page)), p.round));
  await insertSignoff(ctx, page, 'round', { round: p.round });
  // The last required round signed: the page's 待校 stories become 已校, as on the desk.
  await moveStories(ctx, page, 'round', p.round);
  return signoffs(ctx, page.id, page);
};

/** The 责任编辑 signs the page; the server has no per-paper policy yet, so the desk's default rounds apply. */
const pageSignature: Handler<'signoff.page'> = async (ctx, p) => {
  const page = await pageForUpdate(ctx, p.pageId);
  refuseIf(refusePageSignature(facts(page, await signoffs(ctx, page.id, page)), DEFAULT_PROOF_POLICY.lastRequiredRound));
  await insertSignoff(ctx, page, 'page');
  return signoffs(ctx, page.id, page);
};

export const signoffHandlers = {
  'signoff.round': round,
  'signoff.page': pageSignature,
  'signoff.approve': approve,
  'signoff.withdraw': withdraw,
  'signoff.list': list,
};
