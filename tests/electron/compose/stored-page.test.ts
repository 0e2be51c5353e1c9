/**
 * composeStoredPage's one story filter: only a live story is set. A story moved to the trash while placed gets the
 * composer's note, is read by no caller, has no fit figures, and preflight reports its module as empty — the
 * same answer from pages.fit, `folio page`, the marked proof, preflight and the export worker's data.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeStoredPage, readStoredPage } from '../../../electron/compose/stored-page';
import { pageFit } from '../../../electron/compose/page-fit';
import { loadPageData } from '../../../electron/export/preflight/page-inputs';
import { preflightIssue } from '../../../electron/export/preflight/run-preflight';
import { trashStory } from '../../../electron/store';
import { demoDesk, type DemoDesk } from '../export/preflight-fixture';

let desk: DemoDesk;
beforeEach(() => {
  desk = demoDesk();
});
afterEach(() => desk.db.close());

const glyphText = (items: readonly { kind: string; source?: readonly string[] }[]) =>
  items.flatMap((i) => (i.kind === 'text' ? i.source! : [])).join('');

describe('the story filter of a stored page', () => {
  it('reads every live story the page sets, once', () => {
    const page = readStoredPage(desk.db, desk.pageId);
    const live = new Set(page.view.modules.flatMap((m) => (m.story?.state === 'live' ? [m.story.id] : [])));
    expect(live.size).toBeGreaterThan(0);
    expect(new Set(Object.keys(page.stories))).toEqual(live);
  });

  it('never sets a trashed story: a note on the page, no fit figures, an empty-story error in preflight', async () => {
    const before = readStoredPage(desk.db, desk.pageId);
    const placed = before.view.modules.find((m) => m.kind === 'story' && m.story?.state === 'live')!;
    const storyId = placed.storyId!;
    trashStory(desk.db, storyId);

    const composed = composeStoredPage(desk.db, desk.pageId);
    expect(composed.stories).not.toHaveProperty(storyId);
    expect(loadPageData(desk.db, desk.pageId, Date.now()).stories).not.toHaveProperty(storyId);

    const module = composed.layout.modules.find((l) => l.moduleId === placed.id)!;
    expect(glyphText(module.frame.items)).toContain('稿件已删除');
    const fit = pageFit(composed).modules.find((m) => m.moduleId === placed.id)!;
    expect(fit.oversetChars).toBeNull();
    expect(fit.spareLines).toBeNull();

    const [report] = await preflightIssue(desk.db, { issueId: desk.issueId, pages: null, nowMs: Date.now(), renderPdf: null });
    expect(report.errors.filter((f) => f.module === placed.id).map((f) => f.code)).toEqual(['empty-story']);
  });
});
