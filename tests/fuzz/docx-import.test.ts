// Fuzz: a .docx with bytes flipped, cut short or spliced imports or is refused with one message per file;
// never a throw or a hang, and a refused file leaves no story, asset or stored file behind.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCopyFiles } from '../../electron/services/import/import-copy';
import { listStories, openDesk, type Desk } from '../../electron/store';
import { listAssets } from '../../electron/store/assets-repo';
import { buildDocx } from '../electron/services/docx-fixture';
import { rgbPng } from '../electron/services/picture-fixtures';
import { tempDir } from '../electron/store/helpers';
import { textOf } from '../error-text';

let dir: string;
let cleanup: () => void;
let desk: Desk;
let docx: Buffer;
beforeAll(async () => {
  ({ dir, cleanup } = tempDir('folio-fuzz-docx-'));
  desk = openDesk(dir);
  docx = await buildDocx([
    { style: 'Title', runs: [{ text: '标题' }] },
    { runs: [{ text: '本报讯 正文。', bold: true }] },
    { picture: await rgbPng(8, 8) },
    { runs: [{ text: '图说' }] },
  ]);
});
afterAll(() => {
  desk.close();
  cleanup();
});

const storedFiles = () => {
  const root = join(dir, 'assets');
  return existsSync(root) ? readdirSync(root, { recursive: true }).length : 0;
};

const mutation = fc.oneof(
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => (bytes: Buffer) => {
    const out = Buffer.from(bytes);
    for (const [at, value] of flips) out[at % out.length] = value;
    return out;
  }),
  fc.nat().map((cut) => (bytes: Buffer) => bytes.subarray(0, Math.max(4, cut % bytes.length))),
  fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 64 })).map(([at, junk]) => (bytes: Buffer) => {
    const where = at % bytes.length;
    return Buffer.concat([bytes.subarray(0, where), Buffer.from(junk), bytes.subarray(where)]);
  }),
);

describe('.docx import fuzz', () => {
  it('imports or refuses each mutated file, leaving nothing of a refused one', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (mutate) => {
        const stories = listStories(desk.db, {}).length;
        const assets = listAssets(desk.db).length;
        const files = storedFiles();
        const report = await importCopyFiles(desk, [{ name: '变异.docx', bytes: mutate(docx) }]);
        expect(report.stories.length + report.errors.length).toBe(1);
        if (report.errors.length === 1) {
          expect(textOf(report.errors[0]).length).toBeGreaterThan(0);
          expect(listStories(desk.db, {}).length).toBe(stories);
          expect(listAssets(desk.db).length).toBe(assets);
          expect(storedFiles()).toBe(files);
        }
      }),
      { seed: 18, numRuns: 120, interruptAfterTimeLimit: 40_000 },
    );
  }, 60_000);
});
