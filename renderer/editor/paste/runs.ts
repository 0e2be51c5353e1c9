/** Run tidying shared by the HTML and plain-text paste paths. */
import type { TextRun } from '../../../shared/model';

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
/** Source line breaks between CJK characters (Word wraps its HTML at ~80 columns) are not spaces. */
const NEWLINE_AT_CJK = new RegExp(`(?<=[${CJK}])[ \\t]*[\\r\\n]+[ \\t\\r\\n]*|[ \\t]*[\\r\\n]+[ \\t\\r\\n]*(?=[${CJK}])`, 'gu');
/** Edge whitespace of a paragraph, including ideographic spaces used as manual indents and &nbsp;. */
const LEADING = /^[\s\u3000\u00a0]+/u;
const TRAILING = /[\s\u3000\u00a0]+$/u;

/** Collapses HTML whitespace, merges runs with equal marks, trims the paragraph's edges, drops empty runs. */
export function tidyRuns(runs: readonly TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const text = run.text.replace(NEWLINE_AT_CJK, '').replace(/[ \t\r\n\u00a0]+/g, ' ');
    const last = merged[merged.length - 1];
    if (last && !!last.bold === !!run.bold && !!last.emphasis === !!run.emphasis) {
      last.text += text;
    } else {
      merged.push({ ...run, text });
    }
  }
  // A space between runs collapses once, as in HTML.
  for (let i = 1; i < merged.length; i++) {
    if (merged[i - 1].text.endsWith(' ') && merged[i].text.startsWith(' ')) merged[i].text = merged[i].text.slice(1);
  }
  while (merged.length > 0) {
    merged[0].text = merged[0].text.replace(LEADING, '');
    if (merged[0].text !== '') break;
    merged.shift();
  }
  while (merged.length > 0) {
    const last = merged[merged.length - 1];
    last.text = last.text.replace(TRAILING, '');
    if (last.text !== '') break;
    merged.pop();
  }
  return merged.filter((r) => r.text !== '');
}

/**
 * A paragraph whose text opens with bold and goes on in plain text has a run-in head (the bold opening).
 * Returns the head's text, or null. A paragraph that is all bold is not a run-in.
 */
export function splitRunInHead(runs: readonly TextRun[]): string | null {
  if (runs.length < 2 || !runs[0].bold) return null;
  const rest = runs.slice(1).map((r) => r.text).join('');
  if (rest.trim() === '' || runs.slice(1).every((r) => r.bold)) return null;
  return runs[0].text;
}
