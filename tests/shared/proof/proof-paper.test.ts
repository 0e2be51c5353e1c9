/**
 * The printed proof's paper (shared/proof/proof-paper.ts): the smallest ISO sheet that holds the marked sheet
 * at full size inside 12 mm margins, the heading with round/page/date, the 校对/责编/签发 boxes filled from the
 * sign-offs, the marks that could not be placed listed — all frame items, so the display list draws them — and
 * nothing in a round's ink.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, FrameItem } from '../../../shared/compose/frame';
import { displayList } from '../../../shared/display';
import type { ProofMark } from '../../../shared/model';
import type { MarkedProofSheet } from '../../../shared/proof/proof-overlay-items';
import { pickPaper, proofPaper, type ProofPaperFacts } from '../../../shared/proof/proof-paper';
import { mmToPt } from '../../../shared/units';
import { bundledFontBook } from '../../../electron/fonts';
import { textGlyphs } from '../../../shared/compose';

const fonts = bundledFontBook();
const mark = (over: Partial<ProofMark>): ProofMark => ({
  id: 'm1', storyId: 's1', round: 'second', kind: 'replace', by: '李校', byRole: 'proofreader', at: '2026-12-06T08:00:00Z',
  anchor: { blockIndex: 3, start: 0, end: 4, quote: '一千二百', prefix: '新建', suffix: '公里' }, anchorRevision: 1,
  original: '一千二百', proposed: '1200', note: null, status: 'open', drifted: false, decidedBy: null, decidedAt: null, reason: null, appliedRevision: null,
  ...over,
});
const sheet = (unplaced: ProofMark[]): MarkedProofSheet => ({
  frame: { widthPt: 1190, heightPt: 1400, items: [{ kind: 'rule', x1Pt: 0, y1Pt: 0, x2Pt: 10, y2Pt: 0, thicknessPt: 1, color: { c: 0, m: 1, y: 1, k: 0 } }] },
  geometry: { sheetWidthPt: 1190, sheetHeightPt: 1400, trimXPt: 170, trimWidthPt: 850, placed: [], unplaced },
});
const facts: ProofPaperFacts = {
  paperName: '钢城日报', date: '2026-12-06', pageNumber: 3, section: '要闻', round: 'second', printedAt: '2026-12-06 08:30',
  signatures: { proofreader: { by: '李校', at: '2026-12-06 08:10', detail: '一校' }, editor: null, approval: null },
};
/** The characters set, spaces left out (the composer sets no glyph for a space). */
const textOf = (items: readonly FrameItem[]) => items.map((i) => (i.kind === 'text' ? textGlyphs(i).map((g) => g.ch).join('') : '\n')).join('');
const bare = (t: string) => t.replace(/[\s\u3000]/g, '');

describe('the proof paper', () => {
  it('picks the smallest ISO A sheet that fits at full size within the margins', () => {
    expect(pickPaper(500, 700).name).toBe('A4');
    expect(pickPaper(900, 700).name).toBe('A3 landscape');
    expect(pickPaper(1190, 1520).name).toBe('A1');
    const a2 = pickPaper(1100, 1600);
    expect(a2).toMatchObject({ name: 'A2' });
    expect(a2.widthPt).toBeCloseTo(mmToPt(420), 3);
  });

  it('prints the heading, the signature boxes and the unplaced marks, and moves the sheet under the heading', () => {
    const paper = proofPaper(sheet([mark({}), mark({ id: 'm2', kind: 'delete', round: 'first', original: '今年', proposed: null })]), facts, fonts);
    const all = textOf(paper.frame.items);
    expect(paper.heading).toBe('校样　钢城日报　2026-12-06　第3版 要闻　校次：二校　打印：2026-12-06 08:30');
    expect(all).toContain(bare(paper.heading));
    for (const label of ['校对', '责编', '签发', '李校一校', '2026-12-0608:10']) expect(all).toContain(label);
    expect(all.match(/签名/g)).toHaveLength(2); // 责编 and 签发 unsigned: lines to sign on
    expect(paper.unplacedLines).toEqual([
      '未能标在版面上的校对符号（2 处，所在文字不在本版版面上，须对照稿件处理）：',
      '1. “一千二百” → 1200　改正(1) 二校 李校',
      '2. “今年” → 删“今年”　删除(2) 一校 李校',
    ]);
    for (const line of paper.unplacedLines) expect(all).toContain(bare(line));
    // Three boxes of the same size, side by side, below the sheet.
    const boxes = paper.frame.items.filter((i) => i.kind === 'box');
    expect(boxes).toHaveLength(3);
    expect(new Set(boxes.map((b) => (b.kind === 'box' ? b.yPt : 0))).size).toBe(1);
    expect((boxes[0] as { yPt: number }).yPt).toBeGreaterThan(paper.sheetYPt + 1400);
    // The sheet's own items moved to (sheetXPt, sheetYPt).
    const moved = paper.frame.items.find((i) => i.kind === 'rule' && i.color.m === 1) as { x1Pt: number; y1Pt: number };
    expect(moved).toMatchObject({ x1Pt: paper.sheetXPt, y1Pt: paper.sheetYPt });
  });

  it('is drawn by the one display list, and nothing of its furniture is in a round ink', () => {
    const paper = proofPaper(sheet([mark({})]), facts, fonts);
    const furniture: Frame = { ...paper.frame, items: paper.frame.items.filter((i) => !(i.kind === 'rule' && i.color.m === 1)) };
    for (const item of furniture.items) {
      const ink = item.kind === 'box' ? item.stroke : item.kind === 'text' || item.kind === 'rule' ? item.color : null;
      if (ink) expect([ink.c, ink.m, ink.y]).toEqual([0, 0, 0]);
    }
    const list = displayList(paper.frame);
    const drawn = JSON.stringify(list.ops);
    expect(drawn).toContain('"签","发"');
  });

  it('says so when every mark was placed', () => {
    expect(proofPaper(sheet([]), facts, fonts).unplacedLines).toEqual(['未能标在版面上的校对符号：无']);
  });
});
