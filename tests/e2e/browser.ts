/**
 * Launching Debian Chromium for the browser suite. In CI a missing Chromium is a failure; elsewhere the suite
 * skips with one loud line (never silently).
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../../build/scripts/chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../../build/scripts/chromium';

/** True when the browser suite can run here; throws in CI when it cannot (CI must never skip it). */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const line = `!!! Chromium not found at ${CHROMIUM_PATH}: the browser (e2e) suite cannot run. Install it: apt-get install -y chromium`;
  if (process.env.CI) throw new Error(line);
  console.warn(line + ' — SKIPPING the e2e suite outside CI.');
  return false;
}
