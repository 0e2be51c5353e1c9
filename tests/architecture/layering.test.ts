// The layer table (import-rules.ts) applied to every import of the tree, and no import cycles anywhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, sourceFiles, treeGraph } from './import-graph';
import { CHECKED_ROOTS, checkFile, checkImport, importsOf, layerOf, type Violation } from './import-rules';

const root = join(import.meta.dirname, '..', '..');

describe('layering of the source tree', () => {
  const files = sourceFiles(root, CHECKED_ROOTS);

  it('finds the source files', () => {
    expect(files).toContain('shared/api/contract.ts');
    expect(files).toContain('electron/app/main.ts');
    expect(files).toContain('build/scripts/render-page.ts');
  });

  it('places every file in a folder of the layer table', () => {
    const outside = files.filter((file) => layerOf(file) === null);
    expect(outside, outside.join('\n')).toEqual([]);
  });

  it('has no import that the layer table forbids', () => {
    const violations: Violation[] = files.flatMap((file) => checkFile(file, readFileSync(join(root, file), 'utf8')));
    const report = violations.map((v) => `${v.file}: import "${v.specifier}" — ${v.rule}`);
    expect(report, report.join('\n')).toEqual([]);
  });

  it('has no import cycle (tests included)', () => {
    const cycles = importCycles(treeGraph(root, [...CHECKED_ROOTS, 'tests']));
    const report = cycles.map((cycle) => cycle.join(' ↔ '));
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
    ['shared/model/story.ts', 'pg'],
    ['shared/model/story.ts', '../../electron/store'],
    ['shared/model/story.ts', '../../renderer/api/client'],
    ['shared/model/story.ts', '../compose'],
    ['shared/units/index.ts', '../model'],
    ['renderer/editor/schema.ts', 'node:path'],
    ['renderer/editor/schema.ts', 'electron'],
    ['renderer/editor/schema.ts', 'better-sqlite3'],
    ['renderer/editor/schema.ts', '../../electron/services'],
    ['renderer/desk/desk.tsx', '../app/format'],
    ['renderer/page-proof/use-page-proof.ts', '../page/page-workspace'],
    ['electron/services/index.ts', 'electron'],
    ['electron/services/index.ts', 'better-sqlite3'],
    ['electron/export/queue/export-page.ts', '../../services/pictures/picture-assets'],
    ['electron/store/db.ts', '../compose/stored-page'],
    ['electron/host/server.ts', '../../renderer/api/client'],
    ['build/scripts/render-page.ts', '../../tests/e2e/browser'],
    ['server/routes.ts', '../electron/store'],
    ['server/routes.ts', '../renderer/api/client'],
    ['server/routes.ts', 'react'],
    ['electron/store/db.ts', 'pg'],
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
    ['shared/display/list.ts', '../compose/frame'],
    ['renderer/editor/schema.ts', '../../shared/model/story'],
    ['renderer/editor/schema.ts', 'slate-react'],
    ['renderer/desk/story-row.tsx', '../common/format'],
    ['renderer/app/app.tsx', '../desk/desk'],
    ['electron/app/main.ts', 'electron'],
    ['electron/app/main.ts', '../services/index'],
    ['electron/export/preflight/page-inputs.ts', '../../compose/stored-page'],
    ['electron/store/db.ts', 'better-sqlite3'],
    ['electron/host/server.ts', 'node:http'],
    ['server/routes.ts', '../shared/newsroom/rules'],
    ['server/store/pg-store.ts', 'pg'],
    ['electron/cli/commands/newsroom.ts', '../../../server/http/app'],
  ])('allows %s importing %s', (file, specifier) => {
    expect(checkImport(file, specifier)).toBeNull();
  });

  it('finds a cycle, direct or through a third file, and nothing in a tree without one', () => {
    const sources: Record<string, string> = {
      'a.ts': "import { b } from './b';",
      'b.ts': "import type { C } from './c';",
      'c.ts': "export * from './a';",
      'd.ts': "import { a } from './a';",
    };
    const resolve = (_file: string, specifier: string) => `${specifier.slice(2)}.ts`;
    const graph = importGraph(Object.keys(sources), (file) => sources[file], resolve);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    const acyclic = importGraph(['a.ts', 'b.ts', 'd.ts'], (file) => (file === 'b.ts' ? '' : sources[file]), resolve);
    expect(importCycles(acyclic)).toEqual([]);
  });
});
