/** How much a diff changes, in characters (code points, so 𠮷 counts once; line breaks between blocks do not count). */
import type { DiffSegment } from '../../shared/model';

export interface DiffSummary {
  inserted: number;
  deleted: number;
}

const chars = (text: string) => Array.from(text.replace(/\n/g, '')).length;

export function summarizeDiff(segments: readonly DiffSegment[]): DiffSummary {
  let inserted = 0;
  let deleted = 0;
  for (const s of segments) {
    if (s.kind === 'insert') inserted += chars(s.text);
    else if (s.kind === 'delete') deleted += chars(s.text);
  }
  return { inserted, deleted };
}
