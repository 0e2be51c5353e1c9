/**
 * The page compose cache: a second call with nothing changed composes nothing; a keystroke in one story
 * recomposes that module only (and the modules its text flows into), and the result equals a fresh composition.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../../electron/fonts';
import { composePage, createPageComposeCache, fontBookFromBytes } from '../../../../shared/compose';
import type { StoryContent } from '../../../../shared/model';
import { demoPageView } from '../../../../shared/seed/demo-page-view';
import { storyModule } from './page-helpers';

const fonts = fontBookFromBytes(readAllFontBytes());

/** The story with one character typed into its last paragraph (a new object, as an editor produces). */
function typed(content: StoryContent, ch: string): StoryContent {
  const blocks = [...content.blocks];
  const i = blocks.findLastIndex((b) => b.type === 'paragraph');
  const b = blocks[i] as { type: 'paragraph'; runs: { text: string }[] };
  blocks[i] = { ...b, runs: [...b.runs.slice(0, -1), { ...b.runs[b.runs.length - 1], text: b.runs[b.runs.length - 1].text + ch }] };
  return { blocks };
}

describe('page compose cache', () => {
  const { view, stories } = demoPageView();

  it('reuses every module when nothing changed, even for re-fetched copies of the same stories', () => {
    const cache = createPageComposeCache();
    const first = composePage(view, stories, fonts, cache);
    expect(cache.composedCount).toBe(view.modules.length);
    const again = composePage(structuredClone(view), new Map([...stories].map(([k, v]) => [k, structuredClone(v)])), fonts, cache);
    expect(cache.composedCount).toBe(view.modules.length);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });

  it('recomposes only the module whose story changed, and gives what a fresh composition gives', () => {
    const cache = createPageComposeCache();
    composePage(view, stories, fonts, cache);
    const edited = new Map(stories);
    edited.set('dongshan-film', typed(stories.get('dongshan-film')!, '好'));
    const after = composePage(view, edited, fonts, cache);
    expect(cache.composedCount).toBe(view.modules.length + 1);
    expect(JSON.stringify(after)).toBe(JSON.stringify(composePage(view, edited, fonts)));
  });

  it('gives what a fresh composition gives while an early paragraph grows and shrinks (the lines below move, then return)', () => {
    const cache = createPageComposeCache();
    composePage(view, stories, fonts, cache);
    const story = stories.get('dongshan-film')!;
    const first = story.blocks.findIndex((b) => b.type === 'paragraph');
    const withText = (extra: string): StoryContent => {
      const blocks = [...story.blocks];
      const b = blocks[first] as { type: 'paragraph'; runs: { text: string }[] };
      blocks[first] = { ...b, runs: [...b.runs.slice(0, -1), { ...b.runs[b.runs.length - 1], text: b.runs[b.runs.length - 1].text + extra }] };
      return { blocks };
    };
    const edited = new Map(stories);
    let changed = 0;
    for (const extra of ['', '好', '好的消息传来', '好的消息传来，大家都很高兴地奔走相告', '好的消息传来', '好', '']) {
      edited.set('dongshan-film', withText(extra));
      const cached = JSON.stringify(composePage(view, edited, fonts, cache));
      const fresh = JSON.stringify(composePage(view, edited, fonts));
      expect(cached).toBe(fresh);
      if (fresh !== JSON.stringify(composePage(view, stories, fonts))) changed++;
    }
    expect(changed).toBeGreaterThan(2);
  });

  it('recomposes a module moved on the grid, and nothing else', () => {
    const cache = createPageComposeCache();
    composePage(view, stories, fonts, cache);
    const moved = { ...view, modules: view.modules.map((m) => (m.id === 'm5' ? { ...m, heightLines: m.heightLines + 2 } : m)) };
    composePage(moved, stories, fonts, cache);
    expect(cache.composedCount).toBe(view.modules.length + 1);
  });

  it('recomposes a continuation chain when the first module’s story changes', () => {
    const feature = view.modules[1];
    const chain = {
      ...view,
      modules: [
        ...view.modules.filter((m) => m.id !== feature.id),
        storyModule(feature, { heightLines: 17, continuesTo: 'cont' }),
        storyModule(feature, { id: 'cont', topLine: 60, heightLines: 30, continuesFrom: feature.id }),
      ],
    };
    const cache = createPageComposeCache();
    composePage(chain, stories, fonts, cache);
    const count = cache.composedCount;
    const edited = new Map(stories);
    edited.set('weijinyi-profile', typed(stories.get('weijinyi-profile')!, '。'));
    composePage(chain, edited, fonts, cache);
    expect(cache.composedCount).toBe(count + 2);
  });
});
