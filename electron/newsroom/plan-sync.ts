/**
 * The page plan in newsroom mode. A desk call that changes issues, pages or modules is run between two snapshots
 * of the issues it touches; their difference (shared/newsroom/page-plan.ts diffPlan: each entity with the state
 * it started from) goes to the outbox as one plan.push in the same transaction. What the server answers (its
 * whole plan of those issues, and the changes it did not apply) is written back here: the plan over the local
 * copy once nothing of this desk's is still on its way, the conflicts kept for the user.
 */
import { PlanDocSchema, type PlanDoc } from '../../shared/api/contract-newsroom-plan';
import {
  diffPlan,
  isEmptyPush,
  PlanConflictSchema,
  type PlanConflict,
  type PlanModule,
  type PlanPush,
  type PlanState,
} from '../../shared/newsroom/page-plan';
import type { ReadableDb, WritableDb } from '../store';
import { issueOfModule, issueOfPage, readPlanState, writePlanCopy } from '../store/plan-copy';
import { issuesUsingMaster } from '../store/page-masters-repo';
import { localIdOf, serverIdOf } from './id-map';
import { appendOutbox, hasPendingForIssue, type OutboxEntry } from './outbox';

export const PLAN_METHODS = new Set([
  'issues.create',
  'issues.update',
  'pages.update',
  'pages.add',
  'pages.remove',
  'pages.reorder',
  'modules.add',
  'modules.update',
  'modules.remove',
  'masters.save',
  'modules.continueOnPage',
]);

type Params = Record<string, unknown>;
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The issues a plan call changes, as far as they are known before it runs. */
export function issuesBefore(db: ReadableDb, method: string, params: Params): string[] {
  const id = str(params.id);
  const ids: Array<string | null> = [];
  switch (method) {
    case 'issues.update':
      ids.push(id);
      break;
    case 'pages.update':
    case 'pages.remove':
      ids.push(id && issueOfPage(db, id));
      break;
    case 'pages.add':
    case 'pages.reorder':
      ids.push(str(params.issueId));
      break;
    case 'modules.add':
      ids.push(str(params.pageId) && issueOfPage(db, str(params.pageId)!));
      break;
    case 'modules.update':
      ids.push(id && issueOfModule(db, id), str(params.pageId) && issueOfPage(db, str(params.pageId)!));
      break;
    case 'modules.remove':
      ids.push(id && issueOfModule(db, id));
      break;
    case 'modules.continueOnPage':
      ids.push(id && issueOfModule(db, id));
      break;
    case 'masters.save':
      if (id) ids.push(...issuesUsingMaster(db, id));
      break;
  }
  return [...new Set(ids.filter((x): x is string => x !== null))];
}

/** The issue a plan call's result shows (an Issue, or a PageView). */
function issueOfResult(result: unknown): string | null {
  const value = (result ?? {}) as { id?: unknown; pages?: unknown; issue?: { id?: unknown } };
  if (value.issue && typeof value.issue.id === 'string') return value.issue.id;
  if (Array.isArray(value.pages) && typeof value.id === 'string') return value.id;
  return null;
}

/** Append the plan.push for a plan call that just ran (inside its transaction); null when nothing changed. */
export function recordPlanChange(db: WritableDb, before: PlanState, issueIds: readonly string[], result: unknown): OutboxEntry | null {
  const fromResult = issueOfResult(result);
  const ids = [...new Set([...issueIds, ...(fromResult ? [fromResult] : [])])];
  const push = diffPlan(withoutUnsynced(db, before), readPlanState(db, ids));
  if (isEmptyPush(push)) return null;
  // Pictures first, by content hash: the page that shows one must never reach a desk before its bytes can.
  for (const c of push.modules) {
    const assetId = c.after?.picture?.assetId;
    if (assetId && assetId !== c.before?.picture?.assetId) appendOutbox(db, { method: 'assets.put', params: { id: assetId } });
  }
  return appendOutbox(db, { method: 'plan.push', params: push as unknown as Params, issueId: ids[0] ?? null });
}

/**
 * An issue this desk made before it joined the newsroom (none of its pages ever synced, nothing on its way) is
 * unknown to the server: its first change sends it whole, as if it were new.
 */
