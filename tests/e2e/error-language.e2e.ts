/**
 * Errors speak the UI's language (issue #12): the services send a code with parameters, and the renderer's
 * client turns it into words of the language the person chose. A refusal provoked through the desk (renaming a
 * story to a title longer than the store takes) is shown in English with no Chinese in an English UI, and as
 * the same refusal in Chinese in a zh-CN UI; the story keeps its title either way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { formatError, type ErrorMessage, type Locale } from '../../shared/errors';
import { TITLE_MAX_CHARS } from '../../shared/model/story-title';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api, type EditorPage } from './editor-page';

const HAN = /\p{Script=Han}/u;
/** Latin only, so any Han character in the message comes from the message itself. */
const TOO_LONG_TITLE = 'x'.repeat(TITLE_MAX_CHARS + 1);

/** What the service answers to the same rename, as its coded message (asked directly, not through the UI). */
async function refusalOf(baseUrl: string, id: string): Promise<ErrorMessage> {
  const response = await fetch(new URL('api/stories.rename', baseUrl), { method: 'POST', body: JSON.stringify({ id, title: TOO_LONG_TITLE }) });
  const envelope = (await response.json()) as { ok: boolean; error?: { text: ErrorMessage } };
  if (envelope.ok || !envelope.error) throw new Error('the too-long title was accepted');
  return envelope.error.text;
}

describe.skipIf(!chromiumAvailable())('error language (Chromium)', () => {
  const suite = deskSuite();
  let ui: EditorPage | undefined;

  afterEach(async () => {
    expect(ui?.problems ?? []).toEqual([]);
    await ui?.page.close();
  });

  async function chooseLanguage(page: EditorPage, locale: Locale, createLabel: string): Promise<void> {
    await page.page.getByTestId('language-select').selectOption(locale);
    await expect.poll(() => page.page.getByTestId('desk-create').textContent()).toBe(createLabel);
  }

  /** Renames the story in its desk row to the too-long title and returns the words the error banner shows. */
  async function provokeRefusal(page: EditorPage, id: string): Promise<string> {
    const banner = page.page.getByTestId('error-banner');
    if ((await banner.count()) > 0) await banner.getByRole('button').click();
    await expect.poll(() => banner.count()).toBe(0);
    const row = page.page.locator(`[data-testid="story-row"][data-story-id="${id}"]`);
    await row.getByTestId('story-rename').click();
    const input = row.getByTestId('story-rename-input');
    await input.fill(TOO_LONG_TITLE);
    await input.press('Enter');
    await banner.waitFor();
    // The banner's text ends with its close button (×).
    return ((await banner.textContent()) ?? '').replace(/×$/, '');
  }

  it('shows a refused rename in English without Chinese, and in Chinese in a zh-CN UI', async () => {
    ui = await suite.openEditor();
    await ui.createStory();
    await ui.compose('gaojian', '稿件');
    await ui.waitSaved();
    const id = await ui.openStoryId();
    const row = ui.page.locator(`[data-testid="story-row"][data-story-id="${id}"]`);
    await expect.poll(() => row.getByTestId('story-title').textContent()).toBe('稿件');
    const refusal = await refusalOf(suite.folio.url, id);

    await chooseLanguage(ui, 'en', 'New story');
    const english = await provokeRefusal(ui, id);
    // The banner leads with its own words ("That did not work: "), then the service's refusal.
    expect(english).toContain(formatError(refusal, 'en'));
    expect(english).toContain(String(TITLE_MAX_CHARS));
    expect(english).not.toMatch(HAN);

    await chooseLanguage(ui, 'zh-CN', '新建稿件');
    const chinese = await provokeRefusal(ui, id);
    expect(chinese).toContain(formatError(refusal, 'zh-CN'));
    expect(chinese).toContain(String(TITLE_MAX_CHARS));
    expect(chinese).toMatch(HAN);
    expect(chinese).not.toBe(english);

    // Refused means nothing changed: the story keeps its title, in the list and in the store.
    await expect.poll(() => row.getByTestId('story-title').textContent()).toBe('稿件');
    await expect(api<{ title: string }>(suite.folio.url, 'stories.get', { id })).resolves.toMatchObject({ title: '稿件' });
  });
});
