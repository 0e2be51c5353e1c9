// How `npm start` decides between Electron and the browser host, without ever requiring 'electron'
// (which would try to download the binary).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../build/scripts/electron-binary.mjs';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function electronPackage(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'folio-electron-pkg-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('findElectronBinary', () => {
  it('finds the binary named by path.txt in dist/', () => {
    const pkg = electronPackage({ 'path.txt': 'electron', 'dist/electron': '' });
    expect(findElectronBinary(pkg, {})).toEqual({ found: true, path: join(pkg, 'dist', 'electron') });
  });

  it('reports a missing path.txt (the download never ran)', () => {
    const pkg = electronPackage({ 'index.js': '' });
    expect(findElectronBinary(pkg, {})).toEqual({ found: false, reason: 'node_modules/electron/path.txt missing' });
  });

  it('reports a missing binary in dist/', () => {
    const pkg = electronPackage({ 'path.txt': 'electron' });
    expect(findElectronBinary(pkg, {})).toEqual({ found: false, reason: 'node_modules/electron/dist/electron missing' });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package', () => {
    const pkg = electronPackage({ 'path.txt': 'electron', 'custom/electron': '' });
    expect(findElectronBinary(pkg, { ELECTRON_OVERRIDE_DIST_PATH: join(pkg, 'custom') })).toEqual({
      found: true,
      path: join(pkg, 'custom', 'electron'),
    });
  });
});
