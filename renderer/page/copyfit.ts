/** How a module's text fits, in the newsroom's words: 超 N 字 (overset) or 差 N 字 / 空 N 行 (underset). */
import type { ModuleLayout } from '../../shared/compose/page-types';
import { bodyColumnChars, type ModuleView, type PageGrid } from '../../shared/model';

export type Copyfit =
  | { kind: 'overset'; chars: number }
  | { kind: 'underset'; lines: number; chars: number }
  | { kind: 'fits' }
  | { kind: 'none' };

/** None for furniture and for modules with no text; 差 N 字 counts the empty lines' characters. */
export function copyfitOf(module: ModuleView, layout: ModuleLayout | undefined, grid: PageGrid): Copyfit {
  if (!layout || module.kind === 'furniture' || !module.storyId || module.story?.state === 'missing') return { kind: 'none' };
  if (layout.oversetChars > 0) return { kind: 'overset', chars: layout.oversetChars };
  if (layout.spareLines > 0) {
    const widths = bodyColumnChars(grid, module.columnSpan, module.kind === 'story' ? module.bodyColumns : 1);
    return { kind: 'underset', lines: layout.spareLines, chars: layout.spareLines * Math.min(...widths) };
  }
  return { kind: 'fits' };
}
