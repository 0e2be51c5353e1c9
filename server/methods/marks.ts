/**
 * Proof marks on the server: anchored with shared/proof (makeAnchor, reanchor on every read against the current
 * revision), the proposal rule of shared/proof/mark-proposal.ts, accept through the shared save rule (a new
 * revision, fenced by the lease like any save).
 */
import { randomUUID } from 'node:crypto';
import type { ProofMark } from '../../shared/model/proof';
import type { StoryContent } from '../../shared/model/story';
import { makeAnchor, reanchor } from '../../shared/proof/anchor';
import { applyMark, applyMarks } from '../../shared/proof/apply-mark';
import { MARK_KINDS } from '../../shared/model/proof';
import { checkProposal } from '../../shared/proof/mark-proposal';
import { withdrawRefusal } from '../../shared/proof/mark-withdraw';
import { editedMark } from '../../shared/proof/mark-edit';
import { NewsroomError } from '../../shared/newsroom/errors';
import { deskRoleOf } from '../../shared/newsroom/roles';
import { saveStory } from '../../shared/newsroom/save-story';
import { storyTx } from '../store/story-tx';
import type { CallContext, Handler } from './context';
import { errorMessage } from '../../shared/errors';

/** The mark as it stands against the story's current text (its stored anchor may be from an older revision). */
function current(mark: ProofMark, content: StoryContent, head: number): ProofMark {
  if (mark.status !== 'open' && mark.status !== 'orphaned') return mark;
  if (mark.anchorRevision === head && mark.status === 'open') return { ...mark, drifted: mark.anchor.quote !== mark.original };
  const found = reanchor(mark.anchor, content);
  if (found.kind === 'orphaned') return { ...mark, status: 'orphaned', drifted: false };
  return { ...mark, status: 'open', anchor: found.anchor, anchorRevision: head, drifted: found.anchor.quote !== mark.original };
}

async function headOf(ctx: CallContext, storyId: string): Promise<{ content: StoryContent; head: number; status: string }> {
  const { rows } = await ctx.tx.query<{ content: StoryContent; head_revision: number; status: string }>(
    `SELECT r.content, s.head_revision, s.status FROM stories s JOIN revisions r ON r.story_id = s.id AND r.number = s.head_revision
      WHERE s.id = $1 AND s.deleted_at IS NULL`,
    [storyId],
  );
  if (!rows[0]) throw new NewsroomError('not-found', errorMessage('story-not-found', { id: storyId }));
  return { content: rows[0].content, head: rows[0].head_revision, status: rows[0].status };
}

async function markForUpdate(ctx: CallContext, id: string): Promise<ProofMark> {
  const { rows } = await ctx.tx.query<{ doc: ProofMark }>('SELECT doc FROM marks WHERE id = $1 FOR UPDATE', [id]);
  if (!rows[0]) throw new NewsroomError('not-found', errorMessage('mark-not-found', { id }));
  return rows[0].doc;
}

async function store(ctx: CallContext, mark: ProofMark): Promise<void> {
  await ctx.tx.query('UPDATE marks SET doc = $2, status = $3 WHERE id = $1', [mark.id, JSON.stringify(mark), mark.status]);
}

const add: Handler<'marks.add'> = async (ctx, p) => {
  await ctx.tx.query('SELECT 1 FROM stories WHERE id = $1 FOR UPDATE', [p.storyId]);
  const story = await headOf(ctx, p.storyId);
  if (story.status === 'approved') throw new NewsroomError('forbidden', errorMessage('story-approved-no-marks'));
  const made = makeAnchor(story.content, p.blockIndex, p.start, p.end);
  if (!made.ok) throw new NewsroomError('invalid-params', made.message, 'start');
  if (p.quote !== undefined && p.quote !== made.anchor.quote) {
    throw new NewsroomError('conflict', errorMessage('mark-text-changed', { quote: p.quote, now: made.anchor.quote }));
  }
  const proposal = checkProposal(p.kind, made.anchor.quote, p.proposed, p.note);
  if (!proposal.ok) throw new NewsroomError('invalid-params', proposal.message, proposal.field);
  const mark: ProofMark = {
    id: randomUUID(),
    storyId: p.storyId,
    round: p.round,
    kind: p.kind,
    by: ctx.caller.name,
    byRole: deskRoleOf(ctx.caller.role) ?? 'editor',
    at: new Date(ctx.nowMs).toISOString(),
    anchor: made.anchor,
    anchorRevision: story.head,
    original: made.anchor.quote,
    proposed: proposal.proposed,
    note: p.note?.trim() ? p.note : null,
    status: 'open',
    drifted: false,
    decidedBy: null,
    decidedAt: null,
    reason: null,
    appliedRevision: null,
  };
  await ctx.tx.query('INSERT INTO marks (id, story_id, status, doc) VALUES ($1, $2, $3, $4)', [mark.id, mark.storyId, mark.status, JSON.stringify(mark)]);
  ctx.changes.push({ entity: 'mark', id: mark.id, op: 'create', storyId: mark.storyId, data: { kind: mark.kind, round: mark.round } });
  return mark;
};

