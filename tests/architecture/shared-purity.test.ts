// shared/ must run unchanged in the renderer and in Node, so it may use neither the DOM nor Node. The import
// rules catch imports; this catches globals (document, window, process, Buffer …): shared/ is type-checked
// with the ES library only — no DOM lib, no @types/node.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function pureCompilerOptions(): ts.CompilerOptions {
  const configFile = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  return { ...parsed.options, lib: ['lib.es2023.d.ts'], types: [], noEmit: true };
}

function diagnostics(files: string[]): string[] {
  const program = ts.createProgram(files, pureCompilerOptions());
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file ? relative(root, diagnostic.file.fileName) : '';
    return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

describe('shared/ is pure TypeScript', () => {
  it('type-checks without the DOM or Node', () => {
    const files = readdirSync(join(root, 'shared'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(0);
    const problems = diagnostics(files);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('would catch a DOM or Node global', () => {
    const dir = mkdtempSync(join(tmpdir(), 'folio-purity-'));
    try {
      const file = join(dir, 'impure.ts');
      writeFileSync(file, 'export const title = document.title;\nexport const cwd = process.cwd();\n');
      const problems = diagnostics([file]).join('\n');
      expect(problems).toMatch(/document/);
      expect(problems).toMatch(/process/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