function withoutUnsynced(db: ReadableDb, before: PlanState): PlanState {
  const unsynced = new Set(
    before.issues
      .filter((issue) => !hasPendingForIssue(db, issue.id))
      .filter((issue) => before.pages.filter((p) => p.issueId === issue.id).every((p) => pageVersionOf(db, p.id) === null))
      .map((issue) => issue.id),
  );
  if (unsynced.size === 0) return before;
  const pages = before.pages.filter((p) => !unsynced.has(p.issueId));
  const kept = new Set(pages.map((p) => p.id));
  return { issues: before.issues.filter((i) => !unsynced.has(i.id)), pages, modules: before.modules.filter((m) => kept.has(m.pageId)) };
}

/** Stories named in a module: local ids out, server ids in (the rest of the plan has the same ids everywhere). */
function mapModule(m: PlanModule | null, map: (id: string) => string): PlanModule | null {
  return m === null || m.storyId === null ? m : { ...m, storyId: map(m.storyId) };
}

export function outgoingPush(db: ReadableDb, push: PlanPush): PlanPush {
  const map = (id: string) => serverIdOf(db, id);
  return { ...push, modules: push.modules.map((c) => ({ ...c, before: mapModule(c.before, map), after: mapModule(c.after, map) })) };
}

function incomingPlan(db: ReadableDb, plan: PlanDoc): PlanDoc {
  const map = (id: string) => localIdOf(db, id);
  return { ...plan, modules: plan.modules.map((m) => mapModule(m, map)!) };
}

export function setPageVersion(db: WritableDb, pageId: string, version: number): void {
  db.prepare(
    `INSERT INTO newsroom_page_sync (page_id, server_version) VALUES (?, ?)
     ON CONFLICT (page_id) DO UPDATE SET server_version = excluded.server_version`,
  ).run(pageId, version);
}

export function pageVersionOf(db: ReadableDb, pageId: string): number | null {
  return db.prepare<[string], number>('SELECT server_version FROM newsroom_page_sync WHERE page_id = ?').pluck().get(pageId) ?? null;
}

/**
 * Copy the server's plan of some issues over the local copy, issue by issue, except issues with changes of this
 * desk still in the outbox (the server's answer to those brings the plan later). Returns the issues copied.
 */
export function applyServerPlan(db: WritableDb, raw: unknown): { issueIds: string[]; changed: boolean; plan: PlanDoc | null } {
  const parsed = PlanDocSchema.safeParse(raw);
  if (!parsed.success) return { issueIds: [], changed: false, plan: null };
  const plan = incomingPlan(db, parsed.data);
  const copied: string[] = [];
  let changed = false;
  db.transaction(() => {
    for (const issue of plan.issues) {
      if (hasPendingForIssue(db, issue.id)) continue;
      const pages = plan.pages.filter((p) => p.issueId === issue.id);
      const pageIds = new Set(pages.map((p) => p.id));
      const state: PlanState = { issues: [issue], pages, modules: plan.modules.filter((m) => pageIds.has(m.pageId)) };
      if (writePlanCopy(db, state)) changed = true;
      for (const page of pages) setPageVersion(db, page.id, plan.versions[page.id] ?? 1);
      copied.push(issue.id);
    }
  })();
  return { issueIds: copied, changed, plan };
}

export interface StoredPlanConflict extends PlanConflict {
  conflictId: number;
  createdAt: string;
}

