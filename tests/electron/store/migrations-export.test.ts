import { describe, expect, it } from 'vitest';
import { migrateDatabase, openMemory } from '../../../electron/store';
import { acknowledgedCodes, appendExportLog, getExportSettings, listExportLog, setExportSettings } from '../../../electron/store/export-log-repo';

function db() {
  const handle = openMemory();
  migrateDatabase(handle, 300);
  return handle;
}

describe('migration 0300: export log', () => {
  it('records who exported what, when, with the files and their hashes', () => {
    const d = db();
    const row = appendExportLog(d, { at: '2026-11-25T08:00:00.000Z', actor: '张磊', action: 'export', issueId: 'i1', pageId: 'p1', pageNumber: 1, jobId: 'j1', files: [{ file: 'a.pdf', bytes: 10, sha256: 'f'.repeat(64) }], outDir: '/hot' });
    expect(row).toMatchObject({ actor: '张磊', action: 'export', pageNumber: 1, files: [{ file: 'a.pdf', bytes: 10 }], codes: [] });
    expect(listExportLog(d, { issueId: 'i1' })).toHaveLength(1);
  });

  it('is append-only', () => {
    const d = db();
    appendExportLog(d, { at: 't', actor: 'a', action: 'force', issueId: 'i1', codes: ['overset'] });
    expect(() => d.prepare('UPDATE export_log SET actor = ?').run('b')).toThrow(/append-only/);
    expect(() => d.prepare('DELETE FROM export_log').run()).toThrow(/append-only/);
    expect(() => appendExportLog(d, { at: 't', actor: 'a', action: 'bogus' as 'export', issueId: 'i1' })).toThrow();
  });

  it('counts an acknowledgment only when it is newer than the page', () => {
    const d = db();
    appendExportLog(d, { at: '2026-11-25T08:00:00.000Z', actor: 'a', action: 'acknowledge', issueId: 'i1', pageId: 'p1', codes: ['thin-line'] });
    expect([...acknowledgedCodes(d, 'p1', '2026-11-25T07:00:00.000Z')]).toEqual(['thin-line']);
    expect([...acknowledgedCodes(d, 'p1', '2026-11-25T09:00:00.000Z')]).toEqual([]);
  });

  it('keeps the paper export settings, validated', () => {
    const d = db();
    expect(getExportSettings(d)).toEqual({});
    setExportSettings(d, { requireSignOff: true, inkLimitPct: 260 });
    expect(getExportSettings(d)).toEqual({ requireSignOff: true, inkLimitPct: 260 });
    expect(() => setExportSettings(d, { inkLimitPct: 20 })).toThrow();
  });

  it('uses the page index for a page history', () => {
    const plan = db().prepare('EXPLAIN QUERY PLAN SELECT * FROM export_log WHERE page_id = ? ORDER BY id').all('p1') as { detail: string }[];
    expect(plan.map((r) => r.detail).join(' ')).toContain('export_log_by_page');
  });
});
