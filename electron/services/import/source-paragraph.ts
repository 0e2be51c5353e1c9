/** The neutral form copy is read into before mapping: paragraphs of runs, with what the source says about them. */
import type { TextRun } from '../../../shared/model';

export interface SourceParagraph {
  runs: TextRun[];
  /** 1–6 for a heading (Word 标题 1–6 / Title), 0 for an ordinary paragraph. */
  heading: number;
  /** Centred in the source (Word alignment, or a plain-text line indented with spaces). */
  centred: boolean;
  /** A picture on its own: the index of the file's picture (then runs are empty). */
  image?: number;
  /** A row of a table, as text (shared/model/table-text.ts): which table of the file (0, 1, …). */
  tableRow?: number;
}

export function paragraphText(p: SourceParagraph): string {
  return p.runs.map((r) => r.text).join('');
}

/** Merge neighbouring runs with the same marks and drop empty ones. */
export function normaliseRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    if (r.text === '') continue;
    const last = out[out.length - 1];
    if (last && !!last.bold === !!r.bold && !!last.emphasis === !!r.emphasis) last.text += r.text;
    else out.push({ text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.emphasis ? { emphasis: true } : {}) });
  }
  return out;
}
