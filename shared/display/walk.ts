/** Visiting a display list's leaf operations in page coordinates, for drawers that cannot nest (PDF, tests). */
import type { DisplayOp } from './display-list';

export type LeafOp = Exclude<DisplayOp, { kind: 'group' }>;

/** Calls `visit` with each leaf operation in paint order and the offset of the groups it sits in, pt. */
export function forEachLeaf(ops: readonly DisplayOp[], visit: (op: LeafOp, dxPt: number, dyPt: number) => void, dxPt = 0, dyPt = 0): void {
  for (const op of ops) {
    if (op.kind === 'group') forEachLeaf(op.ops, visit, dxPt + op.xPt, dyPt + op.yPt);
    else visit(op, dxPt, dyPt);
  }
}