const list: Handler<'marks.list'> = async (ctx, p) => {
  const story = await headOf(ctx, p.storyId);
  const { rows } = await ctx.tx.query<{ doc: ProofMark }>('SELECT doc FROM marks WHERE story_id = $1 ORDER BY created_at, id', [p.storyId]);
  return rows.map((r) => current(r.doc, story.content, story.head));
};

function undecided(mark: ProofMark): void {
  if (mark.status === 'accepted' || mark.status === 'rejected' || mark.status === 'withdrawn') {
    throw new NewsroomError('conflict', errorMessage('mark-already-decided', { by: mark.decidedBy ?? '' }));
  }
}

const accept: Handler<'marks.accept'> = async (ctx, p) => {
  const stored = await markForUpdate(ctx, p.id);
  undecided(stored);
  const txStore = storyTx(ctx);
  const head = await txStore.storyForUpdate(stored.storyId);
  if (!head) throw new NewsroomError('not-found', errorMessage('story-not-found', { id: stored.storyId }));
  const mark = current(stored, head.headContent, head.headRevision);
  if (mark.status === 'orphaned') {
    throw new NewsroomError('conflict', errorMessage('mark-original-deleted', { original: mark.original }));
  }
  const applied = applyMark(head.headContent, mark);
  if (!applied.ok) throw new NewsroomError('conflict', applied.message);
  let appliedRevision: number | null = null;
  if (applied.changed) {
    const saved = await saveStory(
      txStore,
      ctx.caller,
      { id: mark.storyId, content: applied.content, baseRevision: head.headRevision, leaseToken: p.leaseToken },
      'mark',
    );
    appliedRevision = saved.revision?.number ?? null;
  }
  const decided: ProofMark = { ...mark, status: 'accepted', decidedBy: ctx.caller.name, decidedAt: new Date(ctx.nowMs).toISOString(), appliedRevision };
  await store(ctx, decided);
  ctx.changes.push({ entity: 'mark', id: mark.id, op: 'decide', storyId: mark.storyId, data: { status: 'accepted', appliedRevision } });
  return decided;
};

/**
 * 采纳 in one batch: each story the marks are on gets exactly ONE new revision with all their changes (the shared
 * rule, shared/proof applyMarks, applied from the end of the story back), and every mark names it (null for
 * stet/note, which change no text). All or nothing: one transaction, so a mark already decided, orphaned or no
 * longer applicable refuses the whole batch ('conflict') and nothing is written.
 */
