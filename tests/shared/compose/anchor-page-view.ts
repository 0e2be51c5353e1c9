/**
 * The dense anchor page (../shared/bench/anchor-page.json, outside the repository: modules with a column span
 * and a position in pt, the page geometry, each module's story) as a PageView the page composer takes. Module
 * tops and heights are rounded to whole lines of the page's pitch; a module with a photo becomes a picture
 * module (an empty slot of that height above its text).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ISSUE, DEMO_PAGE_1 } from '../../../shared/seed/demo-page';
import { DEFAULT_MODULE_HEADLINE, countContent, type ModuleView, type PageTemplate, type PageView, type StoryContent } from '../../../shared/model';

export const ANCHOR_PAGE_PATH = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'bench', 'anchor-page.json');

interface AnchorModule {
  columns: number;
  column: number;
  topPt: number;
  heightPt: number;
  photoPt: number;
  story: StoryContent;
}

interface AnchorPage {
  geometry: { columns: number; columnWidthPt: number; gutterPt: number; bodySizePt: number; pitchPt: number };
  info: { pageWidthPt: number; pageHeightPt: number };
  modules: AnchorModule[];
}

const MARGIN_PT = 18;

export function anchorPageExists(): boolean {
  return existsSync(ANCHOR_PAGE_PATH);
}

export function anchorPageView(path = ANCHOR_PAGE_PATH): { view: PageView; stories: Map<string, StoryContent> } {
  const anchor = JSON.parse(readFileSync(path, 'utf8')) as AnchorPage;
  const g = anchor.geometry;
  const template: PageTemplate = {
    preset: 'custom',
    widthPt: anchor.info.pageWidthPt + 2 * MARGIN_PT,
    heightPt: anchor.info.pageHeightPt + 2 * MARGIN_PT,
    marginTopPt: MARGIN_PT,
    marginBottomPt: MARGIN_PT,
    marginLeftPt: MARGIN_PT,
    marginRightPt: MARGIN_PT,
    grid: { columnCount: g.columns, columnChars: Math.round(g.columnWidthPt / g.bodySizePt), gutterChars: g.gutterPt / g.bodySizePt, bodySizePt: g.bodySizePt, linePitchPt: g.pitchPt },
  };
  const stories = new Map<string, StoryContent>();
  const lines = (pt: number) => Math.max(1, Math.round(pt / g.pitchPt));
  const modules: ModuleView[] = anchor.modules.map((a, i) => {
    const storyId = `anchor-${i + 1}`;
    stories.set(storyId, a.story);
    const heightLines = lines(a.heightPt);
    const picture = a.photoPt > 0;
    return {
      id: `a${i + 1}`,
      pageId: 'anchor-page',
      kind: picture ? 'image' : 'story',
      storyId,
      column: a.column,
      columnSpan: a.columns,
      topLine: Math.round(a.topPt / g.pitchPt),
      heightLines,
      bodyColumns: a.columns,
      headline: { ...DEFAULT_MODULE_HEADLINE },
      border: 'none',
      picture: picture ? { assetId: null, imageHeightLines: Math.min(heightLines - 1, lines(a.photoPt)), caption: '', credit: '' } : null,
      furniture: null,
      continuesTo: null,
      story: { id: storyId, state: 'live', title: `anchor ${i + 1}`, status: 'draft', chars: countContent(a.story).chars },
      continuesFrom: null,
    };
  });
  const { number, ...people } = DEMO_PAGE_1;
  const view: PageView = {
    issue: { ...DEMO_ISSUE, id: 'anchor-issue' },
    page: { id: 'anchor-page', issueId: 'anchor-issue', number, ...people, status: 'layout', moduleCount: modules.length, updatedAt: '2014-11-25T00:00:00.000Z', template },
    modules,
    findings: [],
  };
  return { view, stories };
}
