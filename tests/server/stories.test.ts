import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/http/app';
import { createTestDatabase, havePostgres, type TestDatabase } from './pg-test-db';
import { ok, paragraphs, post, staff, startTestServer } from './newsroom-harness';

const pgAvailable = await havePostgres('newsroom stories');

describe.runIf(pgAvailable)('newsroom stories on PostgreSQL', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let t: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase('stories');
    server = await startTestServer(db.url);
    t = await staff(server, ['editor', 'proofreader', 'chief']);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('answers /healthz with the schema, without a session', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(await response.json()).toEqual({ ok: true, database: 'postgresql', schema: server.schema });
  });

  it('creates, saves and reads a story; unchanged saves add nothing', async () => {
    const story = await ok(server.url, 'stories.create', { content: paragraphs('钢城') }, t.editor);
    expect(story).toMatchObject({ revision: 1, author: 'editor', chars: 2, hanChars: 2 });
    const saved = await ok(server.url, 'stories.save', { id: story.id, content: paragraphs('钢城日报'), baseRevision: 1 }, t.editor);
    expect(saved.conflict).toBeNull();
    expect(saved.revision).toMatchObject({ number: 2, reason: 'edit', author: 'editor' });
    expect(saved.story.revision).toBe(2);
    const same = await ok(server.url, 'stories.save', { id: story.id, content: paragraphs('钢城日报'), baseRevision: 2 }, t.editor);
    expect(same.revision).toBeNull();
    const read = await ok(server.url, 'stories.get', { id: story.id }, t.proofreader);
    expect(read.content).toEqual(paragraphs('钢城日报'));
  });

  it('keeps a stale-base save as a conflict revision beside the current one, never overwriting', async () => {
    const story = await ok(server.url, 'stories.create', { content: paragraphs('一', '二') }, t.editor);
    await ok(server.url, 'stories.save', { id: story.id, content: paragraphs('一改', '二'), baseRevision: 1 }, t.editor);
    const stale = await ok(server.url, 'stories.save', { id: story.id, content: paragraphs('一', '二改'), baseRevision: 1 }, t.chief);
    expect(stale.conflict).toEqual({ revision: 3, baseRevision: 1, currentRevision: 2 });
    expect(stale.story.revision).toBe(2);
    const current = await ok(server.url, 'stories.get', { id: story.id }, t.editor);
    expect(current.content).toEqual(paragraphs('一改', '二'));
    const kept = await ok(server.url, 'stories.revision', { id: story.id, number: 3 }, t.editor);
    expect(kept.content).toEqual(paragraphs('一', '二改'));
    expect(kept.revision).toMatchObject({ reason: 'conflict', conflict: { baseRevision: 1, currentRevision: 2 } });
    const next = await ok(server.url, 'stories.save', { id: story.id, content: paragraphs('一改', '二改'), baseRevision: 2 }, t.editor);
    expect(next.revision.number).toBe(4);
    expect(next.story.revision).toBe(4);
  });

  it('replays a mutation with the same Idempotency-Key: one revision, the same reply', async () => {
    const story = await ok(server.url, 'stories.create', {}, t.editor);
    const params = { id: story.id, content: paragraphs('重放'), baseRevision: 1 };
    const first = await post(server.url, 'stories.save', params, { token: t.editor, key: 'save-once-1' });
    const again = await post(server.url, 'stories.save', params, { token: t.editor, key: 'save-once-1' });
    expect(again.body).toEqual(first.body);
    const revisions = await ok(server.url, 'stories.revisions', { id: story.id }, t.editor);
    expect(revisions.map((r: { number: number }) => r.number)).toEqual([1, 2]);
  });

  it('refuses without a session (401) and a proofreader saving text (403 forbidden)', async () => {
    const story = await ok(server.url, 'stories.create', {}, t.editor);
    const anonymous = await post(server.url, 'stories.get', { id: story.id });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const proofreader = await post(server.url, 'stories.save', { id: story.id, content: paragraphs('改') }, { token: t.proofreader });
    expect(proofreader.status).toBe(403);
    expect(proofreader.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('names the offending field of bad params', async () => {
    const reply = await post(server.url, 'stories.save', { id: 'x', content: { blocks: [] } }, { token: t.editor });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'invalid-params', field: 'content.blocks' } });
  });
});

describe.runIf(pgAvailable)('two desks saving the same story from the same base at once', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let t: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase('race');
    server = await startTestServer(db.url);
    t = await staff(server, ['editor', 'chief']);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('one wins, the other becomes a conflict revision, nothing is lost', async () => {
    for (let round = 0; round < 5; round++) {
      const story = await ok(server.url, 'stories.create', { content: paragraphs('底稿') }, t.editor);
      const [a, b] = await Promise.all([
        ok(server.url, 'stories.save', { id: story.id, content: paragraphs('甲稿'), baseRevision: 1 }, t.editor),
        ok(server.url, 'stories.save', { id: story.id, content: paragraphs('乙稿'), baseRevision: 1 }, t.chief),
      ]);
      expect([a.conflict, b.conflict].filter((c) => c === null)).toHaveLength(1);
      const winner = a.conflict === null ? '甲稿' : '乙稿';
      const loser = a.conflict === null ? '乙稿' : '甲稿';
      expect((await ok(server.url, 'stories.get', { id: story.id }, t.editor)).content).toEqual(paragraphs(winner));
      const kept = await ok(server.url, 'stories.revision', { id: story.id, number: 3 }, t.editor);
      expect(kept).toMatchObject({ revision: { reason: 'conflict', conflict: { baseRevision: 1, currentRevision: 2 } }, content: paragraphs(loser) });
    }
  });

  it('a concurrent replay of one Idempotency-Key waits for the first and returns its reply', async () => {
    const story = await ok(server.url, 'stories.create', {}, t.editor);
    const params = { id: story.id, content: paragraphs('同一键'), baseRevision: 1 };
    const [first, second] = await Promise.all([
      post(server.url, 'stories.save', params, { token: t.editor, key: 'same-key-race' }),
      post(server.url, 'stories.save', params, { token: t.editor, key: 'same-key-race' }),
    ]);
    expect(second.body).toEqual(first.body);
    expect((await ok(server.url, 'stories.revisions', { id: story.id }, t.editor)).length).toBe(2);
  });
});
