/** A desk of generated stories for the search benchmark: sentences of the sample page, shuffled deterministically. */
import type { StoryContent } from '../../shared/model/story';
import { blockText } from '../../shared/model/text';
import { demoStories } from '../../shared/seed/demo';
import { seededRandom } from '../seeded-random';

/** Sentences (ending in 。！？) of the sample page's text blocks. */
export function seedSentences(): string[] {
  const out: string[] = [];
  for (const s of demoStories()) {
    for (const b of s.content.blocks) {
      if (b.type === 'figure') continue;
      out.push(...(blockText(b).match(/[^。！？]+[。！？]?/gu) ?? []).map((t) => t.trim()).filter((t) => t.length > 4));
    }
  }
  return out;
}

/** `count` stories of about `chars` characters: a headline and paragraphs of 3–6 random sentences. */
export function* generatedStories(count: number, chars = 1500, seed = 1): Generator<StoryContent> {
  const sentences = seedSentences();
  const next = seededRandom(seed);
  const pick = () => sentences[Math.floor(next() * sentences.length)];
  for (let i = 0; i < count; i++) {
    const headline = pick().replace(/[，。！？、；：“”]/gu, '').slice(0, 14);
    const blocks: StoryContent['blocks'] = [{ type: 'headline', runs: [{ text: headline }] }];
    let n = headline.length;
    while (n < chars) {
      let text = '';
      for (let k = 3 + Math.floor(next() * 4); k > 0; k--) text += pick();
      blocks.push({ type: 'paragraph', runs: [{ text }] });
      n += text.length;
    }
    yield { blocks };
  }
}
