/** The sample page (shared/seed) composes with the bundled fonts and zero rule violations. */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { checkLines, composeStory, fontBookFromBytes, storyFrame } from '../../../shared/compose';
import { demoStories } from '../../../shared/seed/demo';
import { lineGlyphs } from '../../../shared/compose';

const fonts = fontBookFromBytes(readAllFontBytes());
const stories = demoStories();

describe('sample page', () => {
  for (const columns of [1, 2, 3]) {
    it(`every story in ${columns} column(s) of 13字: no 禁则, 孤字 or overflow violations, nothing missing`, () => {
      for (const s of stories) {
        const layout = composeStory(s.content, fonts, { columns, headWidthPt: 243 });
        expect(layout.violations, s.slug).toEqual([]);
        expect(layout.missingGlyphs, s.slug).toEqual([]);
        expect(layout.oversetChars).toBe(0);
        for (const col of layout.columns) {
          for (const line of col.lines) {
            if (!line.lastInParagraph && line.kind !== 'byline' && line.kind !== 'intertitle') {
              expect(Math.abs(line.xPt + line.widthPt - 117), lineGlyphs(line).map((g) => g.ch).join('')).toBeLessThanOrEqual(0.01);
            }
          }
        }
      }
    });
  }
  it('keeps every character of the story, in order', () => {
    const s = stories[0];
    const layout = composeStory(s.content, fonts, { columns: 2 });
    const text = [...layout.head, ...layout.columns.flatMap((c) => c.lines)].map((l) => lineGlyphs(l).map((g) => g.ch).join('')).join('');
    const source = s.content.blocks.map((b) => (b.type === 'figure' ? '' : b.runs.map((r) => r.text).join(''))).join('');
    expect(text.replace(/\s/g, '')).toBe(source.replace(/\s/g, ''));
  });
  it('sets 本报讯 and run-in heads in 黑, body in 宋', () => {
    const lead = stories.find((s) => s.content.blocks.some((b) => b.type === 'lead'))!;
    const layout = composeStory(lead.content, fonts, {});
    const leadLine = layout.columns[0].lines.find((l) => l.kind === 'lead')!;
    expect(lineGlyphs(leadLine).slice(0, 3).map((g) => g.faceId)).toEqual(['sans-medium', 'sans-medium', 'sans-medium']);
    expect(lineGlyphs(leadLine)[4].faceId).toBe('serif-regular');
    const runin = stories.flatMap((s) => composeStory(s.content, fonts, {}).columns[0].lines).find((l) => l.kind === 'runin')!;
    expect(lineGlyphs(runin)[0].faceId).toBe('sans-medium');
  });
  it('the checker finds what it is there to find', () => {
    const base = { xPt: 0, blockIndex: 0, kind: 'paragraph', lastInParagraph: false };
    const g = (s: string) => ({ glyphs: { ch: [...s] }, glyphStart: 0, glyphEnd: [...s].length });
    const v = checkLines(
      [
        { ...base, widthPt: 117, ...g('汉汉（'), lineInParagraph: 0 },
        { ...base, widthPt: 117, ...g('。汉汉'), lineInParagraph: 1 },
        { ...base, widthPt: 126, ...g('汉汉'), lineInParagraph: 2 },
        { ...base, widthPt: 13.5, ...g('汉。'), lineInParagraph: 3, lastInParagraph: true },
      ],
      117,
      'GB',
    );
    expect(v.map((x) => x.kind)).toEqual(['line-end', 'line-start', 'overflow', 'orphan']);
  });
  it('draws as one frame of glyph runs in CMYK black', () => {
    const frame = storyFrame(composeStory(stories[0].content, fonts, { columns: 2 }));
    const text = frame.items.filter((i) => i.kind === 'text');
    expect(text.length).toBeGreaterThan(50);
    expect(text[0].color).toEqual({ c: 0, m: 0, y: 0, k: 1 });
    expect(frame.widthPt).toBe(243);
  });
});

describe('paragraph kinds', () => {
  it('signature and photo credit sit flush right; captions have no indent; intertitles are centred', () => {
    const layout = composeStory(
      {
        blocks: [
          { type: 'paragraph', runs: [{ text: '正文。' }] },
          { type: 'figure', image: null, caption: [{ text: '图为职工在学习讨论。' }], credit: [{ text: '彭锦 摄' }] },
          { type: 'intertitle', runs: [{ text: '贴心的关怀' }] },
          { type: 'signature', runs: [{ text: '（胜利桥地区党总支）' }] },
        ],
      },
      fonts,
      {},
    );
    const byKind = (k: string) => layout.columns[0].lines.find((l) => l.kind === k)!;
    for (const k of ['credit', 'signature']) {
      const l = byKind(k);
      expect(l.xPt + l.widthPt, k).toBeCloseTo(117, 2);
    }
    expect(byKind('caption').xPt).toBe(0);
    const t = byKind('intertitle');
    expect(t.xPt).toBeCloseTo(117 - t.xPt - t.widthPt, 2);
    expect(lineGlyphs(t)[0].sizePt).toBe(10.5);
    expect(lineGlyphs(t)[0].faceId).toBe('sans-bold');
  });
  it('an image slot takes whole grid lines above its caption', () => {
    const layout = composeStory(
      { blocks: [{ type: 'figure', image: { assetId: 'a1', widthPx: 400, heightPx: 300 }, caption: [{ text: '图为职工在学习讨论。' }], credit: [] }] },
      fonts,
      {},
    );
    const slot = layout.columns[0].slots[0];
    expect(slot.heightPt / layout.pitchPt).toBe(Math.ceil((117 * 0.75) / 13.5));
    expect(layout.columns[0].lines[0].yPt).toBeCloseTo(slot.heightPt + layout.firstBaselinePt, 3);
    expect(storyFrame(layout).items.some((i) => i.kind === 'box' && i.assetId === 'a1')).toBe(true);
  });
});
