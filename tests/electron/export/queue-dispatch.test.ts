import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { contract, type Envelope, type Method, type Params, type Result } from '../../../shared/api/contract';
import { openServices, type Services } from '../../../electron/services';
import { tempDir } from '../store/helpers';
import { callChecked } from '../services/call-checked';
import { hasGhostscript } from './pdf-tools';
import { openDesk } from '../../../electron/store';
import { setExportSettings } from '../../../electron/store/export-log-repo';
import { UNFINISHED_DEMO } from './preflight-fixture';

let services: Services;
let out: string;
const cleanups: (() => void)[] = [];
beforeEach(() => {
  const data = tempDir('folio-export-api-');
  const hot = tempDir('folio-export-hot-');
  out = hot.dir;
  cleanups.push(data.cleanup, hot.cleanup);
  // The paper checks what these tests are about; the unfinished demo page's empty frames and half are not.
  const desk = openDesk(data.dir);
  setExportSettings(desk.db, { preflightSeverity: UNFINISHED_DEMO });
  desk.close();
  services = openServices({ dataDir: data.dir, dailyBackup: false });
});
afterEach(() => {
  services.close();
  cleanups.splice(0).forEach((c) => c());
});

const call = <M extends Method>(method: M, params: Params<M>) => callChecked(services, method, params);

function errorOf(reply: Envelope<unknown>) {
  expect(reply.ok).toBe(false);
  return (reply as Extract<Envelope<unknown>, { ok: false }>).error;
}

/** Poll export.status until the job has ended. */
async function finished(jobId: string): Promise<Result<'export.status'>> {
  let status = await call('export.status', { jobId });
  await expect.poll(async () => (status = await call('export.status', { jobId })).ended, { timeout: 60_000, interval: 100 }).toBe(true);
  return status;
}

describe('export methods', () => {
  it('export.preflight reports the demo page clean, with the ink measured', async () => {
    const { issue } = await call('demo.create', {});
    const { pages } = await call('export.preflight', { issueId: issue, pages: '1' });
    expect(pages).toEqual([{ page: 1, pageId: expect.any(String), errors: [], warnings: [], inkMeasured: hasGhostscript() }]);
  });

  it('refuse a relative output folder, an unknown job and an unknown page', async () => {
    const { issue } = await call('demo.create', {});
    expect(errorOf(await services.dispatch('export.start', { issueId: issue, outDir: 'relative/dir' })).field).toBe('outDir');
    expect(errorOf(await services.dispatch('export.status', { jobId: 'nope' })).code).toBe('not-found');
    expect(errorOf(await services.dispatch('export.acknowledge', { issueId: issue, page: 9, codes: ['thin-line'] })).code).toBe('not-found');
    expect(errorOf(await services.dispatch('export.preflight', { issueId: issue, pages: [3] })).code).toBe('invalid-params');
    expect(errorOf(await services.dispatch('export.acknowledge', { issueId: issue, page: 1, codes: ['overset'] })).field).toBe('codes');
  });

  it.runIf(hasGhostscript())('warnings block export until acknowledged; the acknowledgment lets it through', async () => {
    const { issue, stories } = await call('demo.create', {});
    // Someone has a story open: a warning.
    await call('stories.lock', { id: stories[0].id, clientId: 'other-window' });
    const { pages } = await call('export.preflight', { issueId: issue });
    expect(pages[0].warnings.map((w) => w.code)).toEqual(['story-locked']);

    const first = await finished((await call('export.start', { issueId: issue, outDir: out })).jobId);
    expect(first.pages[0].status).toBe('blocked');
    expect(first.pages[0].message).toContain('story-locked');
    expect(readdirSync(out)).toEqual([]);

    const ack = await call('export.acknowledge', { issueId: issue, page: 1, codes: ['story-locked'] });
    expect(ack.codes).toEqual(['story-locked']);
    const second = await finished((await call('export.start', { issueId: issue, outDir: out, pages: [1] })).jobId);
    expect(second.state).toBe('finished');
    expect(second.done).toBe(1);
    expect(second.pages[0].status).toBe('done');
    expect(second.pages[0].files.map((f) => f.file)).toEqual(['钢城日报_20141125_01.pdf']);
    expect(readdirSync(out).sort()).toEqual(['manifest.json', '钢城日报_20141125_01.pdf']);
  });

  it.runIf(hasGhostscript())('export.cancel stops a running job', async () => {
    const { issue } = await call('demo.create', {});
    const { jobId } = await call('export.start', { issueId: issue, outDir: out, plates: true, dpi: 1200 });
    const cancelled = await call('export.cancel', { jobId });
    expect(cancelled.state).toBe('cancelled');
    const status = await finished(jobId);
    expect(status.state).toBe('cancelled');
    expect(status.pages[0].status).toBe('cancelled');
    expect(readdirSync(out).filter((f) => f.endsWith('.tif') || f.endsWith('.part'))).toEqual([]);
  });
});
