// plan.push / plan.get / assets on the real server: the merge rule of shared/newsroom/page-plan.ts applied under
// row locks, idempotent replays, 签发 pages frozen, pictures checked against their hash.
import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completeModule } from '../../shared/model/module-defaults';
import { presetTemplate } from '../../shared/model';
import { diffPlan, type PlanModule, type PlanState } from '../../shared/newsroom/page-plan';
import { havePostgres } from './pg-test-db';
import { ok, post, signForApproval } from './newsroom-harness';
import { serverSuite } from './server-suite';

const pgAvailable = await havePostgres('newsroom page plan');

function newPlan(): PlanState {
  const issueId = randomUUID();
  const pageId = randomUUID();
  const mod = (column: number, position: number): PlanModule => ({
    ...completeModule(randomUUID(), pageId, { kind: 'story', column, columnSpan: 2, topLine: 0, heightLines: 20, storyId: null }),
    position,
  });
  return {
    issues: [{ id: issueId, paperName: '钢城日报', date: '2026-12-06', publisher: '钢城集团', issueNumber: 3, serialNumber: 1203, registration: '' }],
    pages: [{ id: pageId, issueId, number: 1, section: '要闻', status: 'layout', template: presetTemplate('broadsheet'), editor: '', layoutBy: '', proofreader: '' }],
    modules: [mod(0, 1), mod(2, 2)],
  };
}
const empty: PlanState = { issues: [], pages: [], modules: [] };
const moved = (plan: PlanState, index: number, topLine: number): PlanState => ({
  ...plan,
  modules: plan.modules.map((m, i) => (i === index ? { ...m, topLine } : m)),
});

describe.runIf(pgAvailable)('the page plan on the server', () => {
  const suite = serverSuite('plan', { staff: ['layout', 'editor', 'proofreader', 'chief'] });
  const t = suite.tokens;

  it('creates an issue from a desk with all its 报头 fields, and reads it back whole', async () => {
    const plan = newPlan();
    const reply = await ok(suite.server.url, 'plan.push', diffPlan(empty, plan), t.editor, randomUUID());
    expect(reply.conflicts).toEqual([]);
    const read = await ok(suite.server.url, 'plan.get', { issueId: plan.issues[0].id }, t.layout);
    expect({ issues: read.issues, pages: read.pages, modules: read.modules }).toEqual(plan);
    expect(read.versions).toEqual({ [plan.pages[0].id]: 1 });
    // The page is also the server's page document (pages.get, signoff) with the people and drawing order.
    const page = await ok(suite.server.url, 'pages.get', { id: plan.pages[0].id }, t.layout);
    expect(page.modules.map((m: { position: number }) => m.position)).toEqual([1, 2]);
  });

  it('a replay of the same push under its key changes nothing twice; a stale base keeps the current and answers a conflict', async () => {
    const plan = newPlan();
    await ok(suite.server.url, 'plan.push', diffPlan(empty, plan), t.layout, randomUUID());
    const key = randomUUID();
    const first = await ok(suite.server.url, 'plan.push', diffPlan(plan, moved(plan, 0, 10)), t.layout, key);
    const replay = await ok(suite.server.url, 'plan.push', diffPlan(plan, moved(plan, 0, 10)), t.layout, key);
    expect(replay).toEqual(first);
    expect(first.plan.versions[plan.pages[0].id]).toBe(2);

    // Another desk, from the first base: a different module applies, the same one conflicts.
    const other = await ok(suite.server.url, 'plan.push', diffPlan(plan, moved(moved(plan, 0, 30), 1, 40)), t.editor, randomUUID());
    expect(other.conflicts).toEqual([expect.objectContaining({ entity: 'module', id: plan.modules[0].id, reason: 'changed', mine: expect.objectContaining({ topLine: 30 }), theirs: expect.objectContaining({ topLine: 10 }) })]);
    expect(other.plan.modules.map((m: PlanModule) => m.topLine)).toEqual([10, 40]);
    expect(other.plan.versions[plan.pages[0].id]).toBe(3);
  });

  it('a 签发 page refuses every change from a desk; modules off the page are refused as bad input', async () => {
    const plan = newPlan();
    await ok(suite.server.url, 'plan.push', diffPlan(empty, plan), t.layout, randomUUID());
    const offPage = await post(suite.server.url, 'plan.push', diffPlan(plan, { ...plan, modules: [{ ...plan.modules[0], column: 40 }, plan.modules[1]] }), { token: t.layout, key: randomUUID() });
    expect(offPage.body).toMatchObject({ ok: false, error: { code: 'invalid-params' } });

    await signForApproval(suite.server.url, plan.pages[0].id, t);
    await ok(suite.server.url, 'signoff.approve', { pageId: plan.pages[0].id }, t.chief);
    const signed = { ...plan, pages: [{ ...plan.pages[0], status: 'approved' as const }] };
    const refused = await ok(suite.server.url, 'plan.push', diffPlan(signed, moved(signed, 0, 10)), t.layout, randomUUID());
    expect(refused.conflicts).toEqual([expect.objectContaining({ entity: 'module', reason: 'approved' })]);
    expect(refused.plan.modules[0].topLine).toBe(0);
  });

  it('pictures are stored by their sha256, once, and refused when the hash does not match the bytes', async () => {
    const bytes = Buffer.from('a picture, as far as the server is concerned');
    const id = createHash('sha256').update(bytes).digest('hex');
    const asset = { id, name: 'p.jpg', format: 'jpeg', widthPx: 8, heightPx: 8, colourSpace: 'srgb', hasIccProfile: false, bitsPerChannel: 8, hasAlpha: false, densityPpi: null, sizeBytes: bytes.length, thumbnail: { widthPx: 8, heightPx: 8 } };
    expect(await ok(suite.server.url, 'assets.put', { asset, base64: bytes.toString('base64') }, t.editor, randomUUID())).toEqual({ id, created: true });
    expect(await ok(suite.server.url, 'assets.put', { asset, base64: bytes.toString('base64') }, t.layout, randomUUID())).toEqual({ id, created: false });
    expect(Buffer.from((await ok(suite.server.url, 'assets.get', { id }, t.chief)).base64, 'base64').equals(bytes)).toBe(true);
    const wrong = await post(suite.server.url, 'assets.put', { asset: { ...asset, id: 'b'.repeat(64) }, base64: bytes.toString('base64') }, { token: t.editor, key: randomUUID() });
    expect(wrong.body).toMatchObject({ ok: false, error: { code: 'invalid-params', field: 'asset.id' } });
  });
});
