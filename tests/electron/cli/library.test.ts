import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCli, type CliIo } from '../../../electron/cli/main';
import { buildDocx } from '../services/docx-fixture';
import { tempDir } from '../store/helpers';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function bufferedIo(): CliIo & { out(): string; err(): string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    out: () => out,
    err: () => err,
  };
}

let dir: string;
let files: string;
let cleanup: () => void;
let cleanupFiles: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('folio-cli-lib-'));
  ({ dir: files, cleanup: cleanupFiles } = tempDir('folio-cli-files-'));
});
afterEach(() => {
  cleanup();
  cleanupFiles();
});

async function run(argv: string[]) {
  const io = bufferedIo();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('folio import and folio search', () => {
  it('imports .docx and .txt files, then finds them', async () => {
    const docx = join(files, '来稿.docx');
    writeFileSync(docx, await buildDocx([{ style: 'Title', runs: [{ text: '炼钢二厂保三联' }] }, { runs: [{ text: '本报讯 能源动力总厂召开会议。' }] }]));
    const txt = join(files, '简讯.txt');
    writeFileSync(txt, '春耕时节\n农民在田间插秧，一派繁忙。');

    const imported = await run(['import', '--data', dir, docx, txt]);
    expect(imported.code).toBe(EXIT_OK);
    const report = JSON.parse(imported.out) as { stories: Array<{ id: string; title: string; chars: number }>; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.stories.map(({ title, chars }) => ({ title, chars }))).toEqual([
      { title: '炼钢二厂保三联', chars: 21 },
      { title: '春耕时节', chars: 17 },
    ]);
    expect(Object.keys(report.stories[0]).sort()).toEqual(['chars', 'id', 'title', 'warnings']);

    const found = await run(['search', '--data', dir, '田间插秧']);
    expect(found.code).toBe(EXIT_OK);
    expect(JSON.parse(found.out)).toEqual({
      results: [{ story: report.stories[1].id, title: '春耕时节', snippet: '春耕时节 农民在«田间插秧»，一派繁忙。' }],
    });
    const short = JSON.parse((await run(['search', '--data', dir, '会议'])).out);
    expect(short.results.map((r: { story: string }) => r.story)).toEqual([report.stories[0].id]);
    expect(JSON.parse((await run(['search', '--data', dir, '没有的词'])).out)).toEqual({ results: [] });
  });

  it('lists each failed file with its message and exits 1, keeping the files that worked', async () => {
    const good = join(files, 'good.txt');
    writeFileSync(good, '标题\n正文。');
    const broken = join(files, 'broken.docx');
    writeFileSync(broken, Buffer.from('PK\u0003\u0004 not really a zip'));
    const missing = join(files, 'missing.txt');

    const result = await run(['import', '--data', dir, good, broken, missing]);
    expect(result.code).toBe(EXIT_FAILED);
    const report = JSON.parse(result.out) as { stories: unknown[]; errors: Array<{ file: string; message: string }> };
    expect(report.stories).toHaveLength(1);
    expect(report.errors.map((e) => e.file)).toEqual([broken, missing]);
    expect(report.errors[0].message).toMatch(/已损坏或不完整/);
    expect(report.errors[1].message).toMatch(/找不到文件/);
  });

  it('search refuses a data folder that does not exist instead of creating a desk there', async () => {
    const missing = join(dir, 'typo');
    const result = await run(['search', '--data', missing, '词']);
    expect(result.code).toBe(EXIT_FAILED);
    expect(result.err).toMatch(/找不到数据文件夹/);
    expect(existsSync(missing)).toBe(false);
  });

  it('exits 2 on bad usage', async () => {
    expect((await run(['import', '--data', dir])).code).toBe(EXIT_USAGE);
    expect((await run(['search', '--data', dir])).code).toBe(EXIT_USAGE);
    expect((await run(['search', '--data', dir, '--limit', '0', '词'])).code).toBe(EXIT_USAGE);
    expect((await run(['import', '--colour', 'x'])).code).toBe(EXIT_USAGE);
  });

  it('works as a real process: npm run -s folio -- import / search', () => {
    const txt = join(files, '稿.txt');
    writeFileSync(txt, '防汛抗旱\n各地做好防汛准备。');
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['build/scripts/folio.mjs', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
    const imported = cli('import', '--data', dir, txt);
    expect(imported.status).toBe(0);
    const id = JSON.parse(imported.stdout).stories[0].id;
    const found = cli('search', '--data', dir, '防汛准备');
    expect(found.status).toBe(0);
    expect(JSON.parse(found.stdout)).toEqual({ results: [{ story: id, title: '防汛抗旱', snippet: '防汛抗旱 各地做好«防汛准备»。' }] });
  });
});
