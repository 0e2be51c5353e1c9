/** Start a newsroom server on a throwaway database and talk to it as desks do (HTTP + the Envelope). */
import { addAccount } from '../../server/auth/accounts';
import { startServer, type RunningServer } from '../../server/http/app';
import type { NewsroomRole } from '../../shared/newsroom/roles';

export interface Reply<T = unknown> {
  status: number;
  body: { ok: true; value: T } | { ok: false; error: { code: string; message: string; field?: string } };
}

export async function post<T = any>(
  baseUrl: string,
  method: string,
  params: unknown,
  options: { token?: string; key?: string; origin?: string } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.key) headers['idempotency-key'] = options.key;
  if (options.origin) headers.origin = options.origin;
  const response = await fetch(`${baseUrl}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(params) });
  return { status: response.status, body: (await response.json()) as Reply<T>['body'] };
}

/** The value of a call that must succeed (the error is shown when it does not). */
export async function ok<T = any>(baseUrl: string, method: string, params: unknown, token: string, key?: string): Promise<T> {
  const reply = await post<T>(baseUrl, method, params, { token, key });
  if (!reply.body.ok) throw new Error(`${method} failed: ${JSON.stringify(reply.body.error)}`);
  return reply.body.value;
}

export async function login(baseUrl: string, name: string, password: string): Promise<string> {
  const reply = await post<{ token: string }>(baseUrl, 'session.login', { name, password });
  if (!reply.body.ok) throw new Error(`login ${name}: ${JSON.stringify(reply.body.error)}`);
  return reply.body.value.token;
}

export const PASSWORD = 'correct horse battery';

/** One account per role named after it (editor, proofreader, layout, chief, admin), logged in. */
export async function staff(server: RunningServer, roles: readonly NewsroomRole[]): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const role of roles) {
    await addAccount(server.pool, role, role, PASSWORD);
    tokens[role] = await login(server.url, role, PASSWORD);
  }
  return tokens;
}

export function startTestServer(databaseUrl: string, extra: Partial<Parameters<typeof startServer>[0]> = {}) {
  return startServer({ databaseUrl, port: 0, host: '127.0.0.1', poolMax: 4, ...extra });
}

/** Wait for a condition with a deadline (never a fixed sleep). */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, deadlineMs = 5_000): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function paragraphs(...texts: string[]) {
  return { blocks: texts.map((text) => ({ type: 'paragraph' as const, runs: [{ text }] })) };
}

/** What 签发 needs first (the desk's rule): the required round (一校) signed by a proofreader and the page by an editor. */
export async function signForApproval(baseUrl: string, pageId: string, tokens: Readonly<Record<string, string>>): Promise<void> {
  const state = await ok<{ rounds: { first: unknown } }>(baseUrl, 'signoff.list', { pageId }, tokens.editor);
  if (!state.rounds.first) await ok(baseUrl, 'signoff.round', { pageId, round: 'first' }, tokens.proofreader);
  await ok(baseUrl, 'signoff.page', { pageId }, tokens.editor);
}
