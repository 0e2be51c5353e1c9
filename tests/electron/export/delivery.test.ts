import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PART_SUFFIX, writeFileAtomic } from '../../../electron/export/delivery/atomic-write';
import { MANIFEST_FILE, readManifest, updateManifest } from '../../../electron/export/delivery/manifest';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'folio-hot-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Bytes with a recognisable end, so a truncated read is detectable. */
function payload(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) & 0xff;
  return bytes;
}

describe('hot-folder delivery', () => {
  it('lets a watcher see only complete files, never a half-written one', async () => {
    const files = [0, 1, 2].map((i) => ({ name: `PAPER_20141125_0${i + 1}_K.tif`, bytes: payload(4_000_000 + i, i) }));
    const expected = new Map(files.map((f) => [f.name, createHash('sha256').update(f.bytes).digest('hex')]));
    // What a plant's watcher does: on every event, read any non-.part file that appeared and check it.
    const seen = new Map<string, string>();
    const incomplete: string[] = [];
    const watcher: FSWatcher = watch(dir, (_event, name) => {
      if (!name || name.endsWith(PART_SUFFIX) || !existsSync(join(dir, name)) || seen.has(name)) return;
      const hash = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
      if (hash === expected.get(name)) seen.set(name, hash);
      else incomplete.push(name);
    });
    try {
      for (const f of files) await writeFileAtomic(dir, f.name, f.bytes);
      await expect.poll(() => seen.size, { timeout: 5_000 }).toBe(files.length);
    } finally {
      watcher.close();
    }
    expect(incomplete).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual(files.map((f) => f.name).sort());
  });

  it('reports bytes and SHA-256 of what it wrote', async () => {
    const bytes = payload(1000, 7);
    const written = await writeFileAtomic(dir, 'a.pdf', bytes);
    expect(written).toEqual({ file: 'a.pdf', bytes: 1000, sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('refuses a name with a path in it and leaves nothing behind', async () => {
    await expect(writeFileAtomic(dir, '../evil.pdf', payload(10, 1))).rejects.toThrow(/路径/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps a manifest of every file, the newer entry replacing an older one of the same name', async () => {
    const time = '2026-11-25T08:00:00.000Z';
    const a = await writeFileAtomic(dir, 'p1.pdf', payload(10, 1));
    await updateManifest(dir, { paper: '钢城日报', date: '2014-11-25' }, [{ ...a, page: 1, ink: null, time }]);
    const b = await writeFileAtomic(dir, 'p2.pdf', payload(20, 2));
    const a2 = await writeFileAtomic(dir, 'p1.pdf', payload(30, 3));
    await updateManifest(dir, { paper: '钢城日报', date: '2014-11-25' }, [{ ...b, page: 2, ink: null, time }, { ...a2, page: 1, ink: null, time }]);
    const manifest = await readManifest(dir);
    expect(manifest?.files.map((f) => [f.file, f.bytes, f.page])).toEqual([['p1.pdf', 30, 1], ['p2.pdf', 20, 2]]);
    expect(manifest?.files[0].sha256).toBe(a2.sha256);
    expect(existsSync(join(dir, MANIFEST_FILE + PART_SUFFIX))).toBe(false);
  });

  it('makes a re-export of a page one consistent set: its older plates leave the folder and the manifest', async () => {
    const time = '2026-11-25T08:00:00.000Z';
    const head = { paper: '钢城日报', date: '2014-11-25' };
    const first = [
      { ...(await writeFileAtomic(dir, 'p1.pdf', payload(10, 1))), page: 1, ink: null, time },
      ...(await Promise.all(['C', 'M', 'Y', 'K'].map(async (ink, i) => ({ ...(await writeFileAtomic(dir, `p1_${ink}.tif`, payload(5, i))), page: 1, ink, time })))),
      { ...(await writeFileAtomic(dir, 'p2.pdf', payload(10, 9))), page: 2, ink: null, time },
    ];
    await updateManifest(dir, head, first);
    // Page 1 again, PDF only: the four plates of the earlier export no longer belong with it.
    const again = await writeFileAtomic(dir, 'p1.pdf', payload(12, 7));
    const manifest = await updateManifest(dir, head, [{ ...again, page: 1, ink: null, time }]);
    expect(manifest.files.map((f) => f.file)).toEqual(['p1.pdf', 'p2.pdf']);
    expect((await readdir(dir)).sort()).toEqual([MANIFEST_FILE, 'p1.pdf', 'p2.pdf']);
  });

  it('never deletes outside the folder on the word of a hand-edited manifest', async () => {
    await writeFile(join(dir, MANIFEST_FILE), JSON.stringify({ paper: 'x', date: 'd', files: [{ file: '../outside.pdf', page: 1, ink: null, time: 't', bytes: 1, sha256: 'x' }] }));
    const a = await writeFileAtomic(dir, 'p1.pdf', payload(10, 1));
    await expect(updateManifest(dir, { paper: 'x', date: 'd' }, [{ ...a, page: 1, ink: null, time: 't' }])).rejects.toThrow(/文件名无效/);
  });

  it('treats an unreadable manifest as none and replaces it', async () => {
    await writeFile(join(dir, MANIFEST_FILE), '{broken');
    expect(await readManifest(dir)).toBeNull();
    const a = await writeFileAtomic(dir, 'p1.pdf', payload(10, 1));
    await updateManifest(dir, { paper: 'x', date: '2014-11-25' }, [{ ...a, page: 1, ink: null, time: 't' }]);
    expect((await readManifest(dir))?.files).toHaveLength(1);
  });
});
