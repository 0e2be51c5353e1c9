/**
 * One newsroom test file's world, made once per file: a throwaway PostgreSQL database, the real server on it with
 * the file's accounts, and the desks and TCP proxies its tests open (closed after each test, so a failing test
 * leaks nothing into the next). Call it at the top level of the file: it registers the file's hooks.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { addAccount } from '../../../server/auth/accounts';
import type { RunningServer } from '../../../server/http/app';
import type { NewsroomRole } from '../../../shared/newsroom/roles';
import { createTestDatabase, havePostgres, type TestDatabase } from '../../server/pg-test-db';
import { startTestServer } from '../../server/newsroom-harness';
import { connectTestDesk, type TestDesk } from './desk-fixture';
import type { TcpProxy } from './tcp-proxy';

export const PASSWORD = 'correct horse battery';

export interface NewsroomSuite {
  /** PostgreSQL answers (in CI it must: havePostgres fails the run there otherwise). */
  readonly pgAvailable: boolean;
  /** The running server (set before the file's tests run). */
  readonly server: RunningServer;
  /** The desks and proxies opened by the current test, closed after it. */
  readonly desks: TestDesk[];
  readonly proxies: TcpProxy[];
  /** A fresh desk signed in as `name`, online, straight to the server or through `via`; closed after the test. */
  connectedDesk(name: string, via?: TcpProxy): Promise<TestDesk>;
}

export async function newsroomSuite(what: string, databaseName: string, accounts: readonly (readonly [string, NewsroomRole])[]): Promise<NewsroomSuite> {
  const pgAvailable = await havePostgres(what);
  let database: TestDatabase | undefined;
  let server: RunningServer | undefined;
  const suite: NewsroomSuite = {
    pgAvailable,
    get server(): RunningServer {
      if (!server) throw new Error('the newsroom server is not running (PostgreSQL unavailable, or used outside the tests)');
      return server;
    },
    desks: [],
    proxies: [],
    connectedDesk: (name, via) => connectTestDesk(via?.url ?? suite.server.url, name, PASSWORD, suite.desks),
  };
  beforeAll(async () => {
    if (!pgAvailable) return;
    database = await createTestDatabase(databaseName);
    server = await startTestServer(database.url);
    for (const [name, role] of accounts) await addAccount(server.pool, name, role, PASSWORD);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  }, 120_000);
  afterEach(async () => {
    for (const d of suite.desks.splice(0)) d.close();
    for (const p of suite.proxies.splice(0)) await p.close();
  });
  return suite;
}
