/** Page sign-off through dispatch: rounds in order, the editor's signature, 签发 locking the text, withdraw. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertPageMayPlate } from '../../../electron/store';
import { openWritable } from '../../../electron/store/db';
import { openProofDesk, STORY, type ProofDesk } from './proof-fixture';
import { textOf, thrownText } from '../../error-text';

let desk: ProofDesk;
beforeEach(async () => {
  desk = await openProofDesk();
});
afterEach(() => desk.close());

const edited = () => {
  const content = structuredClone(STORY);
  content.blocks[2] = { type: 'paragraph', runs: [{ text: '全区工业总产值稳步增长。' }] };
  return content;
};

async function signedAndApproved() {
  await desk.as('proofreader');
  await desk.call('signoff.round', { pageId: desk.pageId, round: 'first' });
  await desk.as('editor');
  await desk.call('signoff.page', { pageId: desk.pageId });
  return desk.call('signoff.approve', { pageId: desk.pageId });
}

describe('sign-off', () => {
  it('records each signature with who and when, and 签发 sets the page approved', async () => {
    const state = await signedAndApproved();
    expect(state.rounds.first).toMatchObject({ by: '李校', byRole: 'proofreader', kind: 'round' });
    expect(state.page).toMatchObject({ by: '郭红梅', byRole: 'editor' });
    expect(state.approved).toMatchObject({ by: '郭红梅', kind: 'approve' });
    expect(state.history.map((s) => s.kind)).toEqual(['round', 'page', 'approve']);
    expect((await desk.call('pages.get', { id: desk.pageId })).page.status).toBe('approved');
    expect(await desk.call('signoff.list', { pageId: desk.pageId })).toEqual(state);
  });

  it('locks the stories of a 签发 page: saves, restores and new marks are refused with a clear message', async () => {
    await desk.call('stories.save', { id: desk.storyId, content: edited() });
    await signedAndApproved();
    const save = await desk.errorOf('stories.save', { id: desk.storyId, content: STORY });
    expect(save.code).toBe('forbidden');
    expect(textOf(save)).toContain('已签发');
    expect(textOf(save)).toContain('第1版');
    expect((await desk.errorOf('stories.restoreRevision', { id: desk.storyId, number: 1 })).code).toBe('forbidden');
    await desk.as('proofreader');
    expect((await desk.errorOf('marks.add', { storyId: desk.storyId, round: 'second', kind: 'delete', blockIndex: 2, start: 0, end: 2 })).code).toBe('forbidden');
    expect((await desk.call('stories.revisions', { id: desk.storyId })).length).toBe(2);
  });

  it('locks the layout of a 签发 page too: module add, change, geometry, removal and the template are refused until withdrawn', async () => {
    const before = await desk.call('pages.get', { id: desk.pageId });
    const module = before.modules[0];
    await signedAndApproved();
    await desk.as('layout');
    const refused = [
      await desk.errorOf('modules.update', { id: module.id, topLine: module.topLine + 1 }),
      await desk.errorOf('modules.update', { id: module.id, headline: { align: 'left' } }),
      await desk.errorOf('modules.remove', { id: module.id }),
      await desk.errorOf('modules.add', { pageId: desk.pageId, kind: 'story', column: 0, columnSpan: 1, topLine: 0, heightLines: 4 }),
      await desk.errorOf('pages.update', { id: desk.pageId, template: before.page.template }),
    ];
    expect(refused.map((e) => [e.code, e.message.slice(0, 40)])).toEqual(refused.map(() => ['forbidden', expect.any(String)]));
    expect(textOf(refused[0])).toContain('版面已锁定付印');
    expect((await desk.call('pages.get', { id: desk.pageId })).modules).toEqual(before.modules);
    await desk.as('editor');
    await desk.call('signoff.withdraw', { pageId: desk.pageId, reason: '调整版面' });
    await desk.as('layout');
    const moved = await desk.call('modules.update', { id: module.id, topLine: module.topLine + 1 });
    expect(moved.modules.find((m) => m.id === module.id)?.topLine).toBe(module.topLine + 1);
  });

  it('withdrawing 签发 (editor, with a reason) unlocks the text and voids the page signature', async () => {
    await signedAndApproved();
    expect((await desk.errorOf('signoff.withdraw', { pageId: desk.pageId, reason: '' })).code).toBe('invalid-params');
    const state = await desk.call('signoff.withdraw', { pageId: desk.pageId, reason: '头条数字有误' });
    expect(state.approved).toBeNull();
    expect(state.page).toBeNull();
    expect(state.rounds.first).not.toBeNull();
    expect(state.history.at(-1)).toMatchObject({ kind: 'withdraw', note: '头条数字有误' });
    expect(state.history.filter((s) => s.voided).map((s) => s.kind)).toEqual(['page', 'approve']);
    expect((await desk.call('pages.get', { id: desk.pageId })).page.status).toBe('proofing');
    expect((await desk.call('stories.save', { id: desk.storyId, content: edited() })).revision?.number).toBe(2);
  });

  it('voids the page signature when the text changes after it, so 签发 approves what the editor signed', async () => {
    await desk.as('proofreader');
    await desk.call('signoff.round', { pageId: desk.pageId, round: 'first' });
    await desk.as('editor');
    await desk.call('signoff.page', { pageId: desk.pageId });
    await desk.call('stories.save', { id: desk.storyId, content: edited() });
    const state = await desk.call('signoff.list', { pageId: desk.pageId });
    expect(state.page).toBeNull();
    expect(state.history.find((s) => s.kind === 'page')?.voided).toBe(true);
    expect(textOf(await desk.errorOf('signoff.approve', { pageId: desk.pageId }))).toContain('责任编辑签字');
    await desk.call('signoff.page', { pageId: desk.pageId });
    expect((await desk.call('signoff.approve', { pageId: desk.pageId })).approved).not.toBeNull();
  });

  it('keeps the order: rounds in sequence, page after 一校, 签发 after the page signature, each once', async () => {
    await desk.as('proofreader');
    expect(textOf(await desk.errorOf('signoff.round', { pageId: desk.pageId, round: 'second' }))).toContain('一校');
    await desk.as('editor');
    expect((await desk.errorOf('signoff.page', { pageId: desk.pageId })).code).toBe('conflict');
    expect(textOf(await desk.errorOf('signoff.approve', { pageId: desk.pageId }))).toContain('责任编辑签字');
    await desk.as('proofreader');
    await desk.call('signoff.round', { pageId: desk.pageId, round: 'first' });
    expect((await desk.errorOf('signoff.round', { pageId: desk.pageId, round: 'first' })).code).toBe('conflict');
    expect((await desk.call('signoff.round', { pageId: desk.pageId, round: 'second' })).rounds.second).not.toBeNull();
  });

  it('refuses the page signature while a mark is undecided, and a mark in a round already signed', async () => {
    await desk.as('proofreader');
    const mark = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'delete', blockIndex: 2, start: 0, end: 2 });
    await desk.call('signoff.round', { pageId: desk.pageId, round: 'first' });
    expect(textOf(await desk.errorOf('marks.add', { storyId: desk.storyId, round: 'first', kind: 'delete', blockIndex: 2, start: 2, end: 3 }))).toContain('一校已经签字');
    await desk.as('editor');
    const blocked = await desk.errorOf('signoff.page', { pageId: desk.pageId });
    expect(textOf(blocked)).toContain('1 个校对符号未处理');
    expect((await desk.call('signoff.list', { pageId: desk.pageId })).undecidedMarks).toBe(1);
    await desk.call('marks.reject', { id: mark.id, reason: '保留原文' });
    expect((await desk.call('signoff.page', { pageId: desk.pageId })).page).not.toBeNull();
  });

  it('enforces roles: only proofreaders sign rounds, only editors sign the page and 签发', async () => {
    await desk.as('editor');
    expect((await desk.errorOf('signoff.round', { pageId: desk.pageId, round: 'first' })).code).toBe('forbidden');
    await desk.as('layout');
    for (const method of ['signoff.page', 'signoff.approve'] as const) {
      expect((await desk.errorOf(method, { pageId: desk.pageId })).code).toBe('forbidden');
    }
    await desk.as('proofreader');
    await desk.call('signoff.round', { pageId: desk.pageId, round: 'first' });
    expect(textOf(await desk.errorOf('signoff.page', { pageId: desk.pageId }))).toContain('校对不能');
    expect((await desk.call('signoff.list', { pageId: desk.pageId })).page).toBeNull();
  });

  it('lists the marks of a page across its stories', async () => {
    await desk.as('proofreader');
    await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'delete', blockIndex: 2, start: 0, end: 2 });
    const other = await desk.call('stories.create', { content: STORY });
    await desk.call('marks.add', { storyId: other.id, round: 'first', kind: 'delete', blockIndex: 2, start: 0, end: 2 });
    expect((await desk.call('marks.list', { pageId: desk.pageId })).map((m) => m.storyId)).toEqual([desk.storyId]);
    expect((await desk.errorOf('marks.list', {})).code).toBe('invalid-params');
  });
});

describe('the paper\'s proofreading rules', () => {
  it('requires the rounds the paper sets before the page signature (editors set the rules)', async () => {
    expect(await desk.call('proof.policy', {})).toEqual({ lastRequiredRound: 'first', approvalRequiredForPlates: true });
    await desk.as('proofreader');
    expect((await desk.errorOf('proof.setPolicy', { lastRequiredRound: 'read-through', approvalRequiredForPlates: true })).code).toBe('forbidden');
    await desk.as('editor');
    await desk.call('proof.setPolicy', { lastRequiredRound: 'second', approvalRequiredForPlates: true });
    await desk.as('proofreader');
    await desk.call('signoff.round', { pageId: desk.pageId, round: 'first' });
    await desk.as('editor');
    expect(textOf(await desk.errorOf('signoff.page', { pageId: desk.pageId }))).toContain('二校还没有签字');
    await desk.as('proofreader');
    await desk.call('signoff.round', { pageId: desk.pageId, round: 'second' });
    await desk.as('editor');
    expect((await desk.call('signoff.page', { pageId: desk.pageId })).page).not.toBeNull();
  });
});

describe('assertPageMayPlate (for export to plates)', () => {
  it('refuses a page that is not 签发 while the paper requires it, and passes it once approved', async () => {
    // Export runs beside the services on the same desk file; a second connection sees what they wrote.
    const second = openWritable(desk.services.info().dbFile);
    try {
      expect(thrownText(() => assertPageMayPlate(second, desk.pageId))).toMatch(/还没有签发/);
      await signedAndApproved();
      expect(() => assertPageMayPlate(second, desk.pageId)).not.toThrow();
      await desk.call('signoff.withdraw', { pageId: desk.pageId, reason: '改稿' });
      await desk.call('proof.setPolicy', { lastRequiredRound: 'first', approvalRequiredForPlates: false });
      expect(() => assertPageMayPlate(second, desk.pageId)).not.toThrow();
    } finally {
      second.close();
    }
  });
});

describe("the story's status follows its page's proof rounds", () => {
  it('待校 → 已校 when the last required round is signed, → 签发 with the page, back to 已校 when 签发 is withdrawn; each logged', async () => {
    await desk.as('editor');
    for (const to of ['to-edit', 'edited', 'to-proof'] as const) await desk.call('stories.transition', { id: desk.storyId, to });
    await desk.call('proof.setPolicy', { lastRequiredRound: 'second', approvalRequiredForPlates: true });
    const status = async () => (await desk.call('stories.get', { id: desk.storyId })).status;
    await desk.as('proofreader');
    await desk.call('signoff.round', { pageId: desk.pageId, round: 'first' });
    expect(await status()).toBe('to-proof');
    await desk.call('signoff.round', { pageId: desk.pageId, round: 'second' });
    expect(await status()).toBe('proofed');
    await desk.as('editor');
    await desk.call('signoff.page', { pageId: desk.pageId });
    await desk.call('signoff.approve', { pageId: desk.pageId });
    expect(await status()).toBe('approved');
    await desk.call('signoff.withdraw', { pageId: desk.pageId, reason: '调整版面' });
    expect(await status()).toBe('proofed');
    const log = await desk.call('stories.statusLog', { id: desk.storyId });
    expect(log.slice(-3).map((c) => [c.from, c.to, c.by])).toEqual([
      ['to-proof', 'proofed', '李校'],
      ['proofed', 'approved', '郭红梅'],
      ['approved', 'proofed', '郭红梅'],
    ]);
  });

  it('leaves a story that was never sent to proof where it is', async () => {
    await desk.as('proofreader');
    await desk.call('signoff.round', { pageId: desk.pageId, round: 'first' });
    expect((await desk.call('stories.get', { id: desk.storyId })).status).toBe('draft');
  });
});
