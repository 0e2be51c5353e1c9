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

  it('keeps auto titles short: the first sentence, or 30 characters with an ellipsis; a headline wins', () => {
    expect(titleForNewStory(undefined, content(['paragraph', '本报讯 钢城工人在炉前坚守岗位。确保生产安全稳定运行。'])).title).toBe('本报讯 钢城工人在炉前坚守岗位');
    const long = titleForNewStory(undefined, content(['paragraph', '11月4日，根据公司党委统一安排部署，总医院党委中心组成员及部分党员认真学习十八届四中全会精神'])).title;
    expect(Array.from(long).length).toBeLessThanOrEqual(30);
    expect(long.endsWith('…')).toBe(true);
    expect(long.startsWith('11月4日，根据公司党委统一安排部署')).toBe(true);
    expect(titleForNewStory(undefined, content(['paragraph', '正文很长很长'], ['headline', '主题'])).title).toBe('主题');
  });

  it('follows a headline that appears later, and an empty headline does not freeze the title', () => {
    const first = titleForNewStory(undefined, content(['headline', ''], ['paragraph', '先写的正文。'])).title;
    expect(first).toBe('先写的正文');
    expect(titleAfterContent({ title: first, custom: false }, content(['headline', '后来的主题'], ['paragraph', '先写的正文。']))).toBe('后来的主题');
  });

  it('takes a picture caption only when the story has no other text', () => {
    const fig = { type: 'figure', caption: [{ text: '图片说明文字' }], credit: [{ text: '' }] };
    expect(titleForNewStory(undefined, { blocks: [fig, { type: 'paragraph', runs: [{ text: '正文' }] }] } as unknown as StoryContent).title).toBe('正文');
  });
});
