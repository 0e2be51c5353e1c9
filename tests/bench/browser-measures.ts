/** Reading the app's own performance.measure entries in Chromium, and their median / p95 (the browser benches). */
import type { Page } from 'playwright-core';

export function stats(values: number[]): { median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1], p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] };
}

export async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((m) => m.duration), name);
}

/**
 * Types `count` characters one at a time into the focused editor, `gapMs` apart (a fast typist), and returns the
 * keystroke→preview and keystroke→paint durations. With FOLIO_BENCH_PROFILE=<file> the typing is profiled by
 * Chromium's sampling profiler (CDP) and the .cpuprofile written there (open it in DevTools).
 */
export async function typeAndMeasure(page: Page, char: string, count: number, gapMs = 30): Promise<{ keys: number[]; paints: number[] }> {
  for (let i = 0; i < 10; i++) await page.keyboard.type('地', { delay: 0 }).then(() => page.waitForTimeout(gapMs)); // warm-up
  await page.waitForTimeout(100);
  await page.evaluate(() => performance.clearMeasures());
  const profilePath = process.env.FOLIO_BENCH_PROFILE;
  const cdp = profilePath ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  for (let i = 0; i < count; i++) await page.keyboard.type(char, { delay: 0 }).then(() => page.waitForTimeout(gapMs));
  await page.waitForTimeout(200);
  if (cdp && profilePath) {
    const { profile } = await cdp.send('Profiler.stop');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(profilePath, JSON.stringify(profile));
    await cdp.detach();
  }
  return { keys: await measures(page, 'folio:keystroke→preview'), paints: await measures(page, 'folio:keystroke→paint') };
}

/**
 * Page 1's open times, ms: page 2 and page 1 opened alternately, twice to warm up (JIT, first HTTP connections),
 * then `count` measured times; only the opens of page 1 are kept.
 */
export async function pageOneOpens(page: Page, pv: { openPage(n: number): Promise<unknown> }, count: number): Promise<number[]> {
  for (let i = 0; i < 2; i++) {
    await pv.openPage(2);
    await pv.openPage(1);
  }
  await page.evaluate(() => performance.clearMeasures());
  for (let i = 0; i < count; i++) {
    await pv.openPage(2);
    await pv.openPage(1);
  }
  return (await measures(page, 'folio:page-open')).filter((_, i) => i % 2 === 1);
}
