/**
 * Proof marks: add (anchored in the newest revision), list (per story or per page), accept (the change applied
 * as a new revision attributed to the deciding editor), reject (with a reason), and edit or withdraw by the
 * proofreader who made the mark until it is decided. Decisions are logged in
 * mark_decisions, append-only. Role checks happen in the services (handlers-proof.ts); the store records who.
 */
import { randomUUID } from 'node:crypto';
import { MARK_KINDS, ROUND_LABELS_ZH, type MarkKind, type ProofMark, type ProofRound } from '../../shared/model';
import { applyMark, applyMarks } from '../../shared/proof/apply-mark';
import { makeAnchor } from '../../shared/proof/anchor';
import { checkProposal } from '../../shared/proof/mark-proposal';
import { withdrawRefusal } from '../../shared/proof/mark-withdraw';
import { editRefusal, editedMark } from '../../shared/proof/mark-edit';
import type { Actor } from './actor';
import { nowIso } from './clock';
import type { ReadableDb, WritableDb } from './db';
import { StoreError, guardStorage } from './errors';
import { assertStoryEditable, storiesOnPage } from './page-approval';
import { refreshStoryMarks } from './proof-anchoring';
import { saveStory } from './revisions-repo';
import { getStory } from './stories-repo';
import { errorMessage, type ErrorMessage } from '../../shared/errors';

export interface AddMark {
  storyId: string;
  round: ProofRound;
  kind: MarkKind;
  blockIndex: number;
  start: number;
  end: number;
  /** The text the client saw at the range; when given and different from the story's, the add is refused. */
  quote?: string;
  proposed?: string | null;
  note?: string | null;
  actor: Actor;
}

interface MarkRow {
  id: string;
  story_id: string;
  round: ProofRound;
  kind: MarkKind;
  by_name: string;
  by_role: Actor['role'];
  at: string;
  block_index: number;
  start_unit: number;
  end_unit: number;
  quote: string;
  prefix: string;
  suffix: string;
  anchor_revision: number;
  original: string;
  proposed: string | null;
  note: string | null;
  status: ProofMark['status'];
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
  applied_revision: number | null;
}

function toMark(row: MarkRow): ProofMark {
  return {
    id: row.id,
    storyId: row.story_id,
    round: row.round,
    kind: row.kind,
    by: row.by_name,
    byRole: row.by_role,
    at: row.at,
    anchor: {
      blockIndex: row.block_index,
      start: row.start_unit,
      end: row.end_unit,
      quote: row.quote,
      prefix: row.prefix,
      suffix: row.suffix,
    },
    anchorRevision: row.anchor_revision,
    original: row.original,
    proposed: row.proposed,
    note: row.note,
    status: row.status,
    drifted: row.status === 'open' && row.quote !== row.original,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    reason: row.reason,
    appliedRevision: row.applied_revision,
  };
}

const invalid = (message: ErrorMessage, field: string) => new StoreError('invalid', message, { field });

/** What a kind needs besides the range, checked before anything is written (shared/proof/mark-proposal.ts). */
function proposedFor(input: AddMark, quote: string): string | null {
  const checked = checkProposal(input.kind, quote, input.proposed, input.note);
  if (!checked.ok) throw invalid(checked.message, checked.field);
  return checked.proposed;
}

/** Rounds already signed on a page holding the story are closed: a late mark would go unseen. */
function assertRoundOpen(db: ReadableDb, storyId: string, round: ProofRound): void {
  const signed = db
    .prepare<[string, string], { number: number }>(
      `SELECT p.number FROM signoffs s JOIN pages p ON p.id = s.page_id
       WHERE s.kind = 'round' AND s.round = ? AND s.page_id IN (SELECT page_id FROM modules WHERE story_id = ?)
       LIMIT 1`,
    )
    .get(round, storyId);
  if (signed) {
    throw new StoreError('conflict', errorMessage('round-signed-no-marks', { page: signed.number, round: errorMessage(`round-${round}`) }));
  }
}

