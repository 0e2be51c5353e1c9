import { describe, expect, it } from 'vitest';
import { havePostgres } from './pg-test-db';
import { ok, paragraphs, post } from './newsroom-harness';
import { serverSuite } from './server-suite';

const pgAvailable = await havePostgres('newsroom stories');

describe.runIf(pgAvailable)('newsroom stories on PostgreSQL', () => {
  const suite = serverSuite('stories', { staff: ['editor', 'proofreader', 'chief'] });
  const t = suite.tokens;

  it('answers /healthz with the schema, without a session', async () => {
    const response = await fetch(`${suite.server.url}/healthz`);
    expect(await response.json()).toEqual({ ok: true, database: 'postgresql', schema: suite.server.schema });
  });

  it('creates, saves and reads a story; unchanged saves add nothing', async () => {
    const story = await ok(suite.server.url, 'stories.create', { content: paragraphs('钢城') }, t.editor);
    expect(story).toMatchObject({ revision: 1, author: 'editor', chars: 2, hanChars: 2 });
    const saved = await ok(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('钢城日报'), baseRevision: 1 }, t.editor);
    expect(saved.conflict).toBeNull();
    expect(saved.revision).toMatchObject({ number: 2, reason: 'edit', author: 'editor' });
    expect(saved.story.revision).toBe(2);
    const same = await ok(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('钢城日报'), baseRevision: 2 }, t.editor);
    expect(same.revision).toBeNull();
    const read = await ok(suite.server.url, 'stories.get', { id: story.id }, t.proofreader);
    expect(read.content).toEqual(paragraphs('钢城日报'));
  });

  it('keeps a stale-base save as a conflict revision beside the current one, never overwriting', async () => {
    const story = await ok(suite.server.url, 'stories.create', { content: paragraphs('一', '二') }, t.editor);
    await ok(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('一改', '二'), baseRevision: 1 }, t.editor);
    const stale = await ok(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('一', '二改'), baseRevision: 1 }, t.chief);
    expect(stale.conflict).toEqual({ revision: 3, baseRevision: 1, currentRevision: 2 });
    expect(stale.story.revision).toBe(2);
    const current = await ok(suite.server.url, 'stories.get', { id: story.id }, t.editor);
    expect(current.content).toEqual(paragraphs('一改', '二'));
    const kept = await ok(suite.server.url, 'stories.revision', { id: story.id, number: 3 }, t.editor);
    expect(kept.content).toEqual(paragraphs('一', '二改'));
    expect(kept.revision).toMatchObject({ reason: 'conflict', conflict: { baseRevision: 1, currentRevision: 2 } });
    const next = await ok(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('一改', '二改'), baseRevision: 2 }, t.editor);
    expect(next.revision.number).toBe(4);
    expect(next.story.revision).toBe(4);
  });

  it('replays a mutation with the same Idempotency-Key: one revision, the same reply', async () => {
    const story = await ok(suite.server.url, 'stories.create', {}, t.editor);
    const params = { id: story.id, content: paragraphs('重放'), baseRevision: 1 };
    const first = await post(suite.server.url, 'stories.save', params, { token: t.editor, key: 'save-once-1' });
    const again = await post(suite.server.url, 'stories.save', params, { token: t.editor, key: 'save-once-1' });
    expect(again.body).toEqual(first.body);
    const revisions = await ok(suite.server.url, 'stories.revisions', { id: story.id }, t.editor);
    expect(revisions.map((r: { number: number }) => r.number)).toEqual([1, 2]);
  });

  it('refuses without a session (401) and a proofreader saving text (403 forbidden)', async () => {
    const story = await ok(suite.server.url, 'stories.create', {}, t.editor);
    const anonymous = await post(suite.server.url, 'stories.get', { id: story.id });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const proofreader = await post(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('改') }, { token: t.proofreader });
    expect(proofreader.status).toBe(403);
    expect(proofreader.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('names the offending field of bad params', async () => {
    const reply = await post(suite.server.url, 'stories.save', { id: 'x', content: { blocks: [] } }, { token: t.editor });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'invalid-params', field: 'content.blocks' } });
  });
});

describe.runIf(pgAvailable)('two desks saving the same story from the same base at once', () => {
  const suite = serverSuite('race', { staff: ['editor', 'chief'] });
  const t = suite.tokens;

  it('one wins, the other becomes a conflict revision, nothing is lost', async () => {
    for (let round = 0; round < 5; round++) {
      const story = await ok(suite.server.url, 'stories.create', { content: paragraphs('底稿') }, t.editor);
      const [a, b] = await Promise.all([
        ok(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('甲稿'), baseRevision: 1 }, t.editor),
        ok(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('乙稿'), baseRevision: 1 }, t.chief),
      ]);
      expect([a.conflict, b.conflict].filter((c) => c === null)).toHaveLength(1);
      const winner = a.conflict === null ? '甲稿' : '乙稿';
      const loser = a.conflict === null ? '乙稿' : '甲稿';
      expect((await ok(suite.server.url, 'stories.get', { id: story.id }, t.editor)).content).toEqual(paragraphs(winner));
      const kept = await ok(suite.server.url, 'stories.revision', { id: story.id, number: 3 }, t.editor);
      expect(kept).toMatchObject({ revision: { reason: 'conflict', conflict: { baseRevision: 1, currentRevision: 2 } }, content: paragraphs(loser) });
    }
  });

  it('a concurrent replay of one Idempotency-Key waits for the first and returns its reply', async () => {
    const story = await ok(suite.server.url, 'stories.create', {}, t.editor);
    const params = { id: story.id, content: paragraphs('同一键'), baseRevision: 1 };
    const [first, second] = await Promise.all([
      post(suite.server.url, 'stories.save', params, { token: t.editor, key: 'same-key-race' }),
      post(suite.server.url, 'stories.save', params, { token: t.editor, key: 'same-key-race' }),
    ]);
    expect(second.body).toEqual(first.body);
    expect((await ok(suite.server.url, 'stories.revisions', { id: story.id }, t.editor)).length).toBe(2);
  });
});
