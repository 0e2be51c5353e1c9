/**
 * Golden layouts (pt rounded to 1/1000): named CJK cases on the fixture face. A change in any position shows up
 * as a diff in tests/shared/compose/golden/*.json; update deliberately with `npx vitest run -u <this file>`.
 */
import { describe, expect, it } from 'vitest';
import { composeStory, storyFrame } from '../../../shared/compose';
import { fixtureFonts } from './fixture';
import { lineGlyphs } from '../../../shared/compose';
import { goldenItem } from './golden-json';

/** 行首禁则 / 行尾禁则 (GB/T 15834, docs/typesetting.md in docs/architecture.md's references): never first / last on a line. */
const LINE_START_FORBIDDEN = '，。、：；！？”’）》」』】〕…—%℃';
const LINE_END_FORBIDDEN = '“‘（《「『【〔¥';

const CASES: Record<string, string[]> = {
  '行首禁则-push-in': ['汉汉汉汉汉，汉汉汉汉汉汉汉。甲乙丙丁戊己庚辛壬癸甲乙丙。'],
  '行首禁则-push-out': ['汉汉汉汉汉汉汉汉汉汉甲。汉汉汉汉汉汉汉汉汉汉汉汉汉汉。'],
  '标点挤压': ['他说：“我们要（认真）学习《决定》。”大家表示，“一定做到”。'],
  '中西文混排': ['使用ABC123进行测试，温度25℃，增长50%，价格¥100，2024年完成3.14km。'],
  '孤字': ['汉汉汉汉汉汉汉汉汉汉汉甲。'],
};

describe('golden layouts', () => {
  for (const [name, paragraphs] of Object.entries(CASES)) {
    it(name, async () => {
      const layout = composeStory({ blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, runs: [{ text }] })) }, fixtureFonts, {});
      const lines = layout.columns[0].lines.map((l) => ({
        text: lineGlyphs(l).map((g) => g.ch).join(''),
        yPt: l.yPt,
        xPt: l.xPt,
        widthPt: l.widthPt,
        glyphs: lineGlyphs(l).map((g) => [g.ch, g.xPt, g.advancePt, g.drawXPt]),
      }));
      // One line per set line and per frame item keeps the diffs readable.
      const json = `{"lines":[\n${lines.map((l) => JSON.stringify(l)).join(',\n')}\n],\n"frame":[\n${storyFrame(layout).items.map((i) => JSON.stringify(goldenItem(i))).join(',\n')}\n]}\n`;
      // The rules the cases are named for hold before the positions are compared with the golden file.
      const texts = lines.map((l) => l.text);
      expect(texts.join('')).toBe(paragraphs.join(''));
      for (const text of texts.slice(1)) expect(LINE_START_FORBIDDEN, `line starts “${text}”`).not.toContain(text[0]);
      for (const text of texts.slice(0, -1)) expect(LINE_END_FORBIDDEN, `line ends “${text}”`).not.toContain(text[text.length - 1]);
      if (texts.length > 1) expect([...texts[texts.length - 1]].length, 'a last line of one character (孤字)').toBeGreaterThan(1);
      await expect(json).toMatchFileSnapshot(`golden/${name}.json`);
    });
  }
});
