/**
 * performance.measure with a cap: the page view measures every keystroke and every composition for the
 * benchmark (tests/bench/page-preview.bench.ts reads them), and a day of typing must not grow the timeline forever.
 */
const CAP = 500;

export function measureCapped(name: string, options: PerformanceMeasureOptions | string): void {
  if (typeof performance === 'undefined') return;
  if (performance.getEntriesByName(name, 'measure').length >= CAP) performance.clearMeasures(name);
  if (typeof options === 'string') performance.measure(name, options);
  else performance.measure(name, options);
}