export function addMark(db: WritableDb, input: AddMark): ProofMark {
  return guardStorage(() =>
    db
      .transaction(() => {
        const story = getStory(db, input.storyId);
        assertStoryEditable(db, input.storyId);
        assertRoundOpen(db, input.storyId, input.round);
        const made = makeAnchor(story.content, input.blockIndex, input.start, input.end);
        if (!made.ok) throw invalid(made.message, 'start');
        const { anchor } = made;
        if (input.quote !== undefined && input.quote !== anchor.quote) {
          throw new StoreError('conflict', errorMessage('mark-text-changed', { quote: input.quote, now: anchor.quote }));
        }
        const proposed = proposedFor(input, anchor.quote);
        const id = randomUUID();
        db.prepare(
          `INSERT INTO proof_marks (id, story_id, round, kind, by_name, by_role, at, block_index, start_unit, end_unit,
             quote, prefix, suffix, anchor_revision, original, proposed, note)
           VALUES (@id, @storyId, @round, @kind, @by, @role, @at, @blockIndex, @start, @end, @quote, @prefix, @suffix,
             @revision, @quote, @proposed, @note)`,
        ).run({
          id,
          storyId: input.storyId,
          round: input.round,
          kind: input.kind,
          by: input.actor.name,
          role: input.actor.role,
          at: nowIso(),
          ...anchor,
          revision: story.revision,
          proposed,
          note: input.note?.trim() || null,
        });
        return requireMark(db, id);
      })
      .immediate(),
  );
}

function requireMark(db: ReadableDb, id: string): ProofMark {
  const row = db.prepare<[string], MarkRow>('SELECT * FROM proof_marks WHERE id = ?').get(id);
  if (!row) throw new StoreError('not-found', errorMessage('mark-not-found', { id }));
  return toMark(row);
}

/** Marks of one story or of every story on one page, oldest first, re-anchored to the newest text. */
export function listMarks(db: WritableDb, where: { storyId?: string; pageId?: string }): ProofMark[] {
  return guardStorage(() =>
    db
      .transaction(() => {
        const storyIds = where.pageId !== undefined ? storiesOnPage(db, requirePageId(db, where.pageId)) : [];
        if (where.storyId !== undefined) {
          getStory(db, where.storyId);
          if (where.pageId !== undefined && !storyIds.includes(where.storyId)) return [];
          storyIds.splice(0, storyIds.length, where.storyId);
        }
        const marks: ProofMark[] = [];
        const select = db.prepare<[string], MarkRow>('SELECT * FROM proof_marks WHERE story_id = ? ORDER BY at, rowid');
        for (const storyId of storyIds) {
          refreshStoryMarks(db, storyId);
          marks.push(...select.all(storyId).map(toMark));
        }
        return marks;
      })
      .immediate(),
  );
}

function requirePageId(db: ReadableDb, pageId: string): string {
  if (!db.prepare('SELECT 1 FROM pages WHERE id = ?').get(pageId)) {
    throw new StoreError('not-found', errorMessage('page-not-found', { id: pageId }));
  }
  return pageId;
}

/** An undecided mark, re-anchored; decided ones are refused so a double click decides nothing twice. */
function requireUndecided(db: WritableDb, id: string): ProofMark {
  const before = requireMark(db, id);
  refreshStoryMarks(db, before.storyId);
  const mark = requireMark(db, id);
  if (mark.status === 'accepted' || mark.status === 'rejected') {
    const by = mark.decidedBy || errorMessage('role-editor');
    const code = mark.status === 'accepted' ? 'mark-already-accepted' : 'mark-already-rejected';
    throw new StoreError('conflict', errorMessage(code, { by, at: mark.decidedAt ?? '' }));
  }
  if (mark.status === 'withdrawn') throw new StoreError('conflict', errorMessage('mark-already-withdrawn', { by: mark.decidedBy ?? mark.by, at: mark.decidedAt ?? '' }));
  return mark;
}

