// The browser host loaded the way `npm start` loads it (tsx's tsImport, build/scripts/start.mjs) runs its jobs:
// tsImport gives modules a `?tsx-namespace=…` URL, which once sent every job to a bundle that exists only in dist/.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultWorkerUrl } from '../../../electron/services/jobs/job-runner';

const root = join(import.meta.dirname, '..', '..', '..');
let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'folio-npm-start-jobs-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts the host as start.mjs does, waits for the start-up integrity check to end, prints the jobs list. */
const childScript = `
const { tsImport } = await import(${JSON.stringify(pathToFileURL(join(root, 'node_modules/tsx/dist/esm/api/index.mjs')).href)});
const { startDefaultHost } = await tsImport(${JSON.stringify(join(root, 'electron/host/default-host.ts'))}, import.meta.url);
const host = await startDefaultHost({ dataDir: process.env.DATA_DIR, port: '0' });
const list = async () => (await (await fetch(new URL('api/jobs.list', host.url), { method: 'POST', body: '{}' })).json()).value;
let jobs = await list();
while (!jobs.some((job) => job.kind === 'desk-check' && job.endedAt)) {
  await new Promise((resolve) => setTimeout(resolve, 50));
  jobs = await list();
}
console.log(JSON.stringify(jobs));
await host.close();
process.exit(0);
`;

describe('jobs in the host as npm start loads it', () => {
  it('takes the source worker for a tsx module URL with a query, the bundle for a built one', () => {
    const tsx = 'file:///app/electron/services/jobs/job-runner.ts?tsx-namespace=e7849428';
    expect(defaultWorkerUrl(tsx).href).toBe('file:///app/electron/services/jobs/job-worker-boot.mjs');
    expect(defaultWorkerUrl('file:///app/dist/electron/main.cjs').href).toBe('file:///app/dist/electron/job-worker.cjs');
  });

  it('runs the start-up integrity check to the end without an error', async () => {
    // A file, not --eval: the job workers inherit the parent's flags, and --input-type would stop them.
    const script = join(dataDir, 'start-host.mjs');
    writeFileSync(script, childScript);
    const child = spawn(process.execPath, [script], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const jobs = JSON.parse(stdout.trim().split('\n').at(-1)!) as Array<{ kind: string; state: string; message: string | null }>;
    expect(jobs.find((job) => job.kind === 'desk-check')).toMatchObject({ state: 'done', message: null });
  }, 60_000);
});
