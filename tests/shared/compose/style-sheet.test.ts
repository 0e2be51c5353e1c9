/**
 * Style sheets in the composer: the house sheet sets the demo page exactly as the built-in styles do; changing a
 * style in the sheet restyles every module that uses it (and only what uses it); a block's named paragraph style,
 * a run's character style and a style's leading on the line grid are obeyed; module head sizes still win.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { composePage, composeStory, createPageComposeCache, fontBookFromBytes, type Frame, type TextItem } from '../../../shared/compose';
import { DEFAULT_STYLE_SHEET, type PageView, type StoryContent, type StyleSheet } from '../../../shared/model';
import { demoPageView } from '../../../shared/seed/demo-page-view';
import { HAO_PT } from '../../../shared/units';
import { lineGlyphs } from '../../../shared/compose';

const fonts = fontBookFromBytes(readAllFontBytes());

function withStyle(sheet: StyleSheet, id: string, change: Partial<StyleSheet['paragraphStyles'][number]>): StyleSheet {
  return { ...sheet, paragraphStyles: sheet.paragraphStyles.map((s) => (s.id === id ? { ...s, ...change } : s)) };
}

function texts(frame: Frame): TextItem[] {
  const out: TextItem[] = [];
  const walk = (f: Frame) => {
    for (const item of f.items) {
      if (item.kind === 'text') out.push(item);
      else if (item.kind === 'group') walk(item.frame);
    }
  };
  walk(frame);
  return out;
}

const bodyFace = fonts.face('song').id;

describe('the house style sheet', () => {
  it('sets the demo page exactly as the built-in styles do', () => {
    const { view, stories } = demoPageView();
    const plain = composePage(view, stories, fonts);
    const sheeted = composePage({ ...view, styleSheet: DEFAULT_STYLE_SHEET }, stories, fonts);
    expect(sheeted.frame).toEqual(plain.frame);
    expect(sheeted.modules.map((m) => m.oversetChars)).toEqual(plain.modules.map((m) => m.oversetChars));
  });
});

describe('changing a style in the sheet', () => {
  const { view, stories } = demoPageView();
  const storyModules = view.modules.filter((m) => m.kind === 'story' && m.storyId !== null).map((m) => m.id);

  it('restyles every module that sets body text, and only the body', () => {
    const before = composePage({ ...view, styleSheet: DEFAULT_STYLE_SHEET }, stories, fonts);
    const sheet = withStyle(DEFAULT_STYLE_SHEET, 'body', { sizePt: HAO_PT.五号 });
    const after = composePage({ ...view, styleSheet: sheet }, stories, fonts);
    expect(storyModules.length).toBeGreaterThan(3);
    for (const id of storyModules) {
      const was = before.modules.find((m) => m.moduleId === id)!;
      const now = after.modules.find((m) => m.moduleId === id)!;
      expect(now.frame, id).not.toEqual(was.frame);
      const bodySizes = new Set(texts(now.frame).filter((t) => t.faceId === bodyFace).map((t) => t.sizePt));
      expect([...bodySizes], id).toEqual([HAO_PT.五号]);
    }
    const heads = (frame: Frame) => texts(frame).filter((t) => t.sizePt >= HAO_PT.四号).map((t) => [t.faceId, t.sizePt]);
    expect(heads(after.frame)).toEqual(heads(before.frame));
  });

  it('recomposes every module of a cached page when the sheet changes', () => {
    const cache = createPageComposeCache();
    composePage({ ...view, styleSheet: DEFAULT_STYLE_SHEET }, stories, fonts, cache);
    const first = cache.composedCount;
    composePage({ ...view, styleSheet: structuredClone(DEFAULT_STYLE_SHEET) }, stories, fonts, cache);
    expect(cache.composedCount).toBe(first);
    composePage({ ...view, styleSheet: withStyle(DEFAULT_STYLE_SHEET, 'body', { sizePt: 8 }) }, stories, fonts, cache);
    expect(cache.composedCount).toBe(first + view.modules.length);
  });

  it('sets heads in the sheet’s sizes unless the module sets its own', () => {
    const sheet = withStyle(DEFAULT_STYLE_SHEET, 'headline', { sizePt: HAO_PT.一号, leadingPt: 32.5 });
    const moduleId = storyModules.find((id) => view.modules.find((m) => m.id === id)!.headline.headlineSizePt === null)!;
    const sized = view.modules.find((m) => m.headline.headlineSizePt !== null);
    const after = composePage({ ...view, styleSheet: sheet }, stories, fonts);
    const sizes = (id: string) => new Set(texts(after.modules.find((m) => m.moduleId === id)!.frame).map((t) => t.sizePt));
    expect(sizes(moduleId).has(HAO_PT.一号)).toBe(true);
    if (sized) expect(sizes(sized.id).has(sized.headline.headlineSizePt!)).toBe(true);
  });
});

describe('styles a story names', () => {
  const text = '胜利桥地区党总支坚持把学习贯穿于党建工作的全过程，组织党员干部认真学习，推动各项工作落到实处。'.repeat(3);
  const options = { bodySizePt: 9, columnWidthPt: 117, pitchPt: 13.5, styleSheet: DEFAULT_STYLE_SHEET };
  const sizesOf = (content: StoryContent, sheet = DEFAULT_STYLE_SHEET) =>
    composeStory(content, fonts, { ...options, styleSheet: sheet }).columns[0].lines.map((l) => [l.blockIndex, lineGlyphs(l)[0].sizePt]);

  it('sets a paragraph in the paragraph style it names', () => {
    const content: StoryContent = { blocks: [{ type: 'paragraph', runs: [{ text }] }, { type: 'paragraph', style: 'body-large', runs: [{ text }] }] };
    const sizes = sizesOf(content);
    expect(new Set(sizes.filter(([b]) => b === 0).map(([, s]) => s))).toEqual(new Set([HAO_PT.小五]));
    expect(new Set(sizes.filter(([b]) => b === 1).map(([, s]) => s))).toEqual(new Set([HAO_PT.五号]));
  });

  it('sets a run in the face of the character style it names', () => {
    const content: StoryContent = { blocks: [{ type: 'paragraph', runs: [{ text: '本报讯' , charStyle: 'strong' }, { text }] }] };
    const layout = composeStory(content, fonts, options);
    const first = lineGlyphs(layout.columns[0].lines[0]);
    expect(first[0].faceId).toBe(fonts.face('heiMedium').id);
    expect(first[first.length - 1].faceId).toBe(bodyFace);
  });

  it('puts a style’s leading on the line grid: 27 pt on a 13.5 pt grid takes two grid lines a line', () => {
    const sheet = withStyle(DEFAULT_STYLE_SHEET, 'body', { leadingPt: 27 });
    const lines = composeStory({ blocks: [{ type: 'paragraph', runs: [{ text }] }] }, fonts, { ...options, styleSheet: sheet }).columns[0].lines;
    expect(lines.length).toBeGreaterThan(2);
    for (let i = 1; i < lines.length; i++) expect(lines[i].yPt - lines[i - 1].yPt).toBeCloseTo(27, 3);
    const tight = withStyle(DEFAULT_STYLE_SHEET, 'body', { leadingPt: 12 });
    const grid = composeStory({ blocks: [{ type: 'paragraph', runs: [{ text }] }] }, fonts, { ...options, styleSheet: tight }).columns[0].lines;
    expect(grid[1].yPt - grid[0].yPt).toBeCloseTo(13.5, 3);
  });
});
