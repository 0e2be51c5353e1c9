import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffParagraphs, type DiffLimits, type DiffSegment } from '../../../shared/model';
import { rewrittenStory } from './rewritten-story';

const spell = (segments: DiffSegment[], side: 'before' | 'after') =>
  segments
    .filter((s) => s.kind === 'equal' || s.kind === (side === 'before' ? 'delete' : 'insert'))
    .map((s) => s.text)
    .join('');

const TIGHT: DiffLimits = { maxCharsByCharacter: 6, budgetMs: 1_000, maxTextChars: 1_000 };
const DEFAULT: DiffLimits = { maxCharsByCharacter: 20_000, budgetMs: 1_500, maxTextChars: 4_000_000 };

describe('bounded diff', () => {
  it('always spells both sides exactly, whether by character or by paragraph', () => {
    const paragraph = fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '𠮷', 'a', ' '), maxLength: 8 });
    const story = fc.array(paragraph, { maxLength: 8 });
    fc.assert(
      fc.property(story, story, fc.constantFrom(TIGHT, DEFAULT), (before, after, limits) => {
        const { segments } = diffParagraphs(before, after, limits);
        expect(spell(segments, 'before')).toBe(before.join('\n'));
        expect(spell(segments, 'after')).toBe(after.join('\n'));
        for (const s of segments) expect(s.text).not.toBe('');
      }),
      { seed: 18, numRuns: 400 },
    );
  });

  it('compares by character inside a changed paragraph and keeps unchanged paragraphs equal', () => {
    const result = diffParagraphs(['第一段不变。', '今天下雨', '第三段不变。'], ['第一段不变。', '今天下大雨', '第三段不变。']);
    expect(result.notice).toBeNull();
    expect(result.segments.filter((s) => s.kind !== 'equal')).toEqual([{ kind: 'insert', text: '大' }]);
  });

  it('says "too different" and shows whole paragraphs when a changed stretch is over the size budget', () => {
    const result = diffParagraphs(['不变', '甲乙丙丁戊己', '不变'], ['不变', '庚辛壬癸子丑', '不变'], TIGHT);
    expect(result.notice).toEqual({ code: 'too-different', limitChars: 6, budgetMs: 1_000 });
    expect(result.segments).toEqual([
      { kind: 'equal', text: '不变\n' },
      { kind: 'delete', text: '甲乙丙丁戊己\n' },
      { kind: 'insert', text: '庚辛壬癸子丑\n' },
      { kind: 'equal', text: '不变' },
    ]);
  });

  it('refuses, naming the limit, a text over the size limit', () => {
    const result = diffParagraphs(['字'.repeat(1_001)], ['字'], TIGHT);
    expect(result).toEqual({ segments: [], notice: { code: 'too-large', limitChars: 1_000, budgetMs: 1_000 } });
  });

  it('finishes a rewritten 10,000-字 story within its time budget (it took seconds by character)', () => {
    const { before, after } = rewrittenStory(10_000);
    const started = Date.now();
    const result = diffParagraphs(before, after, { ...DEFAULT, budgetMs: 300 });
    // The budget bounds the work; the margin covers one unit of work past the deadline on a loaded machine.
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(spell(result.segments, 'before')).toBe(before.join('\n'));
    expect(spell(result.segments, 'after')).toBe(after.join('\n'));
  });

  it('a 10 MB story is refused at once as too large', () => {
    const big = Array.from({ length: 5_000 }, (_, i) => `${i}`.padEnd(1_000, '字'));
    const started = Date.now();
    const result = diffParagraphs(big, [...big.slice(1), '新'], DEFAULT);
    expect(result.notice?.code).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
