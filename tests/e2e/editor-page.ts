/**
 * What the editor e2e tests do as a user, in one place: open Folio, create a story, compose Chinese through
 * a real IME (DevTools Input.imeSetComposition / Input.insertText), read the blocks the user sees.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface SeenBlock {
  type: string;
  text: string;
}

export class EditorPage {
  private cdp: CDPSession | null = null;
  /** Uncaught page errors and CSP violations seen so far (a test ends by expecting none). */
  readonly problems: string[] = [];
  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/favicon/.test(message.location().url)) this.problems.push(`console: ${message.text()}`);
    });
  }

  /**
   * A page on Folio, past the first-start profile question: when the desk has no profile yet, one is set
   * through the API first (the profile dialog itself is tested in desk-workflow.e2e.ts).
   */
  static async open(browser: Browser, url: string, options: { profile?: false } = {}): Promise<EditorPage> {
    if (options.profile !== false) await ensureProfile(url);
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const editorPage = new EditorPage(page);
    await page.goto(url);
    await page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    return editorPage;
  }

  get editor() {
    return this.page.getByTestId('editor');
  }

  async createStory(): Promise<void> {
    const before = await this.page.getByTestId('story-row').count();
    await this.page.getByTestId('desk-create').click();
    await expect.poll(() => this.page.getByTestId('story-row').count(), { timeout: 10_000 }).toBe(before + 1);
    await this.editor.waitFor();
    await this.editor.click();
  }

  async openStory(title: string): Promise<void> {
    await this.page.getByTestId('story-row').filter({ hasText: title }).click();
    await this.editor.waitFor();
  }

  /** Types `pinyin` one key at a time into an open composition, then confirms `word` (what an IME does). */
  async compose(pinyin: string, word: string): Promise<void> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    for (let i = 1; i <= pinyin.length; i++) {
      await this.cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
    }
    await this.cdp.send('Input.insertText', { text: word });
  }

  /** The editor's top-level blocks as the user sees them (Slate's zero-width placeholders removed). */
  async blocks(): Promise<SeenBlock[]> {
    return this.editor.evaluate((root) =>
      Array.from(root.children)
        .filter((el): el is HTMLElement => el instanceof HTMLElement && !!el.dataset.blockType)
        .map((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('[data-slate-placeholder]').forEach((p) => p.remove());
          return { type: el.dataset.blockType ?? '', text: (copy.textContent ?? '').replace(/[\uFEFF\u200B]/g, '') };
        }),
    );
  }

  async text(): Promise<string> {
    return (await this.blocks()).map((b) => b.text).join('\n');
  }

  /** The 字数 shown in the status bar. */
  async chars(): Promise<number> {
    return Number(await this.page.getByTestId('char-count').getAttribute('data-chars'));
  }

  /** The id of the story open in the editor (the selected desk row). */
  async openStoryId(): Promise<string> {
    const id = await this.page.locator('[data-testid="story-row"].selected').getAttribute('data-story-id');
    if (!id) throw new Error('no story is open');
    return id;
  }

  async saveState(): Promise<string | null> {
    return this.page.getByTestId('save-status').getAttribute('data-state');
  }

  /** Waits until the status bar says 已保存 after an edit (autosave ~1 s after typing stops). */
  async waitSaved(): Promise<void> {
    await expect.poll(() => this.saveState(), { timeout: 10_000 }).toBe('saved');
    await expect(this.page.getByTestId('save-status').textContent()).resolves.toMatch(/已保存 \d\d:\d\d:\d\d/);
  }

  /** Pastes clipboard data the way the browser delivers it: a paste ClipboardEvent with a DataTransfer. */
  async paste(data: Record<string, string>): Promise<void> {
    await this.editor.evaluate((root, entries) => {
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
      const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
      root.dispatchEvent(event);
    }, data);
  }
}

/** Calls the API the way the renderer does (to check what the store holds, independently of the UI). */
export async function api<T>(baseUrl: string, method: string, params: unknown): Promise<T> {
  const response = await fetch(new URL('api/' + method, baseUrl), { method: 'POST', body: JSON.stringify(params) });
  const envelope = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value;
}

/** The profile the e2e tests work as unless they set another. */
export const TEST_PROFILE = { name: '测试编辑', role: 'editor' } as const;

/** Sets TEST_PROFILE when the desk has no profile yet (the first-start dialog would cover the workspace). */
export async function ensureProfile(baseUrl: string): Promise<void> {
  const current = await api<unknown>(baseUrl, 'profile.get', {});
  if (current === null) await api(baseUrl, 'profile.set', TEST_PROFILE);
}
