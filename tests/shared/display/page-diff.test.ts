/**
 * Visual page diff (shared/display/page-diff.ts): two versions of the demo page — a module moved down two lines,
 * one taken off, a word changed in a third story — compared from their display lists; the overlay is a display
 * list drawn by the usual drawers. The diff and the overlay's highlights are compared with a golden file
 * (tests/shared/display/golden/page-diff.json; FOLIO_UPDATE_GOLDEN=1 writes it locally, never in CI).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { composePage, fontBookFromBytes } from '../../../shared/compose';
import { DIFF_INKS, diffDisplayLists, displayList, isUnchanged, pageDiffOverlay, type DisplayList, type DisplayOp } from '../../../shared/display';
import type { StoryContent } from '../../../shared/model';
import { demoPageView } from '../../../shared/seed/demo-page-view';

const GOLDEN = join(__dirname, 'golden', 'page-diff.json');
const fonts = fontBookFromBytes(readAllFontBytes());
const { view, stories } = demoPageView();
const storyModules = view.modules.filter((m) => m.kind === 'story' && m.storyId !== null);
const [moved, removed, edited] = [storyModules[0], storyModules[1], storyModules[2]];

/** The edited story: its first body paragraph's first two characters replaced. */
function editedStories(): Map<string, StoryContent> {
  const out = new Map(stories);
  const content = structuredClone(stories.get(edited.storyId!)!);
  const paragraph = content.blocks.find((b) => b.type === 'paragraph' || b.type === 'lead');
  if (!paragraph || paragraph.type === 'figure') throw new Error('demo story without a paragraph');
  paragraph.runs[0] = { ...paragraph.runs[0], text: `改动${paragraph.runs[0].text.slice(2)}` };
  out.set(edited.storyId!, content);
  return out;
}

const before: DisplayList = displayList(composePage(view, stories, fonts).frame);
const after: DisplayList = displayList(
  composePage({ ...view, modules: view.modules.filter((m) => m.id !== removed.id).map((m) => (m.id === moved.id ? { ...m, topLine: m.topLine + 2 } : m)) }, editedStories(), fonts).frame,
);
const diff = diffDisplayLists(before, after);

const r2 = (n: number) => Math.round(n * 100) / 100;
function summary(op: DisplayOp): unknown {
  switch (op.kind) {
    case 'box':
      return { kind: 'box', x: r2(op.xPt), y: r2(op.yPt), w: r2(op.widthPt), h: r2(op.heightPt), stroke: op.stroke?.css ?? null, width: op.strokeWidthPt, dash: op.dashPt };
    case 'line':
      return { kind: 'line', x1: r2(op.x1Pt), y1: r2(op.y1Pt), x2: r2(op.x2Pt), y2: r2(op.y2Pt), ink: op.ink.css };
    default:
      return { kind: op.kind };
  }
}

describe('visual page diff from two display lists', () => {
  it('finds nothing between a page and itself', () => {
    expect(isUnchanged(diffDisplayLists(before, before))).toBe(true);
    expect(pageDiffOverlay(before, before).ops).toEqual(before.ops);
  });

  it('names the moved module, the removed one and the changed lines of the edited story — nothing else', () => {
    expect(diff.modules.map((m) => [m.kind, m.moduleId])).toEqual([
      ['moved', moved.id],
      ['removed', removed.id],
    ]);
    const movedChange = diff.modules[0];
    // Two grid lines down: the module's extent keeps its size and moves by two line heights.
    expect(movedChange.after!.yPt - movedChange.before!.yPt).toBeCloseTo(2 * view.page.template.grid.linePitchPt, 1);
    expect(movedChange.after!.widthPt).toBeCloseTo(movedChange.before!.widthPt, 2);
    // The moved module's own text did not change: its lines are not reported.
    expect(diff.lines.every((l) => l.moduleId === edited.id)).toBe(true);
    expect(diff.lines.length).toBeGreaterThan(0);
    const first = diff.lines[0];
    expect(first.kind).toBe('changed');
    expect(first.after!.text.startsWith('改动')).toBe(true);
    expect(first.before!.text.startsWith('改动')).toBe(false);
    expect(first.before!.rect).toEqual(first.after!.rect);
  });

  it('a module only in the new version is added (the same pair read the other way)', () => {
    const back = diffDisplayLists(after, before);
    expect(back.modules.find((m) => m.moduleId === removed.id)).toMatchObject({ kind: 'added', before: null });
  });

  it('draws the new page unchanged, then the old places ghosted, then the highlights in their inks', () => {
    const overlay = pageDiffOverlay(before, after, diff);
    expect(overlay.ops.slice(0, after.ops.length)).toEqual(after.ops);
    const extra = overlay.ops.slice(after.ops.length);
    const ghosts = extra.filter((op) => op.kind === 'group');
    expect(ghosts.map((g) => (g as { moduleId: string }).moduleId)).toEqual([moved.id, removed.id]);
    const css = (k: keyof typeof DIFF_INKS) => displayList({ widthPt: 1, heightPt: 1, items: [{ kind: 'rule', x1Pt: 0, y1Pt: 0, x2Pt: 1, y2Pt: 0, thicknessPt: 1, color: DIFF_INKS[k] }] }).ops[0];
    const inkCss = (k: keyof typeof DIFF_INKS) => (css(k) as { ink: { css: string } }).ink.css;
    const boxes = extra.filter((op): op is Extract<DisplayOp, { kind: 'box' }> => op.kind === 'box' && op.strokeWidthPt === 1.5);
    expect(boxes.map((b) => [b.stroke?.css, b.dashPt !== null])).toEqual([
      [inkCss('moved'), true],
      [inkCss('moved'), false],
      [inkCss('removed'), true],
    ]);
    expect(extra.filter((op) => op.kind === 'line' && op.ink.css === inkCss('text'))).toHaveLength(diff.lines.filter((l) => l.after).length);
  });

  it('matches the golden diff and overlay', () => {
    const overlay = pageDiffOverlay(before, after, diff);
    const json = `${JSON.stringify({ modules: diff.modules, lines: diff.lines, highlights: overlay.ops.slice(after.ops.length).filter((op) => op.kind !== 'group').map(summary) }, null, 1)}\n`;
    if (process.env.FOLIO_UPDATE_GOLDEN === '1' && process.env.CI !== 'true') writeFileSync(GOLDEN, json);
    expect(existsSync(GOLDEN), 'golden file missing: run with FOLIO_UPDATE_GOLDEN=1 locally').toBe(true);
    expect(json).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
