import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoryContent } from '../../../shared/model/story';
import { applyMergeChoices, mergeParagraphs, paragraphsFromText, type MergeChoice } from '../../../shared/newsroom/merge';

const story = (...texts: string[]): StoryContent => ({ blocks: texts.map((text) => ({ type: 'paragraph', runs: [{ text }] })) });
const texts = (c: StoryContent) => c.blocks.map((b) => (b.type === 'figure' ? '' : b.runs.map((r) => r.text).join('')));

const RUNS = { seed: 20261206, numRuns: 200 };
/** Paragraphs from a small alphabet, so sides often share and repeat paragraphs. */
const paragraph = fc.constantFrom('甲', '乙', '丙', '丁', '戊', '己', '庚', '辛');
const version = fc.array(paragraph, { minLength: 1, maxLength: 8 }).map((p) => story(...p));

describe('mergeParagraphs', () => {
  it('merges edits to different paragraphs cleanly', () => {
    const merged = mergeParagraphs(story('一', '二', '三', '四'), story('一改', '二', '三', '四'), story('一', '二', '三', '四改'));
    expect(merged.clean).toBe(true);
    expect(texts(merged.content)).toEqual(['一改', '二', '三', '四改']);
  });

  it('keeps both sides of a paragraph changed differently, ours first, and names the conflict', () => {
    const merged = mergeParagraphs(story('一', '二', '三'), story('一', '二我', '三'), story('一', '二他', '三'));
    expect(merged.clean).toBe(false);
    expect(texts(merged.content)).toEqual(['一', '二我', '二他', '三']);
    expect(merged.chunks[1]).toMatchObject({ kind: 'conflict', base: story('二').blocks, ours: story('二我').blocks, theirs: story('二他').blocks });
  });

  it('takes an insertion on one side and a deletion on the other', () => {
    const merged = mergeParagraphs(story('一', '二', '三', '四'), story('一', '新', '二', '三', '四'), story('一', '二', '三'));
    expect(merged.clean).toBe(true);
    expect(texts(merged.content)).toEqual(['一', '新', '二', '三']);
  });

  it('is the other side when one side did not change (properties, seeded)', () => {
    fc.assert(
      fc.property(version, version, (base, other) => {
        expect(mergeParagraphs(base, base, other)).toMatchObject({ clean: true, content: other });
        expect(mergeParagraphs(base, other, base)).toMatchObject({ clean: true, content: other });
        expect(mergeParagraphs(base, other, other)).toMatchObject({ clean: true, content: other });
      }),
      RUNS,
    );
  });

  it('is symmetric in cleanliness and loses no paragraph of either side (properties, seeded)', () => {
    fc.assert(
      fc.property(version, version, version, (base, ours, theirs) => {
        const merged = mergeParagraphs(base, ours, theirs);
        const swapped = mergeParagraphs(base, theirs, ours);
        expect(swapped.clean).toBe(merged.clean);
        if (merged.clean) expect(new Set(texts(swapped.content))).toEqual(new Set(texts(merged.content)));
        const out = new Set(texts(merged.content));
        const baseTexts = new Set(texts(base));
        for (const text of [...texts(ours), ...texts(theirs)]) if (!baseTexts.has(text)) expect(out).toContain(text);
      }),
      RUNS,
    );
  });

  it('merges any two edits at least two paragraphs apart cleanly, keeping both (properties, seeded)', () => {
    const scenario = fc.integer({ min: 3, max: 12 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        i: fc.integer({ min: 0, max: n - 1 }),
        j: fc.integer({ min: 0, max: n - 1 }),
      }),
    ).filter(({ i, j }) => Math.abs(i - j) >= 2);
    fc.assert(
      fc.property(scenario, ({ n, i, j }) => {
        const base = Array.from({ length: n }, (_, k) => `第${k}段`);
        const ours = base.map((p, k) => (k === i ? `${p}（我改）` : p));
        const theirs = base.map((p, k) => (k === j ? `${p}（他改）` : p));
        const merged = mergeParagraphs(story(...base), story(...ours), story(...theirs));
        expect(merged.clean).toBe(true);
        expect(texts(merged.content)).toEqual(base.map((p, k) => (k === i ? ours[k] : k === j ? theirs[k] : p)));
      }),
      RUNS,
    );
  });
});

describe('merge sources and choices', () => {
  it('names where each clean stretch comes from', () => {
    const merged = mergeParagraphs(story('一', '二', '三', '四'), story('一改', '二', '三', '四'), story('一', '二', '三', '四改'));
    expect(merged.chunks.map((c) => (c.kind === 'clean' ? [c.from, texts({ blocks: c.blocks })] : ['conflict']))).toEqual([
      ['ours', ['一改']],
      ['both', ['二', '三']],
      ['theirs', ['四改']],
    ]);
  });

  it('applies one choice per conflicting stretch, keeps both where none is given, and takes hand-typed paragraphs', () => {
    const base = story('一', '二', '三', '四', '五');
    const merged = mergeParagraphs(base, story('一我', '二', '三我', '四', '五'), story('一他', '二', '三他', '四', '五他'));
    expect(merged.chunks.filter((c) => c.kind === 'conflict')).toHaveLength(2);
    const take = (choices: MergeChoice[]) => texts(applyMergeChoices(merged, base, choices));
    expect(take([{ take: 'ours' }, { take: 'theirs' }])).toEqual(['一我', '二', '三他', '四', '五他']);
    expect(take([{ take: 'theirs' }])).toEqual(['一他', '二', '三我', '三他', '四', '五他']);
    expect(take([{ blocks: paragraphsFromText('一合\n\n 一补 ') }, { take: 'both' }])).toEqual(['一合', '一补', '二', '三我', '三他', '四', '五他']);
  });

  it('keeps the kind of the block a hand-typed line replaces', () => {
    const like: StoryContent['blocks'] = [{ type: 'headline', runs: [{ text: '题' }] }];
    expect(paragraphsFromText('新题\n正文', like).map((b) => b.type)).toEqual(['headline', 'paragraph']);
  });
});
