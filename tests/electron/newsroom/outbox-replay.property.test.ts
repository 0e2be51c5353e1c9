/**
 * Property: whatever the network does (requests lost before the server, answers lost after it committed) and
 * whenever the desk restarts its sender, with mutations made at any point between, the server ends up with
 * every mutation of the outbox exactly once, in the order the desk made them, and nothing is left pending.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStory, migrateDatabase, openMemory, saveStory, type WritableDb } from '../../../electron/store';
import { recordMutation } from '../../../electron/newsroom/record';
import { Sender } from '../../../electron/newsroom/sender';
import { nextPending } from '../../../electron/newsroom/outbox';
import { listConflicts } from '../../../electron/newsroom/sync-state';
import type { CallOutcome } from '../../../electron/newsroom/server-client';
import { storyContent } from '../store/helpers';
import { LedgerServer } from './ledger-server';

type Fault = 'ok' | 'lost-request' | 'lost-answer';
type Step =
  | { kind: 'create' }
  | { kind: 'save'; story: number; text: string }
  | { kind: 'drain'; faults: Fault[] }
  | { kind: 'restart' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.constant<Step>({ kind: 'create' }),
  fc.record({ kind: fc.constant('save' as const), story: fc.nat(4), text: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({
    kind: fc.constant('drain' as const),
    faults: fc.array(fc.constantFrom<Fault>('ok', 'lost-request', 'lost-answer'), { minLength: 1, maxLength: 6 }),
  }),
  fc.constant<Step>({ kind: 'restart' }),
);

async function run(steps: Step[]): Promise<void> {
  const db: WritableDb = openMemory();
  migrateDatabase(db);
  const server = new LedgerServer();
  const stories: string[] = [];
  let faults: Fault[] = [];
  const call = async (method: string, params: unknown, key: string): Promise<CallOutcome> => {
    const fault = faults.shift() ?? 'ok';
    if (fault === 'lost-request') return { kind: 'unreachable', message: 'cut before the server' };
    const answer = server.handle(method, params as Record<string, unknown>, key);
    return fault === 'lost-answer' ? { kind: 'unreachable', message: 'cut after the commit' } : answer;
  };
  const makeSender = () => new Sender({ db, server: () => null, backoff: { baseMs: 1, maxMs: 4 }, call });
  let sender = makeSender();
  // Drain until the faults of this step are used up (a lost call makes the sender retry by itself).
  const drainWith = async (stepFaults: Fault[]) => {
    faults = [...stepFaults];
    sender.kick();
    while (faults.length > 0 && nextPending(db) !== null) await new Promise((r) => setTimeout(r, 1));
  };
  try {
    for (const step of steps) {
      if (step.kind === 'create') {
        db.transaction(() => {
          const story = createStory(db, {});
          recordMutation(db, 'stories.create', {}, story);
          stories.push(story.id);
        })();
      } else if (step.kind === 'save' && stories.length > 0) {
        const id = stories[step.story % stories.length];
        db.transaction(() => {
          const params = { id, content: storyContent('标题', step.text) };
          recordMutation(db, 'stories.save', params, saveStory(db, { ...params, author: '', nowMs: 0 }));
        })();
      } else if (step.kind === 'drain') {
        await drainWith(step.faults);
      } else if (step.kind === 'restart') {
        sender.stop();
        sender = makeSender();
      }
    }
    faults = [];
    sender.kick();
    await sender.whenDrained();
    const outbox = db
      .prepare<[], { mutation_id: string; state: string }>('SELECT mutation_id, state FROM newsroom_outbox ORDER BY seq')
      .all();
    // No loss, no duplicate, the desk's order.
    expect(server.applied.map((a) => a.key)).toEqual(outbox.map((e) => e.mutation_id));
    expect(outbox.every((e) => e.state === 'done')).toBe(true);
    // One desk alone never conflicts with itself, however its saves were cut.
    expect(server.conflicts).toEqual([]);
    expect(listConflicts(db)).toEqual([]);
  } finally {
    sender.stop();
    db.close();
  }
}

describe('outbox replay', () => {
  it('delivers every mutation exactly once, in order, across random cuts, restarts and interleavings', async () => {
    await fc.assert(fc.asyncProperty(fc.array(stepArb, { maxLength: 30 }), run), { seed: 20261206, numRuns: 150 });
  }, 120_000);
});
