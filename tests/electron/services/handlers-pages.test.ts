import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type Envelope, type Method, type Params, type Result } from '../../../shared/api/contract';
import { openServices, type Services } from '../../../electron/services';
import { demoPagePlan } from '../../../shared/seed/demo-page';
import { storyContent, tempDir } from '../store/helpers';
import { callChecked } from './call-checked';
import { textOf } from '../../error-text';

let cleanup: () => void;
let services: Services;
beforeEach(() => {
  let dir: string;
  ({ dir, cleanup } = tempDir('folio-pages-'));
  services = openServices({ dataDir: dir });
});
afterEach(() => {
  services.close();
  cleanup();
});

const call = <M extends Method>(method: M, params: Params<M>) => callChecked(services, method, params);

function errorOf(reply: Envelope<unknown>) {
  expect(reply.ok).toBe(false);
  return (reply as Extract<Envelope<unknown>, { ok: false }>).error;
}

describe('page services', () => {
  it('refuses to set a page to or from 签发 by a plain update: only sign-off may', async () => {
    const demo = await call('demo.create', {});
    const pageId = (await call('issues.get', { id: demo.issue })).pages[0].id;
    const toApproved = errorOf(await services.dispatch('pages.update', { id: pageId, status: 'approved' }));
    expect(toApproved.code).toBe('conflict');
    expect(textOf(toApproved)).toContain('签发');
    expect((await call('pages.get', { id: pageId })).page.status).not.toBe('approved');
    // Ordinary status moves and other fields still go through.
    expect((await call('pages.update', { id: pageId, status: 'proofing', section: '要闻' })).page.section).toBe('要闻');
  });

  it('demo.create returns the demo issue, whose page 1 opens with every planned module', async () => {
    const demo = await call('demo.create', {});
    expect(demo.pages).toEqual([1]);
    const issue = await call('issues.get', { id: demo.issue });
    const view = await call('pages.get', { id: issue.pages[0].id });
    expect(view.issue.paperName).toBe('钢城日报');
    expect(view.modules.map((m) => m.kind)).toEqual(demoPagePlan().map((p) => p.kind));
    expect((await call('demo.create', {})).issue).toBe(demo.issue);
  });

  it('pages.fit reports 超/差 from the composition engine for every story module', async () => {
    const demo = await call('demo.create', {});
    const issue = await call('issues.get', { id: demo.issue });
    const fit = await call('pages.fit', { id: issue.pages[0].id });
    expect(fit.findings).toEqual([]);
    const stories = fit.modules.filter((m) => m.kind !== 'furniture');
    expect(stories).toHaveLength(6);
    // The plan's heights are the engine's natural heights: nothing overset, a few lines spare at most.
    for (const m of stories) {
      expect(m.oversetChars, m.label).toBe(0);
      expect(m.spareLines, m.label).toBeLessThanOrEqual(6);
    }
    expect(fit.modules.find((m) => m.label === '一腔热血写春秋')?.columns).toBe(3);
    expect(fit.modules.filter((m) => m.kind === 'furniture').every((m) => m.oversetChars === null)).toBe(true);
  });

  it('pages.fit tells overset when a module is made too short', async () => {
    const story = await call('stories.create', { content: storyContent('长稿', '这是一段很长的正文。'.repeat(40)) });
    const issue = await call('issues.create', { paperName: '钢城日报', date: '2014-11-26', issueNumber: 227 });
    const pageId = issue.pages[0].id;
    const placed = await call('modules.add', { pageId, kind: 'story', storyId: story.id, column: 0, columnSpan: 2, topLine: 0, heightLines: 10 });
    const fit = await call('pages.fit', { id: pageId });
    expect(fit.modules[0].oversetChars).toBeGreaterThan(100);
    await call('modules.update', { id: placed.modules[0].id, heightLines: 60 });
    const roomy = await call('pages.fit', { id: pageId });
    expect(roomy.modules[0]).toMatchObject({ oversetChars: 0 });
    expect(roomy.modules[0].spareLines).toBeGreaterThan(0);
  });

  it('answers a module off the page with invalid-params naming the field, in plain words', async () => {
    const story = await call('stories.create', { content: storyContent('三关', '正文。') });
    const issue = await call('issues.create', { paperName: '钢城日报', date: '2014-11-26', issueNumber: 227 });
    const error = errorOf(
      await services.dispatch('modules.add', { pageId: issue.pages[0].id, kind: 'story', storyId: story.id, column: 7, columnSpan: 3, topLine: 0, heightLines: 10 }),
    );
    expect(error).toMatchObject({ code: 'invalid-params', field: 'column' });
    expect(textOf(error)).toBe('「三关」超出版面右边：第8–10栏，本版只有 8 栏。');
    expect(errorOf(await services.dispatch('pages.get', { id: 'nope' })).code).toBe('not-found');
    expect(errorOf(await services.dispatch('issues.create', { paperName: '钢城日报', date: 'today', issueNumber: 1 })).field).toBe('date');
  });

  it('lets layout staff and editors change modules, and refuses a proofreader (forbidden, the page unchanged)', async () => {
    const demo = await call('demo.create', {});
    const pageId = (await call('issues.get', { id: demo.issue })).pages[0].id;
    const module = (await call('pages.get', { id: pageId })).modules.find((m) => m.kind === 'story')!;
    await call('profile.set', { name: '李校', role: 'proofreader' });
    for (const reply of [
      await services.dispatch('modules.update', { id: module.id, topLine: module.topLine + 1 }),
      await services.dispatch('modules.remove', { id: module.id }),
      await services.dispatch('modules.add', { pageId, kind: 'image', column: 0, columnSpan: 2, topLine: 70, heightLines: 10 }),
    ]) {
      const error = errorOf(reply);
      expect(error.code).toBe('forbidden');
      expect(textOf(error)).toContain('校对不能移动或改动版面上的稿件块');
    }
    const after = await call('pages.get', { id: pageId });
    expect(after.modules.find((m) => m.id === module.id)?.topLine).toBe(module.topLine);
    expect(after.modules).toHaveLength(8);
    for (const [role, topLine] of [['layout', module.topLine + 1], ['editor', module.topLine]] as const) {
      await call('profile.set', { name: '王排', role });
      const moved = await call('modules.update', { id: module.id, topLine });
      expect(moved.modules.find((m) => m.id === module.id)?.topLine).toBe(topLine);
    }
  });

  it('offers the broadsheet and tabloid presets', async () => {
    const presets = await call('pages.presets', {});
    expect(presets.broadsheet.grid).toMatchObject({ columnCount: 8, columnChars: 13, gutterChars: 1, bodySizePt: 9 });
    expect(presets.tabloid.grid.columnCount).toBe(5);
  });
});
