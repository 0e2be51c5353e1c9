/**
 * Page furniture from the issue and page fields: the 报眉 of an inner page (paper name, date, 第N版, section, 天线
 * rule), the credit line leaving out empty roles, the masthead without 总第N期 when the paper prints none.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../../electron/fonts';
import { chineseDate, composePage, creditText, fontBookFromBytes, issueNumbers, type RuleItem } from '../../../../shared/compose';
import type { ModuleView, PageView } from '../../../../shared/model';
import { demoPageView } from '../../../../shared/seed/demo-page-view';
import { frameLines } from './page-helpers';

const fonts = fontBookFromBytes(readAllFontBytes());
const { view, stories } = demoPageView();
const masthead = view.modules[0];

function page2(section: string): PageView {
  const runningHead: ModuleView = { ...masthead, id: 'rh', furniture: 'running-head', topLine: 0, heightLines: 2 };
  return { ...view, page: { ...view.page, number: 2, section }, modules: [runningHead] };
}

describe('page furniture', () => {
  it('sets the 报眉 of an inner page over the 天线 rule, and follows the page number', () => {
    const m = composePage(page2('综合'), stories, fonts).modules[0];
    const texts = frameLines(m.frame).map((l) => l.text);
    expect(texts.join('|')).toMatch(/钢城日报/);
    expect(texts.join('|')).toMatch(/2014年11月25日星期二/);
    expect(texts.join('|')).toMatch(/第2版综合/);
    const rules = m.frame.items.filter((i): i is RuleItem => i.kind === 'rule');
    expect(rules).toHaveLength(1);
    expect(rules[0].x2Pt - rules[0].x1Pt).toBe(m.widthPt);
    // Text above the rule.
    for (const l of frameLines(m.frame)) expect(l.yPt).toBeLessThan(rules[0].y1Pt);
  });

  it('words the date, the issue numbers and the credit line as papers print them', () => {
    expect(chineseDate('2014-11-25')).toBe('2014年11月25日　星期二');
    expect(chineseDate('2026-01-01')).toBe('2026年1月1日　星期四');
    expect(issueNumbers({ ...view.issue, serialNumber: null })).toBe('第226期');
    expect(creditText({ ...view.page, layoutBy: '' })).toBe('本版责编：王静　校对：刘芳');
  });
});
