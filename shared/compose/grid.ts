/**
 * The column calculator (栏的计算, TYPESETTING.md §2): widths in characters and pt for base and broken columns.
 */

/** Characters across n base columns with 1-character gutters: n×13 + (n−1). */
export function spanChars(n: number, baseChars = 13, gutterChars = 1): number {
  return n * baseChars + (n - 1) * gutterChars;
}

/**
 * Broken columns (破栏): `baseColumns` base columns re-split into `into` columns with 1-character gutters.
 * The remainder goes to the last columns (五破三 = 22/22/23), as CLReq-era makeup practice does.
 */
export function brokenColumns(baseColumns: number, into: number, baseChars = 13, gutterChars = 1): number[] {
  const total = spanChars(baseColumns, baseChars, gutterChars) - (into - 1) * gutterChars;
  const each = Math.floor(total / into);
  const rest = total - each * into;
  return Array.from({ length: into }, (_, i) => each + (i >= into - rest ? 1 : 0));
}

/** Width in pt of `chars` characters at sizePt. */
export function charsToPt(chars: number, sizePt: number): number {
  return chars * sizePt;
}

/** Left edges (pt) of `widthsChars` columns laid side by side with gutters of `gutterChars`. */
export function columnLefts(widthsChars: readonly number[], sizePt: number, gutterChars = 1): number[] {
  const out: number[] = [];
  let x = 0;
  for (const w of widthsChars) {
    out.push(x * sizePt);
    x += w + gutterChars;
  }
  return out;
}
