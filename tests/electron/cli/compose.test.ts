/** `folio compose`: the JSON contract, story input, and clear errors for bad input. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCompose } from '../../../electron/cli/commands/compose';
import { demoStories } from '../../../shared/seed/demo';

const dir = mkdtempSync(join(tmpdir(), 'folio-compose-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCompose(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

interface Out {
  columns: { xPt: number; lines: { yPt: number; widthPt: number; lastInParagraph: boolean; glyphs: { ch: string; xPt: number; advancePt: number }[] }[] }[];
  oversetChars: number;
  missingGlyphs: string[];
}

const TEXT = '卫晋毅，一位有着二十年党龄的优秀共产党员。在参加工作的33年时间里，一直奋战在电力系统汽机运行行业里。\n熟悉卫晋毅的职工都知道，老卫做党支部书记真是没说的。\n';

describe('folio compose --text-file', () => {
  it('prints the layout contract: justified 13字 lines, indent, baselines, glyph advances', async () => {
    const r = await run(['--text-file', file('a.txt', TEXT)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(Object.keys(out)).toEqual(['columns', 'oversetChars', 'missingGlyphs']);
    expect(out.columns).toHaveLength(1);
    const lines = out.columns[0].lines;
    expect(lines[0].glyphs[0]).toEqual({ ch: '卫', xPt: 18, advancePt: 9 });
    for (const l of lines) {
      const first = l.glyphs[0];
      const last = l.glyphs.at(-1)!;
      expect(l.widthPt).toBeCloseTo(last.xPt + last.advancePt - first.xPt, 3);
      if (!l.lastInParagraph) expect(first.xPt + l.widthPt).toBeCloseTo(117, 2);
    }
    expect(lines.filter((l) => l.lastInParagraph)).toHaveLength(2);
    expect(lines[1].yPt - lines[0].yPt).toBeCloseTo(13.5, 3);
    expect(lines.map((l) => l.glyphs.map((g) => g.ch).join('')).join('')).toBe(TEXT.replace(/\n/g, ''));
    expect(out.oversetChars).toBe(0);
    expect(out.missingGlyphs).toEqual([]);
  });
  it('honours --column-chars, --size-pt, --columns and --lines, and reports overset', async () => {
    const r = await run(['--text-file', file('b.txt', TEXT), '--column-chars', '10', '--size-pt', '10.5', '--columns', '2', '--lines', '3']);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.columns.map((c) => c.xPt)).toEqual([0, 115.5]);
    expect(out.columns.every((c) => c.lines.length <= 3)).toBe(true);
    const l = out.columns[0].lines[1];
    expect(l.glyphs[0].xPt + l.widthPt).toBeCloseTo(105, 2);
    expect(out.oversetChars).toBeGreaterThan(0);
  });
});

describe('folio compose --story', () => {
  it('sets a StoryContent or a Story from JSON, headline included', async () => {
    const content = demoStories()[0].content;
    const a = JSON.parse((await run(['--story', file('c.json', JSON.stringify(content))])).stdout) as Out & { head: unknown[] };
    expect(a.head.length).toBeGreaterThan(0);
    const story = { id: 's1', title: 't', status: 'draft', author: '', hanChars: 0, chars: 0, updatedAt: '', deletedAt: null, revision: 1, content };
    const b = JSON.parse((await run(['--story', file('d.json', JSON.stringify(story))])).stdout) as Out;
    expect(b).toEqual(a);
  });
  it('names the bad field (zod) and exits 1', async () => {
    const r = await run(['--story', file('e.json', JSON.stringify({ blocks: [{ type: 'paragraph', runs: [{ text: 5 }] }] }))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('blocks.0.runs.0.text');
    expect(r.stdout).toBe('');
  });
});

describe('bad input', () => {
  it('missing file → exit 1 with the path', async () => {
    const r = await run(['--text-file', join(dir, 'nope.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('file not found');
    expect(r.stderr).toContain('nope.txt');
  });
  it('bad JSON → exit 1', async () => {
    const r = await run(['--story', file('f.json', '{"blocks": [')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not valid JSON/);
  });
  it('bad usage → exit 2 with help', async () => {
    expect((await run([])).code).toBe(2);
    const r = await run(['--text-file', file('g.txt', TEXT), '--columns', 'two']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--columns must be a positive whole number');
    expect((await run(['--bogus'])).code).toBe(2);
  });
});

describe('as a program', () => {
  it('accepts stream-like sinks (write()) as the folio router passes them', async () => {
    let out = '';
    const code = await runCompose(['--text-file', file('w.txt', TEXT)], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true } });
    expect(code).toBe(0);
    expect(JSON.parse(out).columns).toHaveLength(1);
  });
  it('npm run -s folio -- compose prints the same JSON through the router', async () => {
    const path = file('r.txt', TEXT);
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'folio', '--', 'compose', '--text-file', path], { cwd: process.cwd() });
    expect(stdout).toBe((await run(['--text-file', path])).stdout);
  });
  it('npx tsx electron/cli/commands/compose.ts prints the same JSON', async () => {
    const path = file('h.txt', TEXT);
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'electron/cli/commands/compose.ts', '--text-file', path], { cwd: process.cwd() });
    expect(stdout).toBe((await run(['--text-file', path])).stdout);
  });
});
