import { Readable } from 'node:stream';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../electron/cli/main';
import { runUser } from '../../electron/cli/commands/newsroom';
import { tokenDigest, LOGIN_FAILURES_MAX } from '../../server/auth/sessions';
import { LATEST_SCHEMA, SchemaTooNewError } from '../../server/store/migrations/index';
import { createTestDatabase, havePostgres } from './pg-test-db';
import { login, post, startTestServer, waitFor } from './newsroom-harness';
import { serverSuite } from './server-suite';

const pgAvailable = await havePostgres('newsroom accounts');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const sink: CliIo = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } };
  return { sink, out: () => out.join(''), err: () => err.join('') };
}

const user = (argv: string[], password?: string) => {
  const capture = io();
  return runUser(argv, capture.sink, Readable.from(password === undefined ? [] : [`${password}\n`])).then((code) => ({ code, ...capture }));
};

describe.runIf(pgAvailable)('newsroom accounts and sessions', () => {
  const suite = serverSuite('accounts', { instances: 2 });

  it('folio user add/list/disable/reset, with the password from stdin', async () => {
    const added = await user(['add', '--database', suite.db.url, '--name', '王编辑', '--role', 'editor', '--password-stdin'], 'secret-password');
    expect(added.code, added.err()).toBe(0);
    expect(JSON.parse(added.out())).toMatchObject({ name: '王编辑', role: 'editor', disabledAt: null });
    const token = await login(suite.server.url, '王编辑', 'secret-password');
    expect(token.length).toBeGreaterThanOrEqual(40);

    const listed = await user(['list', '--database', suite.db.url]);
    expect(JSON.parse(listed.out()).users).toEqual([expect.objectContaining({ name: '王编辑', role: 'editor' })]);

    const twice = await user(['add', '--database', suite.db.url, '--name', '王编辑', '--role', 'editor', '--password-stdin'], 'secret-password');
    expect(twice.code).toBe(1);
    expect(twice.err()).toContain('已有这个用户：王编辑');
    const badRole = await user(['add', '--database', suite.db.url, '--name', 'x', '--role', 'boss', '--password-stdin'], 'secret-password');
    expect(badRole.code).toBe(1);
    const shortPassword = await user(['add', '--database', suite.db.url, '--name', 'y', '--role', 'editor', '--password-stdin'], 'short');
    expect(shortPassword.err()).toContain('8–1024');
    expect((await user(['add', '--database', suite.db.url])).code).toBe(2);

    expect((await user(['disable', '--database', suite.db.url, '--name', '王编辑'])).code).toBe(0);
    const cut = await post(suite.server.url, 'session.me', {}, { token });
    expect(cut.status).toBe(401);
    expect((await post(suite.server.url, 'session.login', { name: '王编辑', password: 'secret-password' })).body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    expect((await user(['reset', '--database', suite.db.url, '--name', '王编辑', '--password-stdin'], 'another-password')).code).toBe(0);
    await login(suite.server.url, '王编辑', 'another-password');
  });

  it('is reachable through the folio command router', async () => {
    const capture = io();
    expect(await runCli(['user', 'list', '--database', suite.db.url], capture.sink)).toBe(0);
    expect(JSON.parse(capture.out()).users.length).toBeGreaterThan(0);
  });

  it('folio server serves /healthz until aborted; a missing --database is a usage error', async () => {
    const capture = io();
    const stop = new AbortController();
    const running = runCli(['server', '--database', suite.db.url, '--port', '0'], capture.sink, stop.signal);
    const url = await waitFor(() => capture.out().trim() || undefined, 'the server URL');
    expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ ok: true, database: 'postgresql' });
    stop.abort();
    expect(await running).toBe(0);
    const usage = io();
    expect(await runCli(['server', '--port', '0'], usage.sink)).toBe(2);
    expect(usage.err()).toContain('--database is required');
  });

  it('stores only the SHA-256 of session tokens, argon2id hashes of passwords', async () => {
    await user(['add', '--database', suite.db.url, '--name', 'hash-check', '--role', 'layout', '--password-stdin'], 'layout-password');
    const token = await login(suite.server.url, 'hash-check', 'layout-password');
    const { rows } = await suite.server.pool.query<{ token_sha256: Buffer; password_hash: string }>(
      `SELECT s.token_sha256, a.password_hash FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.name = 'hash-check'`,
    );
    expect(rows[0].token_sha256.equals(tokenDigest(token))).toBe(true);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('logout revokes the token; an expired session is refused', async () => {
    await user(['add', '--database', suite.db.url, '--name', 'session-check', '--role', 'proofreader', '--password-stdin'], 'proof-password');
    const token = await login(suite.server.url, 'session-check', 'proof-password');
    expect((await post(suite.peer.url, 'session.me', {}, { token })).body).toEqual({ ok: true, value: { name: 'session-check', role: 'proofreader' } });
    expect((await post(suite.server.url, 'session.logout', {}, { token })).body).toEqual({ ok: true, value: { revoked: true } });
    expect((await post(suite.peer.url, 'session.me', {}, { token })).status).toBe(401);

    const second = await login(suite.server.url, 'session-check', 'proof-password');
    await suite.server.pool.query(`UPDATE sessions SET created_at = now() - interval '2 days', expires_at = now() - interval '1 second' WHERE token_sha256 = $1`, [tokenDigest(second)]);
    expect((await post(suite.server.url, 'session.me', {}, { token: second })).status).toBe(401);
  });

  it('rate-limits failed logins per name and address, across instances', async () => {
    await user(['add', '--database', suite.db.url, '--name', 'throttled', '--role', 'editor', '--password-stdin'], 'right-password');
    for (let i = 0; i < LOGIN_FAILURES_MAX; i++) {
      const server = i % 2 === 0 ? suite.server : suite.peer;
      const reply = await post(server.url, 'session.login', { name: 'throttled', password: 'wrong-password' });
      expect(reply.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    const limited = await post(suite.peer.url, 'session.login', { name: 'throttled', password: 'right-password' });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
  });

  it('refuses a foreign Origin with 403 and sends no CORS headers', async () => {
    const response = await fetch(`${suite.server.url}/api/session.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ name: 'x', password: 'y' }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const desk = await post(suite.server.url, 'session.login', { name: 'nobody', password: 'whatever1' }, { origin: 'http://127.0.0.1:5173' });
    expect(desk.status).toBe(401);
    const own = await post(suite.server.url, 'session.login', { name: 'nobody', password: 'whatever1' }, { origin: suite.server.url });
    expect(own.status).toBe(401);
  });

  it('refuses to start on a database with a newer schema', async () => {
    const other = await createTestDatabase('newer');
    try {
      const first = await startTestServer(other.url);
      await first.close();
      const c = new pg.Client({ connectionString: other.url });
      await c.connect();
      await c.query('INSERT INTO schema_version (version) VALUES ($1)', [LATEST_SCHEMA + 10]);
      await c.end();
      await expect(startTestServer(other.url)).rejects.toBeInstanceOf(SchemaTooNewError);
    } finally {
      await other.drop();
    }
  });
});
