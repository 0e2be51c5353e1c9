/** The 输出 panel's preflight, as a user works it: every warning acknowledged until the summary is clear. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function acknowledgeAllWarnings(page: Page): Promise<void> {
  const boxes = page.getByTestId('preflight-ack');
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    // Checked once export.acknowledge has answered (one code acknowledges it on the whole page).
    if (!(await box.isChecked())) await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
  }
  await page.waitForSelector('[data-testid="preflight-summary"][data-clear="true"]');
}
