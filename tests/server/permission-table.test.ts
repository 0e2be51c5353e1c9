// Walks the whole method × role table (shared/newsroom/permissions.ts) against a running server: every role
// calls every method with params that would succeed; the roles the table refuses get 403 'forbidden', the others
// get anything but.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newsroomContract, type NewsroomMethod } from '../../shared/api/contract-newsroom';
import { TRANSITIONS } from '../../shared/model/workflow';
import { mayCall, mayTransition, NEWSROOM_PERMISSIONS } from '../../shared/newsroom/permissions';
import { NewsroomRoles, type NewsroomRole } from '../../shared/newsroom/roles';
import { havePostgres } from './pg-test-db';
import { login, ok, paragraphs, PASSWORD, post, signForApproval } from './newsroom-harness';
import { serverSuite } from './server-suite';

const pgAvailable = await havePostgres('newsroom permission table');
const SHA = 'a'.repeat(64);

function assetMeta(bytes: Buffer) {
  return {
    id: createHash('sha256').update(bytes).digest('hex'),
    name: 'p.jpg',
    format: 'jpeg' as const,
    widthPx: 8,
    heightPx: 8,
    colourSpace: 'srgb' as const,
    hasIccProfile: false,
    bitsPerChannel: 8,
    hasAlpha: false,
    densityPpi: null,
    sizeBytes: bytes.length,
    thumbnail: { widthPx: 8, heightPx: 8 },
  };
}

