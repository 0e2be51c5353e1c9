/**
 * Page composition (composePage): the demo page 1 (8 modules: 报头, 4 stories, 2 pictures, 责编行; ~2,400
 * characters) from scratch, and a "keystroke": one character typed into one story, recomposed with the page
 * compose cache (only that module is set again; the rest is reused). The composer is bundled as the app runs it
 * (./bundled-composer.ts).
 */
import { readAllFontBytes } from '../../electron/fonts';
import { demoPageView } from '../../shared/seed/demo-page-view';
import { timedComposer } from './bundled-composer';
import { typed } from './page-fixture';
import { medianMs, type Bench, type BenchFigure } from './run';

export const bench: Bench = {
  name: 'page-compose',
  async run(): Promise<BenchFigure[]> {
    const { composePage, createPageComposeCache, fontBookFromBytes } = (await timedComposer()).composer;
    const fonts = fontBookFromBytes(readAllFontBytes());
    const { view, stories } = demoPageView();
    const scratch = medianMs(() => composePage(view, stories, fonts), 40);
    const cache = createPageComposeCache();
    composePage(view, stories, fonts, cache);
    const base = stories.get('weijinyi-profile')!;
    let n = 0;
    const keystroke = medianMs(() => {
      const edited = new Map(stories);
      edited.set('weijinyi-profile', typed(base, n++ % 2 === 0 ? '好' : '的'));
      composePage(view, edited, fonts, cache);
    }, 60);
    return [
      { key: 'page-compose/demo-page-scratch/median', value: scratch, unit: 'ms', targetMax: 50, note: 'demo page 1, 8 modules, no cache' },
      { key: 'page-compose/keystroke-feature/median', value: keystroke, unit: 'ms', targetMax: 16, note: 'one char typed in the 3-column feature; cache reuses 7 of 8 modules' },
    ];
  },
};
