/**
 * Page furniture (版面固定元素), set from the issue and page fields:
 * - 报头 masthead (page 1): the paper name large in 标宋, beside it date and weekday, 第N期 / 总第N期, the
 *   publisher and the 刊号; a 文武线 (thick over thin rule) closes it.
 * - 报眉 running head (inner pages): paper name, date, 第N版 and the section over the 天线 rule.
 * - 责编行 credit line: 本版责编：… 版式：… 校对：… from the page's people, right-aligned.
 */
import { DEFAULT_CREDIT_LABELS, moduleRectPt, type PageView } from '../../model';
import { HAO_PT, roundPt } from '../../units';
import { BLACK, type FrameItem } from '../frame';
import type { FontBook } from '../fonts/font-book';
import { ascentPt, descentPt } from '../fonts/face-metrics';
import type { ModuleLayout } from '../page-types';
import { STORY_START } from '../text-position';
import { shortLineItems, type ShortLine } from './frame-items';
import type { ModuleView } from '../../model';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** 2014-11-25 → 2014年11月25日 星期二 (the weekday from the calendar date, no time zone involved). */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${y}年${m}月${d}日　星期${WEEKDAYS[weekday]}`;
}

/** 第226期　总第5873期 (总第 only when the paper prints one). */
export function issueNumbers(issue: PageView['issue']): string {
  return `第${issue.issueNumber}期${issue.serialNumber ? `　总第${issue.serialNumber}期` : ''}`;
}

/**
 * The credit line's text from the page people, in the role words of the page's 版式模板 (本版责编/版式/校对 when
 * it sets none); empty roles, and roles the template gives no word, are left out.
 */
export function creditText(page: PageView['page']): string {
  const labels = page.template.creditLabels ?? DEFAULT_CREDIT_LABELS;
  const parts = [
    [labels.editor, page.editor],
    [labels.layoutBy, page.layoutBy],
    [labels.proofreader, page.proofreader],
  ]
    .filter(([role, name]) => role.trim() !== '' && name.trim() !== '')
    .map(([role, name]) => `${role}：${name.trim()}`);
  return parts.join('　');
}

function rule(x1: number, y1: number, x2: number, y2: number, thicknessPt: number): FrameItem {
  return { kind: 'rule', x1Pt: roundPt(x1), y1Pt: roundPt(y1), x2Pt: roundPt(x2), y2Pt: roundPt(y2), thicknessPt, color: BLACK };
}

function masthead(view: PageView, fonts: FontBook, w: number, h: number, pitch: number, missing: Set<string>): FrameItem[] {
  const { issue } = view;
  const items: FrameItem[] = [];
  const add = (line: ShortLine) => items.push(...shortLineItems(fonts, line, missing).items);
  // Name: as tall as about half the masthead, letter-spaced a little, in the left ~60% of the width.
  const nameSize = Math.min(Math.round(h * 0.46), 96);
  const nameWidth = w * 0.6;
  const nameBaseline = pitch + ascentPt(fonts.face('songBold'), nameSize);
  add({ text: issue.paperName, role: 'songBold', sizePt: nameSize, xPt: 0, widthPt: nameWidth, yPt: nameBaseline, align: 'center', trackingPt: nameSize * 0.08 });
  // Under the name: the publisher, centred under it.
  if (issue.publisher) add({ text: issue.publisher, role: 'hei', sizePt: HAO_PT.四号, xPt: 0, widthPt: nameWidth, yPt: nameBaseline + descentPt(fonts.face('songBold'), nameSize) + pitch * 2, align: 'center', trackingPt: 2 });
  // Right block, between two thin vertical rules: date, issue numbers, 刊号.
  const blockX = nameWidth + pitch;
  const blockW = w - blockX;
  items.push(rule(blockX - pitch / 2, pitch, blockX - pitch / 2, h - pitch * 1.5, 0.5));
  const info = [
    { text: chineseDate(issue.date), sizePt: HAO_PT.小三, role: 'heiMedium' as const },
    { text: issueNumbers(issue), sizePt: HAO_PT.四号, role: 'hei' as const },
    { text: issue.registration, sizePt: HAO_PT.五号, role: 'hei' as const },
  ].filter((l) => l.text !== '');
  let y = pitch * 2.5;
  for (const l of info) {
    y += l.sizePt * 1.8;
    add({ text: l.text, role: l.role, sizePt: l.sizePt, xPt: blockX + pitch / 2, widthPt: blockW - pitch, yPt: y, align: 'left' });
  }
  // 文武线: a thick rule over a thin one at the masthead's foot.
  items.push(rule(0, h - pitch + 1.5, w, h - pitch + 1.5, 2.5), rule(0, h - pitch + 4.5, w, h - pitch + 4.5, 0.5));
  return items;
}

function runningHead(view: PageView, fonts: FontBook, w: number, h: number, pitch: number, bodySize: number, missing: Set<string>): FrameItem[] {
  const items: FrameItem[] = [];
  const add = (line: ShortLine) => items.push(...shortLineItems(fonts, line, missing).items);
  const baseline = h - pitch + ascentPt(fonts.face('song'), bodySize);
  const size = HAO_PT.五号;
  add({ text: view.issue.paperName, role: 'songBold', sizePt: size, xPt: 0, widthPt: w, yPt: baseline, align: 'left', trackingPt: 1 });
  add({ text: chineseDate(view.issue.date), role: 'hei', sizePt: size, xPt: 0, widthPt: w, yPt: baseline, align: 'center' });
  const right = `第${view.page.number}版${view.page.section ? `　${view.page.section}` : ''}`;
  add({ text: right, role: 'heiMedium', sizePt: size, xPt: 0, widthPt: w, yPt: baseline, align: 'right' });
  // 天线: under the running head, at the foot of its grid line.
  items.push(rule(0, h - (pitch - bodySize) / 2, w, h - (pitch - bodySize) / 2, 1));
  return items;
}

/** Compose a furniture module from the page view. */
export function composeFurnitureModule(view: PageView, m: ModuleView, fonts: FontBook): ModuleLayout {
  const t = view.page.template;
  const rect = moduleRectPt(t, m);
  const pitch = t.grid.linePitchPt;
  const bodySize = t.grid.bodySizePt;
  const missing = new Set<string>();
  let items: FrameItem[] = [];
  if (m.furniture === 'masthead') items = masthead(view, fonts, rect.widthPt, rect.heightPt, pitch, missing);
  else if (m.furniture === 'running-head') items = runningHead(view, fonts, rect.widthPt, rect.heightPt, pitch, bodySize, missing);
  else if (m.furniture === 'credit-line') {
    const text = creditText(view.page);
    const baseline = rect.heightPt - pitch + ascentPt(fonts.face('song'), bodySize);
    if (text) items = shortLineItems(fonts, { text, role: 'hei', sizePt: HAO_PT.六号, xPt: 0, widthPt: rect.widthPt, yPt: baseline, align: 'right' }, missing).items;
  }
  return {
    moduleId: m.id,
    xPt: rect.xPt,
    yPt: rect.yPt,
    widthPt: rect.widthPt,
    heightPt: rect.heightPt,
    frame: { widthPt: rect.widthPt, heightPt: rect.heightPt, items },
    oversetChars: 0,
    spareLines: 0,
    overflowAt: null,
    startsAt: STORY_START,
    violations: [],
    missingGlyphs: [...missing],
  };
}
