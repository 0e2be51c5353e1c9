/**
 * Page sign-offs (签字) in the order of 三校一读 and 签发 (docs/typesetting.md §3):
 *   1. the proofreader signs each round done, in order (一校 → 二校 → 三校 → 通读);
 *   2. the 责任编辑 signs the page: the rounds the paper requires signed (ProofPolicy), no mark undecided. A change to the text
 *      of any story on the page after that voids the signature (签发 must approve the text the editor signed);
 *   3. 签发: the page's text is locked for plating and the page status becomes 'approved' (export reads it);
 *   4. 撤销签发 (withdraw, with a reason): the page returns to 'proofing'; the page signature and the 签发 are
 *      voided (the text may change again, so the editor signs anew); round signatures stand.
 * Every act is a row in the append-only signoffs table, with who and when. Roles are checked in the services.
 * The stories on the page follow (storyStatusAfter, logged like any status change): signing the last round the
 * paper requires makes 待校 stories 已校; 签发 makes 已校 stories 签发; withdrawing it returns them to 已校.
 */
import {
  refuseApproval,
  refusePageSignature,
  refuseRound,
  signatureVoided,
  storyMoveOnSignoff,
  type PageSignoffs,
  type SignoffFacts,
  type ProofRound,
  type Signoff,
  type SignoffKind,
} from '../../shared/model';
import type { Actor } from './actor';
import { nowIso } from './clock';
import type { ReadableDb, WritableDb } from './db';
import { StoreError, guardStorage } from './errors';
import { errorMessage, type ErrorMessage } from '../../shared/errors';
import { storiesOnPage } from './page-approval';
import { getProofPolicy } from './proof-policy';
import { countUndecidedMarks } from './proof-marks-repo';
import { transitionStory } from './workflow-repo';
import { requireSummary } from './story-rows';
import type { StoryStatus } from '../../shared/model';

/**
 * Move the page's stories as the sign-off rule says (shared storyMoveOnSignoff, the server applies the same), as
 * `actor` (the role table allows each move used here).
 */
function moveStoriesOnPage(db: WritableDb, pageId: string, kind: SignoffKind, round: ProofRound | null, actor: Actor): void {
  const move = storyMoveOnSignoff(kind, round, getProofPolicy(db).lastRequiredRound);
  if (move === null) return;
  moveStories(db, pageId, move.from, move.to, actor);
}

function moveStories(db: WritableDb, pageId: string, from: StoryStatus, to: StoryStatus, actor: Actor): void {
  for (const id of storiesOnPage(db, pageId)) {
    if (requireSummary(db, id).status === from) transitionStory(db, { id, to, actor });
  }
}

interface SignoffRow {
  id: number;
  page_id: string;
  kind: SignoffKind;
  round: ProofRound | null;
  by_name: string;
  by_role: Actor['role'];
  at: string;
  note: string | null;
}

interface PageState {
  number: number;
  status: string;
}

function requirePageState(db: ReadableDb, pageId: string): PageState {
  const page = db.prepare<[string], PageState>('SELECT number, status FROM pages WHERE id = ?').get(pageId);
  if (!page) throw new StoreError('not-found', errorMessage('page-not-found', { id: pageId }));
  return page;
}

/** When the text of a story on the page last changed (ISO times from nowIso() order as strings), or null. */
function lastTextChange(db: ReadableDb, pageId: string): string | null {
  const ids = storiesOnPage(db, pageId);
  if (ids.length === 0) return null;
  return (
    db
      .prepare<[string], { at: string | null }>(
        'SELECT max(created_at) AS at FROM revisions WHERE story_id IN (SELECT value FROM json_each(?))',
      )
      .get(JSON.stringify(ids))?.at ?? null
  );
}

/** A page's sign-off state, read only (the page is known to exist: pages.ofIssue reads it for each of its views). */
export function readPageSignoffs(db: ReadableDb, pageId: string): PageSignoffs {
  const rows = db
    .prepare<[string], SignoffRow>('SELECT * FROM signoffs WHERE page_id = ? ORDER BY id')
    .all(pageId);
  const lastWithdraw = rows.reduce((last, row) => (row.kind === 'withdraw' ? row.id : last), 0);
  const textChangedAt = lastTextChange(db, pageId);
  const history: Signoff[] = rows.map((row) => ({
    id: row.id,
    pageId: row.page_id,
    kind: row.kind,
    round: row.round,
    by: row.by_name,
    byRole: row.by_role,
    at: row.at,
    note: row.note,
    voided: signatureVoided({ kind: row.kind, order: row.id, at: row.at }, lastWithdraw, textChangedAt),
  }));
  const current = (kind: SignoffKind, round: ProofRound | null = null) =>
    history.find((s) => s.kind === kind && s.round === round && !s.voided) ?? null;
  return {
    pageId,
    rounds: {
      first: current('round', 'first'),
      second: current('round', 'second'),
      third: current('round', 'third'),
      'read-through': current('round', 'read-through'),
    },
    page: current('page'),
    approved: current('approve'),
    undecidedMarks: countUndecidedMarks(db, pageId),
    history,
  };
}

