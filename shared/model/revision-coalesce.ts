/**
 * Meaningful revisions (issue #14). The store keeps every save (append-only: the journal that crash recovery,
 * conflicts and the newsroom rely on), but autosave writes one about a second after typing stops, so a
 * working hour leaves hundreds. This rule folds runs of autosaves into the revisions a person means: a revision
 * stands when the writer paused after it, when enough text changed since the last standing one, when a long
 * session needs a checkpoint, when someone else (or another kind of event) comes next, and always the newest.
 * Events other than edits (create, restore, import, demo) always stand. The desk's revision list shows these,
 * each named by its time and author, with how many autosaves it holds; "show all" lists the journal.
 */
import type { RevisionSummary } from './story';

export interface CoalesceRules {
  /** A pause of at least this long after a save makes the save stand (ms). */
  pauseMs: number;
  /** Characters added or removed since the last standing revision that make a save stand. */
  sizeChars: number;
  /** An unbroken run of autosaves gets a standing revision at least this often (ms). */
  maxSpanMs: number;
}

export const REVISION_COALESCE: CoalesceRules = { pauseMs: 2 * 60_000, sizeChars: 500, maxSpanMs: 15 * 60_000 };

export interface MeaningfulRevision {
  revision: RevisionSummary;
  /** The saves folded into this one (the earlier autosaves of its run), oldest first; [] when none. */
  folded: number[];
}

/** The standing revisions, oldest first, from all of a story's revisions (any order). */
export function meaningfulRevisions(all: readonly RevisionSummary[], rules: CoalesceRules = REVISION_COALESCE): MeaningfulRevision[] {
  const revs = [...all].sort((a, b) => a.number - b.number);
  const out: MeaningfulRevision[] = [];
  let pending: number[] = [];
  let changed = 0;
  let anchor: RevisionSummary | null = null; // the last standing revision
  for (let i = 0; i < revs.length; i++) {
    const r = revs[i];
    const next = revs[i + 1];
    const previous = revs[i - 1];
    if (previous) changed += Math.abs(r.chars - previous.chars);
    const at = Date.parse(r.createdAt);
    const stands =
      !next ||
      r.reason !== 'edit' ||
      next.reason !== 'edit' ||
      next.author !== r.author ||
      Date.parse(next.createdAt) - at >= rules.pauseMs ||
      changed >= rules.sizeChars ||
      (anchor !== null && at - Date.parse(anchor.createdAt) >= rules.maxSpanMs);
    if (stands) {
      out.push({ revision: r, folded: pending });
      pending = [];
      changed = 0;
      anchor = r;
    } else {
      pending.push(r.number);
    }
  }
  return out;
}
