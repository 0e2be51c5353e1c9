/**
 * Continuations and overflow: a story split across two modules loses and doubles no character, the second
 * module starts where the first stopped (no indent mid-paragraph), 下转/上接 lines name the other page, and
 * overflowAt points at the first character left over.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../../electron/fonts';
import { composePage, fontBookFromBytes, type PageLinks } from '../../../../shared/compose';
import type { ModuleView, PageView, StoryContent } from '../../../../shared/model';
import { demoPageView } from '../../../../shared/seed/demo-page-view';
import { frameLines, frameText, moduleOf, storyModule } from './page-helpers';

const fonts = fontBookFromBytes(readAllFontBytes());
const { view, stories } = demoPageView();
const feature = view.modules[1]; // 一腔热血写春秋, 3 columns, lines 12–39

/** The feature alone in a tall module (the reference), and split into a short module + a continuation. */
function split(firstLines: number, secondColumns = 3): { whole: string; first: ReturnType<typeof moduleOf>; second: ReturnType<typeof moduleOf> } {
  const tall = composePage({ ...view, modules: [{ ...feature, heightLines: 90 }] }, stories, fonts);
  const first = storyModule(feature, { heightLines: firstLines, continuesTo: 'cont' });
  const second = storyModule(feature, { id: 'cont', column: 0, columnSpan: secondColumns, bodyColumns: secondColumns, topLine: 60, heightLines: 40, continuesFrom: feature.id });
  const page = composePage({ ...view, modules: [first, second] }, stories, fonts);
  return { whole: frameText(tall.modules[0].frame), first: moduleOf(page, feature.id), second: moduleOf(page, 'cont') };
}

describe('continuation on one page', () => {
  it('sets every character exactly once across the split, wherever it falls (mid-paragraph, at an intertitle)', () => {
    for (let lines = 8; lines <= 27; lines++) {
      const { whole, first, second } = split(lines, 2 + (lines % 2));
      expect(first.overflowAt, `${lines} lines`).not.toBeNull();
      expect(second.startsAt).toEqual(first.overflowAt);
      expect(frameText(first.frame) + frameText(second.frame)).toBe(whole);
      expect(first.oversetChars).toBe(0); // what does not fit continues, it is not overset
      expect(second.oversetChars).toBe(0);
      expect(first.violations).toEqual([]);
      expect(second.violations).toEqual([]);
    }
  });

  it('starts a paragraph entered mid-way without indent, and draws no jump line on the same page', () => {
    const { first, second } = split(17, 2);
    expect(first.overflowAt!.offset).toBeGreaterThan(0); // mid-paragraph here
    const lines = frameLines(second.frame);
    expect(lines[0].xPt).toBe(0);
    expect(frameText(first.frame)).not.toContain('下转');
    expect(frameText(second.frame)).not.toContain('上接');
  });

  it('leaves a continuation empty when the first module takes everything', () => {
    const first = storyModule(feature, { continuesTo: 'cont' });
    const second = storyModule(feature, { id: 'cont', topLine: 60, heightLines: 10, continuesFrom: feature.id });
    const page = composePage({ ...view, modules: [first, second] }, stories, fonts);
    expect(moduleOf(page, feature.id).overflowAt).toBeNull();
    expect(frameText(moduleOf(page, 'cont').frame)).toBe('');
    expect(moduleOf(page, 'cont').spareLines).toBe(30);
  });
});

describe('continuation across pages', () => {
  it('writes 下转第X版 and 上接第X版 from the page numbers, and the second page starts where the first stopped', () => {
    const first = storyModule(feature, { heightLines: 17, continuesTo: 'p3-cont' });
    const links1: PageLinks = new Map([['p3-cont', { pageNumber: 3, overflowAt: null }]]);
    const page1 = composePage({ ...view, modules: [first] }, stories, fonts, undefined, links1);
    const a = page1.modules[0];
    const aLines = frameLines(a.frame);
    expect(aLines[aLines.length - 1].text).toBe('（下转第3版）');
    expect(a.overflowAt).not.toBeNull();

    const second: ModuleView = storyModule(feature, { id: 'p3-cont', pageId: 'page-3', topLine: 20, heightLines: 60, continuesFrom: feature.id });
    const view3: PageView = { ...view, page: { ...view.page, id: 'page-3', number: 3 }, modules: [second] };
    const links3: PageLinks = new Map([[feature.id, { pageNumber: 1, overflowAt: a.overflowAt }]]);
    const b = composePage(view3, stories, fonts, undefined, links3).modules[0];
    const bLines = frameLines(b.frame);
    expect(bLines[0].text).toBe('（上接第1版）');
    expect(b.startsAt).toEqual(a.overflowAt);

    const whole = frameText(composePage({ ...view, modules: [{ ...feature, heightLines: 90 }] }, stories, fonts).modules[0].frame);
    const strip = (s: string) => s.replace('（下转第3版）', '').replace('（上接第1版）', '');
    expect(strip(frameText(a.frame)) + strip(frameText(b.frame))).toBe(whole);
  });

  it('follows the page when it moves: the jump line is computed from the links each time', () => {
    const first = storyModule(feature, { heightLines: 17, continuesTo: 'x' });
    const on = (n: number) => frameText(composePage({ ...view, modules: [first] }, stories, fonts, undefined, new Map([['x', { pageNumber: n, overflowAt: null }]])).modules[0].frame);
    expect(on(3)).toContain('（下转第3版）');
    expect(on(5)).toContain('（下转第5版）');
    expect(frameText(composePage({ ...view, modules: [first] }, stories, fonts).modules[0].frame)).toContain('（下转）');
  });
});

describe('overflowAt', () => {
  const story: StoryContent = {
    blocks: [
      { type: 'headline', runs: [{ text: '测试标题' }] },
      { type: 'paragraph', runs: [{ text: '第一段文字。'.repeat(12) }] },
      { type: 'paragraph', runs: [{ text: '第二段', bold: true }, { text: '正文内容，继续排下去。'.repeat(20) }] },
    ],
  };
  const withStory = (heightLines: number) => {
    const m = storyModule(feature, { storyId: 'test', story: { id: 'test', state: 'live', title: '测试标题', status: 'draft', chars: 0 }, columnSpan: 1, bodyColumns: 1, heightLines });
    return composePage({ ...view, modules: [m] }, new Map([['test', story]]), fonts).modules[0];
  };

  it('points at the first character that did not fit, and 超 N 字 counts from there', () => {
    const m = withStory(12);
    expect(m.overflowAt).not.toBeNull();
    const { blockIndex, offset } = m.overflowAt!;
    const rest = [story.blocks[blockIndex], ...story.blocks.slice(blockIndex + 1)]
      .map((b, i) => (b.type === 'figure' ? '' : b.runs.map((r) => r.text).join('').slice(i === 0 ? offset : 0)))
      .join('');
    expect(m.oversetChars).toBe([...rest].length);
    // The set text ends right before it.
    const setText = frameText(m.frame);
    const before = (story.blocks[blockIndex] as { runs: { text: string }[] }).runs.map((r) => r.text).join('').slice(0, offset);
    expect(setText.endsWith(before.slice(-5))).toBe(true);
  });

  it('is null when everything fits', () => {
    expect(withStory(80).overflowAt).toBeNull();
  });
});
