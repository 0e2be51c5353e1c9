import { describe, expect, it } from 'vitest';
import type { StoryContent } from '../../../shared/model/story';
import { titleAfterContent, titleForNewStory } from '../../../shared/model/story-title';

const content = (...blocks: Array<[string, string]>): StoryContent => ({
  blocks: blocks.map(([type, text]) => ({ type, runs: [{ text }] }) as StoryContent['blocks'][number]),
});

describe('story titles (one rule for desk and server)', () => {
  it('keeps a given title as the story’s own, trimmed', () => {
    expect(titleForNewStory('  钢城日报 ', content(['headline', '别的']))).toEqual({ title: '钢城日报', custom: true });
  });

  it('derives a title from the headline, else the first words, else none yet', () => {
    expect(titleForNewStory(undefined, content(['paragraph', '正文'], ['headline', '主题']))).toEqual({ title: '主题', custom: false });
    expect(titleForNewStory('  ', content(['paragraph', ''], ['paragraph', ' 第二段 ']))).toEqual({ title: '第二段', custom: false });
    expect(titleForNewStory(undefined, content(['paragraph', '']))).toEqual({ title: '', custom: false });
  });

  it('follows the text on save unless given, and never empties a title', () => {
    expect(titleAfterContent({ title: '旧', custom: false }, content(['headline', '新主题']))).toBe('新主题');
    expect(titleAfterContent({ title: '旧', custom: false }, content(['paragraph', '']))).toBe('旧');
    expect(titleAfterContent({ title: '自己起的', custom: true }, content(['headline', '新主题']))).toBe('自己起的');
  });
});
