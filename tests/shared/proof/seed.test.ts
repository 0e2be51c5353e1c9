/**
 * The sample page is real, edited newspaper copy: the checks must stay quiet on it except for what a
 * proofreader would also mark. Each expected finding below was verified by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory, checkText } from '../../../shared/proof';
import { demoStories } from '../../../shared/seed/demo';

const root = join(import.meta.dirname, '..', '..', '..');

describe('the sample page', () => {
  it('stories: only the half-width brackets of the signature (胜利桥地区党总支) — true: Chinese text takes （）', () => {
    const found = demoStories().flatMap((story) => checkStory(story.content).map((f) => [story.slug, f.block, f.code, f.text, f.suggestion]));
    expect(found).toEqual([
      ['shengliqiao-plenum', 7, 'halfwidth-punct', '(', '（'],
      ['shengliqiao-plenum', 7, 'halfwidth-punct', ')', '）'],
    ]);
  });

  it('page text: the signature brackets, and the two paragraphs cut at a column break (true: they end mid-word)', () => {
    const text = readFileSync(join(root, 'shared', 'seed', 'page-source.txt'), 'utf8');
    const found = checkText(text).map((f) => [f.code, f.text, text.slice(f.start - 4, f.end)]);
    expect(found).toEqual([
      ['missing-terminal-punct', '完', '外，还要完'],
      ['missing-terminal-punct', '态', '观的工作态'],
      ['halfwidth-punct', '(', '神。\n\n('],
      ['halfwidth-punct', ')', '区党总支)'],
    ]);
  });
});
