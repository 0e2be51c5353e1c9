/**
 * When the page view's composed page has its text painted (issue #15), for the cold-start bench and the page-fonts
 * e2e suite: every face's FontFaces covering the characters the page draws in it are loaded (`document.fonts.check`
 * of each family with exactly that text is false while any slice the text falls in is still loading), then one
 * more frame so the glyphs are on screen. Checked every frame from the moment the page is composed (the slices
 * are font-display: block, so the text is invisible until then; the page view puts the text in once they load).
 */
export interface PaintedTimes {
  composedMs: number;
  pageOpenMs: number;
  pageDrawnMs: number;
  pagePaintedMs: number;
}

// A string, not a function: tsx's keepNames would put a __name helper the page does not have into it.
export const PAGE_PAINTED_SCRIPT = `(async () => {
  const open = performance.getEntriesByName('folio:page-open', 'measure')[0];
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const painted = () => {
    const byFamily = new Map();
    for (const el of document.querySelectorAll('[data-testid="page-view"] svg text[font-family]')) {
      const family = el.getAttribute('font-family');
      byFamily.set(family, (byFamily.get(family) ?? '') + (el.textContent ?? ''));
    }
    return byFamily.size > 0 && [...byFamily].every(([family, text]) => document.fonts.check('12px "' + family + '"', text));
  };
  while (!painted()) await frame();
  await frame();
  const pagePaintedMs = performance.now() - open.startTime;
  await document.fonts.ready;
  return { composedMs: open.startTime + open.duration, pageOpenMs: open.duration, pageDrawnMs: performance.now() - open.startTime, pagePaintedMs };
})()`;

