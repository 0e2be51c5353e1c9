/**
 * Every change of a story's text is a new revision (a higher number, a new content hash written from that very
 * text). The plan's stored thumbnails are keyed by the placed stories' content hashes (renderer/plan/thumb-codec.ts)
 * and pages.ofIssue's `same` by revision numbers: a writer that changed a text in place (or under a number already
 * handed out) would have a fresh start draw a stale thumbnail. Held three ways: (1) no source file but
 * revisions-repo.ts writes the revisions table, and no one drops its guards; (2) the desk file refuses an UPDATE,
 * a DELETE, an INSERT OR REPLACE and a number at or below the newest (migrations 0020, 0670); (3) each writer
 * of story text — save, restore of a version, import, proof marks accepted, the newsroom's copy from the server,
 * the demo, creation — run, and every story's newest revision checked against what it was before.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../electron/store/content-hash';
import { copyStoryFromServer } from '../../../electron/store/remote-copy';
import { importCopyFiles } from '../../../electron/services/import/import-copy';
import type { Story, StoryContent } from '../../../shared/model';
import { callChecked } from '../services/call-checked';
import { deskWithServicesPerTest } from '../services/desk-services';
import { buildDocx } from '../services/docx-fixture';
import { REPO_ROOT } from '../../e2e/harness';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs|js|sql)$/.test(name) ? [path] : [];
  });
}

/** SQL that writes the revisions table (or takes its guards away). */
const WRITES_REVISIONS = /\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|ALTER\s+TABLE|DROP\s+TABLE(?:\s+IF\s+EXISTS)?)\s+["`]?revisions\b/gi;
const DROPS_GUARD = /DROP\s+TRIGGER(?:\s+IF\s+EXISTS)?\s+["`]?(revisions_never_updated|revisions_never_deleted|revisions_only_appended)\b/gi;

describe('writers of the revisions table (the desk side)', () => {
  it('only revisions-repo.ts appends revisions, and no migration drops their guards', () => {
    const found: string[] = [];
    for (const file of sourceFiles(join(REPO_ROOT, 'electron'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of [...text.matchAll(WRITES_REVISIONS), ...text.matchAll(DROPS_GUARD)]) found.push(`${relative(REPO_ROOT, file)}: ${m[0].replace(/\s+/g, ' ')}`);
    }
    expect(found).toEqual(['electron/store/revisions-repo.ts: INSERT INTO revisions']);
  });

  it('appendRevision hashes the content it stores', () => {
    const repo = readFileSync(join(REPO_ROOT, 'electron/store/revisions-repo.ts'), 'utf8');
    expect(repo).toMatch(/content: JSON\.stringify\(input\.content\), content_hash: contentHash\(input\.content\)/);
  });
});

interface Head {
  number: number;
  hash: string;
  content: string;
}

const fx = deskWithServicesPerTest('folio-text-writers-');
const call: typeof callChecked = (_services, method, params) => callChecked(fx.services, method, params);

/** Every story's newest revision (number, stored hash, text as stored). */
function heads(): Map<string, Head> {
  const rows = fx.desk.db
    .prepare<[], { story_id: string; number: number; content_hash: string; content: string }>(
      'SELECT story_id, number, content_hash, content FROM revisions r WHERE number = (SELECT max(number) FROM revisions WHERE story_id = r.story_id)',
    )
    .all();
  return new Map(rows.map((r) => [r.story_id, { number: r.number, hash: r.content_hash, content: r.content }]));
}

/**
 * What must hold after any write: each revision's hash is that of its text; a story whose text changed has a
 * newer revision with another hash; a story whose newest revision is unchanged has the same text.
 */
function checkTexts(before: Map<string, Head>): string[] {
  const wrong: string[] = [];
  const all = fx.desk.db.prepare<[], { story_id: string; number: number; content_hash: string; content: string }>('SELECT story_id, number, content_hash, content FROM revisions').all();
  for (const r of all) if (r.content_hash !== contentHash(JSON.parse(r.content))) wrong.push(`${r.story_id}#${r.number}: hash is not its text's`);
  for (const [id, now] of heads()) {
    const was = before.get(id);
    if (!was) continue;
    const changed = contentHash(JSON.parse(now.content)) !== contentHash(JSON.parse(was.content));
    if (changed && now.number <= was.number) wrong.push(`${id}: text changed under revision ${now.number}`);
    if (changed && now.hash === was.hash) wrong.push(`${id}: text changed, hash kept`);
    if (now.number === was.number && now.content !== was.content) wrong.push(`${id}: revision ${now.number} rewritten`);
  }
  return wrong;
}

/** Runs a writer and checks every story's text against its newest revision; answers how many stories' texts changed. */
async function written(write: () => unknown): Promise<number> {
  const before = heads();
  await write();
  expect(checkTexts(before)).toEqual([]);
  const after = heads();
  return [...after].filter(([id, h]) => before.get(id)?.hash !== h.hash).length;
}

const text = (s: string): StoryContent => ({ blocks: [{ type: 'headline', runs: [{ text: '标题' }] }, { type: 'paragraph', runs: [{ text: s }] }] });

describe('each writer of a story’s text appends a revision', () => {
  it('create, save, restore of a version, proof mark accepted, demo, import, the newsroom’s copy', async () => {
    let id = '';
    expect(await written(async () => ({ id } = await call(fx.services, 'stories.create', { content: text('钢城区今年共完成固定资产投资一百亿元。') })))).toBe(1);
    const first = await call(fx.services, 'stories.get', { id });
    expect(await written(() => call(fx.services, 'stories.save', { id, baseRevision: first.revision, content: text('改过的正文。') }))).toBe(1);
    // The same text saved again appends nothing and changes nothing.
    const second = await call(fx.services, 'stories.get', { id });
    expect(await written(() => call(fx.services, 'stories.save', { id, baseRevision: second.revision, content: text('改过的正文。') }))).toBe(0);
    expect(await written(() => call(fx.services, 'stories.restoreRevision', { id, number: first.revision }))).toBe(1);
    expect((await call(fx.services, 'stories.get', { id })).content).toEqual(first.content);

    const body = (await call(fx.services, 'stories.get', { id })).content.blocks[1] as { runs: { text: string }[] };
    const quote = '一百亿元';
    const start = body.runs[0].text.indexOf(quote);
    const mark = await call(fx.services, 'marks.add', { storyId: id, round: 'first', kind: 'replace', blockIndex: 1, start, end: start + quote.length, quote, proposed: '100亿元' });
    expect(await written(() => call(fx.services, 'marks.accept', { id: mark.id }))).toBe(1);
    expect(JSON.stringify((await call(fx.services, 'stories.get', { id })).content)).toContain('100亿元');

    expect(await written(() => call(fx.services, 'demo.create', {}))).toBeGreaterThanOrEqual(0);
    const docx = await buildDocx([{ style: 'Title', runs: [{ text: '导入的稿件' }] }, { runs: [{ text: '导入的正文。' }] }]);
    expect(await written(() => importCopyFiles(fx.desk, [{ name: '稿件.docx', bytes: docx }]))).toBe(1);

    // The newsroom applier's copy of a story changed on another desk: a new local revision, never in place.
    const local = await call(fx.services, 'stories.get', { id });
    const fromServer: Story = { ...local, content: text('另一台机器上改的正文。'), revision: 99 };
    expect(await written(() => copyStoryFromServer(fx.desk.db, id, fromServer, '远方编辑'))).toBe(1);
    expect(await written(() => copyStoryFromServer(fx.desk.db, id, fromServer, '远方编辑'))).toBe(0);
    expect(await written(() => copyStoryFromServer(fx.desk.db, '00000000-0000-4000-8000-0000000000aa', fromServer, '远方编辑'))).toBe(1); // a story new to this desk
    expect(heads().get('00000000-0000-4000-8000-0000000000aa')?.number).toBe(1);
  });

  it('the check catches a writer that changes a text in place (the guards taken away for the test)', async () => {
    const { id } = await call(fx.services, 'stories.create', { content: text('原来的正文。') });
    const before = heads();
    fx.desk.db.exec('DROP TRIGGER revisions_never_updated');
    fx.desk.db.prepare('UPDATE revisions SET content = ? WHERE story_id = ?').run(JSON.stringify(text('偷偷改的正文。')), id);
    expect(checkTexts(before)).toEqual([`${id}#1: hash is not its text's`, `${id}: text changed under revision 1`, `${id}: text changed, hash kept`, `${id}: revision 1 rewritten`]);
  });
});

describe('the desk file refuses a revision rewritten', () => {
  const row = (id: string, storyId: string, number: number, content: StoryContent) => ({
    id, story_id: storyId, number, author: 'x', created_at: '2026-12-06T00:00:00.000Z', content: JSON.stringify(content), content_hash: contentHash(content), chars: 1, han_chars: 1, reason: 'edit',
  });
  const insert = (verb: string) => fx.desk.db.prepare(`${verb} INTO revisions (id, story_id, number, author, created_at, content, content_hash, chars, han_chars, reason) VALUES (@id, @story_id, @number, @author, @created_at, @content, @content_hash, @chars, @han_chars, @reason)`);

  it('an UPDATE, a DELETE, an INSERT OR REPLACE, a number at or below the newest', async () => {
    const { id } = await call(fx.services, 'stories.create', { content: text('原来的正文。') });
    const [{ id: revId }] = fx.desk.db.prepare<[string], { id: string }>('SELECT id FROM revisions WHERE story_id = ?').all(id);
    const before = heads();
    expect(() => fx.desk.db.prepare('UPDATE revisions SET content = ? WHERE story_id = ?').run(JSON.stringify(text('改')), id)).toThrow(/append-only/);
    expect(() => fx.desk.db.prepare('DELETE FROM revisions WHERE story_id = ?').run(id)).toThrow(/append-only/);
    expect(() => insert('INSERT OR REPLACE').run(row('00000000-0000-4000-8000-0000000000b1', id, 1, text('换掉的正文。')))).toThrow(/append-only/);
    expect(() => insert('REPLACE').run(row(revId, id, 2, text('换掉的正文。')))).toThrow(/append-only/);
    expect(() => insert('INSERT').run(row('00000000-0000-4000-8000-0000000000b2', id, 1, text('同号的正文。')))).toThrow();
    expect(checkTexts(before)).toEqual([]);
    expect(heads()).toEqual(before);
    // The next number goes in.
    insert('INSERT').run(row('00000000-0000-4000-8000-0000000000b3', id, 2, text('下一版。')));
    expect(heads().get(id)?.number).toBe(2);
  });
});
