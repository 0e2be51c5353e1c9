/**
 * axe-core over the menu bar (a menu open), the shortcuts sheet, 最近的期次 and the story's find bar: no serious or
 * critical violation. (The rest of the desk, page and proof views are not covered here yet.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { api, EditorPage } from './editor-page';
import { deskSuite } from './desk-suite';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(!chromiumAvailable())('accessibility of the menus, shortcuts sheet and find bar (Chromium, axe-core)', () => {
  const desk = deskSuite();


  /** Serious and critical violations inside `selector`, as "rule: target" lines. */
  const violations = async (ui: EditorPage, selector: string) => {
    // Evaluated over DevTools: the app's CSP (script-src 'self') rightly refuses an injected script tag.
    if (!(await ui.page.evaluate(() => 'axe' in window))) await ui.page.evaluate(AXE);
    return ui.page.evaluate(async (include) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
      const result = await axe.run({ include: [include] }, { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    }, selector);
  };

  it('has no serious or critical violations', async () => {
    const ui = await desk.openEditor();
    await ui.createStory();
    await ui.page.getByTestId('menu-edit').click();
    await ui.page.getByTestId('menu-popup-edit').waitFor();
    expect(await violations(ui, '[data-testid="topbar"]')).toEqual([]);
    await ui.page.keyboard.press('Escape');

    await ui.editor.click();
    await ui.page.keyboard.press('Control+h');
    await ui.page.getByTestId('replace-input').waitFor();
    expect(await violations(ui, '[data-testid="find-bar"]')).toEqual([]);
    await ui.page.keyboard.press('Escape');

    await ui.page.keyboard.press('F1');
    await ui.page.getByTestId('shortcuts-sheet').waitFor();
    expect(await violations(ui, '[data-testid="shortcuts-sheet"]')).toEqual([]);
    await ui.page.keyboard.press('Escape');

    // 文件 → 最近的期次 with an issue in it.
    const issue = await api<{ id: string }>(desk.folio.url, 'issues.create', { paperName: '钢城日报', date: '2026-12-02', issueNumber: 9, pageCount: 1 });
    await api(desk.folio.url, 'issues.opened', { id: issue.id });
    await ui.page.getByTestId('menu-file').click();
    await ui.page.getByTestId('menu-popup-file').getByTestId('cmd-recent-issues').click();
    await ui.page.getByTestId('recent-entry').waitFor();
    expect(await violations(ui, '[data-testid="recent-issues"]')).toEqual([]);
    expect(ui.problems).toEqual([]);
  });
});
