// The folder decides what a file may import (ARCHITECTURE.md "Layering"). Reads every import in shared/,
// electron/ and renderer/ and names each file and import that breaks a rule.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, checkImport, importsOf, type Violation } from './import-rules';

const root = join(import.meta.dirname, '..', '..');
const LAYERS = ['shared', 'server', 'electron', 'renderer'];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|cts)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

describe('layering of the source tree', () => {
  const files = LAYERS.flatMap(sourceFiles);

  it('finds the source files', () => {
    expect(files).toContain('shared/api/contract.ts');
    expect(files).toContain('electron/app/main.ts');
  });

  it('has no import that crosses a layer', () => {
    const violations: Violation[] = files.flatMap((file) => checkFile(file, readFileSync(join(root, file), 'utf8')));
    const report = violations.map((v) => `${v.file}: import "${v.specifier}" — ${v.rule}`);
    expect(report, report.join('\n')).toEqual([]);
  });
});

describe('the import rules themselves', () => {
  it('reads static, type-only, dynamic, re-export and require imports', () => {
    const source = [
      "import a from 'alpha';",
      "import type { B } from 'beta';",
      "export { c } from './gamma';",
      "const d = await import('delta');",
      "const e = require('epsilon');",
    ].join('\n');
    expect(importsOf(source)).toEqual(['alpha', 'beta', './gamma', 'delta', 'epsilon']);
  });

  it.each([
    ['shared/compose/page.ts', 'node:fs'],
    ['shared/compose/page.ts', 'path'],
    ['shared/model/story.ts', 'react'],
    ['shared/model/story.ts', 'slate'],
    ['shared/model/story.ts', '../../electron/store'],
    ['shared/model/story.ts', '../../renderer/api/client'],
    ['renderer/editor/schema.ts', 'node:path'],
    ['renderer/editor/schema.ts', 'electron'],
    ['renderer/editor/schema.ts', 'better-sqlite3'],
    ['renderer/editor/schema.ts', '../../electron/services'],
    ['electron/services/index.ts', 'electron'],
    ['electron/services/index.ts', 'better-sqlite3'],
    ['electron/host/server.ts', '../../renderer/api/client'],
    ['shared/newsroom/permissions.ts', 'pg'],
    ['server/http/app.ts', '../../electron/store'],
    ['server/http/app.ts', '../../renderer/api/client'],
    ['server/store/pool.ts', 'better-sqlite3'],
    ['electron/services/index.ts', '../../server/http/app'],
  ])('forbids %s importing %s', (file, specifier) => {
    expect(checkImport(file, specifier)).not.toBeNull();
  });

  it.each([
    ['shared/compose/page.ts', '../model/story'],
    ['shared/compose/fonts/face-metrics.ts', 'fontkit'],
    ['shared/api/contract.ts', 'zod'],
    ['renderer/editor/schema.ts', '../../shared/model/story'],
    ['renderer/editor/schema.ts', 'slate-react'],
    ['electron/app/main.ts', 'electron'],
    ['electron/app/main.ts', '../services/index'],
    ['electron/store/db.ts', 'better-sqlite3'],
    ['electron/host/server.ts', 'node:http'],
  ])('allows %s importing %s', (file, specifier) => {
    expect(checkImport(file, specifier)).toBeNull();
  });
});
