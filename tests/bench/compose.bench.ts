/**
 * Composition speed: a dense broadsheet page (8 articles, ~12,000 characters, 13字 columns) and one
 * ~1,500-character article, from scratch, median in Node; and, for reference, what the same page costs
 * Chromium's own CSS multicol layout (DOM build + layout, same font bytes). The composer is bundled as the app
 * runs it (./bundled-composer.ts).
 */
import { readAllFontBytes } from '../../electron/fonts';
import { chromiumLayoutMs, fontFaceCss } from './chromium-layout';
import type { FontBook, StoryOptions } from '../../shared/compose';
import type { StoryContent } from '../../shared/model/story';
import { timedComposer, type Composer } from './bundled-composer';
import { benchArticle, benchPage, pageChars } from './page-fixture';
import { medianMs, type Bench, type BenchFigure } from './run';

// Each article in two 13字 columns under a head across both: 8 articles × 2 columns = two tiers of an 8-column page.
const OPTIONS: StoryOptions = { columns: 2, heightLines: 68, headWidthPt: 243 };

function composeArticles(composeStory: Composer['composeStory'], page: readonly StoryContent[], fonts: FontBook): void {
  for (const story of page) composeStory(story, fonts, OPTIONS);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** The same page as HTML in 8 CSS columns of 13 characters, one article after another. */
function pageHtml(page: readonly StoryContent[]): string {
  return page
    .map((s) =>
      s.blocks
        .map((b) => (b.type === 'figure' ? '' : `<p class="${b.type}">${escapeHtml(b.runs.map((r) => r.text).join(''))}</p>`))
        .join(''),
    )
    .join('');
}

/** The same page in Chromium's CSS multicol (same font bytes). */
function chromiumMulticolMs(page: readonly StoryContent[]): Promise<number | null> {
  return chromiumLayoutMs({
    document: `<!doctype html><meta charset="utf-8"><style>
${fontFaceCss([{ family: 'FolioSong', file: 'serif-regular' }])}
#page { width: 999pt; columns: 8; column-gap: 9pt; column-fill: auto; height: 1500pt; font: 9pt/13.5pt FolioSong;
  text-align: justify; line-break: strict; }
p { margin: 0; text-indent: 2em; } p.headline { font-size: 22pt; line-height: 1.25; text-align: center; text-indent: 0; column-span: none; }
p.intertitle { text-align: center; text-indent: 0; line-height: 27pt; }
</style><div id="page"></div>`,
    containerId: 'page',
    contentHtml: pageHtml(page),
    loadFonts: ['9pt FolioSong'],
  });
}

export const bench: Bench = {
  name: 'compose',
  async run(): Promise<BenchFigure[]> {
    const { composeStory, fontBookFromBytes } = (await timedComposer()).composer;
    const t0 = performance.now();
    const fonts = fontBookFromBytes(readAllFontBytes());
    const loadMs = performance.now() - t0;
    const page = benchPage();
    const article = benchArticle(0);
    const pageMs = medianMs(() => composeArticles(composeStory, page, fonts), 60, 30);
    const articleMs = medianMs(() => composeStory(article, fonts, OPTIONS), 300, 100);
    const figures: BenchFigure[] = [
      { key: 'compose/fonts-load-5-faces', value: loadMs, unit: 'ms', reference: true, note: 'read + parse the five bundled TTFs once (cold)' },
      { key: 'compose/page-8x13-12k/median', value: pageMs, unit: 'ms', targetMax: 5, note: `${pageChars(page)} chars, 8 articles` },
      { key: 'compose/article-1500/median', value: articleMs, unit: 'ms', targetMax: 0.5, note: `${pageChars([article])} chars` },
    ];
    const chromium = await chromiumMulticolMs(page);
    if (chromium !== null) {
      figures.push({ key: 'chromium/css-multicol-page/median', value: chromium, unit: 'ms', reference: true, note: 'same page: DOM build + CSS multicol layout in Chromium' });
    }
    return figures;
  },
};
