/**
 * The page revision manifest.json records: the same for the same printed page (read again, the page merely
 * touched), another one after any change that can move ink — a story's text, a module's place, the page's people.
 */
import { describe, expect, it } from 'vitest';
import { pageRevision } from '../../../electron/export/delivery/page-revision';
import { readStoredPage } from '../../../electron/compose/stored-page';
import { getPageView, saveStory, getStory, updateModule, updatePage } from '../../../electron/store';
import { demoDesk } from './preflight-fixture';

describe('page revision', () => {
  it('names what the page prints, not when it was touched', () => {
    const desk = demoDesk();
    const first = pageRevision(readStoredPage(desk.db, desk.pageId));
    expect(first).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(pageRevision(readStoredPage(desk.db, desk.pageId))).toBe(first);
    desk.db.prepare("UPDATE pages SET updated_at = '2030-01-01T00:00:00.000Z' WHERE id = ?").run(desk.pageId);
    expect(pageRevision(readStoredPage(desk.db, desk.pageId))).toBe(first);

    const view = getPageView(desk.db, desk.pageId);
    const m = view.modules.find((x) => x.kind === 'story')!;
    const story = getStory(desk.db, m.storyId!);
    const content = structuredClone(story.content);
    const para = content.blocks.find((b) => b.type === 'paragraph')!;
    if (para.type === 'paragraph') para.runs[0].text = `改${para.runs[0].text}`;
    saveStory(desk.db, { id: story.id, baseRevision: story.revision, content });
    const edited = pageRevision(readStoredPage(desk.db, desk.pageId));
    expect(edited).not.toBe(first);

    updateModule(desk.db, m.id, { heightLines: m.heightLines - 1 });
    const moved = pageRevision(readStoredPage(desk.db, desk.pageId));
    expect(moved).not.toBe(edited);
    updatePage(desk.db, desk.pageId, { proofreader: '新校对' });
    expect(pageRevision(readStoredPage(desk.db, desk.pageId))).not.toBe(moved);
  });
});
