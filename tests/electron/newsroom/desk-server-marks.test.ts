/**
 * Marks between desks through the real server: a proofreader's mark shows on the editor's desk; the editor accepts
 * it there; both desks then hold the new revision and the accepted mark.
 */
import { describe, expect, it } from 'vitest';
import { callChecked } from '../services/call-checked';
import { storyContent } from '../store/helpers';
import { waitFor, type TestDesk } from './desk-fixture';
import { startTcpProxy } from './tcp-proxy';
import { newsroomSuite } from './newsroom-suite';

const suite = await newsroomSuite('newsroom desk marks', 'deskmarks', [['编辑甲', 'editor'], ['校对丙', 'proofreader']]);
const { pgAvailable, desks, proxies, connectedDesk } = suite;

const drained = (d: TestDesk) =>
  waitFor('outbox drained', async () => (await callChecked(d.services, 'newsroom.status', {})).outbox === 0);
const textOf = (content: unknown) => JSON.stringify(content);

describe.runIf(pgAvailable)('marks between desks', () => {
  it("proofreader marks → the editor's desk shows it → the editor accepts → both desks hold the new revision", async () => {
    const editor = await connectedDesk('编辑甲');
    const proofreader = await connectedDesk('校对丙');
    const story = await callChecked(editor.services, 'stories.create', { content: storyContent('校对稿', '钢产量再创新高') });
    await drained(editor);
    const copy = await waitFor('the story on the proofreader desk', async () =>
      (await callChecked(proofreader.services, 'stories.list', {})).find((s) => s.title === '校对稿'),
    );

    // 钢产量再创新高: replace 再创 (units 3–5) with 创下.
    const mark = await callChecked(proofreader.services, 'marks.add', {
      storyId: copy.id, round: 'first', kind: 'replace', blockIndex: 1, start: 3, end: 5, quote: '再创', proposed: '创下' });
    await drained(proofreader);
    expect((await callChecked(proofreader.services, 'newsroom.status', {})).rejected).toEqual([]);

    const onEditor = await waitFor("the mark on the editor's desk", async () =>
      (await callChecked(editor.services, 'marks.list', { storyId: story.id })).find((m) => m.proposed === '创下'),
    );
    expect(onEditor).toMatchObject({ by: '校对丙', status: 'open', anchor: { quote: '再创' } });

    await callChecked(editor.services, 'marks.accept', { id: onEditor.id });
    await drained(editor);
    expect((await callChecked(editor.services, 'newsroom.status', {})).rejected).toEqual([]);
    expect(textOf((await callChecked(editor.services, 'stories.get', { id: story.id })).content)).toContain('钢产量创下新高');

    await waitFor('the accepted text and mark on the proofreader desk', async () => {
      const text = textOf((await callChecked(proofreader.services, 'stories.get', { id: copy.id })).content);
      const marks = await callChecked(proofreader.services, 'marks.list', { storyId: copy.id });
      return text.includes('钢产量创下新高') && marks.find((m) => m.id === mark.id)?.status === 'accepted';
    });
  });

  it("a mark the proofreader withdraws is withdrawn on the server and on the editor's desk", async () => {
    const editor = await connectedDesk('编辑甲');
    const proofreader = await connectedDesk('校对丙');
    const story = await callChecked(editor.services, 'stories.create', { content: storyContent('撤回稿', '钢产量再创新高') });
    await drained(editor);
    const copy = await waitFor('the story on the proofreader desk', async () =>
      (await callChecked(proofreader.services, 'stories.list', {})).find((s) => s.title === '撤回稿'),
    );
    const mark = await callChecked(proofreader.services, 'marks.add', { storyId: copy.id, round: 'first', kind: 'delete', blockIndex: 1, start: 0, end: 1, quote: '钢' });
    await drained(proofreader);
    const onEditor = await waitFor("the mark on the editor's desk", async () =>
      (await callChecked(editor.services, 'marks.list', { storyId: story.id })).find((m) => m.original === '钢' && m.status === 'open'),
    );
    await callChecked(proofreader.services, 'marks.withdraw', { id: mark.id });
    await drained(proofreader);
    expect((await callChecked(proofreader.services, 'newsroom.status', {})).rejected).toEqual([]);
    const { rows } = await suite.server.pool.query<{ status: string }>("SELECT status FROM marks WHERE doc ->> 'original' = '钢'");
    expect(rows.map((r) => r.status)).toEqual(['withdrawn']);
    await waitFor("the withdrawal on the editor's desk", async () =>
      (await callChecked(editor.services, 'marks.list', { storyId: story.id })).find((m) => m.id === onEditor.id)?.status === 'withdrawn',
    );
  });

  it("the proofreader edits an undecided mark: the server and the editor's desk show the new proposal; an edit made offline after the editor accepted is refused, kept in the refused list", async () => {
    const editor = await connectedDesk('编辑甲');
    const proxy = await startTcpProxy(suite.server.port);
    proxies.push(proxy);
    const proofreader = await connectedDesk('校对丙', proxy);
    const story = await callChecked(editor.services, 'stories.create', { content: storyContent('改符号稿', '粮食产量稳步增长') });
    await drained(editor);
    const copy = await waitFor('the story on the proofreader desk', async () =>
      (await callChecked(proofreader.services, 'stories.list', {})).find((s) => s.title === '改符号稿'),
    );
    const mark = await callChecked(proofreader.services, 'marks.add', {
      storyId: copy.id, round: 'first', kind: 'replace', blockIndex: 1, start: 4, end: 6, quote: '稳步', proposed: '平稳' });
    await drained(proofreader);
    await callChecked(proofreader.services, 'marks.edit', { id: mark.id, proposed: '持续', note: '用词更准' });
    await drained(proofreader);
    expect((await callChecked(proofreader.services, 'newsroom.status', {})).rejected).toEqual([]);
    const stored = async () => (await suite.server.pool.query<{ doc: { proposed: string; note: string | null } }>("SELECT doc FROM marks WHERE doc ->> 'original' = '稳步'")).rows;
    expect((await stored()).map((r) => [r.doc.proposed, r.doc.note])).toEqual([['持续', '用词更准']]);
    const onEditor = await waitFor("the edited mark on the editor's desk", async () =>
      (await callChecked(editor.services, 'marks.list', { storyId: story.id })).find((m) => m.proposed === '持续' && m.note === '用词更准'),
    );

    // Cable pulled: the editor accepts meanwhile; the proofreader's late edit reaches a mark already acted on.
    proxy.cut();
    await waitFor('the proofreader desk offline', async () => (await callChecked(proofreader.services, 'newsroom.status', {})).state === 'offline');
    await callChecked(editor.services, 'marks.accept', { id: onEditor.id });
    await drained(editor);
    await callChecked(proofreader.services, 'marks.edit', { id: mark.id, proposed: '快速' });
    proxy.restore();
    const refused = await waitFor('the late edit refused', async () => {
      const s = await callChecked(proofreader.services, 'newsroom.status', {});
      return s.outbox === 0 && s.rejected.find((r) => r.method === 'marks.edit');
    }, 20_000);
    expect(refused && refused.code).toBe('conflict');
    expect((await stored()).map((r) => r.doc.proposed)).toEqual(['持续']);
    expect(textOf((await callChecked(editor.services, 'stories.get', { id: story.id })).content)).toContain('粮食产量持续增长');
    // The proofreader's desk shows the mark as the server has it: accepted, with the proposal that was accepted.
    await waitFor('the accepted mark back on the proofreader desk', async () => {
      const back = (await callChecked(proofreader.services, 'marks.list', { storyId: copy.id })).find((m) => m.id === mark.id);
      return back?.status === 'accepted' && back.proposed === '持续';
    }, 20_000);
  }, 60_000);

  it('a batch 采纳 on the editor desk is ONE revision on the desk, on the server and on the proofreader desk', async () => {
    const editor = await connectedDesk('编辑甲');
    const proofreader = await connectedDesk('校对丙');
    const story = await callChecked(editor.services, 'stories.create', { content: storyContent('批量稿', '钢产量再创新高') });
    await drained(editor);
    const copy = await waitFor('the story on the proofreader desk', async () =>
      (await callChecked(proofreader.services, 'stories.list', {})).find((s) => s.title === '批量稿'),
    );
    // 钢产量再创新高: 再创 (3–5) → 创下, and delete 钢 (0–1).
    await callChecked(proofreader.services, 'marks.add', { storyId: copy.id, round: 'first', kind: 'replace', blockIndex: 1, start: 3, end: 5, quote: '再创', proposed: '创下' });
    await callChecked(proofreader.services, 'marks.add', { storyId: copy.id, round: 'first', kind: 'delete', blockIndex: 1, start: 0, end: 1, quote: '钢' });
    await drained(proofreader);
    const open = await waitFor("both marks on the editor's desk", async () => {
      const marks = (await callChecked(editor.services, 'marks.list', { storyId: story.id })).filter((m) => m.status === 'open');
      return marks.length === 2 ? marks : undefined;
    });
    const before = (await callChecked(editor.services, 'stories.revisions', { id: story.id })).length;

    const accepted = await callChecked(editor.services, 'marks.acceptMany', { ids: open.map((m) => m.id) });
    expect(new Set(accepted.map((m) => m.appliedRevision)).size).toBe(1);
    await drained(editor);
    expect((await callChecked(editor.services, 'newsroom.status', {})).rejected).toEqual([]);
    expect((await callChecked(editor.services, 'stories.revisions', { id: story.id })).length).toBe(before + 1);
    expect(textOf((await callChecked(editor.services, 'stories.get', { id: story.id })).content)).toContain('产量创下新高');

    // The server: one revision with reason 'mark' holds both changes.
    const { rows } = await suite.server.pool.query<{ reason: string; content: unknown }>(
      `SELECT r.reason, r.content FROM revisions r JOIN stories s ON s.id = r.story_id WHERE s.title = '批量稿' ORDER BY r.number`,
    );
    expect(rows.map((r) => r.reason)).toEqual(['create', 'mark']);
    expect(textOf(rows[1].content)).toContain('产量创下新高');
    expect(textOf(rows[1].content)).not.toContain('钢产量');

    // The other desk: the same single new revision, both marks accepted.
    await waitFor('the batch on the proofreader desk', async () => {
      const text = textOf((await callChecked(proofreader.services, 'stories.get', { id: copy.id })).content);
      const marks = await callChecked(proofreader.services, 'marks.list', { storyId: copy.id });
      return text.includes('产量创下新高') && !text.includes('钢产量') && marks.every((m) => m.status === 'accepted');
    });
    const onProofreader = await callChecked(proofreader.services, 'stories.revisions', { id: copy.id });
    expect(onProofreader.length).toBe(2);
    // Both desks have applied every change before they are closed (the feed copies marks after the text).
    const last = Number((await suite.server.pool.query<{ last: string }>('SELECT max(seq) AS last FROM changes')).rows[0].last);
    for (const d of [editor, proofreader]) {
      await waitFor('the desk caught up with the feed', async () => (await callChecked(d.services, 'newsroom.status', {})).lastSeq >= last);
    }
  });
});
