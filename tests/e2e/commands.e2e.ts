/**
 * The one command table at work: every item of every in-window menu, then every shortcut, does something a
 * user can see; the menu bar and the shortcuts sheet (F1) work from the keyboard. The Electron menu sends the
 * same ids (tests/electron/app/menu-template.test.ts).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, MENUS, type CommandId, type MenuId } from '../../shared/commands/desk-commands';
import { chromiumAvailable } from './browser';
import { EditorPage } from './editor-page';
import { deskSuite } from './desk-suite';
import { fileChooserFrom } from './file-chooser';

type Run = () => Promise<void>;

describe.skipIf(!chromiumAvailable())('menus and shortcuts (Chromium)', () => {
  const desk = deskSuite();
  let ui: EditorPage;

  beforeAll(async () => {
    ui = await desk.openEditor();
    // (expect.poll, which createStory uses, works only inside a test)
    await ui.page.getByTestId('desk-create').click();
    await ui.editor.waitFor();
    await ui.editor.click();
    await ui.compose('kaitou', '开头一句。');
  });
  afterEach(() => expect(ui.problems).toEqual([]));

  const visible = (testId: string) => ui.page.getByTestId(testId).waitFor({ state: 'visible' });
  const gone = (testId: string) => ui.page.getByTestId(testId).waitFor({ state: 'detached' });
  const focusedTestId = () => ui.page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  const zoom = async () => Number(await ui.page.locator('.workspace').getAttribute('data-zoom'));
  const hasMark = async (mark: string) => (await ui.editor.locator(`.${mark}`).count()) > 0;
  const selectAllText = async () => {
    await ui.editor.click();
    await ui.page.keyboard.press('Control+a');
  };
  const toggles = (mark: string) => async (run: Run) => {
    await selectAllText();
    const before = await hasMark(mark);
    await run();
    await expect.poll(() => hasMark(mark)).toBe(!before);
  };

  /** What each command visibly does; `run` chooses it once (from a menu or by its shortcut). */
  const checks: Record<CommandId, (run: Run) => Promise<void>> = {
    'new-story': async (run) => {
      const before = await ui.page.getByTestId('story-row').count();
      await run();
      await expect.poll(() => ui.page.getByTestId('story-row').count()).toBe(before + 1);
      await ui.editor.waitFor();
    },
    import: async (run) => {
      // (not Promise.all with waitForEvent: a key press can open the chooser before Chromium intercepts it; file-chooser.ts)
      const chooser = await fileChooserFrom(ui.page, run);
      expect(chooser.isMultiple()).toBe(true);
      // Answered as a person cancelling it: a chooser left open keeps the next one from opening.
      await chooser.setFiles([]);
    },
    'recent-issues': async (run) => {
      await run();
      await visible('recent-issues');
      await ui.page.keyboard.press('Escape');
      await gone('recent-issues');
    },
    save: async (run) => {
      await ui.editor.click();
      await ui.page.keyboard.press('End');
      await ui.compose('bao', '保');
      await run();
      await ui.waitSaved();
    },
    'close-story': async (run) => {
      await run();
      await visible('editor-empty');
      await ui.page.getByTestId('story-row').first().click();
      await ui.editor.waitFor();
    },
    undo: async (run) => {
      await ui.editor.click();
      await ui.page.keyboard.press('End');
      await ui.compose('chexiao', '撤销甲');
      await run();
      await expect.poll(() => ui.text()).not.toContain('撤销甲');
    },
    redo: async (run) => {
      await ui.editor.click();
      await ui.page.keyboard.press('End');
      await ui.compose('chongzuo', '重做乙');
      await ui.page.keyboard.press('Control+z');
      await expect.poll(() => ui.text()).not.toContain('重做乙');
      await run();
      await expect.poll(() => ui.text()).toContain('重做乙');
    },
    find: async (run) => {
      await ui.editor.click();
      await run();
      await expect.poll(focusedTestId).toBe('find-input');
      await ui.page.keyboard.press('Escape');
      await gone('find-bar');
    },
    replace: async (run) => {
      await run();
      await visible('replace-input');
      await ui.page.getByTestId('find-close').click();
      await gone('find-bar');
    },
    'search-desk': async (run) => {
      await run();
      await expect.poll(focusedTestId).toBe('search-box');
    },
    bold: toggles('mark-bold'),
    emphasis: toggles('mark-emphasis'),
    'story-view': async (run) => {
      await ui.page.getByTestId('view-page').click();
      await visible('page-view');
      await run();
      await visible('centre');
    },
    'page-view': async (run) => {
      await run();
      await visible('page-view');
      await ui.page.getByTestId('view-story').click();
    },
    plan: async (run) => {
      await run();
      await visible('plan-view');
      await run();
      await gone('plan-view');
    },
    'proof-panel': async (run) => {
      await run();
      await ui.page.locator('[data-testid="side-dock"][data-tab="proof"]').waitFor();
      await ui.page.getByTestId('side-tab-inspector').click();
    },
    export: async (run) => {
      await run();
      await visible('export-panel');
      await ui.page.getByTestId('export-close').click();
      await gone('export-panel');
    },
    'export-epaper': async (run) => {
      await run();
      // The 输出 panel opens on its 数字报 tab (the form itself needs an issue, which this desk may not have).
      await ui.page.locator('[data-testid="export-tab-epaper"][aria-selected="true"]').waitFor();
      await ui.page.getByTestId('export-close').click();
      await gone('export-panel');
    },
    'zoom-in': async (run) => {
      const before = await zoom();
      await run();
      await expect.poll(zoom).toBeGreaterThan(before);
    },
    'zoom-out': async (run) => {
      const before = await zoom();
      await run();
      await expect.poll(zoom).toBeLessThan(before);
    },
    'zoom-reset': async (run) => {
      await run();
      await expect.poll(zoom).toBe(1);
    },
    'toggle-desk': async (run) => {
      await run();
      await gone('desk');
      await run();
      await visible('desk');
    },
    'toggle-side': async (run) => {
      await run();
      await gone('side-dock');
      await run();
      await visible('side-dock');
    },
    'toggle-checks': async (run) => {
      const state = () => ui.editor.getAttribute('data-checks');
      const before = await state();
      await run();
      await expect.poll(state).not.toBe(before);
      await run();
      await expect.poll(state).toBe(before);
    },
    shortcuts: async (run) => {
      await run();
      await visible('shortcuts-sheet');
      await ui.page.keyboard.press('Escape');
      await gone('shortcuts-sheet');
    },
  };

  const fromMenu = (menu: MenuId, id: CommandId) => async () => {
    await ui.page.getByTestId(`menu-${menu}`).click();
    await ui.page.getByTestId(`menu-popup-${menu}`).getByTestId(`cmd-${id}`).click();
  };
  /** "CmdOrCtrl+Shift+D" → Playwright's "Control+Shift+d". */
  const playwrightKey = (shortcut: string) =>
    shortcut.replace('CmdOrCtrl', 'Control').replace(/\+([A-Z])$/, (_, letter: string) => `+${letter.toLowerCase()}`);

  for (const [menu, ids] of Object.entries(MENUS) as [MenuId, readonly CommandId[]][]) {
    for (const id of ids) {
      it(`menu ${menu} → ${id} works`, async () => {
        await checks[id](fromMenu(menu, id));
      });
    }
  }

  for (const command of COMMANDS.filter((c) => c.shortcut)) {
    it(`shortcut ${command.shortcut} (${command.id}) works`, async () => {
      // Outside the editor unless the command acts on the selected text.
      if (!['bold', 'emphasis', 'undo', 'redo', 'save'].includes(command.id)) await ui.page.getByTestId('status-bar').click();
      await checks[command.id](() => ui.page.keyboard.press(playwrightKey(command.shortcut!)));
    });
  }

  it('Ctrl+O opens the import picker with the desk panel hidden, and brings the desk back for the report', async () => {
    await ui.page.getByTestId('status-bar').click();
    await ui.page.keyboard.press('Control+Shift+d');
    await gone('desk');
    const chooser = await fileChooserFrom(ui.page, () => ui.page.keyboard.press('Control+o'));
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([]);
    await visible('desk');
  });

  it('moves through the menu bar with the arrows; Escape closes and keeps focus on the title', async () => {
    const page = ui.page;
    await page.getByTestId('menu-file').focus();
    await page.keyboard.press('ArrowDown');
    await visible('menu-popup-file');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    await expect.poll(focused).toBe(`cmd-${MENUS.file[0]}`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe(`cmd-${MENUS.file[1]}`);
    await page.keyboard.press('ArrowRight');
    await visible('menu-popup-edit');
    await expect.poll(focused).toBe(`cmd-${MENUS.edit[0]}`);
    await page.keyboard.press('Escape');
    await gone('menu-popup-edit');
    await expect.poll(focused).toBe('menu-edit');
    // The shortcut is shown beside the item, as the sheet shows it.
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('menu-popup-edit').getByTestId('cmd-undo').textContent()).resolves.toContain('Ctrl+Z');
    await page.keyboard.press('Escape');
  });

  it('lists every command in the shortcuts sheet and keeps focus inside it', async () => {
    const page = ui.page;
    await page.keyboard.press('F1');
    await visible('shortcuts-sheet');
    for (const command of COMMANDS) await expect(page.getByTestId(`shortcut-${command.id}`).count()).resolves.toBe(1);
    await expect(page.getByTestId('shortcut-find').textContent()).resolves.toContain('Ctrl+F');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => !!document.activeElement?.closest('[data-testid="shortcuts-sheet"]'));
      expect(inside).toBe(true);
    }
    await page.getByTestId('shortcuts-close').click();
    await gone('shortcuts-sheet');
  });

  it('says so when an editing command has no story to act on', async () => {
    const page = ui.page;
    await fromMenu('file', 'close-story')();
    await visible('editor-empty');
    await fromMenu('edit', 'undo')();
    await expect.poll(() => page.getByTestId('command-notice').textContent()).toBe('请先打开一篇稿件');
  });
});
