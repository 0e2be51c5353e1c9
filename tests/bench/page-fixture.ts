/** A dense broadsheet page for benchmarks: ~8 articles × ~1,500 characters generated from the sample page's text. */
import type { StoryContent } from '../../shared/model/story';
import { demoStories } from '../../shared/seed/demo';

function seedParagraphs(): string[] {
  const out: string[] = [];
  for (const s of demoStories()) {
    for (const b of s.content.blocks) {
      if ((b.type === 'paragraph' || b.type === 'runin' || b.type === 'lead') && b.runs.length > 0) out.push(b.runs.map((r) => r.text).join(''));
    }
  }
  return out;
}

/** One article of about `chars` characters: a headline, an intertitle and body paragraphs cycled from the seed. */
export function benchArticle(index: number, chars = 1500): StoryContent {
  const paras = seedParagraphs();
  const blocks: StoryContent['blocks'] = [{ type: 'headline', runs: [{ text: '一腔热血写春秋' }] }];
  let n = 0;
  for (let k = index; n < chars; k++) {
    const text = paras[k % paras.length];
    if (k === index + 3) blocks.push({ type: 'intertitle', runs: [{ text: '深情的投入' }] });
    blocks.push({ type: 'paragraph', runs: [{ text }] });
    n += [...text].length;
  }
  return { blocks };
}

/** The page: 8 articles, ~12,000 characters. */
export function benchPage(): StoryContent[] {
  return Array.from({ length: 8 }, (_, i) => benchArticle(i * 3));
}

export function pageChars(page: readonly StoryContent[]): number {
  let n = 0;
  for (const s of page) for (const b of s.blocks) if (b.type !== 'figure') n += b.runs.reduce((m, r) => m + [...r.text].length, 0);
  return n;
}

/** The story with `ch` appended to its last paragraph (a new object, as the editor hands it over). */
export function typed(content: StoryContent, ch: string): StoryContent {
  const blocks = [...content.blocks];
  const i = blocks.findLastIndex((b) => b.type === 'paragraph');
  const b = blocks[i] as { type: 'paragraph'; runs: { text: string }[] };
  const last = b.runs[b.runs.length - 1];
  blocks[i] = { ...b, runs: [...b.runs.slice(0, -1), { ...last, text: last.text + ch }] };
  return { blocks };
}
