/**
 * Proofreading checks as the proofreader reads: a 10,000-character story (the sample page's paragraphs, with
 * typical slips mixed in: punctuation, 错别字 found through ICU word boundaries, context words, number and
 * quotation forms), all checks, median in Node; the same with a 300-rule term list and the house style.
 * Target ≤ 20 ms.
 */
import { checkStory, type TermList } from '../../shared/proof';
import type { StoryContent } from '../../shared/model/story';
import { benchArticle } from './page-fixture';
import { medianMs, type Bench, type BenchFigure } from './run';

const SLIPS = [
  '中文,中文', '他说"好"', '的的', '。。', '...', '—', ' ', '二〇一四年十一月四日', '５万', '《书〉',
  '大家一股作气，', '重新布署，', '截止目前，', '做出决定，', '慢慢的走了，', '二00八年，', '3-5天，', '2千余人，', '7上8下，',
  '发扬“钉钉子精神。”', '南韩代表，', '三十五人，', '其它单位，',
];

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

/** Mean CPU time (user + system) of fn, ms: on a loaded machine wall-clock medians mostly measure the queue. */
function cpuMs(fn: () => void, runs: number): number {
  for (let i = 0; i < Math.ceil(runs / 4); i++) fn();
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / runs;
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
    const findings = checkStory(content, { terms, style: { other: '其他', arabicCounts: true } }).length;
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
        value: medianMs(() => checkStory(content, { terms, style: { other: '其他', arabicCounts: true } }), 40),
        unit: 'ms',
        targetMax: 20,
        note: `301 term rules + built-in wording, house style; ${findings} findings`,
      },
      {
        key: 'check/story-10k/cpu',
        value: cpuMs(() => checkStory(content), 40),
        unit: 'ms',
        reference: true,
        note: 'mean CPU time of the first figure (independent of other processes on the machine)',
      },
    ];
  },
};
