import { describe, expect, it } from 'vitest';
import { diffContent, diffText, type DiffSegment, type StoryContent } from '../../../shared/model';

const spell = (segments: DiffSegment[], side: 'before' | 'after') =>
  segments
    .filter((s) => s.kind === 'equal' || s.kind === (side === 'before' ? 'delete' : 'insert'))
    .map((s) => s.text)
    .join('');

const paragraphs = (...texts: string[]): StoryContent => ({
  blocks: texts.map((text) => ({ type: 'paragraph' as const, runs: [{ text }] })),
});

describe('character diff', () => {
  it('marks an insertion inside Chinese text by character', () => {
    expect(diffText('今天下雨', '今天下大雨')).toEqual([
      { kind: 'equal', text: '今天下' },
      { kind: 'insert', text: '大' },
      { kind: 'equal', text: '雨' },
    ]);
  });

  it('marks a deletion and a replacement inline', () => {
    const segments = diffText('全市共有十二个街道', '全市共有十个街道办');
    expect(segments).toEqual([
      { kind: 'equal', text: '全市共有十' },
      { kind: 'delete', text: '二' },
      { kind: 'equal', text: '个街道' },
      { kind: 'insert', text: '办' },
    ]);
  });

  it('keeps characters outside the BMP whole', () => {
    const segments = diffText('𠮷野家', '𠮷田家');
    // With the u flag a surrogate code unit matches only when it is unpaired: a character split in half.
    for (const s of segments) expect(s.text).not.toMatch(/[\uD800-\uDFFF]/u);
    expect(spell(segments, 'before')).toBe('𠮷野家');
    expect(spell(segments, 'after')).toBe('𠮷田家');
  });

  it('shows paragraph boundaries: a split paragraph is an inserted line break', () => {
    const before = paragraphs('第一段。第二句。', '第三段。');
    const after = paragraphs('第一段。', '第二句。', '第三段。');
    const { segments } = diffContent(before, after);
    expect(segments.filter((s) => s.kind !== 'equal')).toEqual([{ kind: 'insert', text: '\n' }]);
    expect(spell(segments, 'before')).toBe('第一段。第二句。\n第三段。');
    expect(spell(segments, 'after')).toBe('第一段。\n第二句。\n第三段。');
  });

  it('finds edits in several paragraphs at once, and nothing when nothing changed', () => {
    const before = paragraphs('记者从市教育局获悉', '今年共招收新生三千人');
    const after = paragraphs('本报记者从市教育局获悉', '今年共招收新生三千余人');
    const changes = diffContent(before, after).segments.filter((s) => s.kind !== 'equal');
    expect(changes).toEqual([
      { kind: 'insert', text: '本报' },
      { kind: 'insert', text: '余' },
    ]);
    expect(diffContent(before, before)).toEqual({
      segments: [{ kind: 'equal', text: '记者从市教育局获悉\n今年共招收新生三千人' }],
      notice: null,
    });
  });
});