describe.runIf(pgAvailable)('the method × role table, walked against the server', () => {
  const suite = serverSuite('perms', { staff: NewsroomRoles });
  const t = suite.tokens;

  const story = async () => (await ok(suite.server.url, 'stories.create', { content: paragraphs('校对测试文字') }, t.chief)).id as string;
  const mark = async () => {
    const storyId = await story();
    const added = await ok(suite.server.url, 'marks.add', { storyId, round: 'first', kind: 'replace', blockIndex: 0, start: 0, end: 2, proposed: '校正' }, t.proofreader);
    return added.id as string;
  };
  const page = async () => {
    const issue = await ok(suite.server.url, 'issues.create', { date: '2026-12-06', paperName: '钢城日报' }, t.layout);
    return { ...(issue.pages[0] as { id: string; version: number }), issueId: issue.id as string };
  };
  const moduled = async () => {
    const p = await page();
    const view = await ok(suite.server.url, 'modules.add', { pageId: p.id, version: 1, kind: 'story', column: 0, columnSpan: 2, topLine: 0, heightLines: 20 }, t.layout);
    return { pageId: p.id, moduleId: view.modules[0].id as string, version: view.version as number };
  };

  /** Params under which the call succeeds for a role the table allows. */
  const fixtures: Record<NewsroomMethod, (role: NewsroomRole) => Promise<unknown>> = {
    'session.login': async (role) => ({ name: role, password: PASSWORD }),
    'session.logout': async () => ({}),
    'session.me': async () => ({}),
    changes: async () => ({ since: 0, limit: 1 }),
    'stories.list': async () => ({}),
    'stories.get': async () => ({ id: await story() }),
    'stories.revisions': async () => ({ id: await story() }),
    'stories.revision': async () => ({ id: await story(), number: 1 }),
    'stories.locks': async () => ({}),
    'stories.create': async () => ({ content: paragraphs('新稿') }),
    'stories.save': async () => ({ id: await story(), content: paragraphs('改过'), baseRevision: 1 }),
    'stories.rename': async () => ({ id: await story(), title: '新标题' }),
    'stories.transition': async (role) => {
      const rule = TRANSITIONS.find((r) => mayTransition(role, r.from, r.to)) ?? TRANSITIONS[0];
      const id = await story();
      await suite.server.pool.query('UPDATE stories SET status = $2 WHERE id = $1', [id, rule.from]);
      return { id, to: rule.to };
    },
    'stories.lock': async () => ({ id: await story(), clientId: 'desk-1' }),
    'stories.unlock': async () => ({ id: await story(), clientId: 'desk-1' }),
    'stories.takeOverLock': async () => ({ id: await story(), clientId: 'desk-1' }),
    'marks.list': async () => ({ storyId: await story() }),
    'marks.add': async () => ({ storyId: await story(), round: 'first', kind: 'replace', blockIndex: 0, start: 0, end: 2, proposed: '校正' }),
    'marks.accept': async () => ({ id: await mark() }),
    'marks.acceptMany': async () => ({ ids: [await mark(), await mark()] }),
    'marks.reject': async () => ({ id: await mark(), reason: '原文无误' }),
    // Only the mark's author may withdraw it: the mark is made by the calling role where that role may mark.
    'marks.withdraw': async (role) => {
      const storyId = await story();
      const by = mayCall(role, 'marks.add') ? t[role] : t.proofreader;
      return { id: (await ok(suite.server.url, 'marks.add', { storyId, round: 'first', kind: 'delete', blockIndex: 0, start: 0, end: 1 }, by)).id };
    },
    // Only the mark's author may edit it, like withdraw.
    'marks.edit': async (role) => {
      const storyId = await story();
      const by = mayCall(role, 'marks.add') ? t[role] : t.proofreader;
      const made = await ok(suite.server.url, 'marks.add', { storyId, round: 'first', kind: 'replace', blockIndex: 0, start: 0, end: 2, proposed: '校正' }, by);
      return { id: made.id, proposed: '改正' };
    },
    'issues.list': async () => ({}),
    'issues.get': async () => ({ id: (await page()).issueId }),
    'issues.create': async () => ({ date: '2026-12-07', paperName: '钢城日报' }),
    'pages.get': async () => ({ id: (await page()).id }),
    'pages.update': async () => ({ id: (await page()).id, version: 1, section: '要闻' }),
    'modules.add': async () => ({ pageId: (await page()).id, version: 1, kind: 'story', column: 0, columnSpan: 2, topLine: 0, heightLines: 20 }),
    'modules.update': async () => {
      const m = await moduled();
      return { id: m.moduleId, pageId: m.pageId, version: m.version, heightLines: 24 };
    },
    'modules.remove': async () => {
      const m = await moduled();
      return { id: m.moduleId, pageId: m.pageId, version: m.version };
    },
    'pages.recordExport': async () => ({ pageId: (await page()).id, kind: 'pdf', sha256: SHA }),
    'signoff.list': async () => ({ pageId: (await page()).id }),
    'signoff.round': async () => ({ pageId: (await page()).id, round: 'first' }),
    'signoff.page': async () => {
      const p = await page();
      await ok(suite.server.url, 'signoff.round', { pageId: p.id, round: 'first' }, t.proofreader);
      return { pageId: p.id };
    },
    'signoff.approve': async () => {
      const p = await page();
      await signForApproval(suite.server.url, p.id, t);
      return { pageId: p.id };
    },
    'signoff.withdraw': async () => {
      const p = await page();
      await signForApproval(suite.server.url, p.id, t);
      await ok(suite.server.url, 'signoff.approve', { pageId: p.id }, t.chief);
      return { pageId: p.id, reason: '改版' };
    },
    'plan.get': async () => ({ issueId: (await page()).issueId }),
    'plan.push': async () => {
      const id = randomUUID();
      const issue = { id, paperName: '钢城日报', date: '2026-12-08', publisher: '', issueNumber: 1, serialNumber: null, registration: '' };
      return { issues: [{ id, before: null, after: issue }], pages: [], modules: [] };
    },
    'assets.put': async () => {
      const bytes = randomBytes(64);
      return { asset: assetMeta(bytes), base64: bytes.toString('base64') };
    },
    'assets.get': async () => {
      const bytes = randomBytes(64);
      await ok(suite.server.url, 'assets.put', { asset: assetMeta(bytes), base64: bytes.toString('base64') }, t.chief);
      return { id: assetMeta(bytes).id };
    },
  };

  it('has a fixture for every method of the contract and a row for every method', () => {
    expect(Object.keys(fixtures).sort()).toEqual(Object.keys(newsroomContract).sort());
    expect(Object.keys(NEWSROOM_PERMISSIONS).sort()).toEqual(Object.keys(newsroomContract).sort());
  });

  it('enforces every cell of the table', async () => {
    const mismatches: string[] = [];
    for (const method of Object.keys(fixtures) as NewsroomMethod[]) {
      for (const role of NewsroomRoles) {
        const params = await fixtures[method](role);
        const token = method === 'session.logout' ? await login(suite.server.url, role, PASSWORD) : method === 'session.login' ? undefined : t[role];
        const reply = await post(suite.server.url, method, params, { token });
        const allowed = mayCall(role, method);
        const refused = reply.status === 403 && !reply.body.ok && reply.body.error.code === 'forbidden';
        if (allowed && !reply.body.ok) mismatches.push(`${method} × ${role}: allowed but got ${reply.status} ${JSON.stringify(reply.body.error)}`);
        if (!allowed && !refused) mismatches.push(`${method} × ${role}: should be forbidden, got ${reply.status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('matches the table printed in docs/newsroom.md', async () => {
    const { readFileSync } = await import('node:fs');
    const { permissionTableMarkdown } = await import('../../shared/newsroom/permissions-doc');
    const doc = readFileSync(new URL('../../docs/newsroom.md', import.meta.url), 'utf8');
    expect(doc).toContain(permissionTableMarkdown());
  });
});
