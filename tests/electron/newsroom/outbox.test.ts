import { afterEach, describe, expect, it } from 'vitest';
import { listOutbox } from './outbox-rows';
import { openTestDesk, type TestDesk } from './desk-fixture';
import { callChecked } from '../services/call-checked';
import { storyContent } from '../store/helpers';
import { setServerRevision } from '../../../electron/newsroom/sync-state';

let desks: TestDesk[] = [];
afterEach(() => {
  for (const d of desks) d.close();
  desks = [];
});

// A port nothing listens on: the desk is in newsroom mode but offline, so the outbox keeps everything.
const OFFLINE = { url: 'http://127.0.0.1:9', token: 'token-1' };

describe('outbox (newsroom mode)', () => {
  it('single-desk mode writes no outbox entry', async () => {
    const d = openTestDesk(null);
    desks.push(d);
    const story = await callChecked(d.services, 'stories.create', {});
    await callChecked(d.services, 'stories.save', { id: story.id, content: storyContent('标题', '正文') });
    expect(listOutbox(d.desk)).toEqual([]);
  });

  it('each mutation is applied locally and appended to the outbox, in order, with its own mutation id', async () => {
    const d = openTestDesk(OFFLINE);
    desks.push(d);
    const story = await callChecked(d.services, 'stories.create', { title: '稿一' });
    await callChecked(d.services, 'stories.save', { id: story.id, content: storyContent('标题', '第一稿'), baseRevision: 1 });
    await callChecked(d.services, 'stories.save', { id: story.id, content: storyContent('标题', '第二稿'), baseRevision: 2 });
    await callChecked(d.services, 'stories.rename', { id: story.id, title: '新题' });
    const rows = listOutbox(d.desk);
    expect(rows.map((r) => r.method)).toEqual(['stories.create', 'stories.save', 'stories.save', 'stories.rename']);
    expect(new Set(rows.map((r) => r.mutation_id)).size).toBe(4);
    expect(rows.every((r) => r.state === 'pending')).toBe(true);
    expect(rows[0].created_id).toBe(story.id);
    // The desk's own baseRevision/clientId stay on the desk; the saves chain on the create's acknowledged revision.
    expect(JSON.parse(rows[1].params)).not.toHaveProperty('baseRevision');
    expect(rows[1].base_revision).toBeNull();
    expect((await callChecked(d.services, 'stories.get', { id: story.id })).revision).toBe(3);
    expect((await callChecked(d.services, 'newsroom.status', {})).outbox).toBe(4);
  });

  it('a save on a story the server already acknowledged carries that server revision as its base', async () => {
    const d = openTestDesk(OFFLINE);
    desks.push(d);
    const story = await callChecked(d.services, 'stories.create', {});
    d.desk.db.prepare("UPDATE newsroom_outbox SET state = 'done'").run();
    setServerRevision(d.desk.db, story.id, 7);
    await callChecked(d.services, 'stories.save', { id: story.id, content: storyContent('标题', '改') });
    expect(listOutbox(d.desk).at(-1)!.base_revision).toBe(7);
  });

  it('a save that changes nothing, and a refused mutation, append nothing', async () => {
    const d = openTestDesk(OFFLINE);
    desks.push(d);
    const story = await callChecked(d.services, 'stories.create', { content: storyContent('标题', '正文') });
    await callChecked(d.services, 'stories.save', { id: story.id, content: storyContent('标题', '正文') });
    const refused = await d.services.dispatch('stories.save', { id: story.id, content: storyContent('标题', '另'), baseRevision: 9 });
    expect(refused.ok).toBe(false);
    expect(listOutbox(d.desk).map((r) => r.method)).toEqual(['stories.create']);
  });

  it('the local change and its outbox entry commit together: a failing append rolls the change back', async () => {
    const d = openTestDesk(OFFLINE);
    desks.push(d);
    const story = await callChecked(d.services, 'stories.create', { content: storyContent('标题', '正文') });
    d.desk.db.exec(`CREATE TRIGGER outbox_full BEFORE INSERT ON newsroom_outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    const reply = await d.services.dispatch('stories.save', { id: story.id, content: storyContent('标题', '改过') });
    expect(reply.ok).toBe(false);
    expect((await callChecked(d.services, 'stories.get', { id: story.id })).revision).toBe(1);
  });

  it('a batch 采纳 across two stories is one outbox entry per story, so each story waits for the server', async () => {
    const d = openTestDesk(OFFLINE);
    desks.push(d);
    const a = await callChecked(d.services, 'stories.create', { content: storyContent('甲稿', '钢产量再创新高') });
    const b = await callChecked(d.services, 'stories.create', { content: storyContent('乙稿', '铁水产量再创新高') });
    const markA = await callChecked(d.services, 'marks.add', { storyId: a.id, round: 'first', kind: 'delete', blockIndex: 1, start: 0, end: 1, quote: '钢' });
    const markB = await callChecked(d.services, 'marks.add', { storyId: b.id, round: 'first', kind: 'delete', blockIndex: 1, start: 0, end: 1, quote: '铁' });
    await callChecked(d.services, 'marks.acceptMany', { ids: [markA.id, markB.id] });
    const batch = listOutbox(d.desk).filter((r) => r.method === 'marks.acceptMany');
    expect(batch.map((r) => [r.story_id, JSON.parse(r.params).ids])).toEqual([
      [a.id, [markA.id]],
      [b.id, [markB.id]],
    ]);
  });
});
