/** The proofreading migrations: marks and their append-only decisions, page sign-offs, the term list. */
import { describe, expect, it } from 'vitest';
import { openMemory } from '../../../electron/store/db';
import { migrateDatabase } from '../../../electron/store/migrations';

const NOW = '2026-11-25T10:00:00.000Z';

/** A desk at 0210 with one story, one issue and one page, then migrated to `version`. */
function deskAt(version: number) {
  const db = openMemory();
  migrateDatabase(db, 210);
  db.prepare("INSERT INTO stories (id, title, created_at, updated_at) VALUES ('s1', '稿', ?, ?)").run(NOW, NOW);
  db.prepare(
    "INSERT INTO issues (id, paper_name, date, issue_number, created_at, updated_at) VALUES ('i1', '钢城日报', '2026-11-25', 1, ?, ?)",
  ).run(NOW, NOW);
  db.prepare("INSERT INTO pages (id, issue_id, number, template, created_at, updated_at) VALUES ('p1', 'i1', 1, '{}', ?, ?)").run(NOW, NOW);
  expect(migrateDatabase(db, version)).toBe(version);
  return db;
}

const plan = (db: ReturnType<typeof openMemory>, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((p) => p.detail).join('\n');

describe('proofreading migrations', () => {
  it('0400 keeps marks (never deleted) and an append-only decision log', () => {
    const db = deskAt(400);
    const mark = db.prepare(
      `INSERT INTO proof_marks (id, story_id, round, kind, by_name, by_role, at, block_index, start_unit, end_unit, quote,
         prefix, suffix, anchor_revision, original) VALUES (?, ?, ?, ?, '李校', 'proofreader', ?, 0, 0, 2, '今年', '', '', 1, '今年')`,
    );
    mark.run('m1', 's1', 'first', 'delete', NOW);
    expect(() => mark.run('m2', 'nobody', 'first', 'delete', NOW)).toThrow(/FOREIGN KEY/);
    expect(() => mark.run('m3', 's1', 'fourth', 'delete', NOW)).toThrow(/CHECK/);
    expect(() => mark.run('m4', 's1', 'first', 'rotate', NOW)).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM proof_marks').run()).toThrow(/never deleted/);
    db.prepare("INSERT INTO mark_decisions (mark_id, decision, by_name, by_role, at) VALUES ('m1', 'accepted', '郭', 'editor', ?)").run(NOW);
    expect(() => db.prepare("UPDATE mark_decisions SET decision = 'rejected'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM mark_decisions').run()).toThrow(/append-only/);
    expect(plan(db, "SELECT * FROM proof_marks WHERE story_id = 's1' ORDER BY at")).toMatch(/USING INDEX proof_marks_by_story/);
  });

  it('0410 keeps append-only sign-offs; a round row names its round and no other row does', () => {
    const db = deskAt(410);
    const sign = db.prepare("INSERT INTO signoffs (page_id, kind, round, by_name, by_role, at) VALUES ('p1', ?, ?, '李校', 'proofreader', ?)");
    sign.run('round', 'first', NOW);
    sign.run('approve', null, NOW);
    expect(() => sign.run('round', null, NOW)).toThrow(/CHECK/);
    expect(() => sign.run('page', 'first', NOW)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE signoffs SET by_name = '别人'").run()).toThrow(/append-only/);
    expect(plan(db, "SELECT * FROM signoffs WHERE page_id = 'p1' ORDER BY id")).toMatch(/USING INDEX signoffs_by_page/);
  });

  it('0420 keeps one ordered term list with unique entries', () => {
    const db = deskAt(420);
    const rule = db.prepare('INSERT INTO term_rules (position, wrong, right_form) VALUES (?, ?, ?)');
    rule.run(0, '十八届4中全会', '十八届四中全会');
    expect(() => rule.run(1, '十八届4中全会', '别的')).toThrow(/UNIQUE/);
    expect(() => rule.run(2, '同', '同')).toThrow(/CHECK/);
    db.prepare("INSERT INTO banned_words (position, word) VALUES (0, '某词')").run();
    expect(() => db.prepare("INSERT INTO banned_words (position, word) VALUES (1, '')").run()).toThrow(/CHECK/);
  });

  it('0560 keeps every mark and decision, admits withdrawn marks and the layout kinds, and stays append-only', () => {
    const db = deskAt(510);
    const insert = `INSERT INTO proof_marks (id, story_id, round, kind, by_name, by_role, at, block_index, start_unit, end_unit, quote,
         prefix, suffix, anchor_revision, original, proposed, status, decided_by) VALUES (?, 's1', 'first', ?, '李校', 'proofreader', ?, 0, 0, 2,
         '今年', '', '', 1, '今年', ?, ?, ?)`;
    db.prepare(insert).run('m1', 'replace', NOW, '明年', 'accepted', '郭');
    db.prepare(insert).run('m2', 'delete', NOW, null, 'open', null);
    db.prepare("INSERT INTO mark_decisions (mark_id, decision, by_name, by_role, at, revision) VALUES ('m1', 'accepted', '郭', 'editor', ?, 2)").run(NOW);
    const before = db.prepare('SELECT * FROM proof_marks ORDER BY id').all();
    const decisionsBefore = db.prepare('SELECT * FROM mark_decisions ORDER BY id').all();
    expect(() => db.prepare(insert).run('m0', 'rotate', NOW, null, 'open', null)).toThrow(/CHECK/);

    expect(migrateDatabase(db, 560)).toBe(560);
    expect(db.prepare('SELECT * FROM proof_marks ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT * FROM mark_decisions ORDER BY id').all()).toEqual(decisionsBefore);
    for (const kind of ['rotate', 'move', 'shift-vertical', 'shift-horizontal', 'align', 'emphasis', 'font-change']) {
      db.prepare(insert).run(`k-${kind}`, kind, NOW, null, 'open', null);
    }
    db.prepare(insert).run('m3', 'delete', NOW, null, 'withdrawn', '李校');
    db.prepare("INSERT INTO mark_decisions (mark_id, decision, by_name, by_role, at) VALUES ('m3', 'withdrawn', '李校', 'proofreader', ?)").run(NOW);
    expect(() => db.prepare(insert).run('m4', 'rubout', NOW, null, 'open', null)).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run('m5', 'delete', NOW, null, 'gone', null)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO mark_decisions (mark_id, decision, by_name, by_role, at) VALUES ('nobody', 'withdrawn', '李校', 'proofreader', ?)").run(NOW)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('DELETE FROM proof_marks').run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE mark_decisions SET decision = 'rejected'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM mark_decisions').run()).toThrow(/append-only/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(plan(db, "SELECT * FROM proof_marks WHERE story_id = 's1' ORDER BY at")).toMatch(/USING INDEX proof_marks_by_story/);
    expect(plan(db, "SELECT * FROM mark_decisions WHERE mark_id = 'm1' ORDER BY id")).toMatch(/USING INDEX mark_decisions_by_mark/);
  });
});
