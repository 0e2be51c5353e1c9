/**
 * What a 版式模板 gives the composer through the page: the credit line's role words (责编/美编, a role without a
 * word left out) and the template's 栏线 — one hairline down each gutter, broken where a module spans the
 * gutter and beside furniture — and that a module's own rule does not double them.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../../electron/fonts';
import { composePage, creditText, fontBookFromBytes, type GroupItem, type RuleItem } from '../../../../shared/compose';
import { gridColumnXPt, gridLineCount, houseMaster, type PageView } from '../../../../shared/model';
import { charsToPt } from '../../../../shared/units';
import { demoPageView } from '../../../../shared/seed/demo-page-view';
import { frameLines } from './page-helpers';

const fonts = fontBookFromBytes(readAllFontBytes());
const { view, stories } = demoPageView();

function withTemplate(changes: Partial<PageView['page']['template']>): PageView {
  return { ...view, page: { ...view.page, template: { ...view.page.template, ...changes } } };
}

const pageRules = (v: PageView): RuleItem[] =>
  composePage(v, stories, fonts).frame.items.filter((i): i is RuleItem => i.kind === 'rule');

describe('版式模板 in the composer', () => {
  it('words the credit line with the template’s role words', () => {
    const labels = { editor: '责编', layoutBy: '美编', proofreader: '' };
    expect(creditText({ ...view.page, template: { ...view.page.template, creditLabels: labels } })).toBe('责编：王静　美编：张磊');
    const v = withTemplate({ creditLabels: labels });
    const credit = v.modules.find((m) => m.furniture === 'credit-line')!;
    const group = composePage(v, stories, fonts).frame.items.find((i): i is GroupItem => i.kind === 'group' && i.moduleId === credit.id)!;
    expect(frameLines(group.frame).map((l) => l.text).join('')).toBe('责编：王静美编：张磊');
  });

  it('draws 栏线 in the gutters only when the template asks, broken by spanning modules and furniture', () => {
    const t = view.page.template;
    const off = pageRules(view);
    const on = pageRules(withTemplate({ columnRules: true }));
    const gutterX = (g: number) => gridColumnXPt(t, g) - charsToPt(t.grid.gutterChars, t.grid.bodySizePt) / 2;
    const vertical = (rules: RuleItem[], g: number) => rules.filter((r) => r.x1Pt === r.x2Pt && Math.abs(r.x1Pt - gutterX(g)) < 0.01);
    // Gutter 1 (inside the 3-column feature and 胜利桥 down to line 58): no rule there, below them one to the foot.
    const g1 = vertical(on, 1);
    expect(g1.length).toBeGreaterThan(0);
    const lineTop = (line: number) => t.marginTopPt + line * t.grid.linePitchPt - (t.grid.linePitchPt - t.grid.bodySizePt) / 2;
    expect(Math.min(...g1.map((r) => r.y1Pt))).toBeCloseTo(lineTop(59), 2);
    // The masthead spans every gutter: no 栏线 beside it.
    for (let g = 1; g < t.grid.columnCount; g++) for (const r of vertical(on, g)) expect(r.y1Pt).toBeGreaterThanOrEqual(lineTop(12) - 0.01);
    // Beside the credit line (columns 5–7 on the last line) gutter 5 stops above it.
    const last = gridLineCount(t) - 1;
    for (const r of vertical(on, 5)) expect(r.y2Pt).toBeLessThanOrEqual(lineTop(last) + 0.01);
    // Without the template's 栏线 no rule is in gutter 1; with them no rule is drawn twice.
    expect(vertical(off, 1)).toHaveLength(0);
    const keys = on.map((r) => `${r.x1Pt},${r.y1Pt},${r.x2Pt},${r.y2Pt}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('house masters: 头版 with 报头, 内页 with 报眉, both with the 责编行 on the last line', () => {
    const front = houseMaster('front');
    const inner = houseMaster('inner', 'tabloid');
    expect(front.furniture.map((f) => f.furniture)).toEqual(['masthead', 'credit-line']);
    expect(inner.furniture.map((f) => f.furniture)).toEqual(['running-head', 'credit-line']);
    const credit = inner.furniture[1];
    expect(credit.topLine + credit.heightLines).toBe(gridLineCount(inner.template));
    expect(credit.column + credit.columnSpan).toBe(inner.template.grid.columnCount);
  });
});
