import { describe, expect, it } from 'vitest';
import {
  ackKey, defaultOutDir, findingText, isAbsoluteFolder, jobCounts, jobFraction, newestIssue, nextPollDelayMs, pagesParam, pendingCodes, summarizePreflight,
  type PreflightPage,
} from '../../../renderer/export/export-model';
import { errorMessage } from '../../../shared/errors';

const warn = (page: number, code: string) => ({ code, severity: 'warning' as const, text: errorMessage('preflight-rgb-page', { page }), message: code, page });
const err = (page: number, code: string) => ({ code, severity: 'error' as const, text: errorMessage('preflight-rgb-page', { page }), message: code, page });
const page = (n: number, errors = [] as ReturnType<typeof err>[], warnings = [] as ReturnType<typeof warn>[]): PreflightPage =>
  ({ page: n, pageId: `p${n}`, errors, warnings, inkMeasured: true });

describe('newestIssue', () => {
  it('picks the latest date, then the latest created; null when none', () => {
    expect(newestIssue([])).toBeNull();
    const issues = [
      { id: 'a', date: '2014-11-25', createdAt: '2026-01-01T00:00:00Z' },
      { id: 'b', date: '2014-11-26', createdAt: '2025-01-01T00:00:00Z' },
      { id: 'c', date: '2014-11-26', createdAt: '2025-06-01T00:00:00Z' },
    ];
    expect(newestIssue(issues)?.id).toBe('c');
  });
});

describe('preflight summary', () => {
  it('plates are allowed only after a clean run with every warning acknowledged', () => {
    expect(summarizePreflight(null, new Set()).clearForPlates).toBe(false);
    const pages = [page(1, [], [warn(1, 'ink'), warn(1, 'ink'), warn(1, 'image-res')]), page(2)];
    expect(summarizePreflight(pages, new Set())).toEqual({ errors: 0, warnings: 3, pending: 3, clearForPlates: false });
    expect(pendingCodes(pages[0], new Set([ackKey(1, 'ink')]))).toEqual(['image-res']);
    expect(summarizePreflight(pages, new Set([ackKey(1, 'ink'), ackKey(1, 'image-res')])).clearForPlates).toBe(true);
    // The same code acknowledged on another page does not count.
    expect(summarizePreflight(pages, new Set([ackKey(2, 'ink'), ackKey(1, 'image-res')])).pending).toBe(2);
    expect(summarizePreflight([page(1, [err(1, 'overset')])], new Set()).clearForPlates).toBe(false);
  });
});

describe('pagesParam', () => {
  it('all → undefined; ranges normalised (full-width comma, dashes, spaces); nonsense refused', () => {
    expect(pagesParam({ kind: 'all' })).toEqual({ ok: true, pages: undefined });
    expect(pagesParam({ kind: 'range', text: ' 1-4，6 ' })).toEqual({ ok: true, pages: '1-4,6' });
    expect(pagesParam({ kind: 'range', text: '2～3' })).toEqual({ ok: true, pages: '2-3' });
    expect(pagesParam({ kind: 'range', text: '第一版' }).ok).toBe(false);
    expect(pagesParam({ kind: 'range', text: '' }).ok).toBe(false);
  });
});

describe('output folder', () => {
  it('defaults to <dataDir>/export with the path’s own separator; only absolute folders pass', () => {
    expect(defaultOutDir('/home/a/.folio/')).toBe('/home/a/.folio/export');
    expect(defaultOutDir('C:\\Users\\a\\Folio')).toBe('C:\\Users\\a\\Folio\\export');
    expect(isAbsoluteFolder('/tmp/x')).toBe(true);
    expect(isAbsoluteFolder('D:\\hot')).toBe(true);
    expect(isAbsoluteFolder('out/x')).toBe(false);
  });
});

describe('job progress', () => {
  it('counts settled pages (done, blocked, failed, cancelled) against the total', () => {
    const p = (status: 'queued' | 'running' | 'done' | 'blocked' | 'failed' | 'cancelled') => ({ status }) as never;
    const job = { pages: [p('done'), p('failed'), p('running'), p('queued')] };
    expect(jobCounts(job)).toEqual({ settled: 2, done: 1, failed: 1, total: 4 });
    expect(jobFraction(job)).toBe(0.5);
    expect(jobFraction({ pages: [] })).toBe(0);
  });
  it('polls quickly after a change and backs off to at most 2 s while nothing changes', () => {
    expect(nextPollDelayMs(null, false)).toBe(150);
    let d = 150;
    for (let i = 0; i < 20; i++) d = nextPollDelayMs(d, false);
    expect(d).toBe(2000);
    expect(nextPollDelayMs(2000, true)).toBe(150);
  });
});

describe('findingText', () => {
  const say = async (lng: 'zh-CN' | 'en') => {
    const i18next = (await import('i18next')).default.createInstance();
    const { zhCN } = await import('../../../renderer/i18n/zh-CN');
    const { en } = await import('../../../renderer/i18n/en');
    await i18next.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng, interpolation: { escapeValue: false } });
    return (key: string, options?: Record<string, unknown>) => i18next.t(key, options ?? {});
  };
  const missing = { text: errorMessage('preflight-missing-furniture', { page: 2, names: [errorMessage('furniture-running-head'), errorMessage('furniture-credit-line')] }) };
  const empty = { text: errorMessage('preflight-empty-area', { page: 1, column: 1, columnSpan: 8, line: 60, lines: 45, pct: 43 }) };

  it('says a finding in the desk\'s language from the error catalogue, in Chinese as the services log it and in English', async () => {
    const zh = await say('zh-CN');
    expect(findingText(missing, zh)).toBe('第2版没有报眉、责编行，请从版式模板加上。');
    expect(findingText(empty, zh)).toBe('第1版从第1栏第60行起有 8 栏 × 45 行空着（版心的 43%），请排稿或放图。');
    const english = await say('en');
    expect(findingText(missing, english)).toBe('Page 2 lacks these: The running head, The credit line. Add them from the page template.');
    expect(findingText(empty, english)).toContain('8 columns × 45 lines are empty from column 1, line 60 (43% of the type area)');
    expect(findingText(missing, english)).not.toMatch(/\p{Script=Han}/u);
  });
});
