/**
 * 最近的期次 kept in the desk file: the issue opened last comes first, an issue opened again moves up (no
 * duplicates), the list is capped, an issue deleted since is skipped, an unknown id is refused and a stored
 * value that no longer parses reads as empty.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openMemory, type WritableDb } from '../../../electron/store/db';
import { migrateDatabase } from '../../../electron/store/migrations';
import { createIssue, noteIssueOpened, recentIssues, RECENT_ISSUES_MAX, StoreError } from '../../../electron/store';

let db: WritableDb;
const issue = (n: number) => createIssue(db, { paperName: '钢城日报', date: '2026-12-01', issueNumber: n, pageCount: 1 });

beforeEach(() => {
  db = openMemory();
  migrateDatabase(db);
});

describe('recent issues', () => {
  it('lists the issues opened, most recent first, without duplicates', () => {
    const a = issue(1);
    const b = issue(2);
    expect(recentIssues(db)).toEqual([]);
    noteIssueOpened(db, a.id);
    noteIssueOpened(db, b.id);
    expect(noteIssueOpened(db, a.id).map((i) => i.id)).toEqual([a.id, b.id]);
    expect(recentIssues(db).map((i) => i.issueNumber)).toEqual([1, 2]);
  });

  it('keeps only the last RECENT_ISSUES_MAX', () => {
    const all = Array.from({ length: RECENT_ISSUES_MAX + 2 }, (_, n) => issue(n + 1));
    for (const i of all) noteIssueOpened(db, i.id);
    const ids = recentIssues(db).map((i) => i.id);
    expect(ids).toHaveLength(RECENT_ISSUES_MAX);
    expect(ids[0]).toBe(all[all.length - 1].id);
    expect(ids).not.toContain(all[0].id);
  });

  it('skips an issue deleted since and refuses an unknown one', () => {
    const a = issue(1);
    const b = issue(2);
    noteIssueOpened(db, a.id);
    noteIssueOpened(db, b.id);
    db.prepare('DELETE FROM pages WHERE issue_id = ?').run(b.id);
    db.prepare('DELETE FROM issues WHERE id = ?').run(b.id);
    expect(recentIssues(db).map((i) => i.id)).toEqual([a.id]);
    expect(() => noteIssueOpened(db, '00000000-0000-4000-8000-000000000000')).toThrow(StoreError);
  });

  it('reads a damaged stored list as empty', () => {
    db.prepare("INSERT INTO settings (key, value) VALUES ('recentIssues', '{\"x\":1}')").run();
    expect(recentIssues(db)).toEqual([]);
  });
});
