import { describe, expect, it } from 'vitest';
import { countContent, countText, type StoryContent, type TextRun } from '../../../shared/model';
import { demoStories } from '../../../shared/seed/demo';
import { countAfterEdit, countValue } from '../../../renderer/editor/char-count';
import { contentToValue, textsToRuns, valueToContent } from '../../../renderer/editor/convert';

/** The model with runs merged and empty runs dropped (the seed data carries a few empty runs). */
function canonical(content: StoryContent): StoryContent {
  const tidy = (runs: TextRun[]) => textsToRuns(runs.map((r) => ({ ...r, bold: r.bold || undefined, emphasis: r.emphasis || undefined }) as never));
  return {
    blocks: content.blocks.map((b) =>
      b.type === 'figure' ? { ...b, caption: tidy(b.caption), credit: tidy(b.credit) } : { ...b, runs: tidy(b.runs) },
    ),
  };
}

describe('convert: story content ⇄ Slate value', () => {
  it.each(demoStories().map((s) => [s.slug, s.content] as const))(
    'round-trips the demo story %s: same blocks, same text, runs in canonical form',
    (_slug, content) => {
      const back = valueToContent(contentToValue(content));
      expect(back).toEqual(canonical(content));
      expect(valueToContent(contentToValue(back))).toEqual(back);
    },
  );

  it('round-trips every block type with marks and a figure', () => {
    const content: StoryContent = {
      blocks: [
        { type: 'kicker', runs: [{ text: '引题' }] },
        { type: 'headline', runs: [{ text: '主题' }] },
        { type: 'subheadline', runs: [{ text: '——副题' }] },
        { type: 'byline', runs: [{ text: '■特约记者 郭红梅' }] },
        { type: 'lead', runs: [{ text: '本报讯', bold: true }, { text: ' 导语' }] },
        { type: 'runin', runs: [{ text: '小引。', bold: true }, { text: '正文' }, { text: '强调', emphasis: true }, { text: '两者', bold: true, emphasis: true }] },
        { type: 'intertitle', runs: [{ text: '小标题' }] },
        { type: 'figure', image: { assetId: 'a1', widthPx: 400, heightPx: 300 }, caption: [{ text: '说明' }], credit: [{ text: '彭锦 摄' }] },
        { type: 'paragraph', runs: [{ text: '' }] },
        { type: 'signature', runs: [{ text: '（胜利桥地区党总支）' }] },
      ],
    };
    expect(valueToContent(contentToValue(content))).toEqual(content);
  });

  it('merges adjacent runs with the same marks and drops empty ones', () => {
    expect(textsToRuns([{ text: 'a', bold: true }, { text: '' }, { text: 'b', bold: true }, { text: 'c' }])).toEqual([
      { text: 'ab', bold: true },
      { text: 'c' },
    ]);
    expect(textsToRuns([{ text: '' }])).toEqual([{ text: '' }]);
  });

  it('never loses the text of a malformed value (stray caption, nested blocks)', () => {
    const content = valueToContent([
      { type: 'figure-caption', children: [{ text: '孤立的说明' }] },
      { type: 'paragraph', children: [{ type: 'paragraph', children: [{ text: '嵌套' }] } as never, { text: '文字' }] },
    ]);
    expect(content.blocks).toEqual([
      { type: 'paragraph', runs: [{ text: '孤立的说明' }] },
      { type: 'paragraph', runs: [{ text: '嵌套文字' }] },
    ]);
  });

  it('gives an empty value one empty paragraph, as the model requires', () => {
    expect(valueToContent([])).toEqual({ blocks: [{ type: 'paragraph', runs: [{ text: '' }] }] });
  });
});

describe('countValue: the live 字数', () => {
  it('matches the model count for every demo story', () => {
    for (const story of demoStories()) {
      expect(countValue(contentToValue(story.content))).toEqual(countContent(story.content));
    }
  });

  it('counts code points, skips whitespace, and tells 汉字 apart', () => {
    expect(countValue([{ type: 'paragraph', children: [{ text: '卫晋毅 A1，𠀀' }] }])).toEqual({ chars: 7, hanChars: 4 });
  });
});

describe('convert: style sheet names', () => {
  it('keeps a block’s paragraph style and a run’s character style, and runs of different styles apart', () => {
    const content: StoryContent = {
      blocks: [
        { type: 'paragraph', style: 'body-large', runs: [{ text: '本报讯', charStyle: 'strong' }, { text: '正文' }] },
        { type: 'paragraph', runs: [{ text: '甲', charStyle: 'strong' }, { text: '乙', charStyle: 'song-bold' }] },
      ],
    };
    expect(valueToContent(contentToValue(content))).toEqual(content);
  });
});

describe('countAfterEdit: the 字数 of a long block from its count before the keystroke', () => {
  it('equals a full recount, also when an edit ends inside a surrogate pair', () => {
    const before = '卫晋毅 A1，𠀀'.repeat(400);
    const count = countText(before);
    const cases = [before + '字', before.slice(0, 100) + 'ab 字' + before.slice(103), before.slice(0, 9) + before.slice(10), before.slice(0, 8) + '𠀁' + before.slice(10), before.slice(0, 500), ''];
    for (const after of cases) expect(countAfterEdit(before, count, after)).toEqual(countText(after));
  });

  it('counts a value whose long paragraph changed as a full count would', () => {
    const text = '钢城工人在炉前坚守岗位，确保 A1 生产。'.repeat(300);
    countValue([{ type: 'paragraph', children: [{ text }] }]);
    const edited = text.slice(0, 2000) + '新 b' + text.slice(2010);
    expect(countValue([{ type: 'paragraph', children: [{ text: edited }] }])).toEqual(countText(edited));
  });
});
