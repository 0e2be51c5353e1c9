/**
 * The page plan in the newsroom: what a desk sends when it changes issues, pages or modules, and the ONE rule
 * by which the server applies it. A desk's change is a list of entities each with the state the desk started
 * from (`before`) and the state it made (`after`); the server compares `before` with what it holds now:
 *
 * - unchanged since the desk's base → the desk's state is applied;
 * - already what the desk wants → nothing to do (a replay, or two desks making the same move);
 * - changed by somebody else meanwhile → the server keeps its current state and the desk's becomes a conflict.
 *
 * Modules merge as wholes (two desks changing different modules of one page both apply; the same module from a
 * stale base conflicts); issue and page fields merge field by field (one desk renames the section while another
 * sets the 责编). A 签发 page (approved, sent) refuses every change. 签发 itself is the server's (signoff.*), so
 * a desk never sends a page status of approved or sent.
 */
import { z } from 'zod';
import { IssueFieldsSchema, ModuleSchema, PagePeopleSchema, PageStatusSchema, PageTemplateSchema } from '../model/page';
import { IdSchema } from '../model/story';
import { canonicalJson } from './save-decision';

export const PlanIssueSchema = IssueFieldsSchema.extend({ id: IdSchema });
export type PlanIssue = z.infer<typeof PlanIssueSchema>;

export const PlanPageSchema = PagePeopleSchema.extend({
  id: IdSchema,
  issueId: IdSchema,
  number: z.number().int().min(1),
  section: z.string().max(40),
  status: PageStatusSchema,
  template: PageTemplateSchema,
});
export type PlanPage = z.infer<typeof PlanPageSchema>;

/** A module with its drawing order on the page (the desk's position), so every desk draws the same. */
export const PlanModuleSchema = ModuleSchema.extend({ position: z.number().int() });
export type PlanModule = z.infer<typeof PlanModuleSchema>;

/** The whole plan of some issues, or the part of it a change touches. */
export const PlanStateSchema = z.object({
  issues: z.array(PlanIssueSchema),
  pages: z.array(PlanPageSchema),
  modules: z.array(PlanModuleSchema),
});
export type PlanState = z.infer<typeof PlanStateSchema>;

function changeOf<T extends z.ZodTypeAny>(schema: T) {
  return z.object({ id: IdSchema, before: schema.nullable(), after: schema.nullable() }).strict();
}

export const PlanPushSchema = z
  .object({
    issues: z.array(changeOf(PlanIssueSchema)).max(64),
    pages: z.array(changeOf(PlanPageSchema)).max(64),
    modules: z.array(changeOf(PlanModuleSchema)).max(2_000),
  })
  .strict();
export type PlanPush = z.infer<typeof PlanPushSchema>;

export const PlanConflictReasons = ['changed', 'approved', 'gone', 'not-empty', 'number-taken'] as const;

/** A change the server did not apply: the desk keeps it (mine) beside the server's state (theirs). */
export const PlanConflictSchema = z.object({
  entity: z.enum(['issue', 'page', 'module']),
  id: IdSchema,
  /** The page the conflict shows on (for a module, the page it is on or was going to). */
  pageId: IdSchema.nullable(),
  /** For a field of an issue or page; null for a whole module. */
  field: z.string().nullable(),
  reason: z.enum(PlanConflictReasons),
  base: z.unknown(),
  mine: z.unknown(),
  theirs: z.unknown(),
});
export type PlanConflict = z.infer<typeof PlanConflictSchema>;

/** Statuses a desk sets; approved and sent come only from the server's 签发 and export. */
export const DESK_PAGE_STATUSES: ReadonlySet<PlanPage['status']> = new Set(['planning', 'layout', 'proofing']);
const FROZEN: ReadonlySet<PlanPage['status']> = new Set(['approved', 'sent']);

