// deskVersion: the same while nothing is written; changes with a write by this connection or by another one on
// the same file (another process); a connection opened afresh never repeats an old version.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deskVersion, openReadOnly, openWritable } from '../../../electron/store/db';
import { tempDir } from './helpers';

let cleanup = () => {};
afterEach(() => cleanup());

describe('deskVersion', () => {
  it('follows every commit, this connection’s and another’s, and only commits', () => {
    const tmp = tempDir('folio-version-');
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'desk.sqlite');
    const db = openWritable(file);
    db.exec('CREATE TABLE t (x INTEGER)');
    const other = openWritable(file);
    try {
      const v0 = deskVersion(db);
      db.prepare('SELECT count(*) FROM t').get();
      expect(deskVersion(db)).toBe(v0);
      db.prepare('INSERT INTO t VALUES (1)').run();
      const v1 = deskVersion(db);
      expect(v1).not.toBe(v0);
      other.prepare('INSERT INTO t VALUES (2)').run();
      const v2 = deskVersion(db);
      expect(v2).not.toBe(v1);
      expect(deskVersion(db)).toBe(v2);
      const reader = openReadOnly(file);
      expect(deskVersion(reader)).not.toBe(v2);
      reader.close();
    } finally {
      other.close();
      db.close();
    }
  });
});
