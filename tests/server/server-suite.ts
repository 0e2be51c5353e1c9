/**
 * One server test block's world: a throwaway PostgreSQL database, the real server on it (and a second instance on
 * the same database when a test needs two), and one signed-in account per role asked for. Call it at the top of
 * the `describe.runIf(pgAvailable)` block it serves: it registers that block's hooks, so a block PostgreSQL skips
 * creates nothing, and a file may hold several worlds (one database each).
 */
import { afterAll, beforeAll } from 'vitest';
import type { RunningServer } from '../../server/http/app';
import type { NewsroomRole } from '../../shared/newsroom/roles';
import { createTestDatabase, type TestDatabase } from './pg-test-db';
import { staff, startTestServer } from './newsroom-harness';

export interface ServerSuite {
  /** The block's database (its url for direct clients and the CLI). */
  readonly db: TestDatabase;
  /** The server the accounts were added through. */
  readonly server: RunningServer;
  /** A second instance on the same database (with `instances: 2`): what one instance does, the other must see. */
  readonly peer: RunningServer;
  /** Session tokens by role, filled before the block's tests run (the same object throughout). */
  readonly tokens: Record<string, string>;
}

export interface ServerSuiteOptions {
  /** One account per role, named after it and logged in through `server` (staff in newsroom-harness.ts). */
  staff?: readonly NewsroomRole[];
  /** Server instances on the database: 1 (default) or 2. */
  instances?: 1 | 2;
}

export function serverSuite(databaseLabel: string, options: ServerSuiteOptions = {}): ServerSuite {
  let db: TestDatabase | undefined;
  const servers: RunningServer[] = [];
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not running (used outside the block's tests, or not asked for)`);
    return value;
  };
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    db = await createTestDatabase(databaseLabel);
    for (let i = 0; i < (options.instances ?? 1); i++) servers.push(await startTestServer(db.url));
    if (options.staff) Object.assign(tokens, await staff(servers[0], options.staff));
  });
  afterAll(async () => {
    for (const server of servers.splice(0)) await server.close();
    await db?.drop();
  });
  return {
    get db() {
      return started(db, 'the test database');
    },
    get server() {
      return started(servers[0], 'the server');
    },
    get peer() {
      return started(servers[1], 'the second server');
    },
    tokens,
  };
}
