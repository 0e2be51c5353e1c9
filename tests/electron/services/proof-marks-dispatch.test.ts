/** Proof marks through dispatch: role rules, anchoring across saves, accept/reject, checks and terms. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockTexts, openProofDesk, type ProofDesk } from './proof-fixture';
import { textOf } from '../../error-text';

let desk: ProofDesk;
beforeEach(async () => {
  desk = await openProofDesk();
});
afterEach(() => desk.close());

const BODY = '钢城区今年共完成固定资产投资一百亿元，比去年增长百分之十二。';
const at = (quote: string) => ({ blockIndex: 1, start: BODY.indexOf(quote), end: BODY.indexOf(quote) + quote.length, quote });

describe('who may mark and decide', () => {
  it('a proofreader marks but cannot accept or reject', async () => {
    await desk.as('proofreader');
    const mark = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'replace', ...at('一百亿元'), proposed: '100亿元' });
    expect(mark).toMatchObject({ by: '李校', byRole: 'proofreader', round: 'first', status: 'open', original: '一百亿元' });
    for (const [method, params] of [['marks.accept', { id: mark.id }], ['marks.reject', { id: mark.id, reason: '不改' }]] as const) {
      const error = await desk.errorOf(method, params);
      expect(error.code).toBe('forbidden');
      expect(textOf(error)).toContain('校对不能');
    }
  });

  it('an editor may mark too (recorded as an editor) and decide', async () => {
    await desk.as('editor');
    const mark = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'delete', ...at('今年') });
    expect(mark.byRole).toBe('editor');
    expect((await desk.call('marks.accept', { id: mark.id })).status).toBe('accepted');
  });

  it('layout staff can neither mark nor decide, and nothing is written', async () => {
    await desk.as('proofreader');
    const mark = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'delete', ...at('今年') });
    await desk.as('layout');
    expect((await desk.errorOf('marks.add', { storyId: desk.storyId, round: 'first', kind: 'delete', ...at('共') })).code).toBe('forbidden');
    expect((await desk.errorOf('marks.accept', { id: mark.id })).code).toBe('forbidden');
    expect((await desk.errorOf('marks.reject', { id: mark.id, reason: 'x' })).code).toBe('forbidden');
    expect((await desk.errorOf('terms.set', { rules: [], banned: [] })).code).toBe('forbidden');
    expect(await desk.call('marks.list', { storyId: desk.storyId })).toHaveLength(1);
  });
});

describe('marks follow the text', () => {
  it('re-anchors after a save and orphans (but keeps) a mark whose text was deleted', async () => {
    await desk.as('proofreader');
    const kept = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'replace', ...at('百分之十二'), proposed: '12%' });
    const lost = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'delete', ...at('今年') });
    const story = await desk.call('stories.get', { id: desk.storyId });
    const edited = structuredClone(story.content);
    edited.blocks[1] = { type: 'paragraph', runs: [{ text: '据统计，钢城区共完成固定资产投资一百亿元，比去年增长百分之十二。' }] };
    await desk.as('editor'); // the text is the editor's to change (STORY_PERMISSIONS)
    await desk.call('stories.save', { id: desk.storyId, content: edited });
    const marks = await desk.call('marks.list', { storyId: desk.storyId });
    const byId = new Map(marks.map((m) => [m.id, m]));
    expect(byId.get(kept.id)).toMatchObject({ status: 'open', anchor: { quote: '百分之十二', start: 26 }, anchorRevision: 2 });
    expect(byId.get(lost.id)).toMatchObject({ status: 'orphaned', original: '今年' });
    // An orphaned mark cannot be applied; the editor rejects it with a reason and it stays listed.
    await desk.as('editor');
    expect((await desk.errorOf('marks.accept', { id: lost.id })).code).toBe('conflict');
    expect(await desk.call('marks.reject', { id: lost.id, reason: '原文已删' })).toMatchObject({ status: 'rejected', reason: '原文已删', decidedBy: '郭红梅' });
  });

  it('reopens an orphaned mark when its text comes back (a restored revision)', async () => {
    await desk.as('proofreader');
    const mark = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'replace', ...at('一百亿元'), proposed: '100亿元' });
    const story = await desk.call('stories.get', { id: desk.storyId });
    const cut = structuredClone(story.content);
    cut.blocks[1] = { type: 'paragraph', runs: [{ text: '钢城区今年共完成固定资产投资，比去年增长百分之十二。' }] };
    await desk.as('editor'); // the text is the editor's to change (STORY_PERMISSIONS)
    await desk.call('stories.save', { id: desk.storyId, content: cut });
    expect((await desk.call('marks.list', { storyId: desk.storyId }))[0].status).toBe('orphaned');
    await desk.as('editor');
    await desk.call('stories.restoreRevision', { id: desk.storyId, number: 1 });
    expect((await desk.call('marks.list', { storyId: desk.storyId }))[0]).toMatchObject({ id: mark.id, status: 'open', anchorRevision: 3 });
  });

  it('flags a mark whose text was edited inside; accepting asks first (confirmDrift), then replaces the edited text', async () => {
    await desk.as('proofreader');
    const mark = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'replace', ...at('一百亿元'), proposed: '100亿元' });
    const story = await desk.call('stories.get', { id: desk.storyId });
    const edited = structuredClone(story.content);
    edited.blocks[1] = { type: 'paragraph', runs: [{ text: BODY.replace('一百亿元', '一百余亿元') }] };
    await desk.as('editor'); // the text is the editor's to change (STORY_PERMISSIONS)
    await desk.call('stories.save', { id: desk.storyId, content: edited });
    expect((await desk.call('marks.list', { storyId: desk.storyId }))[0]).toMatchObject({ drifted: true, original: '一百亿元', anchor: { quote: '一百余亿元' } });
    await desk.as('editor');
    const asked = await desk.errorOf('marks.accept', { id: mark.id });
    expect(asked).toMatchObject({ code: 'conflict', field: 'confirmDrift' });
    expect(textOf(asked)).toContain('标注时是“一百亿元”，现在是“一百余亿元”');
    expect(blockTexts((await desk.call('stories.get', { id: desk.storyId })).content)[1]).toBe(BODY.replace('一百亿元', '一百余亿元'));
    expect((await desk.call('marks.list', { storyId: desk.storyId }))[0].status).toBe('open');
    await desk.call('marks.accept', { id: mark.id, confirmDrift: true });
    expect(blockTexts((await desk.call('stories.get', { id: desk.storyId })).content)[1]).toBe(BODY.replace('一百亿元', '100亿元'));
  });

  it('refuses a mark whose quote no longer matches the text', async () => {
    await desk.as('proofreader');
    const error = await desk.errorOf('marks.add', { storyId: desk.storyId, round: 'first', kind: 'delete', ...at('今年'), quote: '明年' });
    expect(error.code).toBe('conflict');
  });
});

describe('the proofreader edits an own mark until the editor acts', () => {
  it('changes the proposed text and note; others may not; a decided mark is closed', async () => {
    await desk.as('proofreader');
    const mark = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'replace', ...at('一百亿元'), proposed: '100亿' });
    const edited = await desk.call('marks.edit', { id: mark.id, proposed: '100亿元', note: '数字用阿拉伯数字' });
    expect(edited).toMatchObject({ id: mark.id, proposed: '100亿元', note: '数字用阿拉伯数字', status: 'open', original: '一百亿元' });
    expect((await desk.errorOf('marks.edit', { id: mark.id, proposed: '' })).code).toBe('invalid-params');
    await desk.as('proofreader', '王校');
    const other = await desk.errorOf('marks.edit', { id: mark.id, proposed: '一百亿' });
    expect(other.code).toBe('forbidden');
    expect(textOf(other)).toContain('只有标注人可以修改');
    await desk.as('editor');
    await desk.call('marks.accept', { id: mark.id });
    expect(blockTexts((await desk.call('stories.get', { id: desk.storyId })).content)[1]).toBe(BODY.replace('一百亿元', '100亿元'));
    await desk.as('proofreader');
    expect((await desk.errorOf('marks.edit', { id: mark.id, note: '再改' })).code).toBe('conflict');
  });
});

describe('the proofreader withdraws an own mark until the editor acts', () => {
  it('keeps the mark as withdrawn (listed, logged, no longer waiting), and only its author may', async () => {
    await desk.as('proofreader');
    const mark = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'delete', ...at('今年') });
    await desk.as('proofreader', '王校');
    const other = await desk.errorOf('marks.withdraw', { id: mark.id });
    expect(other.code).toBe('forbidden');
    expect(textOf(other)).toContain('只有标注人可以撤回');
    // Layout staff may not mark, so not withdraw either, even under the author's name.
    await desk.as('layout', '李校');
    expect((await desk.errorOf('marks.withdraw', { id: mark.id })).code).toBe('forbidden');
    await desk.as('proofreader');
    const withdrawn = await desk.call('marks.withdraw', { id: mark.id });
    expect(withdrawn).toMatchObject({ id: mark.id, status: 'withdrawn', decidedBy: '李校', original: '今年' });
    expect(await desk.call('marks.list', { storyId: desk.storyId })).toEqual([withdrawn]);
    // Nothing more happens to it: not withdrawn twice, not edited, not accepted; the text is untouched.
    expect((await desk.errorOf('marks.withdraw', { id: mark.id })).code).toBe('conflict');
    expect((await desk.errorOf('marks.edit', { id: mark.id, note: '再说' })).code).toBe('conflict');
    await desk.as('editor');
    expect((await desk.errorOf('marks.accept', { id: mark.id })).code).toBe('conflict');
    expect((await desk.errorOf('marks.reject', { id: mark.id, reason: '不要' })).code).toBe('conflict');
    expect(blockTexts((await desk.call('stories.get', { id: desk.storyId })).content)[1]).toBe(BODY);
    // A withdrawn mark does not hold up the page signature (nothing waits for the editor).
    await desk.as('proofreader');
    await desk.call('signoff.round', { pageId: desk.pageId, round: 'first' });
    await desk.as('editor');
    await expect(desk.call('signoff.page', { pageId: desk.pageId })).resolves.toBeTruthy();
  });

  it('is refused once the editor decided the mark, and once the mark\'s round is signed on the page', async () => {
    await desk.as('proofreader');
    const accepted = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'replace', ...at('一百亿元'), proposed: '100亿元' });
    const late = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'delete', ...at('今年') });
    await desk.as('editor');
    await desk.call('marks.accept', { id: accepted.id });
    await desk.as('proofreader');
    const decided = await desk.errorOf('marks.withdraw', { id: accepted.id });
    expect(decided.code).toBe('conflict');
    expect(textOf(decided)).toContain('不能再撤回');
    await desk.call('signoff.round', { pageId: desk.pageId, round: 'first' });
    const signed = await desk.errorOf('marks.withdraw', { id: late.id });
    expect(signed.code).toBe('conflict');
    expect(textOf(signed)).toContain('一校已经签字');
    expect((await desk.call('marks.list', { storyId: desk.storyId })).find((m) => m.id === late.id)?.status).toBe('open');
  });
});

describe('accept and reject', () => {
  it('accepting applies the change as a new revision attributed to the editor; other marks re-anchor', async () => {
    await desk.as('proofreader');
    const first = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'replace', ...at('一百亿元'), proposed: '100亿元' });
    const second = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'insert', ...at('去年'), proposed: '同期' });
    await desk.as('editor');
    const accepted = await desk.call('marks.accept', { id: first.id });
    expect(accepted).toMatchObject({ status: 'accepted', decidedBy: '郭红梅', appliedRevision: 2 });
    const revisions = await desk.call('stories.revisions', { id: desk.storyId });
    expect(revisions.at(-1)).toMatchObject({ number: 2, author: '郭红梅', reason: 'edit' });
    await desk.call('marks.accept', { id: second.id });
    const story = await desk.call('stories.get', { id: desk.storyId });
    expect(blockTexts(story.content)[1]).toBe('钢城区今年共完成固定资产投资100亿元，比去年同期增长百分之十二。');
    // The history keeps both versions; a second decision on the same mark is refused.
    expect(blockTexts((await desk.call('stories.revision', { id: desk.storyId, number: 1 })).content)[1]).toBe(BODY);
    expect((await desk.errorOf('marks.reject', { id: first.id, reason: '改主意' })).code).toBe('conflict');
  });

  it('rejecting records the reason and leaves the text alone; a reason is required', async () => {
    await desk.as('proofreader');
    const mark = await desk.call('marks.add', { storyId: desk.storyId, round: 'second', kind: 'note', ...at('一百亿元'), note: '请核实数字' });
    await desk.as('editor');
    expect((await desk.errorOf('marks.reject', { id: mark.id, reason: '  ' })).code).toBe('invalid-params');
    const rejected = await desk.call('marks.reject', { id: mark.id, reason: '已与统计局核实' });
    expect(rejected).toMatchObject({ status: 'rejected', reason: '已与统计局核实', appliedRevision: null });
    expect((await desk.call('stories.revisions', { id: desk.storyId })).length).toBe(1);
  });

  it('validates what each kind needs', async () => {
    await desk.as('proofreader');
    const base = { storyId: desk.storyId, round: 'first' as const };
    expect((await desk.errorOf('marks.add', { ...base, kind: 'replace', ...at('今年') })).field).toBe('proposed');
    expect((await desk.errorOf('marks.add', { ...base, kind: 'transpose', ...at('今年共') })).field).toBe('proposed');
    expect((await desk.errorOf('marks.add', { ...base, kind: 'note', ...at('今年') })).field).toBe('note');
    expect((await desk.errorOf('marks.add', { ...base, kind: 'delete', blockIndex: 1, start: 5, end: 500 })).code).toBe('invalid-params');
    const swap = await desk.call('marks.add', { ...base, kind: 'transpose', ...at('今年') });
    expect(swap.proposed).toBe('年今');
  });
});

describe('automatic checks and the term list', () => {
  it('stores the term list, and proof.check uses it; a finding becomes a mark in one call', async () => {
    await desk.as('proofreader');
    const saved = await desk.call('terms.set', { rules: [{ wrong: '钢城区', right: '钢城市钢城区', note: '全称' }], banned: [{ word: '稳步上升' }] });
    expect(saved).toMatchObject({ rules: [{ wrong: '钢城区', right: '钢城市钢城区', note: '全称' }], banned: [{ word: '稳步上升' }], updatedBy: '李校' });
    expect(await desk.call('terms.get', {})).toEqual(saved);
    const { findings } = await desk.call('proof.check', { storyId: desk.storyId });
    const term = findings.find((f) => f.code === 'term' && f.block === 1);
    expect(term).toMatchObject({ text: '钢城区', suggestion: '钢城市钢城区', start: 0 });
    expect(findings.some((f) => f.code === 'banned-word' && f.text === '稳步上升')).toBe(true);
    const mark = await desk.call('proof.markFromFinding', { storyId: desk.storyId, round: 'first', finding: term! });
    expect(mark).toMatchObject({ kind: 'replace', original: '钢城区', proposed: '钢城市钢城区', anchor: { blockIndex: 1, start: 0, end: 3 } });
    const banned = findings.find((f) => f.code === 'banned-word')!;
    expect((await desk.call('proof.markFromFinding', { storyId: desk.storyId, round: 'first', finding: banned })).kind).toBe('note');
  });

  it('proof.check follows the house style of proof.policy (其他, counts in Arabic digits)', async () => {
    await desk.as('editor');
    const story = await desk.call('stories.create', { content: { blocks: [{ type: 'paragraph', runs: [{ text: '其它单位三十五人参加。' }] }] } });
    const styled = async () =>
      (await desk.call('proof.check', { storyId: story.id })).findings.filter((f) => f.code !== 'misspelled-word').map((f) => [f.code, f.text, f.suggestion]);
    expect(await styled()).toEqual([]);
    const policy = await desk.call('proof.policy', {});
    await desk.call('proof.setPolicy', { ...policy, houseStyle: { other: '其他', arabicCounts: true } });
    expect((await desk.call('proof.policy', {})).houseStyle).toEqual({ other: '其他', arabicCounts: true });
    expect(await styled()).toEqual([
      ['word-in-context', '其它', '其他'],
      ['count-numeral', '三十五', '35'],
    ]);
  });

  it('refuses a bad term list as a whole, naming the entry', async () => {
    await desk.call('terms.set', { rules: [{ wrong: '甲', right: '乙' }], banned: [] });
    const error = await desk.errorOf('terms.set', { rules: [{ wrong: '丙', right: '丁' }, { wrong: '丙', right: '戊' }], banned: [] });
    expect(error).toMatchObject({ code: 'invalid-params', field: 'rules.1.wrong' });
    expect((await desk.call('terms.get', {})).rules).toEqual([{ wrong: '甲', right: '乙' }]);
  });
});
