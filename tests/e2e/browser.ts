/**
 * Launching Debian Chromium for the browser suite. In CI a missing Chromium is a failure; elsewhere the suite
 * skips with one loud line (never silently).
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../../build/scripts/chromium';
import { requiredTool } from '../required-tool';

export { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../../build/scripts/chromium';

/** True when the browser suite can run here; throws in CI when it cannot (CI must never skip it). */
export function chromiumAvailable(): boolean {
  return requiredTool(`Chromium (${CHROMIUM_PATH})`, existsSync(CHROMIUM_PATH), 'apt-get install -y chromium');
}