function recordDecision(
  db: WritableDb,
  mark: ProofMark,
  decision: { status: 'accepted' | 'rejected' | 'withdrawn'; actor: Actor; reason: string | null; revision: number | null },
): void {
  const at = nowIso();
  db.prepare(
    `UPDATE proof_marks SET status = @status, decided_by = @by, decided_at = @at, reason = @reason,
       applied_revision = @revision WHERE id = @id`,
  ).run({ id: mark.id, status: decision.status, by: decision.actor.name, at, reason: decision.reason, revision: decision.revision });
  db.prepare(
    `INSERT INTO mark_decisions (mark_id, decision, by_name, by_role, at, reason, revision)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(mark.id, decision.status, decision.actor.name, decision.actor.role, at, decision.reason, decision.revision);
}

/**
 * Accept: apply the mark to the newest text and save it as a new revision by the deciding editor (stet and note
 * change no text and make no revision). An orphaned mark cannot be applied: reject it, with a reason.
 */
export function acceptMark(
  db: WritableDb,
  input: { id: string; actor: Actor; clientId?: string; nowMs?: number; confirmDrift?: boolean },
): ProofMark {
  return guardStorage(() =>
    db
      .transaction(() => {
        const mark = requireUndecided(db, input.id);
        if (mark.status === 'orphaned') {
          throw new StoreError('conflict', errorMessage('mark-original-deleted', { original: mark.original }));
        }
        // The text under the mark changed after it was made: applying it could overwrite a later edit, so the
        // editor confirms having seen both (the client asks, then repeats the call with confirmDrift).
        if (mark.drifted && input.confirmDrift !== true) {
          throw new StoreError(
            'conflict',
            errorMessage('mark-drifted', { original: mark.original, now: mark.anchor.quote }),
            { field: 'confirmDrift' },
          );
        }
        const story = getStory(db, mark.storyId);
        const applied = applyMark(story.content, mark);
        if (!applied.ok) throw new StoreError('conflict', applied.message);
        let revision: number | null = null;
        if (applied.changed) {
          // Decided before the save, so the save's re-anchoring leaves this mark where the editor accepted it.
          db.prepare(`UPDATE proof_marks SET status = 'accepted' WHERE id = ?`).run(mark.id);
          const saved = saveStory(db, {
            id: mark.storyId,
            content: applied.content,
            author: input.actor.name,
            clientId: input.clientId,
            nowMs: input.nowMs,
          });
          revision = saved.revision?.number ?? null;
        } else assertStoryEditable(db, mark.storyId);
        recordDecision(db, mark, { status: 'accepted', actor: input.actor, reason: null, revision });
        return requireMark(db, input.id);
      })
      .immediate(),
  );
}

/**
 * Accept several marks at once (采纳 in one batch): each story they are on gets exactly ONE new revision holding
 * all of its marks' changes (shared/proof applyMarks), by the deciding editor; every accepted mark records that
 * revision. All or nothing: an orphaned mark, a drifted one without confirmDrift (field 'confirmDrift', as for
 * one mark), or one that no longer applies refuses the whole batch and changes nothing.
 */
export function acceptMarks(
  db: WritableDb,
  input: { ids: readonly string[]; actor: Actor; clientId?: string; nowMs?: number; confirmDrift?: boolean },
): ProofMark[] {
  return guardStorage(() =>
    db
      .transaction(() => {
        const ids = [...new Set(input.ids)];
        const marks = ids.map((id) => requireUndecided(db, id));
        // requireUndecided re-anchors each story once more for every mark; read them all again, settled.
        const settled = marks.map((m) => requireMark(db, m.id));
        for (const mark of settled) {
          if (mark.status === 'orphaned') throw new StoreError('conflict', errorMessage('mark-original-deleted', { original: mark.original }));
          if (mark.drifted && input.confirmDrift !== true) {
            throw new StoreError('conflict', errorMessage('mark-drifted', { original: mark.original, now: mark.anchor.quote }), { field: 'confirmDrift' });
          }
        }
        const byStory = new Map<string, ProofMark[]>();
        for (const mark of settled) byStory.set(mark.storyId, [...(byStory.get(mark.storyId) ?? []), mark]);
        const revisions = new Map<string, number | null>();
        for (const [storyId, storyMarks] of byStory) {
          const story = getStory(db, storyId);
          const applied = applyMarks(story.content, storyMarks);
          if (!applied.ok) throw new StoreError('conflict', applied.message);
          let revision: number | null = null;
          if (applied.changed) {
            // Decided before the save, so its re-anchoring leaves these marks where the editor accepted them.
            for (const mark of storyMarks) db.prepare(`UPDATE proof_marks SET status = 'accepted' WHERE id = ?`).run(mark.id);
            const saved = saveStory(db, { id: storyId, content: applied.content, author: input.actor.name, clientId: input.clientId, nowMs: input.nowMs });
            revision = saved.revision?.number ?? null;
          } else assertStoryEditable(db, storyId);
          revisions.set(storyId, revision);
        }
        // A stet or note in the batch changed no text: it names no revision, as when accepted alone.
        for (const mark of settled) {
          const revision = MARK_KINDS[mark.kind].editsText ? (revisions.get(mark.storyId) ?? null) : null;
          recordDecision(db, mark, { status: 'accepted', actor: input.actor, reason: null, revision });
        }
        return settled.map((m) => requireMark(db, m.id));
      })
      .immediate(),
  );
}

/**
 * The proofreader who made a mark may change what it asks for (proposed text, note) until the editor decides it;
 * the range and kind stay (a different range is a new mark). Nobody else may: the editor decides, not edits.
 */
export function editMark(db: WritableDb, input: { id: string; actor: Actor; proposed?: string | null; note?: string | null }): ProofMark {
  return guardStorage(() =>
    db
      .transaction(() => {
        const before = requireMark(db, input.id);
        refreshStoryMarks(db, before.storyId);
        const mark = requireMark(db, input.id);
        // The rule is shared with the newsroom server (shared/proof/mark-edit.ts).
        const refusal = editRefusal(mark, input.actor.name);
        if (refusal) throw new StoreError(refusal.code === 'invalid' ? 'invalid' : refusal.code, refusal.message);
        assertStoryEditable(db, mark.storyId);
        const edited = editedMark(mark, input.actor.name, mark.anchor.quote, { proposed: input.proposed, note: input.note });
        if (!edited.ok) throw invalid(edited.refusal.message, edited.refusal.field ?? 'proposed');
        db.prepare('UPDATE proof_marks SET proposed = ?, note = ? WHERE id = ?').run(edited.proposed, edited.note, mark.id);
        return requireMark(db, mark.id);
      })
      .immediate(),
  );
}

/**
 * The proofreader who made a mark takes it back before the editor decides it (shared/proof/mark-withdraw.ts), and
 * only while its round is still open on the story's page (a signed round's marks are what was signed). The mark
 * stays, status 'withdrawn', and the withdrawal is logged like a decision.
 */
export function withdrawMark(db: WritableDb, input: { id: string; actor: Actor }): ProofMark {
  return guardStorage(() =>
    db
      .transaction(() => {
        const before = requireMark(db, input.id);
        refreshStoryMarks(db, before.storyId);
        const mark = requireMark(db, input.id);
        const refusal = withdrawRefusal(mark, input.actor.name);
        if (refusal) throw new StoreError(refusal.code, refusal.message);
        assertRoundOpen(db, mark.storyId, mark.round);
        recordDecision(db, mark, { status: 'withdrawn', actor: input.actor, reason: null, revision: null });
        return requireMark(db, input.id);
      })
      .immediate(),
  );
}

export function rejectMark(db: WritableDb, input: { id: string; actor: Actor; reason: string }): ProofMark {
  const reason = input.reason.trim();
  if (reason === '') throw invalid(errorMessage('reject-needs-reason'), 'reason');
  return guardStorage(() =>
    db
      .transaction(() => {
        const mark = requireUndecided(db, input.id);
        recordDecision(db, mark, { status: 'rejected', actor: input.actor, reason, revision: null });
        return requireMark(db, input.id);
      })
      .immediate(),
  );
}

/** Marks on the page's stories that still wait for the editor (open or orphaned). */
export function countUndecidedMarks(db: ReadableDb, pageId: string): number {
  let count = 0;
  const select = db.prepare<[string], { n: number }>(
    `SELECT count(*) AS n FROM proof_marks WHERE story_id = ? AND status IN ('open', 'orphaned')`,
  );
  for (const storyId of storiesOnPage(db, pageId)) count += select.get(storyId)?.n ?? 0;
  return count;
}
