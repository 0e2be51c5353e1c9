/**
 * Server housekeeping on real PostgreSQL: old idempotency keys, ended sessions and stale login failures are purged
 * (idempotently, one instance at a time); a revoked session's open WebSocket is closed at once on every instance;
 * stories made without a title take the desk's title rule.
 */
import pg from 'pg';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { addAccount, disableAccount } from '../../server/auth/accounts';
import { HOUSEKEEPING_LOCK, purgeOld } from '../../server/store/housekeeping';
import { havePostgres } from './pg-test-db';
import { login, ok, paragraphs, PASSWORD, waitFor } from './newsroom-harness';
import { serverSuite } from './server-suite';

const pgAvailable = await havePostgres('newsroom housekeeping');
const DAY_MS = 24 * 60 * 60 * 1000;

describe.runIf(pgAvailable)('newsroom housekeeping on PostgreSQL', () => {
  const suite = serverSuite('housekeeping', { staff: ['editor'], instances: 2 });
  const t = suite.tokens;

  const count = async (sql: string) => Number((await suite.server.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${sql}`)).rows[0].n);

  it('purges idempotency keys past their keep time, sessions a day after they ended and stale login failures', async () => {
    const { rows } = await suite.server.pool.query<{ id: string }>("SELECT id FROM accounts WHERE name = 'editor'");
    const account = rows[0].id;
    await suite.server.pool.query(
      `INSERT INTO idempotency_keys (account_id, key, method, envelope, created_at) VALUES
         ($1, 'old-key', 'stories.save', 'null', now() - interval '40 days'),
         ($1, 'new-key', 'stories.save', 'null', now() - interval '1 day')`,
      [account],
    );
    const session = (name: string, created: string, expires: string, revoked: string | null) =>
      suite.server.pool.query(
        `INSERT INTO sessions (token_sha256, account_id, created_at, expires_at, revoked_at)
           VALUES (sha256($1::bytea), $2, now() - $3::interval, now() - $4::interval, now() - $5::interval)`,
        [name, account, created, expires, revoked],
      );
    await session('expired-long-ago', '3 days', '2 days', null);
    await session('revoked-long-ago', '3 days', '-1 day', '2 days');
    await session('expired-just-now', '13 hours', '1 hour', null);
    await session('revoked-just-now', '1 hour', '-11 hours', '1 minute');
    await suite.server.pool.query("INSERT INTO login_failures (name, address, at) VALUES ('x', '127.0.0.1', now() - interval '1 hour'), ('x', '127.0.0.1', now())");
    const sessionsBefore = await count('sessions');

    const first = await purgeOld(suite.server.pool);
    expect(first).toEqual({ idempotencyKeys: 1, sessions: 2, loginFailures: 1 });
    expect(await count("idempotency_keys WHERE key = 'new-key'")).toBe(1);
    expect(await count('sessions')).toBe(sessionsBefore - 2);
    // The editor's live session still works.
    await ok(suite.server.url, 'session.me', {}, t.editor);
    // Idempotent: a second round finds nothing more.
    expect(await purgeOld(suite.peer.pool)).toEqual({ idempotencyKeys: 0, sessions: 0, loginFailures: 0 });
  });

  it('skips a round while another instance holds the housekeeping lock', async () => {
    const holder = new pg.Client({ connectionString: suite.db.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock($1)', [HOUSEKEEPING_LOCK]);
      expect(await purgeOld(suite.server.pool, { endedSessionMs: 0 })).toBeNull();
      await holder.query('COMMIT');
      expect(await purgeOld(suite.server.pool)).not.toBeNull();
    } finally {
      await holder.end();
    }
  });

  it("closes a revoked session's WebSocket at once, on another instance too (logout and account disable)", async () => {
    await addAccount(suite.server.pool, '记者戊', 'editor', PASSWORD);
    const open = async (token: string) => {
      const socket = new WebSocket(`${suite.peer.url.replace('http', 'ws')}/api/live`, { headers: { authorization: `Bearer ${token}` } });
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      return { socket, closed };
    };
    // The periodic recheck is 30 s; both closes must come from the revocation's NOTIFY, well within that.
    const soon = <T>(p: Promise<T>) => Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('not closed within 5 s')), 5_000))]);

    const token = await login(suite.server.url, '记者戊', PASSWORD);
    const first = await open(token);
    const other = await open(await login(suite.server.url, '记者戊', PASSWORD));
    await ok(suite.server.url, 'session.logout', {}, token);
    expect(await soon(first.closed)).toBe(4401);
    // The account's other session is still live: its socket stays open.
    expect(other.socket.readyState).toBe(WebSocket.OPEN);

    await disableAccount(suite.server.pool, '记者戊');
    expect(await soon(other.closed)).toBe(4401);
  });

  it('titles a story made without a title by the desk rule: from its headline, following later saves until renamed', async () => {
    const withHeadline = await ok(
      suite.server.url,
      'stories.create',
      { content: { blocks: [{ type: 'headline', runs: [{ text: '钢城新闻' }] }, { type: 'paragraph', runs: [{ text: '正文' }] }] } },
      t.editor,
    );
    expect(withHeadline.title).toBe('钢城新闻');

    const empty = await ok(suite.server.url, 'stories.create', {}, t.editor);
    expect(empty.title).toBe('');
    const saved = await ok(suite.server.url, 'stories.save', { id: empty.id, content: paragraphs('  第一段写的  ', '二') }, t.editor);
    expect(saved.story.title).toBe('第一段写的');
    await ok(suite.server.url, 'stories.rename', { id: empty.id, title: '自己起的名' }, t.editor);
    const again = await ok(suite.server.url, 'stories.save', { id: empty.id, content: paragraphs('改了第一段') }, t.editor);
    expect(again.story.title).toBe('自己起的名');

    const given = await ok(suite.server.url, 'stories.create', { title: '  给定标题 ', content: paragraphs('正文') }, t.editor);
    expect(given.title).toBe('给定标题');
    await waitFor(async () => (await ok(suite.peer.url, 'stories.list', { filter: '给定' }, t.editor)).length === 1, 'the story on B');
  });
});
