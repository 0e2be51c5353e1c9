import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../shared/api/contract';
import type { StoryContent } from '../../../shared/model';
import { StorySaver, type SaveResult, type SaveState } from '../../../renderer/editor/story-saver';

const content = (text: string): StoryContent => ({ blocks: [{ type: 'paragraph', runs: [{ text }] }] });
const ok = { ok: true, value: { story: {}, revision: null } } as unknown as Envelope<SaveResult>;
const failed: Envelope<SaveResult> = { ok: false, error: { code: 'storage', message: '磁盘已满' } };

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
    expect(states).toEqual(['dirty', 'dirty', 'saving', 'saved']);
    expect(saver.hasUnsaved()).toBe(false);
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
