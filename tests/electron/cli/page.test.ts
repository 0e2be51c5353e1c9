import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE, runCli, type CliIo } from '../../../electron/cli/main';
import { openServices } from '../../../electron/services';
import { tempDir } from '../store/helpers';

function bufferedIo(): CliIo & { out(): string; err(): string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    out: () => out,
    err: () => err,
  };
}

interface PageReport {
  modules: Array<{ module: string; kind: string; story: string; columns: number; oversetChars: number | null; spareLines: number | null }>;
  violations: Array<{ kind: string; severity: string; modules: string[]; message: string }>;
}

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('folio-cli-page-')));
afterEach(() => cleanup());

async function demoIssue(): Promise<string> {
  const io = bufferedIo();
  expect(await runCli(['demo', '--data', dir], io)).toBe(EXIT_OK);
  return (JSON.parse(io.out()) as { issue: string }).issue;
}

async function pageReport(issue: string, page = '1'): Promise<PageReport> {
  const io = bufferedIo();
  expect(await runCli(['page', '--data', dir, '--issue', issue, '--page', page], io)).toBe(EXIT_OK);
  return JSON.parse(io.out()) as PageReport;
}

describe('folio page', () => {
  it('reports every module of the demo page 1 with its columns and fit, and no violations', async () => {
    const report = await pageReport(await demoIssue());
    expect(report.violations).toEqual([]);
    expect(report.modules.map((m) => m.story)).toEqual([
      '报头',
      '一腔热血写春秋',
      '炼钢二厂“三关”保“三联”取实效',
      '图片新闻',
      '胜利桥地区党总支 学习四中全会精神提高为老服务能力',
      '东山矿竖窑党支部 组织党员观看《天上的菊美》',
      expect.stringMatching(/^11月4日/),
      '责编行',
    ]);
    expect(report.modules.find((m) => m.story.startsWith('炼钢二厂'))).toMatchObject({ columns: 2, oversetChars: 0 });
    for (const m of report.modules.filter((m) => m.kind !== 'furniture')) expect(m.oversetChars).toBe(0);
  });

  it('lists overlaps and trashed stories as violations, and the page still reports', async () => {
    const issueId = await demoIssue();
    const services = openServices({ dataDir: dir });
    try {
      const issue = await services.dispatch('issues.get', { id: issueId });
      if (!issue.ok) throw new Error(issue.error.message);
      const pageId = (issue.value as { pages: Array<{ id: string }> }).pages[0].id;
      const view = await services.dispatch('pages.get', { id: pageId });
      if (!view.ok) throw new Error(view.error.message);
      const modules = (view.value as { modules: Array<{ id: string; story: { id: string; title: string } | null }> }).modules;
      const feature = modules.find((m) => m.story?.title === '一腔热血写春秋')!;
      await services.dispatch('stories.delete', { id: feature.story!.id });
      const moved = await services.dispatch('modules.update', { id: modules[2].id, column: 2 });
      expect(moved.ok).toBe(true);
    } finally {
      services.close();
    }
    const report = await pageReport(issueId);
    expect(report.violations.map((v) => [v.kind, v.severity])).toEqual([
      ['overlap', 'warning'],
      ['story-trashed', 'warning'],
    ]);
    expect(report.violations[1].message).toMatch(/^稿件已删除：「一腔热血写春秋」/);
    expect(report.modules).toHaveLength(8);
  });

  it('exits 2 without --issue or with a bad --page, and 1 for an unknown issue or page', async () => {
    const usage = bufferedIo();
    expect(await runCli(['page', '--data', dir, '--page', '1'], usage)).toBe(EXIT_USAGE);
    expect(usage.err()).toMatch(/--issue ID/);
    expect(await runCli(['page', '--data', dir, '--issue', 'x', '--page', 'one'], bufferedIo())).toBe(EXIT_USAGE);
    const unknown = bufferedIo();
    expect(await runCli(['page', '--data', dir, '--issue', 'nope', '--page', '1'], unknown)).toBe(1);
    expect(unknown.err()).toMatch(/找不到这一期报纸/);
    const issue = await demoIssue();
    const noPage = bufferedIo();
    expect(await runCli(['page', '--data', dir, '--issue', issue, '--page', '9'], noPage)).toBe(1);
    expect(noPage.err()).toMatch(/没有第9版（共 1 版）/);
  });
});
