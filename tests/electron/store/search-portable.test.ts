/**
 * A desk file opens in stock SQLite tools (3.37+, as current LTS distributions ship them): the search triggers
 * use no syntax newer than that (migration 0500), and they index the very text the original SQL did.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { requiredTool } from '../../required-tool';
import { createDemoIssue, migrateDatabase, openMemory } from '../../../electron/store';
import { openWritable } from '../../../electron/store/db';
import { bodyTextSql } from '../../../electron/store/migrations/0100-story-search';
import { portableBodyTextSql } from '../../../electron/store/migrations/0500-portable-search-triggers';

const dir = mkdtempSync(join(tmpdir(), 'folio-portable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function systemSqlite(): string | null {
  const probe = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
  return requiredTool('sqlite3 (the stock SQLite shell)', probe.status === 0, 'apt-get install -y sqlite3') ? probe.stdout.trim() : null;
}

const run = fc.record({ text: fc.string({ maxLength: 6 }) });
const runs = fc.array(run, { maxLength: 4 });
const block = fc.oneof(
  fc.record({ type: fc.constantFrom('paragraph', 'headline', 'intertitle'), runs }),
  fc.record({ type: fc.constant('figure'), image: fc.constant(null), caption: runs, credit: runs }),
);

describe('desk file portability', () => {
  it('indexes the same body text as the original search SQL, for any content', () => {
    const db = openMemory();
    const both = db.prepare(`SELECT ${bodyTextSql('?')} AS original, ${portableBodyTextSql('?')} AS portable`);
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (blocks) => {
        const json = JSON.stringify({ blocks });
        const row = both.get(json, json) as { original: string; portable: string };
        expect(row.portable).toBe(row.original);
      }),
      { seed: 20261206, numRuns: 300 },
    );
    db.close();
  });

  it('opens in the system sqlite3 shell: schema, stories and revisions read back', () => {
    const version = systemSqlite();
    if (version === null) return;
    const file = join(dir, 'folio.sqlite');
    const db = openWritable(file);
    migrateDatabase(db);
    createDemoIssue(db);
    const stories = (db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const out = execFileSync('sqlite3', [file, 'PRAGMA quick_check; SELECT count(*) FROM stories; SELECT count(*) > 0 FROM revisions; SELECT count(*) FROM story_search_docs;'], {
      encoding: 'utf8',
    });
    expect(out.trim().split('\n')).toEqual(['ok', String(stories), '1', String(stories)]);
    expect(stories).toBeGreaterThan(0);
  });
});
