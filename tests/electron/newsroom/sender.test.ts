import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStory, migrateDatabase, openMemory, saveStory, type WritableDb } from '../../../electron/store';
import { recordMutation } from '../../../electron/newsroom/record';
import { Sender, backoffDelayMs } from '../../../electron/newsroom/sender';
import { nextPending, listRejected } from '../../../electron/newsroom/outbox';
import { listConflicts, serverRevisionOf } from '../../../electron/newsroom/sync-state';
import type { CallOutcome } from '../../../electron/newsroom/server-client';
import { storyContent } from '../store/helpers';
import { LedgerServer } from './ledger-server';
import { waitFor } from './desk-fixture';

let db: WritableDb;
let senders: Sender[] = [];
beforeEach(() => {
  db = openMemory();
  migrateDatabase(db);
});
afterEach(() => {
  for (const s of senders) s.stop();
  senders = [];
});

function create(text: string): string {
  return db.transaction(() => {
    const story = createStory(db, { content: storyContent('标题', text) });
    recordMutation(db, 'stories.create', { content: storyContent('标题', text) }, story);
    return story.id;
  })();
}

function save(id: string, text: string): void {
  db.transaction(() => {
    const params = { id, content: storyContent('标题', text) };
    const result = saveStory(db, { ...params, author: '', nowMs: Date.now() });
    recordMutation(db, 'stories.save', params, result);
  })();
}

function sender(call: (method: string, params: unknown, key: string) => Promise<CallOutcome>): Sender {
  const s = new Sender({ db, server: () => null, backoff: { baseMs: 5, maxMs: 40 }, call });
  senders.push(s);
  return s;
}

describe('backoff', () => {
  it('doubles from the base and never exceeds the bound', () => {
    const backoff = { baseMs: 500, maxMs: 30_000 };
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, backoff))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffDelayMs(60, backoff)).toBe(30_000);
    expect(backoffDelayMs(10_000, backoff)).toBe(30_000);
  });
});

describe('sender', () => {
  it('sends in order with the mutation id as the key, maps created ids, and chains saves on acknowledged revisions', async () => {
    const server = new LedgerServer();
    const id = create('一');
    save(id, '二');
    save(id, '三');
    const s = sender(async (m, p, k) => server.handle(m, p as Record<string, unknown>, k));
    s.kick();
    await s.whenDrained();
    expect(server.applied.map((a) => a.method)).toEqual(['stories.create', 'stories.save', 'stories.save']);
    const serverId = [...server.revisions.keys()][0];
    expect(server.applied.slice(1).map((a) => [a.params.id, a.params.baseRevision])).toEqual([[serverId, 1], [serverId, 2]]);
    expect(server.conflicts).toEqual([]);
    expect(serverRevisionOf(db, id)).toBe(3);
  });

  it('an unreachable server keeps the entry and retries it with backoff until it answers', async () => {
    const server = new LedgerServer();
    const id = create('一');
    let failuresLeft = 3;
    const calls: number[] = [];
    const s = sender(async (m, p, k) => {
      calls.push(Date.now());
      if (failuresLeft-- > 0) return { kind: 'unreachable', message: 'ECONNREFUSED' };
      return server.handle(m, p as Record<string, unknown>, k);
    });
    s.kick();
    await s.whenDrained();
    expect(calls.length).toBe(4);
    expect(server.applied).toHaveLength(1);
    expect(serverRevisionOf(db, id)).toBe(1);
  });

  it('a conflict answer keeps the typed text as a conflict for the editor; the drain goes on', async () => {
    const server = new LedgerServer();
    const id = create('一');
    const s = sender(async (m, p, k) => server.handle(m, p as Record<string, unknown>, k));
    s.kick();
    await s.whenDrained();
    // Another desk saved meanwhile: the server is at revision 2, this desk still stands on 1.
    server.revisions.set([...server.revisions.keys()][0], 2);
    save(id, '我的改动');
    s.kick();
    await s.whenDrained();
    const conflicts = listConflicts(db, id);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ reason: 'conflict', baseRevision: 1, serverRevision: 3, currentRevision: 2 });
    expect(JSON.stringify(conflicts[0].content)).toContain('我的改动');
    expect(nextPending(db)).toBeNull();
  });

  it('a forbidden answer stays visible in the outbox, never dropped; later entries still go', async () => {
    const server = new LedgerServer();
    server.forbidden.add('stories.save');
    const id = create('一');
    save(id, '校对员不该改');
    const s = sender(async (m, p, k) => server.handle(m, p as Record<string, unknown>, k));
    s.kick();
    await s.whenDrained();
    expect(listRejected(db).map((e) => [e.method, e.errorCode])).toEqual([['stories.save', 'forbidden']]);
    // And the refused text is kept with the conflicts, so nothing typed is lost.
    expect(JSON.stringify(listConflicts(db, id)[0].content)).toContain('校对员不该改');
  });

  it('a response lost after the server committed is replayed with the same key and applied once', async () => {
    const server = new LedgerServer();
    create('一');
    let dropNextAnswer = true;
    const s = sender(async (m, p, k) => {
      const answer = server.handle(m, p as Record<string, unknown>, k);
      if (dropNextAnswer) {
        dropNextAnswer = false;
        return { kind: 'unreachable', message: 'ETIMEDOUT' };
      }
      return answer;
    });
    s.kick();
    await waitFor('drained', () => nextPending(db) === null);
    expect(server.applied).toHaveLength(1);
    expect(server.revisions.size).toBe(1);
  });
});
