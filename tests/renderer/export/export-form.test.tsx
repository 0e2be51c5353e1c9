// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportJob } from '../../../shared/api/contract-export';
import { click, render, typeInto, type Rendered } from '../proof/render-helpers';

/** The services as the form sees them: export.start, then export.status answering from `jobNow`. */
const calls: { method: string; params: unknown }[] = [];
let jobNow: ExportJob;
vi.mock('../../../renderer/api/client', () => ({
  invoke: async (method: string, params: unknown) => {
    calls.push({ method, params });
    if (method === 'export.start') return { ok: true, value: { jobId: 'job-1' } };
    if (method === 'export.status') return { ok: true, value: structuredClone(jobNow) };
    if (method === 'export.cancel') {
      jobNow = { ...jobNow, state: 'cancelled', pages: jobNow.pages.map((p) => (p.status === 'queued' || p.status === 'running' ? { ...p, status: 'cancelled' } : p)) };
      return { ok: true, value: structuredClone(jobNow) };
    }
    return { ok: false, error: { code: 'unknown-method', message: method } };
  },
}));

import { errorMessage } from '../../../shared/errors';
const { ExportForm } = await import('../../../renderer/export/export-form');
const { ExportQueueStatus } = await import('../../../renderer/export/export-status');

type PageStatus = ExportJob['pages'][number]['status'];
const pageRow = (page: number, status: PageStatus, message: string | null = null): ExportJob['pages'][number] => ({
  page, pageId: `p${page}`, status, text: message === null ? null : errorMessage('export-page-failed', { detail: message }), message, errors: [], warnings: [], forcedCodes: [],
  files: status === 'done' ? [{ file: `/hot/p${page}.pdf`, bytes: 2048, sha256: 'x', ink: null }] : [],
});
const job = (state: ExportJob['state'], ended: boolean, pages: ExportJob['pages']): ExportJob =>
  ({ jobId: 'job-1', issueId: 'i1', state, ended, done: 0, total: pages.length, outDir: '/hot', pages });

let ui: Rendered;
beforeEach(() => {
  calls.length = 0;
});
afterEach(() => ui?.unmount());

const rows = () => ui.byTestId('export-page-row').map((r) => [r.dataset.page, r.dataset.status]);
async function until(check: () => boolean) {
  await vi.waitFor(() => expect(check()).toBe(true), { timeout: 5000, interval: 20 });
  await act(async () => {});
}

describe('export form', () => {
  it('starts with the choices, shows a failed page’s message while the others finish, and counts in the status bar', async () => {
    jobNow = job('running', false, [pageRow(1, 'running'), pageRow(2, 'queued'), pageRow(3, 'queued')]);
    ui = await render(<><ExportForm issueId="i1" defaultOutDir="/data/export" platesAllowed /><ExportQueueStatus /></>);
    const outDir = ui.byTestId('export-outdir')[0] as HTMLInputElement;
    expect(outDir.value).toBe('/data/export');
    await click(ui.byTestId('export-pages-range')[0]);
    await typeInto(ui.byTestId('export-range')[0] as HTMLInputElement, '1-3');
    await click(ui.byTestId('export-plates')[0]);
    await typeInto(ui.byTestId('export-dpi')[0] as HTMLInputElement, '100');
    await click(ui.byTestId('export-start')[0]);
    expect(calls.find((c) => c.method === 'export.start')?.params).toEqual({ issueId: 'i1', pages: '1-3', outDir: '/data/export', plates: true, dpi: 100, marks: true });
    await until(() => rows().length === 3);
    expect(ui.byTestId('export-status')[0].textContent).toBe('导出队列 0/3');

    jobNow = job('running', false, [pageRow(1, 'done'), pageRow(2, 'failed', 'Ghostscript 分色失败：坏文件'), pageRow(3, 'running')]);
    await until(() => rows()[1][1] === 'failed');
    expect(ui.byTestId('export-page-message')[0].textContent).toContain('坏文件');
    expect(ui.byTestId('export-cancel')).toHaveLength(1);

    jobNow = job('finished', true, [pageRow(1, 'done'), pageRow(2, 'failed', 'Ghostscript 分色失败：坏文件'), pageRow(3, 'done')]);
    await until(() => ui.byTestId('export-progress')[0].dataset.ended === 'true');
    expect(rows()).toEqual([['1', 'done'], ['2', 'failed'], ['3', 'done']]);
    expect(ui.byTestId('export-file').map((f) => f.textContent)).toEqual(['/hot/p1.pdf 2 KB', '/hot/p3.pdf 2 KB']);
    expect(ui.byTestId('export-status')[0].textContent).toBe('导出队列 3/3 ✕1');
    expect(ui.byTestId('export-cancel')).toHaveLength(0);
  });

  it('cancels a running job: the rest are reported cancelled', async () => {
    jobNow = job('running', false, [pageRow(1, 'running'), pageRow(2, 'queued')]);
    ui = await render(<ExportForm issueId="i1" defaultOutDir="/data/export" platesAllowed={false} />);
    expect((ui.byTestId('export-plates')[0] as HTMLInputElement).disabled).toBe(true);
    await click(ui.byTestId('export-start')[0]);
    expect(calls.find((c) => c.method === 'export.start')?.params).toMatchObject({ plates: false });
    await until(() => ui.byTestId('export-cancel').length === 1 && rows().length === 2);
    await click(ui.byTestId('export-cancel')[0]);
    expect(calls.some((c) => c.method === 'export.cancel')).toBe(true);
    await until(() => rows().every(([, s]) => s === 'cancelled'));
    jobNow = { ...jobNow, ended: true };
    await until(() => ui.byTestId('export-progress')[0].dataset.ended === 'true');
    expect(ui.byTestId('export-progress')[0].dataset.state).toBe('cancelled');
  });

  it('refuses a relative folder and an unreadable range, in words, without calling the services', async () => {
    ui = await render(<ExportForm issueId="i1" defaultOutDir="/data/export" platesAllowed />);
    await typeInto(ui.byTestId('export-outdir')[0] as HTMLInputElement, 'hot/folder');
    await click(ui.byTestId('export-start')[0]);
    expect(ui.byTestId('export-error')[0].textContent).toContain('完整路径');
    await typeInto(ui.byTestId('export-outdir')[0] as HTMLInputElement, '/hot');
    await click(ui.byTestId('export-pages-range')[0]);
    await typeInto(ui.byTestId('export-range')[0] as HTMLInputElement, '第一版');
    await click(ui.byTestId('export-start')[0]);
    expect(ui.byTestId('export-error')[0].textContent).toContain('版号范围');
    expect(calls.filter((c) => c.method === 'export.start')).toHaveLength(0);
  });
});
