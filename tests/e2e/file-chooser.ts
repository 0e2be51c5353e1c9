/**
 * Waiting for the file chooser that a click or a key press opens.
 *
 * Playwright has Chromium intercept file choosers (DevTools Page.setInterceptFileChooserDialog) only while a
 * 'filechooser' listener is registered: adding the first listener sends the command and does not wait for it.
 * Chromium applies it in the page's renderer, where DevTools commands and input events arrive on different
 * channels and input is run first when the main thread is busy. A key press sent right behind the command
 * (`Promise.all([page.waitForEvent('filechooser'), page.keyboard.press(…)])`) could therefore open the chooser
 * before interception was on: headless Chromium then shows a native chooser, cancels it at once (the input gets
 * a `cancel` event), and Playwright never reports it, so the wait timed out (about 1 run in 5 of commands.e2e
 * under load; the command's acknowledgement was seen arriving after the press's). Clicks rarely lost the race
 * only because Playwright's click makes several round trips to the page before it sends the mouse events.
 *
 * A round trip to the page over the same DevTools session (an evaluate) returns only after the renderer has
 * applied every command sent before it, interception included; the action starts after it.
 */
import type { FileChooser, Page } from 'playwright-core';

/** Runs `act` (which must open a file chooser) once Chromium intercepts choosers; resolves to the chooser. */
export async function fileChooserFrom(page: Page, act: () => Promise<void>, options: { timeout?: number } = {}): Promise<FileChooser> {
  const chooser = page.waitForEvent('filechooser', options);
  try {
    await page.evaluate(() => undefined);
  } catch (error) {
    chooser.catch(() => undefined); // the page went away: report that, not a second timeout
    throw error;
  }
  const [opened] = await Promise.all([chooser, act()]);
  return opened;
}
