// The stated test: while a slow job runs, other requests are answered within 100 ms. A cheap request
// (stories.list) is sent every 20 ms while a slow stories.diff is in flight; its latency is measured from when
// it was due, so a blocked event loop (the diff computed on the request thread) counts in full: seconds.
// On a loaded machine the OS alone can delay a thread past 100 ms now and then, so the measure is taken over up
// to three runs of the job and the best run must stay within the bound; a blocked loop fails every run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../../electron/services';
import type { StoryContent } from '../../../../shared/model';
import { rewrittenStory } from '../../../shared/model/rewritten-story';
import { tempDir } from '../../store/helpers';

let cleanup: () => void;
let services: Services;
beforeEach(() => {
  const temp = tempDir('folio-responsive-');
  cleanup = temp.cleanup;
  // Bounds raised so that comparing the rewritten story by character is a slow job (2 s of work).
  services = openServices({
    dataDir: temp.dir,
    dailyBackup: false,
    diffLimits: { maxCharsByCharacter: 1_000_000_000, budgetMs: 2_000, maxTextChars: 1_000_000_000 },
  });
});
afterEach(() => {
  services.close();
  cleanup();
});

const content = (paragraphs: string[]): StoryContent => ({ blocks: paragraphs.map((text) => ({ type: 'paragraph', runs: [{ text }] })) });
const PERIOD_MS = 20;
const BOUND_MS = 100;
const RUNS = 3;

interface Run {
  maxLatencyMs: number;
  requests: number;
  jobMs: number;
}

/** Diff the story's two revisions while sending stories.list every PERIOD_MS; the worst latency from due time. */
async function measure(id: string): Promise<Run> {
  let finished = false;
  const started = performance.now();
  const diff = services.dispatch('stories.diff', { id, from: 1, to: 2 }).finally(() => (finished = true));
  const latencies: number[] = [];
  let due = started + PERIOD_MS;
  do {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    const reply = await services.dispatch('stories.list', {});
    expect(reply.ok).toBe(true);
    const answered = performance.now();
    latencies.push(answered - due);
    due = answered + PERIOD_MS;
  } while (!finished);
  expect((await diff).ok).toBe(true);
  return { maxLatencyMs: Math.round(Math.max(...latencies)), requests: latencies.length, jobMs: Math.round(performance.now() - started) };
}

describe('responsiveness under a slow job', () => {
  it('answers other requests within 100 ms while a rewritten 10,000-字 story is diffed by character', async () => {
    const { before, after } = rewrittenStory(10_000);
    const created = await services.dispatch('stories.create', { content: content(before) });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    expect((await services.dispatch('stories.save', { id, content: content(after) })).ok).toBe(true);

    const runs: Run[] = [];
    while (runs.length < RUNS && !runs.some((run) => run.maxLatencyMs < BOUND_MS)) runs.push(await measure(id));
    const best = runs.reduce((a, b) => (a.maxLatencyMs <= b.maxLatencyMs ? a : b));
    expect(best.maxLatencyMs, JSON.stringify(runs)).toBeLessThan(BOUND_MS);
    // The measure means something only if the job was slow and many requests were sent meanwhile.
    expect(best.jobMs).toBeGreaterThan(1_000);
    expect(best.requests).toBeGreaterThan(20);
  }, 120_000);
});
