import { describe, expect, it } from 'vitest';
import { havePostgres } from './pg-test-db';
import { ok, paragraphs, post, signForApproval } from './newsroom-harness';
import { serverSuite } from './server-suite';
import { textOf } from '../error-text';

const pgAvailable = await havePostgres('newsroom marks and pages');
const SHA = 'b'.repeat(64);

describe.runIf(pgAvailable)('marks, pages and 签发 on the server', () => {
  const suite = serverSuite('marks', { staff: ['editor', 'proofreader', 'layout', 'chief'] });
  const t = suite.tokens;

  it('a proofreader marks, the mark follows the text, the editor accepts it as a new revision', async () => {
    const story = await ok(suite.server.url, 'stories.create', { content: paragraphs('钢城日报讯今天天气很好。') }, t.editor);
    const mark = await ok(suite.server.url, 'marks.add', { storyId: story.id, round: 'first', kind: 'replace', blockIndex: 0, start: 7, end: 9, quote: '天气', proposed: '气候' }, t.proofreader);
    expect(mark).toMatchObject({ status: 'open', by: 'proofreader', byRole: 'proofreader', original: '天气', anchorRevision: 1 });
    const stale = await post(suite.server.url, 'marks.add', { storyId: story.id, round: 'first', kind: 'delete', blockIndex: 0, start: 0, end: 2, quote: '别的' }, { token: t.proofreader });
    expect(stale.body).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await ok(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('新导语。', '钢城日报讯今天天气很好。'), baseRevision: 1 }, t.editor);
    const [moved] = await ok(suite.server.url, 'marks.list', { storyId: story.id }, t.editor);
    expect(moved.anchor).toMatchObject({ blockIndex: 1, start: 7, end: 9, quote: '天气' });
    expect(moved.anchorRevision).toBe(2);

    const accepted = await ok(suite.server.url, 'marks.accept', { id: mark.id }, t.editor);
    expect(accepted).toMatchObject({ status: 'accepted', decidedBy: 'editor', appliedRevision: 3 });
    const now = await ok(suite.server.url, 'stories.get', { id: story.id }, t.proofreader);
    expect(now.content).toEqual(paragraphs('新导语。', '钢城日报讯今天气候很好。'));
    const revisions = await ok(suite.server.url, 'stories.revisions', { id: story.id }, t.proofreader);
    expect(revisions[2]).toMatchObject({ number: 3, reason: 'mark', author: 'editor' });
    const twice = await post(suite.server.url, 'marks.accept', { id: mark.id }, { token: t.editor });
    expect(twice.body).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('marks.acceptMany: one batch 采纳 is ONE revision (shared applyMarks), replayable by key, all or nothing, editors only', async () => {
    const story = await ok(suite.server.url, 'stories.create', { content: paragraphs('钢城日报讯今天天气很好。', '第二段有错字。') }, t.editor);
    const add = (params: Record<string, unknown>) => ok(suite.server.url, 'marks.add', { storyId: story.id, round: 'first', ...params }, t.proofreader);
    const weather = await add({ kind: 'replace', blockIndex: 0, start: 7, end: 9, quote: '天气', proposed: '气候' });
    const xun = await add({ kind: 'delete', blockIndex: 0, start: 4, end: 5, quote: '讯' });
    const typo = await add({ kind: 'replace', blockIndex: 1, start: 4, end: 6, quote: '错字', proposed: '别字' });
    const note = await add({ kind: 'note', blockIndex: 1, start: 0, end: 2, note: '核实' });
    const ids = [xun.id, weather.id, note.id, typo.id];

    const forbidden = await post(suite.server.url, 'marks.acceptMany', { ids }, { token: t.proofreader });
    expect(forbidden.status).toBe(403);

    const first = await post(suite.server.url, 'marks.acceptMany', { ids }, { token: t.editor, key: 'batch-once-1' });
    if (!first.body.ok) throw new Error(JSON.stringify(first.body.error));
    const decided = first.body.value as { id: string; status: string; appliedRevision: number | null; decidedBy: string }[];
    expect(decided.map((m) => [m.id, m.status, m.appliedRevision, m.decidedBy])).toEqual([
      [xun.id, 'accepted', 2, 'editor'],
      [weather.id, 'accepted', 2, 'editor'],
      [note.id, 'accepted', null, 'editor'],
      [typo.id, 'accepted', 2, 'editor'],
    ]);
    const again = await post(suite.server.url, 'marks.acceptMany', { ids }, { token: t.editor, key: 'batch-once-1' });
    expect(again.body).toEqual(first.body);
    const revisions = await ok(suite.server.url, 'stories.revisions', { id: story.id }, t.editor);
    expect(revisions.map((r: { number: number; reason: string }) => [r.number, r.reason])).toEqual([[1, 'create'], [2, 'mark']]);
    expect((await ok(suite.server.url, 'stories.get', { id: story.id }, t.editor)).content).toEqual(paragraphs('钢城日报今天气候很好。', '第二段有别字。'));
    // A fresh key is a new call: the marks are decided now.
    expect((await post(suite.server.url, 'marks.acceptMany', { ids: [typo.id] }, { token: t.editor })).body).toMatchObject({ ok: false, error: { code: 'conflict' } });

    // All or nothing: one decided mark in the batch refuses it; the open one stays open, no revision is made.
    const other = await ok(suite.server.url, 'stories.create', { content: paragraphs('另一篇稿件。') }, t.editor);
    const open = await ok(suite.server.url, 'marks.add', { storyId: other.id, round: 'first', kind: 'delete', blockIndex: 0, start: 0, end: 2 }, t.proofreader);
    const rejected = await ok(suite.server.url, 'marks.add', { storyId: other.id, round: 'first', kind: 'delete', blockIndex: 0, start: 3, end: 5 }, t.proofreader);
    await ok(suite.server.url, 'marks.reject', { id: rejected.id, reason: '原文无误' }, t.editor);
    const refused = await post(suite.server.url, 'marks.acceptMany', { ids: [open.id, rejected.id] }, { token: t.editor });
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await ok(suite.server.url, 'marks.list', { storyId: other.id }, t.editor)).map((m: { status: string }) => m.status)).toEqual(['open', 'rejected']);
    expect((await ok(suite.server.url, 'stories.revisions', { id: other.id }, t.editor)).length).toBe(1);
  });

  it('rejects with a reason; a mark whose text was deleted is orphaned and cannot be accepted', async () => {
    const story = await ok(suite.server.url, 'stories.create', { content: paragraphs('删掉这一句。', '留下') }, t.editor);
    const mark = await ok(suite.server.url, 'marks.add', { storyId: story.id, round: 'first', kind: 'replace', blockIndex: 0, start: 0, end: 2, proposed: '去掉' }, t.proofreader);
    const note = await ok(suite.server.url, 'marks.add', { storyId: story.id, round: 'first', kind: 'note', blockIndex: 1, start: 0, end: 2, note: '核实' }, t.proofreader);
    await ok(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('留下'), baseRevision: 1 }, t.editor);
    const listed = await ok(suite.server.url, 'marks.list', { storyId: story.id }, t.editor);
    expect(listed.map((m: { status: string }) => m.status)).toEqual(['orphaned', 'open']);
    expect((await post(suite.server.url, 'marks.accept', { id: mark.id }, { token: t.editor })).body).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await ok(suite.server.url, 'marks.reject', { id: mark.id, reason: '原句已删' }, t.editor)).toMatchObject({ status: 'rejected', reason: '原句已删' });
    expect(await ok(suite.server.url, 'marks.accept', { id: note.id }, t.editor)).toMatchObject({ status: 'accepted', appliedRevision: null });
  });

  it('the proofreader who made a mark withdraws it before the editor decides; nobody else may, and not after', async () => {
    const story = await ok(suite.server.url, 'stories.create', { content: paragraphs('钢城日报讯今天天气很好。') }, t.editor);
    const mark = await ok(suite.server.url, 'marks.add', { storyId: story.id, round: 'first', kind: 'delete', blockIndex: 0, start: 7, end: 9 }, t.proofreader);
    const kept = await ok(suite.server.url, 'marks.add', { storyId: story.id, round: 'first', kind: 'delete', blockIndex: 0, start: 0, end: 5 }, t.proofreader);
    const byEditor = await post(suite.server.url, 'marks.withdraw', { id: mark.id }, { token: t.editor });
    expect(byEditor.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const withdrawn = await ok(suite.server.url, 'marks.withdraw', { id: mark.id }, t.proofreader);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', decidedBy: 'proofreader', original: '天气' });
    const { rows } = await suite.server.pool.query('SELECT status FROM marks WHERE id = $1', [mark.id]);
    expect(rows[0].status).toBe('withdrawn');
    expect((await post(suite.server.url, 'marks.accept', { id: mark.id }, { token: t.editor })).body).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await post(suite.server.url, 'marks.withdraw', { id: mark.id }, { token: t.proofreader })).body).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await ok(suite.server.url, 'marks.reject', { id: kept.id, reason: '原文无误' }, t.editor);
    expect((await post(suite.server.url, 'marks.withdraw', { id: kept.id }, { token: t.proofreader })).body).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const listed = await ok(suite.server.url, 'marks.list', { storyId: story.id }, t.editor);
    expect(listed.map((m: { status: string }) => m.status)).toEqual(['withdrawn', 'rejected']);
    const feed = await ok(suite.server.url, 'changes', { since: 0 }, t.editor);
    expect(feed.changes.filter((c: { id: string }) => c.id === mark.id).map((c: { op: string; data: { status?: string } }) => [c.op, c.data.status ?? null])).toEqual([
      ['create', null],
      ['decide', 'withdrawn'],
    ]);
  });

  it('the proofreader who made a mark edits its proposal until the editor acts on it; nobody else may, and not after', async () => {
    const story = await ok(suite.server.url, 'stories.create', { content: paragraphs('钢城日报讯今天天气很好。') }, t.editor);
    const mark = await ok(suite.server.url, 'marks.add', { storyId: story.id, round: 'first', kind: 'replace', blockIndex: 0, start: 7, end: 9, proposed: '气候' }, t.proofreader);
    const byEditor = await post(suite.server.url, 'marks.edit', { id: mark.id, proposed: '天色' }, { token: t.editor });
    expect(byEditor.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(textOf(byEditor.body.ok ? null : byEditor.body.error)).toContain('只有标注人可以修改');
    // The proposal is checked like a new mark's: a replace that changes nothing is no mark.
    const same = await post(suite.server.url, 'marks.edit', { id: mark.id, proposed: '天气' }, { token: t.proofreader });
    expect(same.body).toMatchObject({ ok: false, error: { code: 'invalid-params' } });
    const edited = await ok(suite.server.url, 'marks.edit', { id: mark.id, proposed: '天色', note: '与上文统一' }, t.proofreader);
    expect(edited).toMatchObject({ status: 'open', proposed: '天色', note: '与上文统一', original: '天气' });
    await ok(suite.server.url, 'marks.accept', { id: mark.id }, t.editor);
    const late = await post(suite.server.url, 'marks.edit', { id: mark.id, proposed: '气候' }, { token: t.proofreader });
    expect(late.body).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await ok(suite.server.url, 'stories.get', { id: story.id }, t.editor)).content).toEqual(paragraphs('钢城日报讯今天天色很好。'));
    const feed = await ok(suite.server.url, 'changes', { since: 0 }, t.editor);
    expect(feed.changes.filter((c: { id: string }) => c.id === mark.id).map((c: { op: string }) => c.op)).toEqual(['create', 'update', 'decide']);
  });

  it('layout changes a page by version; the chief signs 签发, which freezes the page and its stories', async () => {
    const story = await ok(suite.server.url, 'stories.create', { content: paragraphs('头条') }, t.editor);
    const issue = await ok(suite.server.url, 'issues.create', { date: '2026-12-06', paperName: '钢城日报', pageCount: 2, sections: ['要闻'] }, t.layout);
    expect(issue.pages.map((p: { number: number; section: string }) => [p.number, p.section])).toEqual([[1, '要闻'], [2, '']]);
    const pageId = issue.pages[0].id as string;
    const placed = await ok(suite.server.url, 'modules.add', { pageId, version: 1, kind: 'story', storyId: story.id, column: 0, columnSpan: 4, topLine: 0, heightLines: 30 }, t.layout);
    expect(placed).toMatchObject({ version: 2, modules: [{ storyId: story.id, columnSpan: 4 }] });
    const stale = await post(suite.server.url, 'modules.update', { id: placed.modules[0].id, pageId, version: 1, heightLines: 40 }, { token: t.layout });
    expect(stale.body).toMatchObject({ ok: false, error: { code: 'conflict', field: 'version' } });
    const offPage = await post(suite.server.url, 'modules.update', { id: placed.modules[0].id, pageId, version: 2, column: 99 }, { token: t.layout });
    expect(offPage.body).toMatchObject({ ok: false, error: { code: 'invalid-params' } });
    const resized = await ok(suite.server.url, 'modules.update', { id: placed.modules[0].id, pageId, version: 2, heightLines: 40 }, t.layout);
    expect(resized.modules[0].heightLines).toBe(40);

    const mark = await ok(suite.server.url, 'marks.add', { storyId: story.id, round: 'first', kind: 'note', blockIndex: 0, start: 0, end: 2, note: '标题再斟酌' }, t.proofreader);
    expect((await post(suite.server.url, 'signoff.approve', { pageId }, { token: t.chief })).body).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await ok(suite.server.url, 'marks.accept', { id: mark.id }, t.editor);
    expect((await post(suite.server.url, 'pages.recordExport', { pageId, kind: 'plates', sha256: SHA }, { token: t.layout })).body).toMatchObject({ ok: false, error: { code: 'conflict' } });

    // 签发 follows the 责任编辑's page signature, as on the desk.
    expect((await post(suite.server.url, 'signoff.approve', { pageId }, { token: t.chief })).body).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await signForApproval(suite.server.url, pageId, t);
    const signed = await ok(suite.server.url, 'signoff.approve', { pageId }, t.chief);
    expect(signed.approved).toMatchObject({ kind: 'approve', by: 'chief', role: 'chief' });
    expect((await ok(suite.server.url, 'pages.get', { id: pageId }, t.layout)).status).toBe('approved');
    expect((await ok(suite.server.url, 'stories.get', { id: story.id }, t.editor)).status).toBe('approved');
    expect((await post(suite.server.url, 'modules.add', { pageId, version: 4, kind: 'story', column: 4, columnSpan: 2, topLine: 0, heightLines: 10 }, { token: t.layout })).body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await post(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('签发后改') }, { token: t.editor })).body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await post(suite.server.url, 'signoff.approve', { pageId }, { token: t.editor })).status).toBe(403);

    const withdrawn = await ok(suite.server.url, 'signoff.withdraw', { pageId, reason: '头条换稿' }, t.chief);
    expect(withdrawn.approved).toBeNull();
    expect(withdrawn.history.map((s: { kind: string }) => s.kind)).toEqual(['round', 'page', 'approve', 'withdraw']);
    expect((await ok(suite.server.url, 'stories.get', { id: story.id }, t.editor)).status).toBe('proofed');
    // The withdrawal voided the page signature: the editor signs again before the next 签发.
    await signForApproval(suite.server.url, pageId, t);
    await ok(suite.server.url, 'signoff.approve', { pageId }, t.chief);
    expect(await ok(suite.server.url, 'pages.recordExport', { pageId, kind: 'plates', sha256: SHA }, t.layout)).toMatchObject({ pageId, kind: 'plates' });
    expect((await ok(suite.server.url, 'pages.get', { id: pageId }, t.layout)).status).toBe('sent');
  });

  it('serves proofreading rounds and the page signature with the desk rules: in order, once, marks decided, voided by a text change', async () => {
    const story = await ok(suite.server.url, 'stories.create', { content: paragraphs('二版头条') }, t.editor);
    const issue = await ok(suite.server.url, 'issues.create', { date: '2026-12-08', paperName: '钢城日报', pageCount: 1 }, t.layout);
    const pageId = issue.pages[0].id as string;
    await ok(suite.server.url, 'modules.add', { pageId, version: 1, kind: 'story', storyId: story.id, column: 0, columnSpan: 4, topLine: 0, heightLines: 30 }, t.layout);
    const refused = async (method: string, params: unknown, token: string) => (await post(suite.server.url, method, params, { token })).body;
    const errorOf = (body: Awaited<ReturnType<typeof refused>>) => (body.ok ? null : body.error);

    const secondFirst = await refused('signoff.round', { pageId, round: 'second' }, t.proofreader);
    expect(secondFirst).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(textOf(errorOf(secondFirst))).toContain('一校');
    expect((await post(suite.server.url, 'signoff.round', { pageId, round: 'first' }, { token: t.editor })).status).toBe(403);
    const pageTooSoon = await refused('signoff.page', { pageId }, t.editor);
    expect(pageTooSoon).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(textOf(errorOf(pageTooSoon))).toContain('一校还没有签字');
    const first = await ok(suite.server.url, 'signoff.round', { pageId, round: 'first' }, t.proofreader);
    expect(first.rounds.first).toMatchObject({ kind: 'round', round: 'first', by: 'proofreader', role: 'proofreader', voided: false });
    expect(await refused('signoff.round', { pageId, round: 'first' }, t.proofreader)).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const mark = await ok(suite.server.url, 'marks.add', { storyId: story.id, round: 'first', kind: 'note', blockIndex: 0, start: 0, end: 2, note: '核实' }, t.proofreader);
    const undecided = await refused('signoff.page', { pageId }, t.editor);
    expect(undecided).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(textOf(errorOf(undecided))).toContain('未处理');
    await ok(suite.server.url, 'marks.reject', { id: mark.id, reason: '无误' }, t.editor);
    const signed = await ok(suite.server.url, 'signoff.page', { pageId }, t.editor);
    expect(signed).toMatchObject({ page: { kind: 'page', by: 'editor' }, undecidedMarks: 0 });

    // A change to the text after the signature voids it (签发 must approve the text the editor signed); rounds stand.
    await ok(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('二版头条改') }, t.editor);
    const after = await ok(suite.server.url, 'signoff.list', { pageId }, t.layout);
    expect(after.page).toBeNull();
    expect(after.history.find((h: { kind: string }) => h.kind === 'page')).toMatchObject({ voided: true });
    expect(after.rounds.first).toMatchObject({ voided: false });
    const feed = await ok(suite.server.url, 'changes', { since: 0 }, t.layout);
    expect(feed.changes.filter((c: { entity: string; id: string }) => c.entity === 'signoff' && c.id === pageId).map((c: { data: { kind: string } }) => c.data.kind)).toEqual(['round', 'page']);
  });
});
