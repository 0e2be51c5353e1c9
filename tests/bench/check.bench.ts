/**
 * Proofreading checks as the proofreader reads: a 10,000-character story (the sample page's paragraphs, with
 * typical slips mixed in), all checks, median in Node; and the same with a 300-rule term list. Target ≤ 20 ms.
 */
import { checkStory, type TermList } from '../../shared/proof';
import type { StoryContent } from '../../shared/model/story';
import { benchArticle } from './page-fixture';
import { medianMs, type Bench, type BenchFigure } from './run';

const SLIPS = ['中文,中文', '他说"好"', '的的', '。。', '...', '—', ' ', '二〇一四年十一月四日', '５万', '《书〉'];

/** ~10,000 characters; every third paragraph gets a slip so the checks do real work. */
function story(chars: number): StoryContent {
  const content = benchArticle(0, chars);
  return {
    blocks: content.blocks.map((b, i) =>
      b.type === 'paragraph' && i % 3 === 0 ? { ...b, runs: [{ text: b.runs[0].text.replace('，', `，${SLIPS[i % SLIPS.length]}`) }] } : b,
    ),
  };
}

function termList(size: number): TermList {
  const rules = Array.from({ length: size }, (_, i) => ({ wrong: `错误写法${i}号`, right: `规范写法${i}号` }));
  rules.push({ wrong: '四中全会', right: '十八届四中全会' });
  return { rules, banned: [{ word: '禁用词' }] };
}

function storyChars(content: StoryContent): number {
  let n = 0;
  for (const b of content.blocks) if (b.type !== 'figure') for (const r of b.runs) n += [...r.text].length;
  return n;
}

export const bench: Bench = {
  name: 'check',
  async run(): Promise<BenchFigure[]> {
    const content = story(10_000);
    const chars = storyChars(content);
    const terms = termList(300);
    const findings = checkStory(content, { terms }).length;
    return [
      {
        key: 'check/story-10k/median',
        value: medianMs(() => checkStory(content), 40),
        unit: 'ms',
        targetMax: 20,
        note: `${chars} chars, ${content.blocks.length} blocks, all checks`,
      },
      {
        key: 'check/story-10k-terms300/median',
        value: medianMs(() => checkStory(content, { terms }), 40),
        unit: 'ms',
        targetMax: 20,
        note: `301 term rules; ${findings} findings`,
      },
    ];
  },
};
