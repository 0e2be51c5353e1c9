/**
 * 栏线 between modules, drawn as a newspaper does: a vertical hairline in the gutter between modules side by
 * side, a horizontal one in the leading between stacked modules, wherever one of the two asks for rules
 * (border 'rule'); and the frame of a boxed module (border 'box'), drawn in the gutter and leading around it so
 * its text keeps the grid. Furniture draws its own rules (报头 文武线, 报眉 天线).
 */
import { charsToPt, roundPt } from '../../units';
import { BLACK, type FrameItem, type RuleItem } from '../frame';
import type { ModuleView, PageTemplate } from '../../model';
import { gridColumnXPt, gridLineCount, gridLineYPt, moduleRectPt } from '../../model';

/** 栏线 weight: a hairline (0.5 pt). */
export const COLUMN_RULE_PT = 0.5;

const EPS = 0.01;

function rule(x1: number, y1: number, x2: number, y2: number): RuleItem {
  return { kind: 'rule', x1Pt: roundPt(x1), y1Pt: roundPt(y1), x2Pt: roundPt(x2), y2Pt: roundPt(y2), thicknessPt: COLUMN_RULE_PT, color: BLACK };
}

/** Rules between the page's modules and the frames of boxed modules, in page coordinates. */
export function moduleRules(t: PageTemplate, modules: readonly ModuleView[]): FrameItem[] {
  const gutterPt = charsToPt(t.grid.gutterChars, t.grid.bodySizePt);
  const halfLeadPt = (t.grid.linePitchPt - t.grid.bodySizePt) / 2;
  const placed = modules.filter((m) => m.kind !== 'furniture' && m.columnSpan > 0 && m.heightLines > 0).map((m) => ({ m, r: moduleRectPt(t, m) }));
  const out: FrameItem[] = [];
  for (const a of placed) {
    for (const b of placed) {
      if (a === b || (a.m.border !== 'rule' && b.m.border !== 'rule')) continue;
      // b to the right of a, across one gutter: a vertical rule where they overlap in height (the template's
      // 栏线 draw those when it has them).
      if (!t.columnRules && Math.abs(a.r.xPt + a.r.widthPt + gutterPt - b.r.xPt) < EPS) {
        const top = Math.max(a.r.yPt, b.r.yPt);
        const bottom = Math.min(a.r.yPt + a.r.heightPt, b.r.yPt + b.r.heightPt);
        if (bottom - top > EPS) {
          const x = a.r.xPt + a.r.widthPt + gutterPt / 2;
          out.push(rule(x, top - halfLeadPt, x, bottom - halfLeadPt));
        }
      }
      // b right under a: a horizontal rule in the leading between a's last line and b's first.
      if (Math.abs(a.r.yPt + a.r.heightPt - b.r.yPt) < EPS) {
        const left = Math.max(a.r.xPt, b.r.xPt);
        const right = Math.min(a.r.xPt + a.r.widthPt, b.r.xPt + b.r.widthPt);
        if (right - left > EPS) out.push(rule(left, b.r.yPt - halfLeadPt, right, b.r.yPt - halfLeadPt));
      }
    }
  }
  for (const { m, r } of placed) {
    if (m.border !== 'box') continue;
    out.push({
      kind: 'box',
      xPt: roundPt(r.xPt - gutterPt / 2),
      yPt: roundPt(r.yPt - halfLeadPt),
      widthPt: roundPt(r.widthPt + gutterPt),
      heightPt: roundPt(r.heightPt),
      fill: null,
      stroke: BLACK,
      assetId: null,
    });
  }
  return out;
}

/**
 * The 版式模板's 栏线 (template.columnRules): a hairline down the middle of every gutter between base columns,
 * over the lines where no module spans that gutter and no furniture stands beside it (报头, 报眉 and 责编行 draw
 * their own rules). In page coordinates, one rule per uninterrupted run of lines.
 */
export function templateColumnRules(t: PageTemplate, modules: readonly ModuleView[]): FrameItem[] {
  if (!t.columnRules) return [];
  const lines = gridLineCount(t);
  const gutterPt = charsToPt(t.grid.gutterChars, t.grid.bodySizePt);
  const halfLeadPt = (t.grid.linePitchPt - t.grid.bodySizePt) / 2;
  const placed = modules.filter((m) => m.columnSpan > 0 && m.heightLines > 0);
  const out: FrameItem[] = [];
  for (let gutter = 1; gutter < t.grid.columnCount; gutter++) {
    const blocked = new Array<boolean>(lines).fill(false);
    for (const m of placed) {
      const spans = m.column < gutter && m.column + m.columnSpan > gutter;
      const beside = m.kind === 'furniture' && (m.column + m.columnSpan === gutter || m.column === gutter);
      if (!spans && !beside) continue;
      for (let line = Math.max(0, m.topLine); line < Math.min(lines, m.topLine + m.heightLines); line++) blocked[line] = true;
    }
    const x = gridColumnXPt(t, gutter) - gutterPt / 2;
    let start = -1;
    for (let line = 0; line <= lines; line++) {
      const open = line < lines && !blocked[line];
      if (open && start < 0) start = line;
      if (!open && start >= 0) {
        out.push(rule(x, gridLineYPt(t, start) - halfLeadPt, x, gridLineYPt(t, line) - halfLeadPt));
        start = -1;
      }
    }
  }
  return out;
}
