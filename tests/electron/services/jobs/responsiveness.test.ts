// The issue's stated test, for every kind of long job: while it runs, other requests are answered within
// 100 ms. A cheap request (stories.list, filtered by title so the answer stays small while the desk holds
// hundreds of stories) is sent every 20 ms while the job is in flight; its latency is
// measured from when it was due, so a blocked event loop (work done on the request thread) counts in full.
// Not a speed test: the jobs may take as long as the machine needs; only the other requests' latency is bound.
// On a loaded machine the OS alone can delay a thread past 100 ms now and then, so the measure is taken over up
// to three runs of the job and the best run must stay within the bound; a blocked loop fails every run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServices, type Services } from '../../../../electron/services';
import { findGhostscript } from '../../../../electron/export/plates/ghostscript';
import { createStory, openDesk } from '../../../../electron/store';
import type { Envelope } from '../../../../shared/api/contract';
import type { StoryContent } from '../../../../shared/model';
import { rewrittenStory } from '../../../shared/model/rewritten-story';
import { tempDir } from '../../store/helpers';
import { buildDocx } from '../docx-fixture';

const PERIOD_MS = 20;
const BOUND_MS = 100;
const RUNS = 3;
/** Stories in the desk (backup and search rebuild read them all) and characters in each. */
const DESK_STORIES = 400;
const STORY_CHARS = 6_000;

const content = (paragraphs: string[]): StoryContent => ({ blocks: paragraphs.map((text) => ({ type: 'paragraph', runs: [{ text }] })) });

let cleanup: () => void;
let services: Services;
let outDir: string;
beforeAll(() => {
  const temp = tempDir('folio-responsive-');
  cleanup = temp.cleanup;
  outDir = mkdtempSync(join(tmpdir(), 'folio-responsive-out-'));
  // A desk of some size, written directly (one transaction) so that setting it up is quick.
  const desk = openDesk(temp.dir);
  desk.db.transaction(() => {
    for (let i = 0; i < DESK_STORIES; i++) createStory(desk.db, { content: content(rewrittenStory(STORY_CHARS, i + 1).before) });
  })();
  desk.close();
  // Bounds raised so that comparing the rewritten story by character is a slow job (2 s of work).
  services = openServices({
    dataDir: temp.dir,
    dailyBackup: false,
    diffLimits: { maxCharsByCharacter: 1_000_000_000, budgetMs: 2_000, maxTextChars: 1_000_000_000 },
  });
}, 300_000);
afterAll(() => {
  services?.close();
  cleanup?.();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

interface Run {
  maxLatencyMs: number;
  requests: number;
  jobMs: number;
}

const valueOf = <T>(reply: Envelope<unknown>): T => {
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as T;
};

/** Run the job while sending stories.list every PERIOD_MS; the worst latency from due time. */
async function measure(job: () => Promise<unknown>): Promise<Run> {
  let finished = false;
  const started = performance.now();
  const work = job().finally(() => (finished = true));
  const latencies: number[] = [];
  let due = started + PERIOD_MS;
  do {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    const reply = await services.dispatch('stories.list', { filter: '长稿' });
    expect(reply.ok).toBe(true);
    const answered = performance.now();
    latencies.push(answered - due);
    due = answered + PERIOD_MS;
  } while (!finished);
  await work;
  return { maxLatencyMs: Math.round(Math.max(...latencies)), requests: latencies.length, jobMs: Math.round(performance.now() - started) };
}

/** The best of up to RUNS runs must stay within the bound, and the job must have been long enough to mean it. */
async function expectResponsive(job: () => Promise<unknown>, minRequests: number): Promise<void> {
  const runs: Run[] = [];
  while (runs.length < RUNS && !runs.some((run) => run.maxLatencyMs < BOUND_MS)) runs.push(await measure(job));
  const best = runs.reduce((a, b) => (a.maxLatencyMs <= b.maxLatencyMs ? a : b));
  console.log(`responsiveness: ${JSON.stringify(runs)}`);
  expect(best.maxLatencyMs, JSON.stringify(runs)).toBeLessThan(BOUND_MS);
  expect(best.requests, JSON.stringify(runs)).toBeGreaterThanOrEqual(minRequests);
}

describe('responsiveness while each kind of long job runs', () => {
  it('diff: a rewritten 10,000-字 story compared by character', async () => {
    const { before, after } = rewrittenStory(10_000);
    const { id } = valueOf<{ id: string }>(await services.dispatch('stories.create', { content: content(before) }));
    valueOf(await services.dispatch('stories.save', { id, content: content(after) }));
    await expectResponsive(async () => valueOf(await services.dispatch('stories.diff', { id, from: 1, to: 2 })), 20);
  }, 180_000);

  it('import: a large .docx (about 300,000 字)', async () => {
    const paragraphs = rewrittenStory(300_000, 7).before.map((text) => ({ runs: [{ text }] }));
    const bytes = await buildDocx([{ style: 'Title', runs: [{ text: '长稿' }] }, ...paragraphs]);
    const files = [{ name: '长稿.docx', bytesBase64: bytes.toString('base64') }];
    await expectResponsive(async () => {
      const report = valueOf<{ stories: unknown[]; errors: unknown[] }>(await services.dispatch('import.files', { files }));
      expect(report.errors).toEqual([]);
      expect(report.stories).toHaveLength(1);
    }, 10);
  }, 300_000);

  it.runIf(findGhostscript())('export and plates: the demo page with C/M/Y/K plates at 600 dpi', async () => {
    const { issue } = valueOf<{ issue: string }>(await services.dispatch('demo.create', {}));
    await expectResponsive(async () => {
      const { jobId } = valueOf<{ jobId: string }>(await services.dispatch('export.start', { issueId: issue, pages: [1], outDir, plates: true, dpi: 600, force: true }));
      for (;;) {
        const status = valueOf<{ ended: boolean; pages: { status: string; message: string | null }[] }>(await services.dispatch('export.status', { jobId }));
        if (status.ended) return expect(status.pages.map((p) => p.message ?? p.status)).toEqual(['done']);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }, 10);
  }, 300_000);

  it(`backup: a desk of ${DESK_STORIES} stories`, async () => {
    await expectResponsive(async () => expect(valueOf<{ file: string }>(await services.dispatch('backup.create', {})).file).toMatch(/^folio-backup-/), 3);
  }, 300_000);

  it(`search rebuild: a desk of ${DESK_STORIES} stories`, async () => {
    await expectResponsive(async () => expect(valueOf<{ stories: number }>(await services.dispatch('search.rebuild', {})).stories).toBeGreaterThanOrEqual(DESK_STORIES), 5);
    // The index still finds what it held.
    const hits = valueOf<unknown[]>(await services.dispatch('search.stories', { query: '长稿' }));
    expect(hits.length).toBeGreaterThan(0);
  }, 300_000);
});
