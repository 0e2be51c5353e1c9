// The real main.cjs bundle, run in plain Node against a stand-in 'electron' (the binary is not installable
// everywhere): it must load, open the real services in FOLIO_DATA_DIR, serve the app on folio://app/ and answer
// folio:invoke with real envelopes.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainBundleOptions } from '../../../build/scripts/electron-bundles.mjs';

const root = join(import.meta.dirname, '..', '..', '..');
// Inside the repo, so main.cjs resolves better-sqlite3 and the fonts from node_modules as in dist/.
const bundleRoot = join(root, 'dist', `.main-bundle-test-${process.pid}`);
const dataDir = mkdtempSync(join(tmpdir(), 'folio-main-bundle-'));

interface Report {
  schemes: string[];
  window: Array<{ url: string; preload: string }>;
  menu: string[];
  index: { status: number; type: string; bytes: number };
  font: { status: number; type: string; bytes: number };
  info: { ok: boolean; value?: { dataDir: string; version: string } };
  badParams: { ok: boolean; error?: { code: string } };
}
let report: Report;

beforeAll(async () => {
  await build({ ...mainBundleOptions(root, join(bundleRoot, 'electron')), absWorkingDir: root, logLevel: 'error' });
  mkdirSync(join(bundleRoot, 'renderer'));
  writeFileSync(join(bundleRoot, 'renderer', 'index.html'), '<!doctype html><title>Folio</title>');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--require', join(import.meta.dirname, 'fixtures', 'electron-runtime-stub.cjs'), join(bundleRoot, 'electron', 'main.cjs')],
    { env: { ...process.env, FOLIO_DATA_DIR: dataDir }, timeout: 30_000 },
  );
  report = JSON.parse(stdout.trim().split('\n').at(-1)!) as Report;
});

afterAll(() => {
  rmSync(bundleRoot, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('main.cjs in Node with a stand-in electron', () => {
  it('registers folio:// and opens one window on it with the preload beside main.cjs', () => {
    expect(report.schemes).toEqual(['folio']);
    expect(report.window).toEqual([{ url: 'folio://app/', preload: join(bundleRoot, 'electron', 'preload.cjs') }]);
  });

  it('builds the English menu when the system is English', () => {
    expect(report.menu).toEqual(['File', 'Edit', 'Story', 'Page', 'Proof', 'Output', 'View', 'Help']);
  });

  it('serves the renderer and the fonts on folio://app/', () => {
    expect(report.index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(report.font).toMatchObject({ status: 200, type: 'font/ttf' });
    expect(report.font.bytes).toBeGreaterThan(1_000_000);
  });

  it('answers folio:invoke from the real services in FOLIO_DATA_DIR', () => {
    expect(report.info).toMatchObject({ ok: true, value: { dataDir, version: '0.0.0-stub' } });
    expect(report.badParams).toMatchObject({ ok: false, error: { code: 'invalid-params' } });
  });
});
