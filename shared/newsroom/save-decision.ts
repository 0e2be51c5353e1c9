/**
 * What a save does to a story, decided once for every place that saves (server, desk outbox replay):
 * nothing is ever overwritten. A save based on the story's current revision appends the next revision; a save
 * based on anything else (an older revision, or an earlier conflict revision) is kept as a conflict revision
 * beside the current one, for the editor to merge (merge.ts). Saving the text the story already has is a no-op.
 */
export type SaveDecision = { kind: 'unchanged' } | { kind: 'append' } | { kind: 'conflict' };

export interface SaveFacts {
  /** The story's current revision number. */
  headRevision: number;
  /** The revision the writer started from; undefined = "no check" (the desk's contract). */
  baseRevision: number | undefined;
  /** The saved content equals the current revision's content. */
  sameAsHead: boolean;
}

export function decideSave(facts: SaveFacts): SaveDecision {
  if (facts.sameAsHead) return { kind: 'unchanged' };
  if (facts.baseRevision === undefined || facts.baseRevision === facts.headRevision) return { kind: 'append' };
  return { kind: 'conflict' };
}

/** Content equality for the decision: the same blocks, runs and attributes (key order does not matter). */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
