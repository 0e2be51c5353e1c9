import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../shared/api/contract';
import type { StoryContent } from '../../../shared/model';
import { StorySaver, type SaveResult, type SaveState } from '../../../renderer/editor/story-saver';
import { fakeError } from '../../error-text';

const content = (text: string): StoryContent => ({ blocks: [{ type: 'paragraph', runs: [{ text }] }] });
const ok = { ok: true, value: { story: {}, revision: null } } as unknown as Envelope<SaveResult>;
const failed: Envelope<SaveResult> = { ok: false, error: fakeError('storage', '磁盘已满') };

describe('StorySaver', () => {
  let states: SaveState['kind'][];
  let saved: string[];
  let answers: Envelope<SaveResult>[];
  let saver: StorySaver;

  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
    saved = [];
    answers = [];
    saver = new StorySaver({
      storyId: 's1',
      delayMs: 1000,
      retryDelaysMs: [2000],
      onState: (s) => states.push(s.kind),
      save: async (params) => {
        saved.push(params.content.blocks[0].type === 'figure' ? '' : params.content.blocks[0].runs[0].text);
        return answers.shift() ?? ok;
      },
    });
  });
  afterEach(() => vi.useRealTimers());

  it('saves once, ~1 s after the last change, with the latest text', async () => {
    saver.changed(() => content('卫'));
    await vi.advanceTimersByTimeAsync(500);
    saver.changed(() => content('卫晋毅'));
    await vi.advanceTimersByTimeAsync(999);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['卫晋毅']);
    // 'dirty' told once for the two changes (the status bar re-renders for each state told).
    expect(states).toEqual(['dirty', 'saving', 'saved']);
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('tells dirty again after a save, for the next change', async () => {
    saver.changed(() => content('卫'));
    await vi.advanceTimersByTimeAsync(1000);
    saver.changed(() => content('卫晋毅'));
    saver.changed(() => content('卫晋毅。'));
    expect(states).toEqual(['dirty', 'saving', 'saved', 'dirty']);
  });

  it('keeps the text after a failed save, says why, and retries until it is saved', async () => {
    answers.push(failed);
    saver.changed(() => content('稿件'));
    expect(await saver.flush()).toBe(false);
    expect(states.at(-1)).toBe('error');
    expect(saver.pendingSave()).toEqual({ id: 's1', content: content('稿件') });
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual(['稿件', '稿件']);
    expect(states.at(-1)).toBe('saved');
    expect(saver.pendingSave()).toBeNull();
  });

  it('flush saves immediately (Ctrl+S) and is a no-op when nothing changed', async () => {
    expect(await saver.flush()).toBe(true);
    expect(saved).toEqual([]);
    saver.changed(() => content('立即'));
    expect(await saver.flush()).toBe(true);
    expect(saved).toEqual(['立即']);
  });
});

describe('StorySaver with a session and a base revision', () => {
  const saved = (revision: number) =>
    ({ ok: true, value: { story: { revision }, revision: {} } }) as unknown as Envelope<SaveResult>;

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends clientId and baseRevision, and moves the base on after each save', async () => {
    const sent: unknown[] = [];
    const answers = [saved(4), saved(5)];
    const saver = new StorySaver({
      storyId: 's1',
      clientId: 'c1',
      baseRevision: 3,
      onState: () => undefined,
      save: async (params) => {
        sent.push({ base: params.baseRevision, client: params.clientId });
        return answers.shift()!;
      },
    });
    saver.changed(() => content('一'));
    await saver.flush();
    saver.changed(() => content('一二'));
    expect(saver.pendingSave()).toEqual({ id: 's1', content: content('一二'), clientId: 'c1', baseRevision: 4 });
    await saver.flush();
    expect(sent).toEqual([{ base: 3, client: 'c1' }, { base: 4, client: 'c1' }]);
    expect(saver.getBaseRevision()).toBe(5);
  });

  it.each(['conflict', 'locked', 'forbidden'] as const)('stops retrying after %s, keeps the text, until unblocked', async (code) => {
    const states: SaveState[] = [];
    const refusal = fakeError(code, code);
    const answers: Envelope<SaveResult>[] = [{ ok: false, error: refusal }];
    let attempts = 0;
    const saver = new StorySaver({
      storyId: 's1',
      baseRevision: 1,
      retryDelaysMs: [1000],
      onState: (s) => states.push(s),
      save: async () => {
        attempts++;
        return answers.shift() ?? saved(3);
      },
    });
    saver.changed(() => content('我的字'));
    expect(await saver.flush()).toBe(false);
    // The service's words (translated by the API client) reach the status bar unchanged.
    expect(states.at(-1)).toEqual({ kind: 'error', code, message: refusal.message });
    expect(saver.blocked()).toBe(code);
    // More typing does not start retries either; the text is all still there.
    saver.changed(() => content('我的字多'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempts).toBe(1);
    expect(saver.currentContent()).toEqual(content('我的字多'));
    expect(saver.hasUnsaved()).toBe(true);
    // The user resolved it (e.g. chose to save over revision 2).
    saver.setBaseRevision(2);
    saver.unblock();
    expect(await saver.flush()).toBe(true);
    expect(saver.blocked()).toBeNull();
    expect(saver.getBaseRevision()).toBe(3);
  });
});
