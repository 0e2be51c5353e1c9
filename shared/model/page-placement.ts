/**
 * Checking a page plan: modules off the page, of no size, with body columns too narrow to set, heads wider
 * than their module (errors: a write doing this is refused), and modules that overlap (warnings: kept and shown,
 * since a designer often drags through an overlap on the way somewhere). Messages are zh-CN with 1-based 栏/行.
 */
import { bodyColumnChars, gridLineCount } from './page-grid';
import type { ModuleGeometry, ModuleSettings, PageTemplate, PlacementFinding } from './page';

/** The narrowest body column worth setting, in characters (columns narrower than a base column are rare). */
export const MIN_BODY_COLUMN_CHARS = 5;

export type PlacedModule = ModuleGeometry & Pick<ModuleSettings, 'bodyColumns' | 'headline'> & { id: string };

/** How a finding names a module: its story title or furniture name when known. */
export type ModuleLabel = (id: string) => string | undefined;

function nameOf(id: string, label?: ModuleLabel): string {
  const name = label?.(id);
  return name ? `「${name}」` : '稿件块';
}

const columnsText = (g: ModuleGeometry) =>
  g.columnSpan === 1 ? `第${g.column + 1}栏` : `第${g.column + 1}–${g.column + g.columnSpan}栏`;
const linesText = (g: ModuleGeometry) => `第${g.topLine + 1}–${g.topLine + g.heightLines}行`;

/** Errors of one module on its own: each is a reason to refuse the write. */
export function moduleErrors(t: PageTemplate, m: PlacedModule, label?: ModuleLabel): PlacementFinding[] {
  const name = nameOf(m.id, label);
  const out: PlacementFinding[] = [];
  const error = (kind: PlacementFinding['kind'], field: string, message: string) =>
    out.push({ kind, severity: 'error', moduleIds: [m.id], field, message });
  const columns = t.grid.columnCount;
  const lines = gridLineCount(t);

  if (m.columnSpan < 1) error('zero-size', 'columnSpan', `${name}宽度为 ${m.columnSpan} 栏：至少要占 1 栏。`);
  if (m.heightLines < 1) error('zero-size', 'heightLines', `${name}高度为 ${m.heightLines} 行：至少要占 1 行。`);
  if (out.length > 0) return out;

  if (m.column < 0) {
    error('off-page', 'column', `${name}超出版面左边：从第${m.column + 1}栏起，版面从第1栏开始。`);
  } else if (m.column + m.columnSpan > columns) {
    error('off-page', 'column', `${name}超出版面右边：${columnsText(m)}，本版只有 ${columns} 栏。`);
  }
  if (m.topLine < 0) {
    error('off-page', 'topLine', `${name}超出版面上边：从第${m.topLine + 1}行起，版面从第1行开始。`);
  } else if (m.topLine + m.heightLines > lines) {
    error('off-page', 'heightLines', `${name}超出版面下边：${linesText(m)}，本版只有 ${lines} 行。`);
  }

  const narrowest = Math.min(...bodyColumnChars(t.grid, m.columnSpan, m.bodyColumns));
  if (narrowest < MIN_BODY_COLUMN_CHARS) {
    error(
      'too-narrow',
      'bodyColumns',
      `${name}跨 ${m.columnSpan} 栏分成 ${m.bodyColumns} 栏，每栏只有 ${narrowest} 字，排不下：请减少分栏数。`,
    );
  }
  const headSpan = m.headline.spanColumns;
  if (headSpan !== null && headSpan > m.columnSpan) {
    error('headline-span', 'headline.spanColumns', `${name}的标题跨 ${headSpan} 栏，宽于稿件块的 ${m.columnSpan} 栏。`);
  }
  return out;
}

function overlaps(a: ModuleGeometry, b: ModuleGeometry): boolean {
  return (
    a.column < b.column + b.columnSpan &&
    b.column < a.column + a.columnSpan &&
    a.topLine < b.topLine + b.heightLines &&
    b.topLine < a.topLine + a.heightLines
  );
}

/** Every pair of modules that share grid cells, as warnings. */
export function overlapWarnings(modules: readonly PlacedModule[], label?: ModuleLabel): PlacementFinding[] {
  const out: PlacementFinding[] = [];
  for (let i = 0; i < modules.length; i++) {
    for (let j = i + 1; j < modules.length; j++) {
      const a = modules[i];
      const b = modules[j];
      if (a.columnSpan < 1 || a.heightLines < 1 || b.columnSpan < 1 || b.heightLines < 1 || !overlaps(a, b)) continue;
      const column = Math.max(a.column, b.column);
      const line = Math.max(a.topLine, b.topLine);
      out.push({
        kind: 'overlap',
        severity: 'warning',
        moduleIds: [a.id, b.id],
        message: `${nameOf(a.id, label)}与${nameOf(b.id, label)}重叠（从第${column + 1}栏第${line + 1}行起）：请移开其中一块。`,
      });
    }
  }
  return out;
}

/** All findings of a page plan: each module's errors, then the overlaps. */
export function validatePlacement(t: PageTemplate, modules: readonly PlacedModule[], label?: ModuleLabel): PlacementFinding[] {
  return [...modules.flatMap((m) => moduleErrors(t, m, label)), ...overlapWarnings(modules, label)];
}

/**
 * The one story filter of every composed page (preview, pages.fit, `folio page`, proof, preflight, export): the
 * story whose text a module sets, or null. Only a live story is set; a trashed or missing one gets the
 * composer's note (稿件已删除 / 稿件不存在) and counts as an empty module in preflight, never as printed text.
 */
export function setStoryId(m: { storyId: string | null; story: { state: 'live' | 'trashed' | 'missing' } | null }): string | null {
  return m.storyId !== null && m.story?.state === 'live' ? m.storyId : null;
}