function insert(db: WritableDb, pageId: string, kind: SignoffKind, actor: Actor, round: ProofRound | null = null, note: string | null = null) {
  db.prepare(
    'INSERT INTO signoffs (page_id, kind, round, by_name, by_role, at, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(pageId, kind, round, actor.name, actor.role, nowIso(), note);
}

function setPageStatus(db: WritableDb, pageId: string, status: 'approved' | 'proofing'): void {
  db.prepare('UPDATE pages SET status = ?, updated_at = ? WHERE id = ?').run(status, nowIso(), pageId);
}

const conflict = (message: ErrorMessage) => new StoreError('conflict', message);

function facts(page: PageState, state: PageSignoffs): SignoffFacts {
  return { pageNumber: page.number, pageStatus: page.status, rounds: state.rounds, page: state.page, undecidedMarks: state.undecidedMarks };
}

/** Refuse with the shared rule's words (shared/model/signoff-rules.ts). */
function refuseIf(refusal: ErrorMessage | null): void {
  if (refusal !== null) throw conflict(refusal);
}

/** Run fn in a write transaction on the page and return the sign-off state after it. */
function onPage(db: WritableDb, pageId: string, fn: (page: PageState, state: PageSignoffs) => void): PageSignoffs {
  return guardStorage(() =>
    db
      .transaction(() => {
        const page = requirePageState(db, pageId);
        fn(page, readPageSignoffs(db, pageId));
        return readPageSignoffs(db, pageId);
      })
      .immediate(),
  );
}

export function getPageSignoffs(db: WritableDb, pageId: string): PageSignoffs {
  return onPage(db, pageId, () => undefined);
}

/** The proofreader signs a round done (校毕); rounds go in order and each is signed once. */
export function signRound(db: WritableDb, input: { pageId: string; round: ProofRound; actor: Actor }): PageSignoffs {
  return onPage(db, input.pageId, (page, state) => {
    refuseIf(refuseRound(facts(page, state), input.round));
    insert(db, input.pageId, 'round', input.actor, input.round);
    // The paper's last required round is done: the page's stories waiting for proof are proofread (校毕).
    moveStoriesOnPage(db, input.pageId, 'round', input.round, input.actor);
  });
}

/** The 责任编辑 signs the page: the required rounds signed (default 一校), and every mark decided. */
export function signPage(db: WritableDb, input: { pageId: string; actor: Actor }): PageSignoffs {
  return onPage(db, input.pageId, (page, state) => {
    refuseIf(refusePageSignature(facts(page, state), getProofPolicy(db).lastRequiredRound));
    insert(db, input.pageId, 'page', input.actor);
  });
}

/** 签发: after the editor's page signature; locks the page's stories and sets the page 'approved'. */
export function approvePage(db: WritableDb, input: { pageId: string; actor: Actor }): PageSignoffs {
  return onPage(db, input.pageId, (page, state) => {
    refuseIf(refuseApproval(facts(page, state)));
    insert(db, input.pageId, 'approve', input.actor);
    setPageStatus(db, input.pageId, 'approved');
    moveStoriesOnPage(db, input.pageId, 'approve', null, input.actor);
  });
}

/** 撤销签发: the page returns to proofing; a reason is required and kept. */
export function withdrawApproval(db: WritableDb, input: { pageId: string; actor: Actor; reason: string }): PageSignoffs {
  const reason = input.reason.trim();
  if (reason === '') throw new StoreError('invalid', errorMessage('withdraw-needs-reason'), { field: 'reason' });
  return onPage(db, input.pageId, (page) => {
    if (page.status === 'sent') throw conflict(errorMessage('withdraw-sent', { page: page.number }));
    if (page.status !== 'approved') throw conflict(errorMessage('withdraw-not-approved', { page: page.number }));
    insert(db, input.pageId, 'withdraw', input.actor, null, reason);
    setPageStatus(db, input.pageId, 'proofing');
    moveStoriesOnPage(db, input.pageId, 'withdraw', null, input.actor);
  });
}
