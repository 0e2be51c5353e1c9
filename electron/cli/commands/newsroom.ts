/**
 * `folio server` (the newsroom server on PostgreSQL, see docs/newsroom.md) and `folio user add|list|disable|reset`
 * (its accounts). The only desk-side files that import server/: these commands run it.
 */
import { parseArgs } from 'node:util';
import type { CliIo } from '../cli-io';
import { cliErrorText } from '../cli-language';

export const SERVER_USAGE = 'Usage: folio server --database postgres://… [--port 4800] [--listen 127.0.0.1] [--origin https://…]…\n';
export const USER_USAGE = `Usage: folio user add --database URL --name N --role editor|proofreader|layout|chief|admin --password-stdin
       folio user list --database URL
       folio user disable --database URL --name N
       folio user reset --database URL --name N --password-stdin
`;

type Stdin = AsyncIterable<string | Buffer>;

async function readPassword(stdin: Stdin): Promise<string> {
  let text = '';
  for await (const chunk of stdin) text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
  // One line: the trailing newline of `echo` or a here-string is not part of the password.
  return text.replace(/\r?\n$/, '');
}

export async function runServer(argv: string[], io: CliIo, signal: AbortSignal): Promise<number> {
  let values: { database?: string; port?: string; listen?: string; origin?: string[] };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { database: { type: 'string' }, port: { type: 'string' }, listen: { type: 'string' }, origin: { type: 'string', multiple: true } },
      strict: true,
    }));
  } catch (error) {
    io.stderr.write(`folio server: ${(error as Error).message}\n${SERVER_USAGE}`);
    return 2;
  }
  const port = Number(values.port ?? '4800');
  if (!values.database || !Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr.write(`folio server: ${values.database ? '--port must be 0–65535' : '--database is required'}\n${SERVER_USAGE}`);
    return 2;
  }
  const { startServer } = await import('../../../server/http/app');
  const server = await startServer({ databaseUrl: values.database, port, host: values.listen ?? '127.0.0.1', extraOrigins: values.origin ?? [] });
  io.stdout.write(`${server.url}\n`);
  io.stderr.write(`Folio newsroom server (schema ${server.schema}) on ${server.url}. Press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await server.close();
  return 0;
}

export async function runUser(argv: string[], io: CliIo, stdin: Stdin = process.stdin): Promise<number> {
  const [action, ...rest] = argv;
  let values: { database?: string; name?: string; role?: string; 'password-stdin'?: boolean };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { database: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
      strict: true,
    }));
  } catch (error) {
    io.stderr.write(`folio user: ${(error as Error).message}\n${USER_USAGE}`);
    return 2;
  }
  const needs: Record<string, Array<keyof typeof values>> = {
    add: ['database', 'name', 'role', 'password-stdin'],
    list: ['database'],
    disable: ['database', 'name'],
    reset: ['database', 'name', 'password-stdin'],
  };
  const missing = action === undefined ? undefined : needs[action]?.find((option) => !values[option]);
  if (action === undefined || !needs[action] || missing) {
    io.stderr.write(`folio user: ${missing ? `--${missing} is required` : 'give add, list, disable or reset'}\n${USER_USAGE}`);
    return 2;
  }
  const { createPool } = await import('../../../server/store/pool');
  const { migrate } = await import('../../../server/store/migrations/index');
  const accounts = await import('../../../server/auth/accounts');
  const pool = createPool(values.database!, 2);
  try {
    await migrate(pool);
    if (action === 'add') {
      const account = await accounts.addAccount(pool, values.name!, values.role!, await readPassword(stdin));
      io.stdout.write(`${JSON.stringify(account)}\n`);
    } else if (action === 'list') {
      io.stdout.write(`${JSON.stringify({ users: await accounts.listAccounts(pool) })}\n`);
    } else if (action === 'disable') {
      await accounts.disableAccount(pool, values.name!);
      io.stdout.write(`${JSON.stringify({ disabled: values.name })}\n`);
    } else {
      await accounts.resetPassword(pool, values.name!, await readPassword(stdin));
      io.stdout.write(`${JSON.stringify({ reset: values.name })}\n`);
    }
    return 0;
  } catch (error) {
    const known = error instanceof Error && (error.name === 'ZodError' || error.name === 'SchemaTooNewError');
    io.stderr.write(`folio user ${action}: ${cliErrorText(error) ?? (known ? (error as Error).message : error instanceof Error ? error.stack : String(error))}\n`);
    return 1;
  } finally {
    await pool.end();
  }
}
