/**
 * The issue plan's figures, pure: a page's fill (版面占用), its proof state, its continuation links, and row
 * ordering. No React and no services, so the plan view and its tests share the same arithmetic.
 */
import { ROUND_LABELS_ZH, ProofRounds, type ProofRound } from '../../shared/model/proof';
import type { ModuleFit } from '../../shared/api/contract-pages';
import type { PageSignoffs, PageView } from '../../shared/model';
import { gridLineCount } from '../../shared/model/page-grid';

/**
 * Fill, in base column-lines (one grid line across one base column; a 对开 page has 105 × 8 = 840).
 * - availableLines = the page's grid lines × its base columns.
 * - usedLines = what the modules take: a module covers columnSpan × heightLines, less the body lines its
 *   composed text leaves empty (差 N 行, from pages.fit). A body line of a module set in bodyColumns over
 *   columnSpan base columns (破栏) is columnSpan / bodyColumns base columns wide. Furniture and pictures (no
 *   text composed, spareLines null) count whole; so does an overset module (its box is full, the rest is 超).
 * - oversetChars = the characters that fit nowhere, summed over the page (超 N 字).
 * Modules reaching off the page are clipped to the grid so fill never reads above 100 % from bad placement.
 */
export interface PageFill {
  usedLines: number;
  availableLines: number;
  /** usedLines / availableLines, 0…1 (0 when the page has no grid). */
  ratio: number;
  oversetChars: number;
}

export function computePageFill(view: Pick<PageView, 'page' | 'modules'>, fits: readonly ModuleFit[]): PageFill {
  const grid = view.page.template.grid;
  const lines = gridLineCount(view.page.template);
  const availableLines = lines * grid.columnCount;
  const fitById = new Map(fits.map((f) => [f.moduleId, f]));
  let usedLines = 0;
  let oversetChars = 0;
  for (const m of view.modules) {
    const columnSpan = clampSpan(m.column, m.columnSpan, grid.columnCount);
    const heightLines = clampSpan(m.topLine, m.heightLines, lines);
    const area = columnSpan * heightLines;
    const fit = fitById.get(m.id);
    oversetChars += fit?.oversetChars ?? 0;
    const spare = fit?.spareLines ?? 0;
    const bodyColumns = Math.max(1, fit?.columns ?? m.bodyColumns);
    const spareArea = (spare * columnSpan) / bodyColumns;
    usedLines += Math.max(0, area - spareArea);
  }
  usedLines = Math.min(availableLines, Math.round(usedLines));
  return { usedLines, availableLines, ratio: availableLines > 0 ? usedLines / availableLines : 0, oversetChars };
}

/** How much of [start, start+span) lies in [0, limit). */
function clampSpan(start: number, span: number, limit: number): number {
  return Math.max(0, Math.min(start + span, limit) - Math.max(start, 0));
}

/** Whole per cent for display (a page 99.6 % full reads 100 %). */
export function fillPercent(fill: PageFill): number {
  return Math.round(fill.ratio * 100);
}

/** A page's proof state for the plan: the last round signed (in force), and whether it is 签发. */
export interface ProofState {
  lastRound: ProofRound | null;
  /** 一校 … 通读, or '未校'. */
  roundLabel: string;
  approved: boolean;
  /** Who signed that round, and who signed the page (责任编辑), when in force: the newsroom shows who holds what. */
  roundBy: string | null;
  pageBy: string | null;
}

export function proofState(signoffs: Pick<PageSignoffs, 'rounds' | 'approved'> & Partial<Pick<PageSignoffs, 'page'>>): ProofState {
  let lastRound: ProofRound | null = null;
  for (const round of ProofRounds) {
    const signed = signoffs.rounds[round];
    if (signed && !signed.voided) lastRound = round;
  }
  return {
    lastRound,
    roundLabel: lastRound ? ROUND_LABELS_ZH[lastRound] : '未校',
    approved: !!signoffs.approved && !signoffs.approved.voided,
    roundBy: (lastRound && signoffs.rounds[lastRound]?.by) || null,
    pageBy: (signoffs.page && !signoffs.page.voided && signoffs.page.by) || null,
  };
}

/** Distinct stories placed on the page (a story continued within the page counts once). */
export function storyCount(view: Pick<PageView, 'modules'>): number {
  return new Set(view.modules.flatMap((m) => (m.storyId ? [m.storyId] : []))).size;
}

/** 下转第N版 / 上接第N版: the other pages a page's stories continue to or from, by page number. */
export interface ContinuationLinks {
  to: number[];
  from: number[];
}

/** `views` are every page of one issue; links within a page are left out (the composer sets 下转 only across pages). */
export function continuationLinks(views: readonly Pick<PageView, 'page' | 'modules'>[]): Map<string, ContinuationLinks> {
  const pageOfModule = new Map<string, number>();
  for (const v of views) for (const m of v.modules) pageOfModule.set(m.id, v.page.number);
  const result = new Map<string, ContinuationLinks>();
  for (const v of views) {
    const to = new Set<number>();
    const from = new Set<number>();
    for (const m of v.modules) {
      const toPage = m.continuesTo ? pageOfModule.get(m.continuesTo) : undefined;
      const fromPage = m.continuesFrom ? pageOfModule.get(m.continuesFrom) : undefined;
      if (toPage !== undefined && toPage !== v.page.number) to.add(toPage);
      if (fromPage !== undefined && fromPage !== v.page.number) from.add(fromPage);
    }
    result.set(v.page.id, { to: [...to].sort((a, b) => a - b), from: [...from].sort((a, b) => a - b) });
  }
  return result;
}

/** The ids with the row at `from` moved to index `to` (a drag); out-of-range indices leave the order as it is. */
export function moveRow(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids];
  if (from < 0 || from >= ids.length || to < 0 || to >= ids.length || from === to) return next;
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

/** The ids with `id` moved `delta` places (上移 −1 / 下移 +1), stopping at the ends. */
export function moveBy(ids: readonly string[], id: string, delta: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  return moveRow(ids, from, Math.max(0, Math.min(ids.length - 1, from + delta)));
}

/** Whether two orders differ (so an unchanged drop sends nothing). */
export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
