import { describe, expect, it } from 'vitest';
import { meaningfulRevisions, REVISION_COALESCE, type RevisionSummary } from '../../../shared/model';

const T0 = Date.parse('2026-12-06T08:00:00Z');
let n = 0;
/** A revision `sec` seconds after T0 with `chars` characters. */
function rev(sec: number, chars: number, over: Partial<RevisionSummary> = {}): RevisionSummary {
  n++;
  return { id: `r${n}`, storyId: 's', number: n, author: '王编辑', createdAt: new Date(T0 + sec * 1000).toISOString(), chars, hanChars: chars, reason: 'edit', restoredFrom: null, ...over };
}
const numbers = (revs: RevisionSummary[]) => meaningfulRevisions(revs).map((m) => m.revision.number);

describe('meaningful revisions (autosaves coalesced)', () => {
  it('folds a run of autosaves a second apart into the last one, keeping the creation', () => {
    n = 0;
    const revs = [rev(0, 0, { reason: 'create' }), ...Array.from({ length: 30 }, (_, i) => rev(2 + i * 1.2, 10 + i * 3))];
    const out = meaningfulRevisions(revs);
    expect(out.map((m) => m.revision.number)).toEqual([1, 31]);
    expect(out[1].folded).toEqual(Array.from({ length: 29 }, (_, i) => i + 2));
  });

  it('keeps a save followed by a pause, and starts a new run after it', () => {
    n = 0;
    const revs = [rev(0, 0, { reason: 'create' }), rev(5, 20), rev(6, 25), rev(6 + REVISION_COALESCE.pauseMs / 1000, 30), rev(8 + REVISION_COALESCE.pauseMs / 1000, 40)];
    expect(numbers(revs)).toEqual([1, 3, 5]);
  });

  it('keeps a save once enough text changed since the last standing revision (by size)', () => {
    n = 0;
    const revs = [rev(0, 0, { reason: 'create' }), rev(1, 200), rev(2, 400), rev(3, 600), rev(4, 650), rev(5, 700)];
    // 200 + 200 + 200 = 600 ≥ 500 at the 4th revision; then a new run.
    expect(numbers(revs)).toEqual([1, 4, 6]);
  });

  it('leaves a checkpoint in a long unbroken session', () => {
    n = 0;
    const revs = [rev(0, 0, { reason: 'create' }), ...Array.from({ length: 40 }, (_, i) => rev(30 + i * 60, 10 + i))];
    const out = numbers(revs);
    expect(out.length).toBeGreaterThanOrEqual(3);
    expect(out.at(-1)).toBe(41);
    const times = meaningfulRevisions(revs).map((m) => Date.parse(m.revision.createdAt));
    for (let i = 2; i < times.length; i++) expect(times[i] - times[i - 1]).toBeLessThanOrEqual(REVISION_COALESCE.maxSpanMs + 60_000);
  });

  it('keeps the last save before another author, a restore or an import, and every event', () => {
    n = 0;
    const revs = [rev(0, 0, { reason: 'create' }), rev(1, 10), rev(2, 12), rev(3, 14, { author: '李校对' }), rev(4, 10, { reason: 'restore', restoredFrom: 2 }), rev(5, 11)];
    expect(numbers(revs)).toEqual([1, 3, 4, 5, 6]);
  });

  it('takes revisions in any order and keeps the newest', () => {
    n = 0;
    const revs = [rev(0, 0, { reason: 'create' }), rev(1, 10), rev(2, 12)];
    expect(numbers([...revs].reverse())).toEqual([1, 3]);
    expect(meaningfulRevisions([])).toEqual([]);
  });
});
