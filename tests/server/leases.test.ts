import { beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../server/auth/accounts';
import { readChanges } from '../../server/store/changes';
import { havePostgres } from './pg-test-db';
import { login, ok, paragraphs, PASSWORD, post } from './newsroom-harness';
import { serverSuite } from './server-suite';

const pgAvailable = await havePostgres('newsroom leases');

describe.runIf(pgAvailable)('story leases with fencing tokens', () => {
  const suite = serverSuite('leases', { staff: ['editor', 'chief'] });
  const t = suite.tokens;

  beforeAll(async () => {
    await addAccount(suite.server.pool, 'editor2', 'editor', PASSWORD);
    t.editor2 = await login(suite.server.url, 'editor2', PASSWORD);
  });

  it('holds, refuses others, fences a taken-over holder, and tells the feed', async () => {
    const story = await ok(suite.server.url, 'stories.create', { content: paragraphs('稿') }, t.editor);
    const held = await ok(suite.server.url, 'stories.lock', { id: story.id, clientId: 'desk-a' }, t.editor);
    expect(held).toMatchObject({ kind: 'held', lease: { holder: 'editor', clientId: 'desk-a' } });
    const token1 = held.lease.token as number;
    const renewed = await ok(suite.server.url, 'stories.lock', { id: story.id, clientId: 'desk-a' }, t.editor);
    expect(renewed.lease.token).toBe(token1);

    expect(await ok(suite.server.url, 'stories.lock', { id: story.id, clientId: 'desk-b' }, t.editor2)).toMatchObject({ kind: 'locked', lease: { holder: 'editor' } });
    const untokened = await post(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('别人改'), baseRevision: 1 }, { token: t.editor2 });
    expect(untokened.body).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(untokened.status).toBe(423);
    const byOther = await post(suite.server.url, 'stories.takeOverLock', { id: story.id, clientId: 'desk-b' }, { token: t.editor2 });
    expect(byOther.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await ok(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('我改'), baseRevision: 1, leaseToken: token1 }, t.editor);
    const since = (await readChanges(suite.server.pool, 0, 1000)).last;
    const taken = await ok(suite.server.url, 'stories.takeOverLock', { id: story.id, clientId: 'desk-c' }, t.chief);
    expect(taken.previous).toMatchObject({ holder: 'editor', token: token1 });
    expect(taken.lease.token).toBeGreaterThan(token1);
    const stale = await post(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('旧令牌'), baseRevision: 2, leaseToken: token1 }, { token: t.editor });
    expect(stale.body).toMatchObject({ ok: false, error: { code: 'locked' } });
    const { changes } = await readChanges(suite.server.pool, since, 1000);
    expect(changes).toEqual([expect.objectContaining({ entity: 'lease', op: 'takeover', storyId: story.id, by: 'chief' })]);

    const locks = await ok(suite.server.url, 'stories.locks', {}, t.editor);
    expect(locks).toEqual([expect.objectContaining({ storyId: story.id, holder: 'chief', token: taken.lease.token })]);
    expect(await ok(suite.server.url, 'stories.unlock', { id: story.id, clientId: 'desk-a' }, t.editor)).toEqual({ released: false });
    expect(await ok(suite.server.url, 'stories.unlock', { id: story.id, clientId: 'desk-c' }, t.chief)).toEqual({ released: true });
    expect(await ok(suite.server.url, 'stories.locks', {}, t.editor)).toEqual([]);
  });

  it('lets an expired lease go to the next desk with a newer token; the old token stays fenced', async () => {
    const story = await ok(suite.server.url, 'stories.create', {}, t.editor);
    const first = await ok(suite.server.url, 'stories.lock', { id: story.id, clientId: 'desk-a' }, t.editor);
    await suite.server.pool.query(`UPDATE story_leases SET expires_at = now() - interval '1 second', since = now() - interval '2 minutes' WHERE story_id = $1`, [story.id]);
    const second = await ok(suite.server.url, 'stories.lock', { id: story.id, clientId: 'desk-b' }, t.editor2);
    expect(second.kind).toBe('held');
    expect(second.lease.token).toBeGreaterThan(first.lease.token);
    const late = await post(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('过期'), baseRevision: 1, leaseToken: first.lease.token }, { token: t.editor });
    expect(late.body).toMatchObject({ ok: false, error: { code: 'locked' } });
    await ok(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('新'), baseRevision: 1, leaseToken: second.lease.token }, t.editor2);
  });
});
