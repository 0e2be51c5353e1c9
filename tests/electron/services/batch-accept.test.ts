/**
 * 采纳 in one batch (marks.acceptMany) is one revision: several marks of one story — edits in the same paragraph,
 * one in another, a 接排 and a 保留 — accepted together make exactly one new revision with all the changes, and
 * every text-changing mark names it. All or nothing: an orphaned or drifted mark refuses the batch unchanged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockTexts, openProofDesk, STORY, type ProofDesk } from './proof-fixture';
import { textOf } from '../../error-text';

let desk: ProofDesk;
beforeEach(async () => {
  desk = await openProofDesk();
});
afterEach(() => desk.close());

const texts = blockTexts(STORY);
const at = (blockIndex: number, quote: string) => {
  const start = texts[blockIndex].indexOf(quote);
  return { blockIndex, start, end: start + quote.length, quote };
};

describe('accepting several marks at once', () => {
  it('makes exactly one new revision holding every change', async () => {
    await desk.as('proofreader');
    const add = (p: object) => desk.call('marks.add', { storyId: desk.storyId, round: 'first', ...p } as never);
    const marks = [
      await add({ kind: 'replace', ...at(1, '一百亿元'), proposed: '100亿元' }),
      await add({ kind: 'replace', ...at(1, '百分之十二'), proposed: '12%' }),
      await add({ kind: 'delete', ...at(1, '今年') }),
      await add({ kind: 'insert', ...at(2, '稳步'), proposed: '继续' }),
      await add({ kind: 'stet', ...at(2, '全区') }),
      await add({ kind: 'run-on', ...at(1, '。') }),
    ];
    await desk.as('editor');
    const before = await desk.call('stories.revisions', { id: desk.storyId });
    const accepted = await desk.call('marks.acceptMany', { ids: marks.map((m) => m.id) });
    const after = await desk.call('stories.revisions', { id: desk.storyId });
    expect(after.length).toBe(before.length + 1);
    const story = await desk.call('stories.get', { id: desk.storyId });
    expect(story.revision).toBe(2);
    expect(blockTexts(story.content)).toEqual(['钢城区固定资产投资增长', '钢城区共完成固定资产投资100亿元，比去年增长12%。全区工业总产值稳步继续上升。']);
    expect(accepted.map((m) => m.status)).toEqual(Array(6).fill('accepted'));
    expect(accepted.map((m) => m.appliedRevision)).toEqual([2, 2, 2, 2, null, 2]);
    expect(after.at(-1)).toMatchObject({ number: 2, author: '郭红梅' });
  });

  it('is all or nothing: a drifted mark asks first, an orphaned one refuses, nothing is written meanwhile', async () => {
    await desk.as('proofreader');
    const a = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'replace', ...at(1, '一百亿元'), proposed: '100亿元' });
    const b = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'delete', ...at(2, '稳步') });
    await desk.as('editor');
    const story = await desk.call('stories.get', { id: desk.storyId });
    const edited = structuredClone(story.content);
    edited.blocks[2] = { type: 'paragraph', runs: [{ text: '全区工业总产值稳步地上升。' }] };
    edited.blocks[1] = { type: 'paragraph', runs: [{ text: texts[1].replace('一百亿元', '一百余亿元') }] };
    await desk.call('stories.save', { id: desk.storyId, content: edited });

    const asked = await desk.errorOf('marks.acceptMany', { ids: [a.id, b.id] });
    expect(asked).toMatchObject({ code: 'conflict', field: 'confirmDrift' });
    expect((await desk.call('stories.get', { id: desk.storyId })).revision).toBe(2);
    expect((await desk.call('marks.list', { storyId: desk.storyId })).map((m) => m.status)).toEqual(['open', 'open']);

    const done = await desk.call('marks.acceptMany', { ids: [a.id, b.id], confirmDrift: true });
    expect(done.map((m) => m.appliedRevision)).toEqual([3, 3]);
    expect(blockTexts((await desk.call('stories.get', { id: desk.storyId })).content).slice(1)).toEqual([texts[1].replace('一百亿元', '100亿元'), '全区工业总产值地上升。']);
  });

  it('refuses a batch with an orphaned mark and changes nothing', async () => {
    await desk.as('proofreader');
    const a = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'delete', ...at(1, '今年') });
    const b = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'delete', ...at(2, '稳步') });
    await desk.as('editor');
    const story = await desk.call('stories.get', { id: desk.storyId });
    const cut = structuredClone(story.content);
    cut.blocks[2] = { type: 'paragraph', runs: [{ text: '全区工业总产值上升。' }] };
    await desk.call('stories.save', { id: desk.storyId, content: cut });
    const refused = await desk.errorOf('marks.acceptMany', { ids: [a.id, b.id] });
    expect(refused.code).toBe('conflict');
    expect(textOf(refused)).toContain('稳步');
    expect((await desk.call('stories.get', { id: desk.storyId })).revision).toBe(2);
    expect((await desk.call('marks.list', { storyId: desk.storyId })).find((m) => m.id === a.id)?.status).toBe('open');
  });

  it('is the editor’s: a proofreader cannot accept a batch', async () => {
    await desk.as('proofreader');
    const a = await desk.call('marks.add', { storyId: desk.storyId, round: 'first', kind: 'delete', ...at(1, '今年') });
    expect((await desk.errorOf('marks.acceptMany', { ids: [a.id] })).code).toBe('forbidden');
  });
});
