/**
 * Tables in copy, one classifier for both ways copy comes in: pasted HTML (renderer/editor/paste/clean-html.ts)
 * and .docx import (mammoth's HTML, electron/services/import/html-paragraphs.ts). Pure: the callers walk their
 * own parse (a DOM, htmlparser2 events) and feed it here.
 *
 * The story model has no table block and a newspaper body does not set tables, so a table becomes readable
 * text — one paragraph per row, its cells joined by ｜ — and the user is told (the paste notice, an import
 * warning: TABLE_NOTICE). Nothing is lost: every cell's text is kept in order with its bold/emphasis; a table
 * nested in a cell joins that cell's text; an empty cell keeps its place between separators, a cell spanning
 * n columns (colspan) is followed by n − 1 empty places, and a cell spanning rows (rowspan) leaves an empty place
 * in the rows below, so the columns of every row line up. A <caption> is a row of its own. Rows with no text at
 * all are left out (they hold nothing to keep).
 */
import type { TextRun } from './story';

/** Between the cells of a row (full-width vertical bar: reads as a column rule, never a tab). */
export const TABLE_CELL_SEPARATOR = '｜';

/** What an HTML element is to a table; tbody/thead/tfoot/colgroup are transparent (null). */
export type TablePart = 'table' | 'row' | 'cell' | 'caption';

export function tablePartOf(tagName: string): TablePart | null {
  switch (tagName.toLowerCase()) {
    case 'table':
      return 'table';
    case 'tr':
      return 'row';
    case 'td':
    case 'th':
      return 'cell';
    case 'caption':
      return 'caption';
    default:
      return null;
  }
}

/** How many columns (colspan) or rows (rowspan) a cell spans: 1 when absent or unreadable; at most 100. */
export function cellSpan(span: string | null | undefined): number {
  const n = Number.parseInt(span ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 100) : 1;
}

/** What the notice says: how many tables became how many paragraphs. */
export interface TableSummary {
  tables: number;
  rows: number;
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
/** A source line break next to a CJK character (Word wraps its HTML at ~80 columns) is not a space. */
const NEWLINE_AT_CJK = new RegExp(`(?<=[${CJK}])[ \\t]*[\\r\\n]+[ \\t\\r\\n]*|[ \\t]*[\\r\\n]+[ \\t\\r\\n]*(?=[${CJK}])`, 'gu');
const SPACES = /[ \t\r\n\f\u00a0]+/g;
const EDGE_SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu;

const sameMarks = (a: TextRun, b: TextRun) => !!a.bold === !!b.bold && !!a.emphasis === !!b.emphasis;

function pushRun(runs: TextRun[], run: TextRun): void {
  if (run.text === '') return;
  const last = runs[runs.length - 1];
  if (last && sameMarks(last, run)) last.text += run.text;
  else runs.push({ ...run });
}

/** A cell's runs with HTML white space collapsed and its edges trimmed. */
function tidyCell(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) pushRun(out, { ...run, text: run.text.replace(NEWLINE_AT_CJK, '').replace(SPACES, ' ') });
  for (let i = 1; i < out.length; i++) if (out[i - 1].text.endsWith(' ') && out[i].text.startsWith(' ')) out[i].text = out[i].text.slice(1);
  if (out.length > 0) {
    out[0].text = out[0].text.replace(EDGE_SPACE, '');
    out[out.length - 1].text = out[out.length - 1].text.replace(EDGE_SPACE, '');
  }
  return out.filter((r) => r.text !== '');
}

/**
 * Reads one table from the events of a walk: enter/leave for each table part (tablePartOf), text for each run,
 * softBreak for what would break a line inside a cell (<br>, a <p> or list item in the cell). `leave('table')`
 * of the outermost table returns the table's paragraphs (one TextRun[] per row); every other call returns null.
 */
export class TableReader {
  private depth = 0;
  private readonly rows: TextRun[][][] = [];
  private row: TextRun[][] | null = null;
  private cell: TextRun[] | null = null;
  private span = 1;
  private rowSpan = 1;
  /** By column: how many more rows a cell from a row above covers (rowspan). */
  private covered: number[] = [];
  /** The columns covered from above when the current row began. */
  private coveredInRow: boolean[] = [];

  /** True while the outermost table is open. */
  get open(): boolean {
    return this.depth > 0;
  }

  /** `span`/`rowSpan`: the columns and rows a cell spans (cellSpan of its colspan and rowspan). */
  enter(part: TablePart, span = 1, rowSpan = 1): void {
    if (part === 'table') {
      if (this.depth > 0) this.softBreak(); // a table in a cell: its text joins the cell
      this.depth++;
      return;
    }
    if (this.depth !== 1) return this.softBreak();
    if (part === 'row' || part === 'caption') {
      this.endRow();
      if (part === 'caption') {
        this.row = [];
        this.cell = [];
      } else this.startRow();
      return;
    }
    this.endCell();
    this.startCell(span, rowSpan);
  }

  leave(part: TablePart): TextRun[][] | null {
    if (part === 'table') {
      this.depth = Math.max(0, this.depth - 1);
      if (this.depth > 0) return null;
      this.endRow();
      return this.paragraphs();
    }
    if (this.depth !== 1) return null;
    if (part === 'cell') this.endCell();
    else this.endRow();
    return null;
  }

  text(run: TextRun): void {
    if (this.depth === 0) return;
    if (this.cell === null) {
      if (run.text.trim() === '') return; // white space between tags
      this.startCell(1, 1);
    }
    this.cell!.push(run);
  }

  /** A line break inside a cell: a space, unless one is there already. */
  softBreak(): void {
    const last = this.cell?.[this.cell.length - 1];
    if (last && !/\s$/u.test(last.text)) this.cell!.push({ text: ' ' });
  }

  private startRow(): void {
    this.row = [];
    this.coveredInRow = this.covered.map((n) => n > 0);
  }

  /** Empty places for the columns a cell above covers, up to the next free column. */
  private skipCovered(): void {
    const row = this.row!;
    while (this.coveredInRow[row.length]) row.push([]);
  }

  private startCell(span: number, rowSpan: number): void {
    if (this.row === null) this.startRow();
    this.skipCovered();
    this.cell = [];
    this.span = span;
    this.rowSpan = rowSpan;
  }

  private endCell(): void {
    if (this.cell === null) return;
    const row = (this.row ??= []);
    const at = row.length;
    row.push(tidyCell(this.cell));
    for (let i = 1; i < this.span; i++) row.push([]);
    if (this.rowSpan > 1) for (let c = at; c < at + this.span; c++) this.covered[c] = this.rowSpan - 1;
    this.cell = null;
    this.span = 1;
    this.rowSpan = 1;
  }

  private endRow(): void {
    this.endCell();
    if (this.row === null) return;
    if (this.coveredInRow.length > 0) {
      this.skipCovered(); // covered columns at the row's end
      this.coveredInRow.forEach((was, c) => {
        if (was) this.covered[c]--;
      });
      this.coveredInRow = [];
    }
    if (this.row.some((cell) => cell.length > 0)) this.rows.push(this.row);
    this.row = null;
  }

  private paragraphs(): TextRun[][] {
    return this.rows.map((cells) => {
      const runs: TextRun[] = [];
      cells.forEach((cell, i) => {
        if (i > 0) pushRun(runs, { text: TABLE_CELL_SEPARATOR });
        for (const run of cell) pushRun(runs, run);
      });
      return runs;
    });
  }
}

