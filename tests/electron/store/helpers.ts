/** Shared helpers for store tests: temporary desk folders and small story contents. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoryContent } from '../../../shared/model';

/** A fresh folder under the OS temp dir; remove it with the returned cleanup. */
export function tempDir(prefix = 'folio-store-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A story with a headline and one paragraph. */
export function storyContent(headline: string, body: string): StoryContent {
  return {
    blocks: [
      { type: 'headline', runs: [{ text: headline }] },
      { type: 'paragraph', runs: [{ text: body }] },
    ],
  };
}
