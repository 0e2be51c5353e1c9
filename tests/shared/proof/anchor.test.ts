/** Re-anchoring proof marks after edits: before, inside and after the marked range; moved; deleted. */
import { describe, expect, it } from 'vitest';
import type { MarkAnchor, StoryContent } from '../../../shared/model';
import { makeAnchor, reanchor } from '../../../shared/proof';
import { textOf } from '../../error-text';

const body = (...paragraphs: string[]): StoryContent => ({
  blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, runs: [{ text }] })),
});

const BASE = '钢城区今年共完成固定资产投资一百亿元，比去年增长百分之十二。全区工业总产值稳步上升。';

/** An anchor on the first occurrence of `quote` in paragraph `block`. */
function anchorOn(content: StoryContent, block: number, quote: string): MarkAnchor {
  const text = (content.blocks[block] as { runs: { text: string }[] }).runs.map((r) => r.text).join('');
  const start = text.indexOf(quote);
  const made = makeAnchor(content, block, start, start + quote.length);
  if (!made.ok) throw new Error(textOf(made.message));
  return made.anchor;
}

/** Where the anchor lands in `after`, as [block, quoted text, start] or 'orphaned'. */
function landing(anchor: MarkAnchor, after: StoryContent) {
  const result = reanchor(anchor, after);
  return result.kind === 'orphaned' ? 'orphaned' : [result.anchor.blockIndex, result.anchor.quote, result.anchor.start, result.method];
}

describe('makeAnchor', () => {
  it('keeps the quote and up to 16 units of context either side', () => {
    const anchor = anchorOn(body(BASE), 0, '一百亿元');
    expect(anchor).toMatchObject({ blockIndex: 0, start: 14, end: 18, quote: '一百亿元', prefix: '钢城区今年共完成固定资产投资', suffix: '，比去年增长百分之十二。全区工业' });
  });

  it('refuses a range outside the text or a missing block, in words', () => {
    expect(makeAnchor(body('短句'), 0, 1, 5)).toMatchObject({ ok: false });
    const noBlock = makeAnchor(body('短句'), 3, 0, 1);
    expect(!noBlock.ok && textOf(noBlock.message)).toContain('第 4 段');
    const inPair = makeAnchor(body('𠮷野家'), 0, 1, 3);
    expect(!inPair.ok && textOf(inPair.message)).toContain('中间');
  });
});

describe('reanchor', () => {
  const anchor = anchorOn(body(BASE), 0, '一百亿元');

  it('stays put when nothing changed', () => {
    expect(landing(anchor, body(BASE))).toEqual([0, '一百亿元', 14, 'exact']);
  });

  it('follows text inserted before the range', () => {
    const after = body('据统计，' + BASE);
    expect(landing(anchor, after)).toEqual([0, '一百亿元', 18, 'context']);
  });

  it('follows text deleted before the range', () => {
    expect(landing(anchor, body(BASE.replace('今年', '')))).toEqual([0, '一百亿元', 12, 'context']);
  });

  it('stays when text is inserted or deleted after the range', () => {
    expect(landing(anchor, body(BASE.replace('比去年', '比上年同期')))).toEqual([0, '一百亿元', 14, 'exact']);
    expect(landing(anchor, body(BASE.replace('全区工业总产值稳步上升。', '')))).toEqual([0, '一百亿元', 14, 'exact']);
  });

  it('covers the edited text when someone inserts or deletes inside the range', () => {
    expect(landing(anchor, body(BASE.replace('一百亿元', '一百余亿元')))).toEqual([0, '一百余亿元', 14, 'bracket']);
    expect(landing(anchor, body(BASE.replace('一百亿元', '百亿元')))).toEqual([0, '百亿元', 14, 'bracket']);
  });

  it('follows paragraphs added above', () => {
    expect(landing(anchor, body('本报讯（记者 张三）', BASE))).toEqual([1, '一百亿元', 14, 'context']);
  });

  it('follows the quoted sentence moved to another paragraph', () => {
    const moved = body('全区工业总产值稳步上升。', '据悉，钢城区今年共完成固定资产投资一百亿元，比去年增长百分之十二。');
    expect(landing(anchor, moved)).toEqual([1, '一百亿元', 17, 'context']);
  });

  it('tells repeated words apart by their context', () => {
    const text = '会议指出，要坚持发展。会议强调，要坚持改革。';
    const second = makeAnchor(body(text), 0, text.lastIndexOf('要坚持'), text.lastIndexOf('要坚持') + 3);
    if (!second.ok) throw new Error();
    const edited = body('新华社电 ' + text.replace('会议强调', '会议同时强调'));
    const result = reanchor(second.anchor, edited);
    expect(result.kind === 'anchored' && result.anchor.suffix.startsWith('改革')).toBe(true);
  });

  it('orphans a mark whose text was deleted (and a single character found elsewhere is not taken for it)', () => {
    expect(landing(anchor, body(BASE.replace('一百亿元，', '')))).toBe('orphaned');
    const char = anchorOn(body('我们的的确确做到了。'), 0, '的的');
    expect(landing(char, body('我们确确做到了。'))).toBe('orphaned');
  });

  it('falls back to the nearest occurrence in the same block when the context is gone', () => {
    const a = anchorOn(body('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥。投资额增长。'), 0, '投资额');
    expect(landing(a, body('全新的一段话写在这里，投资额也在里面。'))).toEqual([0, '投资额', 11, 'nearest']);
  });

  it('orphans when the whole paragraph is gone', () => {
    expect(landing(anchor, body('完全不同的另一篇稿子。'))).toBe('orphaned');
  });

  it('re-anchors an insertion point by its context', () => {
    const point = makeAnchor(body(BASE), 0, 18, 18);
    if (!point.ok) throw new Error();
    expect(landing(point.anchor, body('据统计，' + BASE))).toEqual([0, '', 22, 'context']);
  });

  it('counts offsets in UTF-16 units (an astral character counts two)', () => {
    const text = '𠮷野家在钢城开店。';
    const a = anchorOn(body(text), 0, '钢城');
    expect(a.start).toBe(5);
    expect(landing(a, body('新' + text))).toEqual([0, '钢城', 6, 'context']);
  });
});
