/** Each GB/T 14706 mark kind applied to a story: input, mark, output. */
import { describe, expect, it } from 'vitest';
import type { MarkKind, StoryContent } from '../../../shared/model';
import { applyMark, makeAnchor, markFromFinding, checkStory } from '../../../shared/proof';
import { textOf } from '../../error-text';

const para = (text: string, extra: Partial<{ bold: boolean }> = {}) => ({ type: 'paragraph' as const, runs: [{ text, ...extra }] });

function apply(content: StoryContent, kind: MarkKind, block: number, start: number, end: number, proposed: string | null = null) {
  const made = makeAnchor(content, block, start, end);
  if (!made.ok) throw new Error(textOf(made.message));
  return applyMark(content, { kind, anchor: made.anchor, proposed });
}

function texts(result: ReturnType<typeof applyMark>): string[] {
  if (!result.ok) throw new Error(textOf(result.message));
  return result.content.blocks.map((b) => (b.type === 'figure' ? '' : b.runs.map((r) => r.text).join('')));
}

const story: StoryContent = { blocks: [para('钢城日报社今天召开会议。'), para('会议由社长主持。')] };

describe('applyMark', () => {
  it('改正 replaces the range', () => {
    expect(texts(apply(story, 'replace', 0, 5, 7, '昨天'))).toEqual(['钢城日报社昨天召开会议。', '会议由社长主持。']);
  });
  it('删除 removes the range', () => {
    expect(texts(apply(story, 'delete', 0, 0, 2))).toEqual(['日报社今天召开会议。', '会议由社长主持。']);
  });
  it('增补 inserts at the end of the range (or at a point)', () => {
    expect(texts(apply(story, 'insert', 1, 3, 5, '副'))).toEqual(['钢城日报社今天召开会议。', '会议由社长副主持。']);
    expect(texts(apply(story, 'insert', 1, 3, 3, '副'))).toEqual(['钢城日报社今天召开会议。', '会议由副社长主持。']);
  });
  it('对调 swaps, and refuses a “transpose” that changes characters', () => {
    expect(texts(apply({ blocks: [para('会议由长社主持。')] }, 'transpose', 0, 3, 5, '社长'))).toEqual(['会议由社长主持。']);
    expect(apply(story, 'transpose', 0, 0, 2, '钢铁')).toMatchObject({ ok: false, reason: 'not-applicable' });
  });
  it('接排 joins the paragraph with the next one', () => {
    expect(texts(apply(story, 'run-on', 0, 12, 12))).toEqual(['钢城日报社今天召开会议。会议由社长主持。']);
    expect(apply(story, 'run-on', 1, 0, 0)).toMatchObject({ ok: false, reason: 'not-applicable' });
  });
  it('另起段 splits the paragraph at the range start; a lead continues as a body paragraph', () => {
    expect(texts(apply(story, 'new-paragraph', 1, 3, 3))).toEqual(['钢城日报社今天召开会议。', '会议由', '社长主持。']);
    const lead: StoryContent = { blocks: [{ type: 'lead', runs: [{ text: '本报讯 今天开会。会议很短。' }] }] };
    const result = apply(lead, 'new-paragraph', 0, 9, 9);
    expect(result.ok && result.content.blocks.map((b) => b.type)).toEqual(['lead', 'paragraph']);
  });
  it('接排 and 另起段 never merge or split a heading, an intertitle, a byline or a signature', () => {
    const headed: StoryContent = {
      blocks: [
        { type: 'headline', runs: [{ text: '钢城召开大会' }] },
        para('会议今天召开。'),
        { type: 'intertitle', runs: [{ text: '一、抓好落实' }] },
        para('各单位要抓好落实。'),
        { type: 'signature', runs: [{ text: '（钢城日报社）' }] },
      ],
    };
    for (const [block, at] of [[0, 6], [1, 7], [2, 6], [3, 9]] as const) {
      expect(apply(headed, 'run-on', block, at, at), `接排 ${block}`).toMatchObject({ ok: false, reason: 'not-applicable' });
    }
    for (const [block, at] of [[0, 2], [2, 3], [4, 2]] as const) {
      expect(apply(headed, 'new-paragraph', block, at, at), `另起段 ${block}`).toMatchObject({ ok: false, reason: 'not-applicable' });
    }
    expect(texts(apply(headed, 'new-paragraph', 3, 4, 4))).toEqual(['钢城召开大会', '会议今天召开。', '一、抓好落实', '各单位要', '抓好落实。', '（钢城日报社）']);
  });
  it('加大空距 inserts one U+3000; 减小空距 removes one space', () => {
    expect(texts(apply(story, 'space-increase', 1, 3, 3))).toEqual(['钢城日报社今天召开会议。', '会议由\u3000社长主持。']);
    const spaced: StoryContent = { blocks: [para('张三\u3000\u3000李四')] };
    expect(texts(apply(spaced, 'space-decrease', 0, 2, 2))).toEqual(['张三\u3000李四']);
    expect(apply(story, 'space-decrease', 0, 2, 2)).toMatchObject({ ok: false, reason: 'not-applicable' });
  });
  it('保留 and 说明 change nothing', () => {
    for (const kind of ['stet', 'note'] as const) {
      expect(apply(story, kind, 0, 0, 2)).toEqual({ ok: true, content: story, changed: false });
    }
  });
  it('keeps the formatting of the runs around the edit', () => {
    const runin: StoryContent = { blocks: [{ type: 'runin', runs: [{ text: '小标题', bold: true }, { text: '正文在此。' }] }] };
    const result = apply(runin, 'replace', 0, 3, 5, '内容');
    expect(result.ok && result.content.blocks[0]).toEqual({ type: 'runin', runs: [{ text: '小标题', bold: true }, { text: '内容在此。' }] });
  });
  it('edits a figure caption or credit through the block text offsets', () => {
    const figure: StoryContent = { blocks: [{ type: 'figure', image: null, caption: [{ text: '工人在车间。' }], credit: [{ text: '彭锦 摄' }] }] };
    const result = apply(figure, 'replace', 0, 6, 8, '彭进');
    expect(result.ok && result.content.blocks[0]).toMatchObject({ caption: [{ text: '工人在车间。' }], credit: [{ text: '彭进 摄' }] });
  });
  it('refuses a stale anchor', () => {
    const made = makeAnchor(story, 0, 0, 2);
    if (!made.ok) throw new Error();
    expect(applyMark({ blocks: [para('变了')] }, { kind: 'delete', anchor: made.anchor, proposed: null })).toMatchObject({ ok: false, reason: 'stale' });
  });
});

describe('markFromFinding', () => {
  it('turns a suggestion into 改正 and a finding without a fix into 说明', () => {
    const content: StoryContent = { blocks: [para('他说,我们的的工作很好')] };
    const findings = checkStory(content);
    const drafts = findings.map((f) => markFromFinding(content, f));
    expect(drafts.map((d) => d.ok && [d.draft.kind, d.draft.proposed])).toContainEqual(['replace', '，']);
    expect(drafts.every((d) => d.ok)).toBe(true);
  });
  it('moves a credit finding to block-text offsets, and refuses a stale finding', () => {
    const content: StoryContent = { blocks: [{ type: 'figure', image: null, caption: [{ text: '工人。' }], credit: [{ text: '彭锦摄' }] }] };
    const draft = markFromFinding(content, { block: 0, part: 'credit', start: 0, end: 2, text: '彭锦', suggestion: '彭进', message: 'x' });
    expect(draft).toMatchObject({ ok: true, draft: { start: 3, end: 5, kind: 'replace', proposed: '彭进' } });
    expect(markFromFinding(content, { block: 0, start: 0, end: 2, text: '工厂', message: 'x' })).toMatchObject({ ok: false });
  });
});
