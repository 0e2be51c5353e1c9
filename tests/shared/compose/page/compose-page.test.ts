/**
 * composePage on the demo page 1 (built as the store builds it): every module composes, the sample fits with
 * zero violations and no overset, furniture carries the words, body baselines of all modules sit on the
 * page's one grid (TYPESETTING §5 case 19 at page level), 栏线 separate modules, a module whose story is gone
 * still draws, and 破栏 columns get their exact widths.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../../electron/fonts';
import { BLACK, composePage, composeStory, fontBookFromBytes, moduleStoryOptions, type RuleItem } from '../../../../shared/compose';
import { gridLineYPt } from '../../../../shared/model';
import { demoPageView } from '../../../../shared/seed/demo-page-view';
import { frameLines, frameText, moduleOf, textItems } from './page-helpers';
import { textGlyphs } from '../../../../shared/compose';

const fonts = fontBookFromBytes(readAllFontBytes());

const { view: demoView } = demoPageView();

/**
 * A module's rectangle by the grid rule of the demo's broadsheet (not by the code under test): a base column is
 * 13 字 of 9 pt body with a 1 字 gutter, a line 13.5 pt, from the type area's top-left corner.
 */
function gridRect(g: { column: number; columnSpan: number; topLine: number; heightLines: number }) {
  const t = demoView.page.template;
  return {
    xPt: t.marginLeftPt + g.column * (13 + 1) * 9,
    yPt: t.marginTopPt + g.topLine * 13.5,
    widthPt: (g.columnSpan * 13 + (g.columnSpan - 1)) * 9,
    heightPt: g.heightLines * 13.5,
  };
}

