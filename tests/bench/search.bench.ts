/**
 * Search speed on a desk of 10,000 generated stories (~1,500 characters each, sentences of the sample page):
 * median time of searchStories for 3- and 6-character queries (trigram phrases), 2-character queries (expanded
 * through the index vocabulary) and a 1-character query. Target: ≤ 20 ms per query.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStory, openDesk } from '../../electron/store';
import { searchStories } from '../../electron/store/search';
import { generatedStories } from './search-fixture';
import { medianMs, type Bench, type BenchFigure } from './run';

const STORIES = 10_000;
const TARGET_MS = 20;
const QUERIES = [
  { key: 'search/3-char/median', query: '共产党', note: '3 characters: a trigram phrase' },
  { key: 'search/6-char/median', query: '安全经济运行', note: '6 characters: a trigram phrase' },
  { key: 'search/2-char/median', query: '党员', note: '2 characters, common: expanded through the index vocabulary' },
  { key: 'search/2-char-absent/median', query: '鸭梨', note: '2 characters, in no story' },
  { key: 'search/1-char/median', query: '党', note: '1 character, common: vocabulary expansion or scan' },
];

export const bench: Bench = {
  name: 'search',
  async run(): Promise<BenchFigure[]> {
    const dir = mkdtempSync(join(tmpdir(), 'folio-search-bench-'));
    const desk = openDesk(dir);
    try {
      const t0 = performance.now();
      desk.db.transaction(() => {
        for (const content of generatedStories(STORIES)) createStory(desk.db, { content });
      })();
      const buildMs = performance.now() - t0;
      const figures: BenchFigure[] = [
        { key: 'search/build-10k-stories', value: buildMs, unit: 'ms', reference: true, note: 'create 10,000 stories, index kept by triggers' },
      ];
      for (const q of QUERIES) {
        const hits = searchStories(desk.db, q.query).length;
        const ms = medianMs(() => searchStories(desk.db, q.query), 40, 10);
        figures.push({ key: q.key, value: ms, unit: 'ms', targetMax: TARGET_MS, note: `“${q.query}”: ${q.note}, ${hits} results shown` });
      }
      return figures;
    } finally {
      desk.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
