/**
 * Irregular modules (L-shaped, stepped): which grid cells a module takes, and the shapes the page inspector
 * offers to start from. A module without a shape takes its whole rectangle.
 */
import type { ModuleGeometry, ModulePart, ModuleShape } from './page';

/** Does the module take grid cell (column, line), both relative to its top-left corner? */
export function moduleTakesCell(m: ModuleGeometry & { shape?: ModuleShape }, column: number, line: number): boolean {
  if (column < 0 || line < 0 || column >= m.columnSpan || line >= m.heightLines) return false;
  if (!m.shape) return true;
  return m.shape.parts.some((p) => column >= p.column && column < p.column + p.columnSpan && line >= p.topLine && line < p.topLine + p.heightLines);
}

/**
 * L 形: the module's full height in its first `tallColumns` columns, the top `shortLines` lines in the rest
 * (another module sits in the corner left free, bottom right).
 */
export function lShape(columnSpan: number, heightLines: number, tallColumns = Math.max(1, Math.ceil(columnSpan / 2)), shortLines = Math.max(1, Math.floor(heightLines / 2))): ModuleShape {
  const tall = Math.min(Math.max(1, tallColumns), columnSpan);
  const parts: ModulePart[] = [{ column: 0, columnSpan: tall, topLine: 0, heightLines }];
  if (tall < columnSpan) parts.push({ column: tall, columnSpan: columnSpan - tall, topLine: 0, heightLines: Math.min(Math.max(1, shortLines), heightLines) });
  return { parts };
}

/**
 * 阶梯: each column a step shorter than the one before it (the module's full height in the first column,
 * `stepLines` fewer in each next one), as a 通栏 head over a stepped body is set.
 */
export function steppedShape(columnSpan: number, heightLines: number, stepLines = Math.max(1, Math.floor(heightLines / (2 * Math.max(1, columnSpan))))): ModuleShape {
  const parts: ModulePart[] = [];
  for (let c = 0; c < columnSpan; c++) parts.push({ column: c, columnSpan: 1, topLine: 0, heightLines: Math.max(1, heightLines - c * stepLines) });
  return { parts };
}