export function samePlan(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * What changed between two snapshots of the same issues on one desk (before and after a desk call): only the
 * entities that differ. Page status moves to approved/sent are the server's and are left out.
 */
export function diffPlan(before: PlanState, after: PlanState): PlanPush {
  const diff = <T extends { id: string }>(a: readonly T[], b: readonly T[], keep: (x: T | null, y: T | null) => { before: T | null; after: T | null } | null) => {
    const from = byId(a);
    const to = byId(b);
    const ids = [...new Set([...from.keys(), ...to.keys()])];
    return ids.flatMap((id) => {
      const x = from.get(id) ?? null;
      const y = to.get(id) ?? null;
      if (samePlan(x, y)) return [];
      const kept = keep(x, y);
      return kept === null || samePlan(kept.before, kept.after) ? [] : [{ id, ...kept }];
    });
  };
  const asIs = <T>(x: T | null, y: T | null) => ({ before: x, after: y });
  const deskStatus = (x: PlanPage | null, y: PlanPage | null) => {
    if (y === null || DESK_PAGE_STATUSES.has(y.status)) return { before: x, after: y };
    // The desk's own 签发 is not sent; the rest of the page is.
    return { before: x, after: { ...y, status: x?.status ?? 'proofing' } };
  };
  return {
    issues: diff(before.issues, after.issues, asIs),
    pages: diff(before.pages, after.pages, deskStatus),
    modules: diff(before.modules, after.modules, asIs),
  };
}

export function isEmptyPush(push: PlanPush): boolean {
  return push.issues.length === 0 && push.pages.length === 0 && push.modules.length === 0;
}

/** The ids whose current state the server needs to decide a push. */
export function pushTouches(push: PlanPush): { issueIds: string[]; pageIds: string[]; moduleIds: string[] } {
  const pageIds = new Set<string>(push.pages.map((c) => c.id));
  for (const c of push.modules) {
    if (c.before) pageIds.add(c.before.pageId);
    if (c.after) pageIds.add(c.after.pageId);
  }
  const issueIds = new Set<string>(push.issues.map((c) => c.id));
  for (const c of push.pages) {
    if (c.before) issueIds.add(c.before.issueId);
    if (c.after) issueIds.add(c.after.issueId);
  }
  return { issueIds: [...issueIds], pageIds: [...pageIds], moduleIds: push.modules.map((c) => c.id) };
}

export interface PlanMergeResult {
  /** The touched entities as they are to be stored (absent = deleted or never there). */
  next: PlanState;
  /** Ids of what the push changed, per kind (for the change feed). */
  changed: { issues: string[]; pages: string[]; modules: string[] };
  conflicts: PlanConflict[];
}

type Fields = Record<string, unknown>;

/** Field-by-field three-way: a field the desk changed applies unless somebody else changed it differently. */
function mergeFields<T extends Fields>(
  base: T,
  mine: T,
  current: T,
  conflict: (field: string, base: unknown, mine: unknown, theirs: unknown) => void,
): T {
  const merged: Fields = { ...current };
  for (const field of Object.keys(mine)) {
    if (samePlan(base[field], mine[field])) continue;
    if (samePlan(current[field], base[field]) || samePlan(current[field], mine[field])) merged[field] = mine[field];
    else conflict(field, base[field], mine[field], current[field]);
  }
  return merged as T;
}

/**
 * Apply a desk's push to the server's current state of what it touches (`current` holds every issue, page and
 * module the push names that exists now, and every module on the pages it names). Pure: the server's store
 * reads and writes; this decides.
 */
export function mergePlan(current: PlanState, push: PlanPush): PlanMergeResult {
  const issues = byId(current.issues);
  const pages = byId(current.pages);
  const modules = byId(current.modules);
  const conflicts: PlanConflict[] = [];
  const changed = { issues: new Set<string>(), pages: new Set<string>(), modules: new Set<string>() };
  const frozen = (pageId: string | undefined) => pageId !== undefined && FROZEN.has(pages.get(pageId)?.status ?? 'planning');

  for (const c of push.issues) {
    const now = issues.get(c.id) ?? null;
    if (c.after === null) continue; // desks never delete an issue
    if (now === null) {
      issues.set(c.id, c.after);
      changed.issues.add(c.id);
      continue;
    }
    const merged = mergeFields(c.before ?? now, c.after, now, (field, base, mine, theirs) =>
      conflicts.push({ entity: 'issue', id: c.id, pageId: null, field, reason: 'changed', base, mine, theirs }),
    );
    if (!samePlan(merged, now)) {
      issues.set(c.id, merged);
      changed.issues.add(c.id);
    }
  }

  const removals: typeof push.pages = [];
  for (const c of push.pages) {
    const now = pages.get(c.id) ?? null;
    if (c.after === null) {
      removals.push(c);
      continue;
    }
    const after = DESK_PAGE_STATUSES.has(c.after.status) ? c.after : { ...c.after, status: now?.status ?? c.before?.status ?? 'planning' };
    if (now === null) {
      if (c.before !== null) {
        conflicts.push({ entity: 'page', id: c.id, pageId: c.id, field: null, reason: 'gone', base: c.before, mine: after, theirs: null });
        continue;
      }
      pages.set(c.id, after);
      changed.pages.add(c.id);
      continue;
    }
    if (frozen(c.id)) {
      if (!samePlan(now, after)) {
        conflicts.push({ entity: 'page', id: c.id, pageId: c.id, field: null, reason: 'approved', base: c.before, mine: after, theirs: now });
      }
      continue;
    }
    const merged = mergeFields(c.before ?? now, after, now, (field, base, mine, theirs) =>
      conflicts.push({ entity: 'page', id: c.id, pageId: c.id, field, reason: 'changed', base, mine, theirs }),
    );
    if (!samePlan(merged, now)) {
      pages.set(c.id, merged);
      changed.pages.add(c.id);
    }
  }

  for (const c of push.modules) {
    const now = modules.get(c.id) ?? null;
    const pageIds = [c.before?.pageId, c.after?.pageId, now?.pageId];
    const pageId = c.after?.pageId ?? c.before?.pageId ?? null;
    const conflict = (reason: PlanConflict['reason']) =>
      conflicts.push({ entity: 'module', id: c.id, pageId, field: null, reason, base: c.before, mine: c.after, theirs: now });
    if (samePlan(now, c.after)) continue;
    if (pageIds.some((id) => frozen(id))) {
      conflict('approved');
      continue;
    }
    if (!samePlan(now, c.before)) {
      conflict('changed');
      continue;
    }
    if (c.after !== null && !pages.has(c.after.pageId)) {
      conflict('gone');
      continue;
    }
    if (c.after === null) modules.delete(c.id);
    else modules.set(c.id, c.after);
    changed.modules.add(c.id);
    for (const id of pageIds) if (id !== undefined && pages.has(id)) changed.pages.add(id);
  }

  // A page goes only when nothing is left on it (what another desk placed there meanwhile is not thrown away).
  for (const c of removals) {
    const now = pages.get(c.id);
    if (!now) continue;
    if (frozen(c.id)) {
      conflicts.push({ entity: 'page', id: c.id, pageId: c.id, field: null, reason: 'approved', base: c.before, mine: null, theirs: now });
      continue;
    }
    if ([...modules.values()].some((m) => m.pageId === c.id)) {
      conflicts.push({ entity: 'page', id: c.id, pageId: c.id, field: null, reason: 'not-empty', base: c.before, mine: null, theirs: now });
      continue;
    }
    pages.delete(c.id);
    changed.pages.add(c.id);
  }

  settleNumberClashes(pages, push, current, changed.pages, conflicts);

  return {
    next: { issues: [...issues.values()], pages: [...pages.values()], modules: [...modules.values()] },
    changed: { issues: [...changed.issues], pages: [...changed.pages], modules: [...changed.modules] },
    conflicts,
  };
}

/**
 * Two desks gave two pages of one issue the same number (each added 第3版, or renumbered meanwhile): the page
 * already on the server keeps its number; this push's page never overwrites it nor doubles it. A page the server
 * had goes back to the number it has there; a new page takes the first number after the issue's last. Either way
 * the desk's wanted number becomes a conflict (field 'number'), and nothing on the page is lost.
 */
function settleNumberClashes(
  pages: Map<string, PlanPage>,
  push: PlanPush,
  current: PlanState,
  changedPages: Set<string>,
  conflicts: PlanConflict[],
): void {
  const wasOnServer = byId(current.pages);
  const pushed = new Map(push.pages.filter((c) => c.after !== null).map((c) => [c.id, c]));
  for (let round = 0; round <= pushed.size; round += 1) {
    const clash = [...pages.values()].find((page) => {
      if (!pushed.has(page.id)) return false;
      const server = wasOnServer.get(page.id);
      if (server !== undefined && server.number === page.number && server.issueId === page.issueId) return false;
      return [...pages.values()].some((other) => other.id !== page.id && other.issueId === page.issueId && other.number === page.number);
    });
    if (clash === undefined) return;
    const c = pushed.get(clash.id)!;
    const server = wasOnServer.get(clash.id);
    const lastNumber = Math.max(0, ...[...pages.values()].filter((p) => p.issueId === clash.issueId).map((p) => p.number));
    const number = server !== undefined && server.issueId === clash.issueId ? server.number : lastNumber + 1;
    pages.set(clash.id, { ...clash, number });
    // (A page back as the server has it is written as it was: the store skips an unchanged page.)
    changedPages.add(clash.id);
    conflicts.push({ entity: 'page', id: clash.id, pageId: clash.id, field: 'number', reason: 'number-taken', base: c.before?.number ?? null, mine: c.after!.number, theirs: number });
  }
}

/** Modules in drawing order: by position, then id, the same on every desk and the server. */
export function inDrawingOrder<T extends { position: number; id: string }>(modules: readonly T[]): T[] {
  return [...modules].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