const acceptMany: Handler<'marks.acceptMany'> = async (ctx, p) => {
  const ids = [...new Set(p.ids)];
  // Rows locked in one order, so two batches over the same marks cannot deadlock.
  const stored = new Map<string, ProofMark>();
  for (const id of [...ids].sort()) stored.set(id, await markForUpdate(ctx, id));
  for (const id of ids) undecided(stored.get(id)!);
  const storyIds = [...new Set(ids.map((id) => stored.get(id)!.storyId))].sort();
  const txStore = storyTx(ctx);
  const decidedById = new Map<string, ProofMark>();
  for (const storyId of storyIds) {
    const head = await txStore.storyForUpdate(storyId);
    if (!head) throw new NewsroomError('not-found', errorMessage('story-not-found', { id: storyId }));
    const marks = ids.filter((id) => stored.get(id)!.storyId === storyId).map((id) => current(stored.get(id)!, head.headContent, head.headRevision));
    for (const mark of marks) {
      if (mark.status === 'orphaned') throw new NewsroomError('conflict', errorMessage('mark-original-deleted', { original: mark.original }));
    }
    const applied = applyMarks(head.headContent, marks);
    if (!applied.ok) throw new NewsroomError('conflict', applied.message);
    let revision: number | null = null;
    if (applied.changed) {
      const saved = await saveStory(
        txStore,
        ctx.caller,
        { id: storyId, content: applied.content, baseRevision: head.headRevision, leaseToken: p.leaseToken },
        'mark',
      );
      revision = saved.revision?.number ?? null;
    }
    for (const mark of marks) {
      const appliedRevision = MARK_KINDS[mark.kind].editsText ? revision : null;
      const decided: ProofMark = { ...mark, status: 'accepted', decidedBy: ctx.caller.name, decidedAt: new Date(ctx.nowMs).toISOString(), appliedRevision };
      await store(ctx, decided);
      ctx.changes.push({ entity: 'mark', id: mark.id, op: 'decide', storyId: mark.storyId, data: { status: 'accepted', appliedRevision } });
      decidedById.set(mark.id, decided);
    }
  }
  return ids.map((id) => decidedById.get(id)!);
};

const reject: Handler<'marks.reject'> = async (ctx, p) => {
  const stored = await markForUpdate(ctx, p.id);
  undecided(stored);
  const decided: ProofMark = { ...stored, status: 'rejected', decidedBy: ctx.caller.name, decidedAt: new Date(ctx.nowMs).toISOString(), reason: p.reason };
  await store(ctx, decided);
  ctx.changes.push({ entity: 'mark', id: stored.id, op: 'decide', storyId: stored.storyId, data: { status: 'rejected' } });
  return decided;
};

/** The proofreader who made the mark takes it back before it is decided (shared/proof/mark-withdraw.ts). */
const withdraw: Handler<'marks.withdraw'> = async (ctx, p) => {
  const stored = await markForUpdate(ctx, p.id);
  const refusal = withdrawRefusal(stored, ctx.caller.name);
  if (refusal) throw new NewsroomError(refusal.code, refusal.message);
  const withdrawn: ProofMark = { ...stored, status: 'withdrawn', decidedBy: ctx.caller.name, decidedAt: new Date(ctx.nowMs).toISOString() };
  await store(ctx, withdrawn);
  ctx.changes.push({ entity: 'mark', id: stored.id, op: 'decide', storyId: stored.storyId, data: { status: 'withdrawn' } });
  return withdrawn;
};

/**
 * The proofreader who made the mark changes what it asks for (proposed text, note) until the editor acts on it:
 * the same rule as the desk (shared/proof/mark-edit.ts), against the text the mark covers now.
 */
const edit: Handler<'marks.edit'> = async (ctx, p) => {
  const stored = await markForUpdate(ctx, p.id);
  const story = await headOf(ctx, stored.storyId);
  if (story.status === 'approved') throw new NewsroomError('forbidden', errorMessage('story-approved-no-marks'));
  const mark = current(stored, story.content, story.head);
  const edited = editedMark(mark, ctx.caller.name, mark.anchor.quote, { proposed: p.proposed, note: p.note });
  if (!edited.ok) {
    const { code, message, field } = edited.refusal;
    throw new NewsroomError(code === 'invalid' ? 'invalid-params' : code, message, field);
  }
  const next: ProofMark = { ...stored, proposed: edited.proposed, note: edited.note };
  await store(ctx, next);
  ctx.changes.push({ entity: 'mark', id: stored.id, op: 'update', storyId: stored.storyId, data: { proposed: next.proposed } });
  return current(next, story.content, story.head);
};

export const markHandlers = {
  'marks.add': add,
  'marks.list': list,
  'marks.accept': accept,
  'marks.acceptMany': acceptMany,
  'marks.reject': reject,
  'marks.withdraw': withdraw,
  'marks.edit': edit,
};
