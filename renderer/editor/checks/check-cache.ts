/** The per-paragraph check cache, apart from Slate so the checks' Web Worker (check-worker.ts) bundles without it. */
import type { LocalFinding, ParagraphCheckCache } from '../../../shared/proof';

/** A bounded per-paragraph cache (oldest entries dropped first), for one set of CheckOptions. */
export class BlockCheckCache implements ParagraphCheckCache {
  private readonly entries = new Map<string, readonly LocalFinding[]>();
  /** How many paragraphs were checked (not found in the cache) since creation: for tests and the docs. */
  misses = 0;
  constructor(private readonly limit = 4000) {}
  get(key: string): readonly LocalFinding[] | undefined {
    const found = this.entries.get(key);
    if (found === undefined) this.misses++;
    return found;
  }
  set(key: string, findings: readonly LocalFinding[]): void {
    this.entries.delete(key);
    this.entries.set(key, findings);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
  }
  get size(): number {
    return this.entries.size;
  }
}
