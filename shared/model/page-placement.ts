/**
 * Checking a page plan: modules off the page, of no size, with body columns too narrow to set, heads wider
 * than their module (errors: a write doing this is refused), and modules that overlap (warnings: kept and shown,
 * since a designer often drags through an overlap on the way somewhere). Messages are zh-CN with 1-based 栏/行.
 */
import { bodyColumnChars, gridLineCount } from './page-grid';
import type { ModuleGeometry, ModuleSettings, PageTemplate, PlacementFinding } from './page';
import { moduleTakesCell } from './module-shape';
import { errorMessage, type ErrorMessage } from '../errors';

/** The narrowest body column worth setting, in characters (columns narrower than a base column are rare). */
export const MIN_BODY_COLUMN_CHARS = 5;

export type PlacedModule = ModuleGeometry & Pick<ModuleSettings, 'bodyColumns' | 'headline' | 'shape'> & { id: string };

/** How a finding names a module: its story title or furniture name when known. */
export type ModuleLabel = (id: string) => string | undefined;

function nameOf(id: string, label?: ModuleLabel): ErrorMessage {
  const name = label?.(id);
  return name ? errorMessage('module-named', { name }) : errorMessage('module-unnamed');
}

/** Errors of one module on its own: each is a reason to refuse the write. */
export function moduleErrors(t: PageTemplate, m: PlacedModule, label?: ModuleLabel): PlacementFinding[] {
  const module = nameOf(m.id, label);
  const out: PlacementFinding[] = [];
  const error = (kind: PlacementFinding['kind'], field: string, text: ErrorMessage) =>
    out.push({ kind, severity: 'error', moduleIds: [m.id], field, text });
  const columns = t.grid.columnCount;
  const lines = gridLineCount(t);

  if (m.columnSpan < 1) error('zero-size', 'columnSpan', errorMessage('module-too-narrow-span', { module, span: m.columnSpan }));
  if (m.heightLines < 1) error('zero-size', 'heightLines', errorMessage('module-too-short', { module, lines: m.heightLines }));
  if (out.length > 0) return out;

  if (m.column < 0) {
    error('off-page', 'column', errorMessage('module-off-left', { module, column: m.column + 1 }));
  } else if (m.column + m.columnSpan > columns) {
    error('off-page', 'column', errorMessage('module-off-right', { module, first: m.column + 1, last: m.column + m.columnSpan, columns }));
  }
  if (m.topLine < 0) {
    error('off-page', 'topLine', errorMessage('module-off-top', { module, line: m.topLine + 1 }));
  } else if (m.topLine + m.heightLines > lines) {
    error('off-page', 'heightLines', errorMessage('module-off-bottom', { module, first: m.topLine + 1, last: m.topLine + m.heightLines, lines }));
  }

  const narrowest = Math.min(...bodyColumnChars(t.grid, m.columnSpan, m.bodyColumns));
  if (narrowest < MIN_BODY_COLUMN_CHARS) {
    error(
      'too-narrow',
      'bodyColumns',
      errorMessage('module-body-too-narrow', { module, span: m.columnSpan, bodyColumns: m.bodyColumns, chars: narrowest }),
    );
  }
  const headSpan = m.headline.spanColumns;
  if (headSpan !== null && headSpan > m.columnSpan) {
    error('headline-span', 'headline.spanColumns', errorMessage('module-headline-too-wide', { module, headSpan, span: m.columnSpan }));
  }
  return out;
}

/** The first grid cell (page column, line) two modules share, or null; an irregular module shares only its own cells. */
function sharedCell(a: Omit<PlacedModule, 'id'>, b: Omit<PlacedModule, 'id'>): { column: number; line: number } | null {
  const boxes =
    a.column < b.column + b.columnSpan &&
    b.column < a.column + a.columnSpan &&
    a.topLine < b.topLine + b.heightLines &&
    b.topLine < a.topLine + a.heightLines;
  if (!boxes) return null;
  const column = Math.max(a.column, b.column);
  const line = Math.max(a.topLine, b.topLine);
  if (!a.shape && !b.shape) return { column, line };
  for (let l = line; l < Math.min(a.topLine + a.heightLines, b.topLine + b.heightLines); l++) {
    for (let c = column; c < Math.min(a.column + a.columnSpan, b.column + b.columnSpan); c++) {
      if (moduleTakesCell(a, c - a.column, l - a.topLine) && moduleTakesCell(b, c - b.column, l - b.topLine)) return { column: c, line: l };
    }
  }
  return null;
}

/** Every pair of modules that share grid cells, as warnings. */
export function overlapWarnings(modules: readonly PlacedModule[], label?: ModuleLabel): PlacementFinding[] {
  const out: PlacementFinding[] = [];
  for (let i = 0; i < modules.length; i++) {
    for (let j = i + 1; j < modules.length; j++) {
      const a = modules[i];
      const b = modules[j];
      if (a.columnSpan < 1 || a.heightLines < 1 || b.columnSpan < 1 || b.heightLines < 1) continue;
      const cell = sharedCell(a, b);
      if (!cell) continue;
      const { column, line } = cell;
      out.push({
        kind: 'overlap',
        severity: 'warning',
        moduleIds: [a.id, b.id],
        text: errorMessage('modules-overlap', { a: nameOf(a.id, label), b: nameOf(b.id, label), column: column + 1, line: line + 1 }),
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