describe('composePage on the demo page 1', () => {
  const { view, stories } = demoPageView();
  const page = composePage(view, stories, fonts);
  const t = view.page.template;

  it('composes every module in its grid rectangle, with no overset and zero violations', () => {
    expect(page.modules.map((m) => m.moduleId)).toEqual(view.modules.map((m) => m.id));
    // The grid rule, written out: a base column is 13 字 and a gutter 1 字 of 9 pt body; a line is 13.5 pt.
    const { columnChars, gutterChars, bodySizePt, linePitchPt } = t.grid;
    expect([columnChars, gutterChars, bodySizePt, linePitchPt]).toEqual([13, 1, 9, 13.5]);
    for (const [i, m] of page.modules.entries()) {
      const rect = gridRect(view.modules[i]);
      const got = { xPt: m.xPt, yPt: m.yPt, widthPt: m.widthPt, heightPt: m.heightPt };
      for (const key of ['xPt', 'yPt', 'widthPt', 'heightPt'] as const) expect(got[key], `${m.moduleId} ${key}`).toBeCloseTo(rect[key], 3);
      expect(m.oversetChars, m.moduleId).toBe(0);
      expect(m.overflowAt).toBeNull();
      expect(m.violations, m.moduleId).toEqual([]);
    }
    expect(page.missingGlyphs).toEqual([]);
    expect(page.frame.widthPt).toBe(t.widthPt);
  });

  it('keeps every glyph inside its module', () => {
    for (const m of page.modules) {
      for (const item of textItems(m.frame)) {
        expect(item.yPt).toBeGreaterThan(0);
        expect(item.yPt).toBeLessThanOrEqual(m.heightPt);
        for (const g of textGlyphs(item)) {
          expect(g.xPt).toBeGreaterThanOrEqual(-item.sizePt / 2); // a line-start opener's blank half is trimmed
          expect(g.xPt).toBeLessThan(m.widthPt);
        }
      }
    }
  });

  it('sets the stories’ text: headline of the feature, its body, the picture credit', () => {
    const feature = frameText(moduleOf(page, 'm2').frame);
    expect(feature.startsWith('一腔热血写春秋')).toBe(true);
    expect(feature).toContain('卫晋毅，一位有着二十年');
    const lines = frameLines(moduleOf(page, 'm4').frame);
    expect(lines.map((l) => l.text)).toContain('图片新闻');
    expect(lines[lines.length - 1].text).toMatch(/提供$/);
  });

  it('prints the masthead and the credit line from the issue and page fields', () => {
    const masthead = frameLines(moduleOf(page, 'm1').frame).map((l) => l.text);
    expect(masthead).toContain('钢城日报');
    expect(masthead).toContain('2014年11月25日星期二'); // the em space between is not drawn
    expect(masthead).toContain('第226期总第5873期');
    expect(masthead).toContain('钢城钢铁集团有限公司主办');
    expect(masthead).toContain('内部资料准印证号0000');
    expect(frameText(moduleOf(page, 'm8').frame)).toBe('本版责编：王静版式：张磊校对：刘芳');
    const mastheadRules = moduleOf(page, 'm1').frame.items.filter((i) => i.kind === 'rule');
    expect(mastheadRules.some((r) => (r as RuleItem).thicknessPt >= 2)).toBe(true); // 文武线
  });

  it('puts body baselines of all modules on the page grid (case 19): side-by-side modules align', () => {
    const song = fonts.face('song');
    const firstBaseline = (t.grid.bodySizePt * song.ascent) / song.unitsPerEm;
    const pitch = t.grid.linePitchPt;
    const rows = (id: string) => {
      const m = moduleOf(page, id);
      return textItems(m.frame)
        .filter((i) => i.sizePt === t.grid.bodySizePt && i.color === BLACK)
        .map((i) => (m.yPt + i.yPt - t.marginTopPt - firstBaseline) / pitch);
    };
    for (const id of ['m2', 'm3', 'm4', 'm5', 'm6', 'm7']) {
      const r = rows(id);
      expect(r.length, id).toBeGreaterThan(0);
      for (const row of r) expect(Math.abs(row - Math.round(row)), `${id} row ${row}`).toBeLessThan(1e-3);
    }
    // The feature (m2) and 三关 (m3, 三破二) side by side share baselines.
    const shared = rows('m2').filter((r) => rows('m3').some((s) => Math.abs(s - r) < 1e-3));
    expect(shared.length).toBeGreaterThan(10);
  });

  it('draws 栏线 between modules that ask for rules: vertical in the gutter, horizontal in the leading', () => {
    const rules = page.frame.items.filter((i): i is RuleItem => i.kind === 'rule' && i.thicknessPt === 0.5);
    const gutterMid = gridRect(view.modules[1]).xPt + gridRect(view.modules[1]).widthPt + t.grid.bodySizePt / 2;
    expect(rules.some((r) => r.x1Pt === r.x2Pt && Math.abs(r.x1Pt - gutterMid) < 0.001)).toBe(true); // feature | 三关
    const halfLead = (t.grid.linePitchPt - t.grid.bodySizePt) / 2;
    const y40 = gridLineYPt(t, 40) - halfLead;
    expect(rules.some((r) => r.y1Pt === r.y2Pt && Math.abs(r.y1Pt - y40) < 0.001)).toBe(true); // feature over 胜利桥
  });

  it('gives broken columns (破栏) their exact widths: 五破三 = 22/22/23 字, 三破二 = 20/20', () => {
    const m3 = view.modules[2];
    expect(moduleStoryOptions(t, m3).columnWidthsPt).toEqual([180, 180]);
    expect(moduleStoryOptions(t, { ...m3, columnSpan: 5, bodyColumns: 3 }).columnWidthsPt).toEqual([198, 198, 207]);
    const five = composePage({ ...view, modules: [{ ...m3, columnSpan: 5, bodyColumns: 3, heightLines: 14 }] }, stories, fonts).modules[0];
    const starts = new Set(frameLines(five.frame).map((l) => l.xPt));
    // Columns start at 0, 22+1 and 22+1+22+1 characters (lines without indent or trimmed opener).
    for (const chars of [0, 23, 46]) expect(starts.has(chars * 9), `column at ${chars} 字`).toBe(true);
    expect(five.violations).toEqual([]); // includes 'overflow': no line wider than its own column
    // Each column's justified lines fill their own measure: 198, 198 and 207 pt.
    const layout = composeStory(stories.get('sanguan-sanlian')!, fonts, { ...moduleStoryOptions(t, { ...m3, columnSpan: 5, bodyColumns: 3 }), heightLines: 10 });
    layout.columns.forEach((col, c) => {
      const full = col.lines.filter((l) => !l.lastInParagraph);
      expect(full.length, `column ${c}`).toBeGreaterThan(3);
      for (const l of full) expect(Math.abs(l.xPt + l.widthPt - [198, 198, 207][c])).toBeLessThan(0.011);
    });
  });
});

