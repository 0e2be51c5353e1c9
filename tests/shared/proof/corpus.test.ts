/**
 * Zero false alarms matter as much as recall: every check together on correct newspaper copy (the sample page
 * and the paragraphs of corpus/correct-copy.ts) finds nothing, and on the annotated wrong copy of
 * corpus/wrong-copy.ts finds at least nine errors in ten and nothing that is not annotated.
 */
import { describe, expect, it } from 'vitest';
import type { StoryContent } from '../../../shared/model/story';
import { checkStory, type CheckOptions } from '../../../shared/proof';
import { demoStories } from '../../../shared/seed/demo';
import { CORRECT_STORIES } from './corpus/correct-copy';
import { WRONG_COPY } from './corpus/wrong-copy';

const HOUSE_STYLE: CheckOptions = { style: { other: '其他', arabicCounts: true } };

/** The sample page with its one true slip (half-width brackets in a signature) corrected. */
function seedCorrected(): StoryContent[] {
  return demoStories().map((s) => JSON.parse(JSON.stringify(s.content).replace(/\(/g, '（').replace(/\)/g, '）')) as StoryContent);
}

describe('correct copy', () => {
  it('the sample page (its signature brackets corrected) raises nothing', () => {
    const found = seedCorrected().flatMap((content) => checkStory(content).map((f) => `${f.code}: ${f.text}`));
    expect(found).toEqual([]);
  });

  it('the sample page raises nothing under the house style either', () => {
    const found = seedCorrected().flatMap((content) => checkStory(content, HOUSE_STYLE).map((f) => `${f.code}: ${f.text}`));
    expect(found).toEqual([]);
  });

  it('the correct news copy raises nothing', () => {
    expect(CORRECT_STORIES.length).toBeGreaterThanOrEqual(6);
    const found = CORRECT_STORIES.flatMap((content) => checkStory(content, HOUSE_STYLE).map((f) => `${f.code}: ${f.text} — ${f.message}`));
    expect(found).toEqual([]);
  });
});

describe('wrong copy', () => {
  const results = WRONG_COPY.map((w) => {
    const content: StoryContent = { blocks: w.paragraphs.map((text) => ({ type: 'paragraph' as const, runs: [{ text }] })) };
    const pool = checkStory(content, HOUSE_STYLE).map((f) => `${f.code}|${f.text}`);
    const missed: string[] = [];
    for (const [code, text] of w.errors) {
      const at = pool.indexOf(`${code}|${text}`);
      if (at >= 0) pool.splice(at, 1);
      else missed.push(`${code}|${text} in ${w.paragraphs.join('/')}`);
    }
    return { errors: w.errors.length, missed, extra: pool.map((p) => `${p} in ${w.paragraphs.join('/')}`) };
  });

  it('covers every kind of error the checks are for', () => {
    const codes = new Set(WRONG_COPY.flatMap((w) => w.errors.map(([code]) => code)));
    for (const code of ['misspelled-word', 'word-in-context', 'de-di-de', 'year-zero-form', 'range-form', 'mixed-numeral', 'idiom-numeral', 'count-numeral', 'mixed-percent-form', 'mixed-date-form', 'quote-terminal', 'nested-quote', 'nested-title', 'etc-after-ellipsis', 'doubled-punct', 'term', 'banned-word'] as const) {
      expect(codes.has(code), code).toBe(true);
    }
    expect(results.reduce((n, r) => n + r.errors, 0)).toBeGreaterThanOrEqual(100);
  });

  it('finds at least 90% of the annotated errors', () => {
    const total = results.reduce((n, r) => n + r.errors, 0);
    const missed = results.flatMap((r) => r.missed);
    expect((total - missed.length) / total, missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('raises nothing that is not annotated', () => {
    expect(results.flatMap((r) => r.extra)).toEqual([]);
  });
});
