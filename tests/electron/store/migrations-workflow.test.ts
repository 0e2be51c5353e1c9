import { describe, expect, it } from 'vitest';
import { openMemory } from '../../../electron/store/db';
import { migrateDatabase } from '../../../electron/store/migrations';

const NOW = '2026-11-25T10:00:00.000Z';

function storyAt30() {
  const db = openMemory();
  migrateDatabase(db, 30);
  db.prepare("INSERT INTO stories (id, title, created_at, updated_at) VALUES ('s1', '旧稿', ?, ?)").run(NOW, NOW);
  return db;
}

describe('workflow migrations', () => {
  it('0040 adds JSON settings', () => {
    const db = storyAt30();
    expect(migrateDatabase(db, 40)).toBe(40);
    db.prepare("INSERT INTO settings (key, value) VALUES ('profile', ?)").run('{"name":"郭红梅","role":"editor"}');
    expect(() => db.prepare("INSERT INTO settings (key, value) VALUES ('bad', 'not json')").run()).toThrow(/CHECK/);
    expect(db.prepare("SELECT title FROM stories WHERE id = 's1'").pluck().get()).toBe('旧稿');
  });

  it('0050 adds an append-only status log tied to stories', () => {
    const db = storyAt30();
    expect(migrateDatabase(db, 50)).toBe(50);
    const insert = db.prepare(
      `INSERT INTO status_log (story_id, at, by_name, by_role, from_status, to_status) VALUES (?, ?, '', ?, 'draft', 'to-edit')`,
    );
    insert.run('s1', NOW, 'editor');
    expect(() => insert.run('nobody', NOW, 'editor')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('s1', NOW, 'boss')).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM status_log').run()).toThrow(/append-only/);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM status_log WHERE story_id = 's1' ORDER BY id")
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING INDEX status_log_by_story/);
  });

  it('0060 adds one lock per story and an append-only takeover log', () => {
    const db = storyAt30();
    expect(migrateDatabase(db, 60)).toBe(60);
    const lock = db.prepare(
      `INSERT INTO story_locks (story_id, client_id, holder, role, since, heartbeat_at, expires_ms)
       VALUES (?, 'c', '', 'editor', ?, ?, 1)`,
    );
    lock.run('s1', NOW, NOW);
    expect(() => lock.run('s1', NOW, NOW)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => lock.run('nobody', NOW, NOW)).toThrow(/FOREIGN KEY/);
    db.prepare(
      `INSERT INTO lock_takeovers (story_id, at, by_name, by_role, client_id, previous_holder, previous_client_id, previous_since)
       VALUES ('s1', ?, '', 'editor', 'b', '', 'a', ?)`,
    ).run(NOW, NOW);
    expect(() => db.prepare('UPDATE lock_takeovers SET by_name = 1').run()).toThrow(/append-only/);
  });
});
