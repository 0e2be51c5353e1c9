/**
 * The page view (版面) as a user drives it, for page.e2e.ts and the page-preview benchmark: switch to 版面,
 * wait for the drawn page, read modules and their copyfit, drag and resize with the mouse.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface SeenModule {
  id: string;
  storyId: string;
  kind: string;
  column: number;
  columnSpan: number;
  topLine: number;
  heightLines: number;
}

export class PageViewUi {
  constructor(readonly page: Page) {}

  /** Switches to 版面 and waits until the page is composed and its text drawn (in once its slices loaded). */
  async open(): Promise<void> {
    await this.page.getByTestId('view-page').click();
    await this.page.locator('[data-testid="page-view"][data-loaded="true"][data-fonts="loaded"]').waitFor({ timeout: 60_000 });
    await this.textDrawn();
  }

  /** Waits until the page preview's text is in the DOM (page-svg.tsx holds it back until its fonts load). */
  async textDrawn(): Promise<void> {
    await this.page.locator('[data-testid="page-svg"][data-text="drawn"]').waitFor({ timeout: 60_000 });
  }

  async openPage(number: number): Promise<void> {
    const before = await this.page.getByTestId('page-view').getAttribute('data-page-id');
    const thumb = this.page.locator(`[data-testid="page-thumb"][data-page-number="${number}"]`);
    const id = await thumb.getAttribute('data-page-id');
    await thumb.click();
    if (id !== before) await this.page.locator(`[data-testid="page-view"][data-page-id="${id}"][data-loaded="true"]`).waitFor();
    await this.textDrawn();
  }

  module(id: string): Locator {
    return this.page.locator(`[data-testid="module"][data-module-id="${id}"]`);
  }

  moduleOfStory(storyId: string): Locator {
    return this.page.locator(`[data-testid="module"][data-story-id="${storyId}"]`);
  }

  async modules(): Promise<SeenModule[]> {
    return this.page.getByTestId('module').evaluateAll((els) =>
      els.map((el) => {
        const d = (el as HTMLElement).dataset;
        return {
          id: d.moduleId ?? '',
          storyId: d.storyId ?? '',
          kind: d.kind ?? '',
          column: Number(d.column),
          columnSpan: Number(d.columnSpan),
          topLine: Number(d.topLine),
          heightLines: Number(d.heightLines),
        };
      }),
    );
  }

  /** The copyfit the module shows: overset characters and spare lines (both 0 when it fits exactly). */
  async copyfit(module: Locator): Promise<{ overset: number; spare: number; text: string }> {
    const badge = module.getByTestId('copyfit');
    return {
      overset: Number(await badge.getAttribute('data-overset')),
      spare: Number(await badge.getAttribute('data-spare-lines')),
      text: (await badge.textContent()) ?? '',
    };
  }

  /** Text the SVG draws inside the module's group. */
  async drawnText(moduleId: string): Promise<string> {
    return this.page.locator(`[data-testid="page-svg"] g[data-module-id="${moduleId}"] text`).evaluateAll((els) => els.map((e) => e.textContent).join(''));
  }

  async scale(): Promise<number> {
    return Number(await this.page.getByTestId('pasteboard').getAttribute('data-scale'));
  }

  /** Drags with the mouse from a point of `from` by (dx, dy) CSS pixels, in steps like a hand does. */
  async dragBy(from: Locator, dx: number, dy: number, position?: { x: number; y: number }): Promise<void> {
    const box = await from.boundingBox();
    if (!box) throw new Error('nothing to drag');
    const x = box.x + (position?.x ?? box.width / 2);
    const y = box.y + (position?.y ?? Math.min(box.height / 2, 40));
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    for (let i = 1; i <= 8; i++) await this.page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
    await this.page.mouse.up();
  }

  /** Pixels per base column and per grid line at the current zoom (8 × 13 字 小五 grid, 13.5 pt lines). */
  async pitchPx(): Promise<{ column: number; line: number }> {
    const scale = await this.scale();
    return { column: 14 * 9 * scale, line: 13.5 * scale };
  }

  async waitGeometry(id: string, expected: Partial<SeenModule>): Promise<void> {
    await expect.poll(async () => (await this.modules()).find((m) => m.id === id), { timeout: 10_000 }).toMatchObject(expected);
  }
}
