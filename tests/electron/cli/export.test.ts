import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCli, type CliIo } from '../../../electron/cli/main';
import { findGhostscript } from '../../../electron/export/plates/ghostscript';
import { getIssue, openDesk, updateModule } from '../../../electron/store';
import { listExportLog, setExportSettings } from '../../../electron/store/export-log-repo';
import { UNFINISHED_DEMO } from '../export/preflight-fixture';
import { tempDir } from '../store/helpers';

function bufferedIo(): CliIo & { out(): string; err(): string } {
  let out = '';
  let err = '';
  return { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) }, out: () => out, err: () => err };
}

interface Summary {
  pages: { page: number; status: string; forced?: string[] }[];
  files: { file: string; bytes: number; sha256: string; page: number; ink: string | null }[];
}

let dir: string;
let out: string;
const cleanups: (() => void)[] = [];
beforeEach(() => {
  const data = tempDir('folio-cli-export-');
  const target = tempDir('folio-cli-hot-');
  dir = data.dir;
  out = target.dir;
  cleanups.push(data.cleanup, target.cleanup);
});
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function demoIssue(): Promise<string> {
  const io = bufferedIo();
  expect(await runCli(['demo', '--data', dir], io)).toBe(EXIT_OK);
  // The paper checks what these tests are about; the unfinished demo page's empty frames and half are not.
  withDesk((desk) => setExportSettings(desk.db, { preflightSeverity: UNFINISHED_DEMO }));
  return (JSON.parse(io.out()) as { issue: string }).issue;
}

/** Change the desk directly (closed again before the CLI opens it). */
function withDesk(change: (desk: ReturnType<typeof openDesk>) => void): void {
  const desk = openDesk(dir);
  try {
    change(desk);
  } finally {
    desk.close();
  }
}

describe('folio preflight', () => {
  it('passes the demo page clean (exit 0)', async () => {
    const issue = await demoIssue();
    const io = bufferedIo();
    expect(await runCli(['preflight', '--data', dir, '--issue', issue, '--pages', '1'], io)).toBe(EXIT_OK);
    const report = JSON.parse(io.out()) as { pages: { page: number; errors: unknown[]; warnings: unknown[] }[] };
    expect(report.pages).toMatchObject([{ page: 1, errors: [], warnings: [] }]);
  });

  it('exits 1 with the errors when the paper requires sign-off', async () => {
    const issue = await demoIssue();
    withDesk((desk) => setExportSettings(desk.db, { requireSignOff: true, preflightSeverity: UNFINISHED_DEMO }));
    const io = bufferedIo();
    expect(await runCli(['preflight', '--data', dir, '--issue', issue], io)).toBe(EXIT_FAILED);
    const report = JSON.parse(io.out()) as { pages: { errors: { code: string; message: string }[] }[] };
    expect(report.pages[0].errors).toEqual([{ code: 'not-signed-off', message: expect.stringContaining('签付') }]);
  });

  it('refuses a bad page range as usage', async () => {
    const issue = await demoIssue();
    const io = bufferedIo();
    expect(await runCli(['preflight', '--data', dir, '--issue', issue, '--pages', 'x'], io)).toBe(EXIT_USAGE);
    expect(io.err()).toContain('看不懂');
  });
});

describe.skipIf(!findGhostscript())('folio export', () => {
  it('writes the page PDF and four plates with a manifest, prints sizes and hashes, and logs who exported', async () => {
    const issue = await demoIssue();
    const io = bufferedIo();
    expect(await runCli(['export', '--data', dir, '--issue', issue, '--pages', '1', '--out', out, '--plates', '--dpi', '150'], io), io.err()).toBe(EXIT_OK);
    const summary = JSON.parse(io.out()) as Summary;
    expect(summary.pages).toEqual([{ page: 1, status: 'done' }]);
    expect(summary.files.map((f) => f.file)).toEqual(['钢城日报_20141125_01.pdf', '钢城日报_20141125_01_C.tif', '钢城日报_20141125_01_M.tif', '钢城日报_20141125_01_Y.tif', '钢城日报_20141125_01_K.tif']);
    for (const f of summary.files) {
      const bytes = readFileSync(join(out, f.file));
      expect(f.bytes).toBe(bytes.length);
      expect(f.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(readdirSync(out).filter((f) => f.endsWith('.part'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: { file: string; sha256: string }[] };
    expect(manifest.files.map((f) => f.sha256)).toEqual(summary.files.map((f) => f.sha256));
    withDesk((desk) => {
      const log = listExportLog(desk.db, { issueId: issue });
      expect(log.map((r) => r.action)).toEqual(['export']);
      expect(log[0].files.map((f) => f.file)).toEqual(summary.files.map((f) => f.file));
    });
  });

  it('stops on preflight errors (exit 1, nothing written) unless --force, which is logged', async () => {
    const issue = await demoIssue();
    withDesk((desk) => {
      // Squeeze the first story module to two lines: its text is overset.
      const page = getIssue(desk.db, issue).pages[0];
      const module = desk.db.prepare<[string], { id: string }>("SELECT id FROM modules WHERE page_id = ? AND kind = 'story' ORDER BY position LIMIT 1").get(page.id)!;
      updateModule(desk.db, module.id, { heightLines: 6 });
    });
    const blocked = bufferedIo();
    expect(await runCli(['export', '--data', dir, '--issue', issue, '--out', out], blocked)).toBe(EXIT_FAILED);
    expect(blocked.err()).toContain('--force');
    expect((JSON.parse(blocked.out()) as { preflight: { errors: { code: string }[] }[] }).preflight[0].errors.map((e) => e.code)).toContain('overset');
    expect(readdirSync(out)).toEqual([]);

    const forced = bufferedIo();
    expect(await runCli(['export', '--data', dir, '--issue', issue, '--out', out, '--force', '--no-marks'], forced), forced.err()).toBe(EXIT_OK);
    const summary = JSON.parse(forced.out()) as Summary;
    expect(summary.pages[0].forced).toContain('overset');
    withDesk((desk) => {
      const log = listExportLog(desk.db, { issueId: issue });
      expect(log.map((r) => r.action)).toEqual(['force', 'export']);
      expect(log[0].codes).toContain('overset');
    });
  });

  it('names the missing option', async () => {
    const io = bufferedIo();
    expect(await runCli(['export', '--data', dir, '--issue', 'x'], io)).toBe(EXIT_USAGE);
    expect(io.err()).toContain('--out');
  });
});
