/** `folio check`: the JSON findings contract, term lists, stories, and clear errors for bad input. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../electron/cli/commands/check';
import { runCli } from '../../../electron/cli/main';
import { demoStories } from '../../../shared/seed/demo';

const dir = mkdtempSync(join(tmpdir(), 'folio-check-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function run(argv: string[], through: 'command' | 'router' = 'command') {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
  const code = through === 'router' ? await runCli(['check', ...argv], io) : await runCheck(argv, io);
  return { code, stdout, stderr };
}

interface Out {
  findings: { block?: number; part?: string; code: string; start: number; end: number; text: string; suggestion?: string; message: string; severity: string }[];
}

describe('folio check --text-file', () => {
  it('prints findings with UTF-16 offsets into the file text, Chinese messages and exact suggestions', async () => {
    const text = '𠮷野家,中文。\n他说"好"。\n';
    const r = await run(['--text-file', file('a.txt', text)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.findings[0]).toEqual({
      code: 'halfwidth-punct',
      start: 4,
      end: 5,
      text: ',',
      suggestion: '，',
      message: '中文之间用了半角逗号，应为全角“，”',
      severity: 'error',
    });
    for (const f of out.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(out.findings.map((f) => f.suggestion)).toEqual(['，', '“', '”']);
  });

  it('finds 错别字 and number forms, and applies the house style and wording options', async () => {
    const path = file('style.txt', '大家一股作气，其它单位三十五人也来了，南韩代表。\n');
    const plain = JSON.parse((await run(['--text-file', path])).stdout) as Out;
    expect(plain.findings.map((f) => [f.code, f.text, f.suggestion])).toEqual([
      ['misspelled-word', '一股作气', '一鼓作气'],
      ['term', '南韩', '韩国'],
    ]);
    const styled = JSON.parse((await run(['--text-file', path, '--other-form', '其他', '--arabic-counts', '--no-builtin-wording'])).stdout) as Out;
    expect(styled.findings.map((f) => [f.code, f.text, f.suggestion])).toEqual([
      ['misspelled-word', '一股作气', '一鼓作气'],
      ['word-in-context', '其它', '其他'],
      ['count-numeral', '三十五', '35'],
    ]);
    const bad = await run(['--text-file', path, '--other-form', '其它']);
    expect([bad.code, bad.stderr.split('\n')[0]]).toEqual([2, 'folio check: --other-form: only 其他 is a style (got 其它)']);
  });

  it('exits 0 with an empty list when the text is clean', async () => {
    const r = await run(['--text-file', file('clean.txt', '卫晋毅，一位优秀共产党员。\n')]);
    expect([r.code, r.stdout]).toEqual([0, '{"findings":[]}\n']);
  });

  it('does not count a UTF-8 BOM in the offsets', async () => {
    const r = await run(['--text-file', file('bom.txt', '\uFEFF中文,中文。')]);
    expect((JSON.parse(r.stdout) as Out).findings.map((f) => f.start)).toEqual([2]);
  });

  it('adds a term list with --terms and filters codes with --only', async () => {
    const terms = file('terms.txt', '十八届4中全会 => 十八届四中全会  # 届次用汉字\n!禁词\n');
    const text = file('t.txt', '学习十八届4中全会精神,不说禁词。\n');
    const r = await run(['--text-file', text, '--terms', terms]);
    expect((JSON.parse(r.stdout) as Out).findings.map((f) => [f.code, f.text, f.suggestion])).toEqual([
      ['term', '十八届4中全会', '十八届四中全会'],
      ['halfwidth-punct', ',', '，'],
      ['banned-word', '禁词', undefined],
    ]);
    const only = await run(['--text-file', text, '--terms', terms, '--only', 'term,banned-word']);
    expect((JSON.parse(only.stdout) as Out).findings.map((f) => f.code)).toEqual(['term', 'banned-word']);
  });

  it('runs through the folio router', async () => {
    const r = await run(['--text-file', file('r.txt', '中文,中文。')], 'router');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Out).findings).toHaveLength(1);
  });
});

describe('folio check --story', () => {
  it('checks a story with its block kinds; findings name the block', async () => {
    const story = demoStories().find((s) => s.slug === 'shengliqiao-plenum');
    const r = await run(['--story', file('story.json', JSON.stringify(story?.content))]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.findings.map((f) => [f.block, f.code, f.text, f.suggestion])).toEqual([
      [7, 'halfwidth-punct', '(', '（'],
      [7, 'halfwidth-punct', ')', '）'],
    ]);
  });
  it('marks figure findings with their part', async () => {
    const content = { blocks: [{ type: 'figure', image: null, caption: [{ text: '图为会场,代表发言。' }], credit: [{ text: '彭锦 摄' }] }] };
    const r = await run(['--story', file('figure.json', JSON.stringify(content))]);
    expect((JSON.parse(r.stdout) as Out).findings.map((f) => [f.block, f.part, f.text])).toEqual([[0, 'caption', ',']]);
  });
});

describe('folio check: bad input', () => {
  it('exits 2 with usage on missing or conflicting options and unknown codes', async () => {
    for (const argv of [[], ['--text-file', 'a', '--story', 'b'], ['--bogus'], ['--text-file', 'a', '--only', 'nope']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage: folio check');
    }
  });
  it('exits 0 with usage on --help', async () => {
    const r = await run(['--help']);
    expect([r.code, r.stdout.startsWith('Usage: folio check')]).toEqual([0, true]);
  });
  it('exits 1 with a clear message on unreadable input', async () => {
    const cases: [string[], RegExp][] = [
      [['--text-file', join(dir, 'missing.txt')], /file not found: .*missing\.txt/],
      [['--text-file', file('latin1.bin', new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0xff]))], /not valid UTF-8/],
      [['--story', file('bad.json', '{"blocks": [')], /not valid JSON/],
      [['--story', file('wrong.json', '{"blocks": []}')], /invalid story at field "blocks"/],
      [['--text-file', file('ok.txt', '好。'), '--terms', file('bad-terms.txt', '甲 => 乙\n没有箭头\n')], /bad-terms\.txt line 2: 缺少“=>”/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });
});

describe('npm run -s folio -- check', () => {
  it('prints the JSON and exits 0; exits 2 on bad usage', async () => {
    const path = file('cli.txt', '中文,中文。\n');
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'folio', '--', 'check', '--text-file', path], { cwd: process.cwd() });
    expect((JSON.parse(stdout) as Out).findings.map((f) => f.code)).toEqual(['halfwidth-punct']);
    const failed = await promisify(execFile)('npm', ['run', '-s', 'folio', '--', 'check'], { cwd: process.cwd() }).catch((error: { code: number }) => error);
    expect((failed as { code: number }).code).toBe(2);
  });
});