export function recordPlanConflicts(db: WritableDb, mutationId: string, conflicts: readonly unknown[]): number {
  const insert = db.prepare(
    `INSERT INTO newsroom_plan_conflicts (mutation_id, entity, entity_id, page_id, field, reason, base, mine, theirs, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let n = 0;
  for (const raw of conflicts) {
    const c = PlanConflictSchema.safeParse(raw);
    if (!c.success) continue;
    const json = (v: unknown) => JSON.stringify(v ?? null);
    insert.run(mutationId, c.data.entity, c.data.id, c.data.pageId, c.data.field, c.data.reason, json(c.data.base), json(c.data.mine), json(c.data.theirs), new Date().toISOString());
    n += 1;
  }
  return n;
}

interface PlanConflictRow {
  id: number;
  entity: PlanConflict['entity'];
  entity_id: string;
  page_id: string | null;
  field: string | null;
  reason: PlanConflict['reason'];
  base: string;
  mine: string;
  theirs: string;
  created_at: string;
}

/** Open page-plan conflicts, oldest first (of one page when given). */
export function listPlanConflicts(db: ReadableDb, pageId?: string): StoredPlanConflict[] {
  const rows = db
    .prepare<[], PlanConflictRow>('SELECT * FROM newsroom_plan_conflicts WHERE resolved_at IS NULL ORDER BY id')
    .all()
    .filter((r) => pageId === undefined || r.page_id === pageId);
  return rows.map((r) => ({
    conflictId: r.id,
    entity: r.entity,
    id: r.entity_id,
    pageId: r.page_id,
    field: r.field,
    reason: r.reason,
    base: JSON.parse(r.base),
    mine: JSON.parse(r.mine),
    theirs: JSON.parse(r.theirs),
    createdAt: r.created_at,
  }));
}

/**
 * The user decides a conflict: 'theirs' keeps the server's state (the local copy already shows it); 'mine' makes
 * this desk's wanted state the local one again and sends it as a new change based on what the server holds now.
 */
export function resolvePlanConflict(db: WritableDb, conflictId: number, keep: 'mine' | 'theirs'): { resolved: boolean; entry: OutboxEntry | null } {
  return db.transaction(() => {
    const conflict = listPlanConflicts(db).find((c) => c.conflictId === conflictId);
    if (!conflict) return { resolved: false, entry: null };
    db.prepare('UPDATE newsroom_plan_conflicts SET resolved_at = ? WHERE id = ?').run(new Date().toISOString(), conflictId);
    if (keep === 'theirs') return { resolved: true, entry: null };
    const issueId =
      conflict.entity === 'issue' ? conflict.id : conflict.pageId === null ? null : issueOfPage(db, conflict.pageId);
    if (issueId === null) return { resolved: true, entry: null };
    const before = readPlanState(db, [issueId]);
    const wanted = withMine(before, conflict);
    writePlanCopy(db, wanted);
    return { resolved: true, entry: recordPlanChange(db, before, [issueId], null) };
  })();
}

function withMine(state: PlanState, c: PlanConflict): PlanState {
  if (c.entity === 'page' && c.field === 'number' && typeof c.mine === 'number') return movedTo(state, c.id, c.mine);
  if (c.entity === 'module') {
    const others = state.modules.filter((m) => m.id !== c.id);
    return { ...state, modules: c.mine === null ? others : [...others, c.mine as PlanModule] };
  }
  const set = <T extends { id: string }>(items: T[]): T[] =>
    items.map((item) => (item.id === c.id && c.field !== null ? { ...item, [c.field]: c.mine } : item));
  return c.entity === 'issue' ? { ...state, issues: set(state.issues) } : { ...state, pages: set(state.pages) };
}

/**
 * A page number kept as mine: the page goes to that place among its issue's pages and the others make room
 * (第N版 stay 1…N, never two pages with one number), as pages.reorder would.
 */
function movedTo(state: PlanState, pageId: string, number: number): PlanState {
  const page = state.pages.find((p) => p.id === pageId);
  if (!page) return state;
  const others = state.pages.filter((p) => p.issueId === page.issueId && p.id !== pageId).sort((a, b) => a.number - b.number);
  const at = Math.min(Math.max(number - 1, 0), others.length);
  const order = [...others.slice(0, at), page, ...others.slice(at)];
  const numbers = new Map(order.map((p, i) => [p.id, i + 1]));
  return { ...state, pages: state.pages.map((p) => (numbers.has(p.id) ? { ...p, number: numbers.get(p.id)! } : p)) };
}

/** Asset ids of the pictures on the plan's pages. */
export function picturesOf(plan: PlanState): string[] {
  return [...new Set(plan.modules.flatMap((m) => (m.picture?.assetId ? [m.picture.assetId] : [])))];
}

/** Stories the plan's modules name (local ids). */
export function storiesOf(plan: PlanState): string[] {
  return [...new Set(plan.modules.flatMap((m) => (m.storyId ? [m.storyId] : [])))];
}
