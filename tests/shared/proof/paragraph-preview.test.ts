/** 接排/另起段 previews: exactly the blocks accepting joins or splits, and never a heading or intertitle. */
import { describe, expect, it } from 'vitest';
import type { StoryContent } from '../../../shared/model';
import { applyMark } from '../../../shared/proof/apply-mark';
import { paragraphPreview } from '../../../shared/proof/paragraph-preview';
import { textOf } from '../../error-text';
import type { ErrorMessage } from '../../../shared/errors';

const CONTENT: StoryContent = {
  blocks: [
    { type: 'headline', runs: [{ text: '全市农村公路建设提速' }] },
    { type: 'lead', runs: [{ text: '本报讯 今年以来，全市新建改建农村公路一千二百公里。' }] },
    { type: 'paragraph', runs: [{ text: '沿线群众出行更方便了。' }] },
    { type: 'intertitle', runs: [{ text: '养护跟上' }] },
    { type: 'paragraph', runs: [{ text: '各县区落实养护资金，路况明显好转。道班工人常年驻守。' }] },
  ],
};
const anchor = (blockIndex: number, start: number, end = start) => {
  const text = (CONTENT.blocks[blockIndex] as { runs: { text: string }[] }).runs.map((r) => r.text).join('');
  return { blockIndex, start, end, quote: text.slice(start, end), prefix: '', suffix: '' };
};

describe('paragraphPreview', () => {
  it('接排 names the two blocks that become one, with the joined text accepting would make', () => {
    const mark = { kind: 'run-on' as const, anchor: anchor(1, 25, 26), proposed: null };
    const preview = paragraphPreview(CONTENT, mark);
    expect(preview).toMatchObject({ ok: true, kind: 'join', first: { index: 1, type: 'lead' }, second: { index: 2, type: 'paragraph' }, joined: { index: 1, type: 'lead' } });
    const applied = applyMark(CONTENT, mark);
    if (!applied.ok || !preview?.ok || preview.kind !== 'join') throw new Error('expected a join');
    expect(preview.joined.text).toBe('本报讯 今年以来，全市新建改建农村公路一千二百公里。沿线群众出行更方便了。');
    expect(applied.content.blocks).toHaveLength(CONTENT.blocks.length - 1);
  });

  it('另起段 names the block and the two parts, split where the mark is', () => {
    const preview = paragraphPreview(CONTENT, { kind: 'new-paragraph', anchor: anchor(4, 17), proposed: null });
    expect(preview).toMatchObject({
      ok: true,
      kind: 'split',
      block: { index: 4, type: 'paragraph' },
      parts: [
        { index: 4, type: 'paragraph', text: '各县区落实养护资金，路况明显好转。' },
        { index: 5, type: 'paragraph', text: '道班工人常年驻守。' },
      ],
    });
  });

  it('refuses, with the accept’s own reason, a join into an intertitle or a split of a heading', () => {
    const intoIntertitle = paragraphPreview(CONTENT, { kind: 'run-on', anchor: anchor(2, 10, 11), proposed: null });
    expect(intoIntertitle).toMatchObject({ ok: false });
    expect(textOf((intoIntertitle as unknown as { message: ErrorMessage }).message)).toBe(textOf((applyMark(CONTENT, { kind: 'run-on', anchor: anchor(2, 10, 11), proposed: null }) as unknown as { message: ErrorMessage }).message));
    const heading = paragraphPreview(CONTENT, { kind: 'new-paragraph', anchor: anchor(0, 4), proposed: null });
    expect(heading).toMatchObject({ ok: false });
    const intertitle = paragraphPreview(CONTENT, { kind: 'new-paragraph', anchor: anchor(3, 2), proposed: null });
    expect(intertitle).toMatchObject({ ok: false });
  });

  it('has nothing to preview for other kinds', () => {
    expect(paragraphPreview(CONTENT, { kind: 'delete', anchor: anchor(2, 0, 2), proposed: null })).toBeNull();
  });
});
