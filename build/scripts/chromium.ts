/**
 * Launching Debian's Chromium (playwright-core, never a downloaded browser): for the evidence renders here and the
 * browser (e2e) suite, which adds its CI policy in tests/e2e/browser.ts.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.FOLIO_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // No --user-data-dir: playwright refuses it in launch() and gives every launch a fresh temp profile itself.
    args: CHROMIUM_ARGS,
  });
}
