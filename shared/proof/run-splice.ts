/**
 * Editing a block's text without losing its formatting: offsets are into blockText (a figure's caption then its
 * credit), and the runs around the edit keep their bold/emphasis. Inserted text takes the formatting of the
 * character before it (as typing does), or of the first run at the very start; replacing text keeps the look of
 * the first replaced character.
 */
import type { Block, TextRun } from '../model/story';
import { runsText } from '../model/text';

function sameFormat(a: TextRun, b: TextRun): boolean {
  return Boolean(a.bold) === Boolean(b.bold) && Boolean(a.emphasis) === Boolean(b.emphasis);
}

/** Append text in a run's formatting, merging with the previous run when they look the same. */
function push(out: TextRun[], format: TextRun, text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && sameFormat(last, format)) out[out.length - 1] = { ...last, text: last.text + text };
  else out.push({ ...format, text });
}

/** Replace runsText(runs).slice(start, end) with `insert`. Always returns at least one run. */
export function spliceRuns(runs: readonly TextRun[], start: number, end: number, insert: string): TextRun[] {
  const out: TextRun[] = [];
  let offset = 0;
  let inserted = false;
  for (const run of runs) {
    const length = run.text.length;
    const clamp = (at: number) => Math.min(Math.max(at - offset, 0), length);
    push(out, run, run.text.slice(0, clamp(start)));
    // A replacement takes the look of the first replaced character; an insertion that of the character before.
    const takesInsert = start < end ? start >= offset && start < offset + length : start > offset && start <= offset + length;
    if (!inserted && (takesInsert || (start === 0 && offset === 0 && start === end))) {
      push(out, run, insert);
      inserted = true;
    }
    push(out, run, run.text.slice(clamp(end)));
    offset += length;
  }
  if (!inserted) push(out, runs[0] ?? { text: '' }, insert);
  return out.length > 0 ? out : [{ ...(runs[0] ?? {}), text: '' }];
}

/** The runs of two blocks as one (接排): like runs meet as one run, empty runs go. */
export function joinRuns(first: readonly TextRun[], second: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of [...first, ...second]) push(out, run, run.text);
  return out.length > 0 ? out : [{ ...(first[0] ?? {}), text: '' }];
}

/** Split runs at `at`: the runs before and the runs after (each at least one run). */
export function splitRuns(runs: readonly TextRun[], at: number): [TextRun[], TextRun[]] {
  const length = runsText(runs).length;
  return [spliceRuns(runs, at, length, ''), spliceRuns(runs, 0, at, '')];
}

/** Replace blockText(block).slice(start, end) with `insert`, keeping run formatting; figures edit caption/credit. */
export function spliceBlock(block: Block, start: number, end: number, insert: string): Block {
  if (block.type !== 'figure') return { ...block, runs: spliceRuns(block.runs, start, end, insert) };
  const captionLength = runsText(block.caption).length;
  // The inserted text goes where the range starts; a range across the caption/credit seam is cut in both.
  if (start < captionLength || (start === captionLength && start === end)) {
    return {
      ...block,
      caption: spliceRuns(block.caption, start, Math.min(end, captionLength), insert),
      credit: end > captionLength ? spliceRuns(block.credit, 0, end - captionLength, '') : block.credit,
    };
  }
  return { ...block, credit: spliceRuns(block.credit, start - captionLength, end - captionLength, insert) };
}
