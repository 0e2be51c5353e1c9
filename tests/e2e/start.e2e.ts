// `npm start` as a user runs it on a machine without the Electron binary (or with FOLIO_BROWSER_HOST=1):
// one line naming the URL, the app served there, the given data folder used, Ctrl+C stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REPO_ROOT } from './harness';

let child: ChildProcess | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'folio-start-'));

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) await stopGroup(child, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

it('npm start prints one line with the URL and serves the app there', async () => {
  const port = await freePort();
  child = spawn('npm', ['start', '--silent'], {
    cwd: REPO_ROOT,
    detached: true, // its own process group, so the whole tree can be stopped
    env: { ...process.env, FOLIO_DATA_DIR: dataDir, FOLIO_PORT: String(port), FOLIO_BROWSER_HOST: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = await waitForLine(child, /serving the same app at (http:\/\/127\.0\.0\.1:\d+\/k\/[A-Za-z0-9_-]+\/)/);
  // The address carries this launch's key: the API answers only under it.
  const url = /(http:\/\/127\.0\.0\.1:\d+\/k\/[A-Za-z0-9_-]+\/)/.exec(line)![1];
  expect(url.startsWith(`http://127.0.0.1:${port}/k/`)).toBe(true);
  expect(line).toMatch(/^Folio: /);

  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(await page.text()).toMatch(/<script[^>]+app\.js/);

  const info = await (await fetch(new URL('api/app.info', url), { method: 'POST', body: '{}' })).json();
  expect(info).toMatchObject({ ok: true, value: { dataDir } });

  const exit = await stopGroup(child, 'SIGINT');
  expect(exit.code === 0 || exit.signal === 'SIGINT').toBe(true);
  await expect(fetch(url)).rejects.toThrow();
});

function waitForLine(process: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((candidate) => pattern.test(candidate));
      if (line !== undefined) {
        process.off('exit', onExit);
        resolve(line);
      }
    };
    const onExit = (code: number | null) => reject(new Error(`npm start exited (${code}) before printing the URL:\n${output}`));
    process.stdout!.on('data', onData);
    process.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    process.once('exit', onExit);
  });
}

function stopGroup(process_: ChildProcess, signal: NodeJS.Signals): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    process_.once('exit', (code, exitSignal) => resolve({ code, signal: exitSignal }));
    process.kill(-process_.pid!, signal);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
