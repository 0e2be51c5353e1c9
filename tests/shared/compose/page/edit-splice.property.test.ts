/**
 * Random edits through the page compose cache give what a fresh composition gives (properties, seeded): the
 * layout (every module, its lines, violations, overset, missing glyphs, text lines) and the display list. The
 * cache splices an edit that keeps a paragraph's line count and measures into the module's last flow and
 * re-flows otherwise; both must be invisible. Edits replace, insert and delete characters (punctuation too, so
 * 禁则 and 孤字 change) or embolden one (a line with one more glyph run) in body paragraphs, heads and captions,
 * one or two stories at a time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../../electron/fonts';
import { composePage, createPageComposeCache, fontBookFromBytes, type PageComposeCache } from '../../../../shared/compose';
import { displayList } from '../../../../shared/display';
import type { Block, PageView, StoryContent, TextRun } from '../../../../shared/model';
import { demoPageView } from '../../../../shared/seed/demo-page-view';
import { anchorPageExists, anchorPageView } from '../anchor-page-view';

const fonts = fontBookFromBytes(readAllFontBytes());

/** Characters an edit puts in: Han of one width (keeps the line count), marks and Latin (moves breaks). */
const TYPED = ['好', '的', '国', '年', '，', '。', '、', '“', '”', '《', '》', '）', 'A', '1', '——'];

/** One edit: which story, block and place (taken modulo what is there), and what it does. */
const edit = fc.record({
  story: fc.nat(),
  block: fc.nat(),
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'replace', 'replace', 'insert', 'delete', 'bold'),
  typed: fc.constantFrom(...TYPED),
  alsoStory: fc.option(fc.nat(), { nil: undefined }),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function editRuns(runs: readonly TextRun[], e: Edit): TextRun[] {
  if (runs.length === 0) return [{ text: e.typed }];
  const r = e.at % runs.length;
  const text = runs[r].text;
  const at = text.length === 0 ? 0 : Math.floor(e.at / runs.length) % text.length;
  if (e.kind === 'bold') {
    // One character in the bold face: the line keeps its width but gets another glyph run.
    const parts = [{ ...runs[r], text: text.slice(0, at) }, { ...runs[r], text: text.slice(at, at + 1), bold: !runs[r].bold }, { ...runs[r], text: text.slice(at + 1) }];
    return [...runs.slice(0, r), ...parts.filter((p) => p.text !== ''), ...runs.slice(r + 1)];
  }
  const changed =
    e.kind === 'insert' ? text.slice(0, at) + e.typed + text.slice(at)
    : e.kind === 'delete' ? text.slice(0, at) + text.slice(at + 1)
    : text.slice(0, at) + e.typed + text.slice(at + 1);
  return runs.map((run, i) => (i === r ? { ...run, text: changed } : run));
}

/** The story with one block edited: a new content object and block, the other blocks shared (as the editor does). */
function edited(content: StoryContent, e: Edit): StoryContent {
  const blocks: Block[] = [...content.blocks];
  const i = e.block % blocks.length;
  const b = blocks[i];
  if (b.type === 'figure') blocks[i] = { ...b, caption: editRuns(b.caption, e) };
  else blocks[i] = { ...b, runs: editRuns(b.runs, e) } as Block;
  return { ...content, blocks };
}

/** Body paragraphs are edited most (the keystroke path); heads and other blocks now and then. */
function biasedBlock(content: StoryContent, e: Edit): Edit {
  const paragraphs = content.blocks.flatMap((b, i) => (b.type === 'paragraph' ? [i] : []));
  if (paragraphs.length === 0 || e.block % 4 === 0) return e;
  return { ...e, block: paragraphs[e.block % paragraphs.length] };
}

function apply(stories: Map<string, StoryContent>, ids: readonly string[], e: Edit): void {
  const id = ids[e.story % ids.length];
  const content = stories.get(id) as StoryContent;
  stories.set(id, edited(content, biasedBlock(content, e)));
  if (e.alsoStory !== undefined) {
    const other = ids[e.alsoStory % ids.length];
    const second = stories.get(other) as StoryContent;
    stories.set(other, edited(second, biasedBlock(second, { ...e, at: e.at + 7 })));
  }
}

/** Layout and display list as one comparable string (typed arrays as their numbers). */
const snapshot = (view: PageView, stories: Map<string, StoryContent>, cache?: PageComposeCache): string => {
  const layout = composePage(view, stories, fonts, cache);
  return JSON.stringify({ layout, list: displayList(layout.frame) });
};

function checkEdits(view: PageView, start: Map<string, StoryContent>, seed: number, numRuns: number, maxEdits: number): void {
  const ids = [...start.keys()];
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: maxEdits }), (edits) => {
      const cache = createPageComposeCache();
      const stories = new Map(start);
      composePage(view, stories, fonts, cache);
      for (const e of edits) {
        apply(stories, ids, e);
        expect(snapshot(view, stories, cache)).toBe(snapshot(view, stories));
      }
    }),
    { seed, numRuns },
  );
}

describe('edits through the page compose cache (properties, seeded)', () => {
  it('give the fresh composition of the demo page', () => {
    const { view, stories } = demoPageView();
    checkEdits(view, stories, 20261206, 25, 8);
  }, 240_000);

  it.skipIf(!anchorPageExists())('give the fresh composition of the dense anchor page', () => {
    const { view, stories } = anchorPageView();
    checkEdits(view, stories, 15, 8, 4);
  }, 240_000);

  it('give the fresh composition while one paragraph is typed into and deleted from, key by key', () => {
    const { view, stories } = demoPageView();
    const id = [...stories.keys()][0];
    const cache = createPageComposeCache();
    const now = new Map(stories);
    composePage(view, now, fonts, cache);
    const typed = '记者获悉：今年以来，全国“三夏”麦收进度过半。';
    const steps = [...[...typed].map((_, k) => typed.slice(0, k + 1)), ...[...typed].map((_, k) => typed.slice(0, typed.length - k - 1))];
    const content = stories.get(id) as StoryContent;
    const p = content.blocks.findIndex((b) => b.type === 'paragraph');
    for (const extra of steps) {
      const blocks = [...content.blocks];
      const b = blocks[p] as Block & { runs: TextRun[] };
      blocks[p] = { ...b, runs: [...b.runs, { text: extra }] } as Block;
      now.set(id, { ...content, blocks });
      expect(snapshot(view, now, cache)).toBe(snapshot(view, now));
    }
  });
});
