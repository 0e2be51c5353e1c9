/**
 * Re-anchoring proof marks, which runs inside every save of a marked story (electron/store/proof-anchoring.ts):
 * a 10,000-character story with 200 marks (a tenth of them insertion points), after a paragraph is added at the
 * top (every mark changes block, so none is found in place). Target ≤ 50 ms so an autosave never stalls.
 */
import type { MarkAnchor, StoryContent } from '../../shared/model';
import { blockText } from '../../shared/model/text';
import { makeAnchor, reanchor } from '../../shared/proof';
import { benchArticle } from './page-fixture';
import { medianMs, type Bench, type BenchFigure } from './run';

function marksOn(content: StoryContent, count: number): MarkAnchor[] {
  const anchors: MarkAnchor[] = [];
  const texts = content.blocks.map(blockText);
  for (let i = 0; anchors.length < count; i++) {
    const blockIndex = i % texts.length;
    const text = texts[blockIndex];
    if (text.length < 8) continue;
    const start = (i * 7) % (text.length - 4);
    const made = makeAnchor(content, blockIndex, start, i % 10 === 0 ? start : start + 3);
    if (made.ok) anchors.push(made.anchor);
  }
  return anchors;
}

export const bench: Bench = {
  name: 'anchor',
  async run(): Promise<BenchFigure[]> {
    const content = benchArticle(0, 10_000);
    const anchors = marksOn(content, 200);
    const edited: StoryContent = {
      blocks: [{ type: 'paragraph', runs: [{ text: '本报讯 新加的一段导语。' }] }, ...content.blocks],
    };
    const reanchorAll = () => {
      for (const anchor of anchors) reanchor(anchor, edited);
    };
    const found = anchors.filter((a) => reanchor(a, edited).kind === 'anchored').length;
    return [
      {
        key: 'anchor/story-10k-marks200/median',
        value: medianMs(reanchorAll, 20),
        unit: 'ms',
        targetMax: 50,
        note: `${content.blocks.length} blocks, ${found}/${anchors.length} re-anchored`,
      },
    ];
  },
};