describe('module settings', () => {
  const { view, stories } = demoPageView();
  const t = view.page.template;
  const feature = view.modules[1];

  it('sets the head across headline.spanColumns base columns, centred there', () => {
    const m = composePage({ ...view, modules: [{ ...feature, headline: { ...feature.headline, spanColumns: 2 } }] }, stories, fonts).modules[0];
    const head = textItems(m.frame).find((i) => i.sizePt === 24)!; // 小一 headline of the demo plan
    const left = textGlyphs(head)[0].xPt;
    const right = textGlyphs(head)[textGlyphs(head).length - 1].xPt + 24;
    expect(right).toBeLessThanOrEqual(27 * 9 + 0.01);
    expect(Math.abs(left - (27 * 9 - right))).toBeLessThan(1); // centred in the 27字 span
  });

  it('draws a placed picture as its asset, an empty slot grey', () => {
    const pic = view.modules[3];
    const placed = composePage({ ...view, modules: [{ ...pic, picture: { ...pic.picture!, assetId: 'sha256-abc' } }] }, stories, fonts).modules[0];
    const slot = placed.frame.items.find((i) => i.kind === 'box')!;
    expect(slot).toMatchObject({ assetId: 'sha256-abc', fill: null });
    const empty = composePage({ ...view, modules: [pic] }, stories, fonts).modules[0].frame.items.find((i) => i.kind === 'box')!;
    expect(empty).toMatchObject({ assetId: null });
    expect(empty.kind === 'box' && empty.fill !== null).toBe(true);
  });

  it('frames a boxed module in the gutters and leading around it, its text unmoved', () => {
    const boxed = composePage({ ...view, modules: [{ ...feature, border: 'box' }] }, stories, fonts);
    const plain = composePage({ ...view, modules: [feature] }, stories, fonts);
    const frame = boxed.frame.items.find((i) => i.kind === 'box' && i.stroke !== null && i.assetId === null);
    const rect = gridRect(feature);
    expect(frame).toMatchObject({ xPt: rect.xPt - 4.5, widthPt: rect.widthPt + 9, heightPt: rect.heightPt });
    expect(JSON.stringify(boxed.modules[0].frame)).toBe(JSON.stringify(plain.modules[0].frame));
  });
});

describe('modules whose story cannot be set', () => {
  const { view, stories } = demoPageView();

  it('still draws a trashed, a missing and an unloaded story as an outlined box with a note', () => {
    const modules = view.modules.map((m) => {
      if (m.id === 'm3' && m.story) return { ...m, story: { ...m.story, state: 'trashed' as const } };
      if (m.id === 'm5' && m.story) return { ...m, story: { ...m.story, state: 'missing' as const, title: '' } };
      return m;
    });
    const partial = new Map(stories);
    partial.delete('dongshan-film');
    const page = composePage({ ...view, modules }, partial, fonts);
    expect(page.modules).toHaveLength(view.modules.length);
    expect(frameText(moduleOf(page, 'm3').frame)).toBe('稿件已删除「炼钢二厂“三关”保“三联”取实效」');
    expect(frameText(moduleOf(page, 'm5').frame)).toBe('稿件不存在');
    expect(frameText(moduleOf(page, 'm6').frame)).toMatch(/^稿件未载入/);
    for (const id of ['m3', 'm5', 'm6']) {
      const box = moduleOf(page, id).frame.items[0];
      expect(box.kind === 'box' && box.stroke !== null).toBe(true);
    }
  });
});
