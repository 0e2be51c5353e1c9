/**
 * A desk host and Chromium for one suite: started before its tests (before the suite's own beforeAll hooks, when
 * called first) and stopped after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';

export interface DeskSuite {
  readonly folio: RunningFolio;
  readonly browser: Browser;
  /** A new window on the desk, ready to write in. */
  openEditor(): Promise<EditorPage>;
}

export function deskSuite(): DeskSuite {
  let folio: RunningFolio | undefined;
  let browser: Browser | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use the suite inside its tests`);
    return value;
  };
  beforeAll(async () => {
    folio = await startFolio();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await folio?.close();
  });
  return {
    get folio() {
      return started(folio, 'the desk host');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    openEditor: () => EditorPage.open(started(browser, 'Chromium'), started(folio, 'the desk host').url),
  };
}
