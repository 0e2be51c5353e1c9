// pages.ofIssue: an issue's page views and the stories they place in one answer (the plan's one request).
import { describe, expect, it } from 'vitest';
import { setStoryId } from '../../../shared/model/page-placement';
import { contentHash } from '../../../electron/store/content-hash';
import { callChecked } from './call-checked';
import { deskWithServicesPerTest } from './desk-services';

const fx = deskWithServicesPerTest('folio-pages-of-issue-');

describe('pages.ofIssue', () => {
  it('answers every page as pages.get does, in page order, and each placed story once as stories.get does', async () => {
    const demo = await callChecked(fx.services, 'demo.create', {});
    const issue = await callChecked(fx.services, 'issues.get', { id: demo.issue });
    const answer = await callChecked(fx.services, 'pages.ofIssue', { issueId: demo.issue });
    expect(answer.views).toEqual(await Promise.all(issue.pages.map((p) => callChecked(fx.services, 'pages.get', { id: p.id }))));
    const placed = [...new Set(answer.views.flatMap((v) => v.modules.map(setStoryId).filter((id): id is string => id !== null)))];
    expect(placed.length).toBeGreaterThan(0);
    expect(answer.stories.map((s) => s.id)).toEqual(placed);
    expect(answer.stories).toEqual((await callChecked(fx.services, 'stories.getMany', { ids: placed })).stories);
    expect(answer.missing).toEqual([]);
    expect(answer.unchanged).toBe(false);
    expect(answer.same).toEqual([]);
  });

  it('gives each page’s sign-offs as signoff.list does, in the views’ order, a round signed since included', async () => {
    const demo = await callChecked(fx.services, 'demo.create', {});
    const issue = await callChecked(fx.services, 'issues.get', { id: demo.issue });
    const page = issue.pages[0];
    await callChecked(fx.services, 'profile.set', { name: '李校', role: 'proofreader' });
    await callChecked(fx.services, 'signoff.round', { pageId: page.id, round: 'first' });
    const answer = await callChecked(fx.services, 'pages.ofIssue', { issueId: demo.issue });
    expect(answer.signoffs.map((s) => s.pageId)).toEqual(answer.views.map((v) => v.page.id));
    expect(answer.signoffs).toEqual(await Promise.all(issue.pages.map((p) => callChecked(fx.services, 'signoff.list', { pageId: p.id }))));
    expect(answer.signoffs[0].rounds.first).not.toBeNull();
    expect((await callChecked(fx.services, 'pages.ofIssue', { issueId: demo.issue, texts: false })).signoffs).toEqual(answer.signoffs);
  });

  it('answers unchanged, without views or stories, when nothing was written since the version given', async () => {
    const demo = await callChecked(fx.services, 'demo.create', {});
    const first = await callChecked(fx.services, 'pages.ofIssue', { issueId: demo.issue });
    expect(first.unchanged).toBe(false);
    const again = await callChecked(fx.services, 'pages.ofIssue', { issueId: demo.issue, since: first.version });
    expect(again).toEqual({ version: first.version, unchanged: true, views: [], stories: [], same: [], missing: [], heads: [], signoffs: [] });
    // Any write, even one the issue does not show, and the answer is whole again.
    const story = first.stories[0];
    await callChecked(fx.services, 'stories.save', { id: story.id, baseRevision: story.revision, content: { blocks: [{ type: 'paragraph', runs: [{ text: '版本变了。' }] }] } });
    const after = await callChecked(fx.services, 'pages.ofIssue', { issueId: demo.issue, since: first.version });
    expect(after.unchanged).toBe(false);
    expect(after.version).not.toBe(first.version);
    expect(after.stories.find((s) => s.id === story.id)!.content).toEqual({ blocks: [{ type: 'paragraph', runs: [{ text: '版本变了。' }] }] });
    expect(after.views).toEqual(first.views.map((v) => after.views.find((w) => w.page.id === v.page.id)));
    expect((await callChecked(fx.services, 'pages.ofIssue', { issueId: demo.issue, since: 'some-other-version' })).unchanged).toBe(false);
  });

  it('lists a story held at its newest revision in `same` instead of sending it again', async () => {
    const demo = await callChecked(fx.services, 'demo.create', {});
    const first = await callChecked(fx.services, 'pages.ofIssue', { issueId: demo.issue });
    const [saved, kept, older] = first.stories;
    const unknown = '00000000-0000-4000-8000-000000000000';
    await callChecked(fx.services, 'stories.save', { id: saved.id, baseRevision: saved.revision, content: { blocks: [{ type: 'paragraph', runs: [{ text: '改了一版。' }] }] } });
    const revisions = { [saved.id]: saved.revision, [kept.id]: kept.revision, [older.id]: older.revision - 1, [unknown]: 1 };
    const again = await callChecked(fx.services, 'pages.ofIssue', { issueId: demo.issue, since: first.version, revisions });
    expect(again.same).toEqual([kept.id]);
    expect(again.stories.map((s) => s.id)).toContain(saved.id);
    expect(again.stories.map((s) => s.id)).toContain(older.id);
    expect(again.stories.map((s) => s.id)).not.toContain(kept.id);
    expect(again.stories.find((s) => s.id === saved.id)!.content).toEqual({ blocks: [{ type: 'paragraph', runs: [{ text: '改了一版。' }] }] });
    expect(again.stories.length + again.same.length).toBe(first.stories.length);
  });

  it('gives every placed story’s head (newest revision, content hash as stored); with texts false, no story', async () => {
    const demo = await callChecked(fx.services, 'demo.create', {});
    const whole = await callChecked(fx.services, 'pages.ofIssue', { issueId: demo.issue });
    expect(whole.heads.map((h) => h.id)).toEqual(whole.stories.map((s) => s.id));
    for (const story of whole.stories) {
      expect(whole.heads.find((h) => h.id === story.id)).toEqual({ id: story.id, revision: story.revision, hash: contentHash(story.content) });
    }
    const bare = await callChecked(fx.services, 'pages.ofIssue', { issueId: demo.issue, texts: false });
    expect(bare.views).toEqual(whole.views);
    expect(bare.heads).toEqual(whole.heads);
    expect(bare.stories).toEqual([]);
    expect(bare.same).toEqual([]);
    // A save changes the head's revision and hash; `same` lists the stories held, with their heads too.
    const story = whole.stories[0];
    const content = { blocks: [{ type: 'paragraph' as const, runs: [{ text: '新的一版。' }] }] };
    await callChecked(fx.services, 'stories.save', { id: story.id, baseRevision: story.revision, content });
    const revisions = Object.fromEntries(whole.stories.map((s) => [s.id, s.revision]));
    const after = await callChecked(fx.services, 'pages.ofIssue', { issueId: demo.issue, revisions });
    expect(after.heads.find((h) => h.id === story.id)).toEqual({ id: story.id, revision: story.revision + 1, hash: contentHash(content) });
    expect(after.heads.length).toBe(whole.heads.length);
    expect(after.same.length).toBe(whole.stories.length - 1);
  });

  it('answers not-found for an unknown issue', async () => {
    const reply = await fx.services.dispatch('pages.ofIssue', { issueId: '00000000-0000-4000-8000-000000000000' });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('not-found');
  });
});
