/**
 * Seeds a desk (the browser host, through its API) with the dense anchor page: an issue whose first page has the
 * anchor page's template and its 18 modules and stories (tests/shared/compose/anchor-page-view.ts turns the JSON
 * into a PageView). `pageCount` pages in all; with `fillOthers` every other page gets the same modules and stories
 * too (the plan view's thumbnails, 16 full pages).
 */
import { anchorPageView } from '../shared/compose/anchor-page-view';
import { api } from '../e2e/editor-page';
import { gridLineCount } from '../../shared/model';

export interface AnchorDesk {
  issueId: string;
  pageIds: string[];
  /** Story id (in the desk) of each anchor module, in the anchor's order, for the first page. */
  storyIds: string[];
  /** Characters on the anchor page (countContent of its stories). */
  chars: number;
}

export async function seedAnchorDesk(url: string, options: { pageCount?: number; fillOthers?: boolean; date?: string } = {}): Promise<AnchorDesk> {
  const { view, stories } = anchorPageView();
  const pageCount = options.pageCount ?? 2;
  const issue = await api<{ id: string; pages: { id: string }[] }>(url, 'issues.create', {
    paperName: '基准日报', date: options.date ?? '2099-01-01', issueNumber: 1, pageCount, preset: 'broadsheet',
  });
  const storyIds: string[] = [];
  // The anchor's last module rounds to a line past the grid (the Node composer does not mind; the store does).
  const lines = gridLineCount(view.page.template);
  const filled = options.fillOthers ? issue.pages : issue.pages.slice(0, 1);
  for (const [p, page] of filled.entries()) {
    await api(url, 'pages.update', { id: page.id, template: view.page.template });
    for (const [i, m] of view.modules.entries()) {
      const content = stories.get(m.storyId!)!;
      const story = await api<{ id: string }>(url, 'stories.create', { title: `基准稿件 ${p + 1}-${i + 1}`, content });
      if (p === 0) storyIds.push(story.id);
      await api(url, 'modules.add', {
        pageId: page.id,
        kind: m.kind,
        storyId: story.id,
        column: m.column,
        columnSpan: m.columnSpan,
        topLine: m.topLine,
        heightLines: Math.min(m.heightLines, lines - m.topLine),
        bodyColumns: m.bodyColumns,
        ...(m.picture ? { picture: { imageHeightLines: m.picture.imageHeightLines, caption: '', credit: '' } } : {}),
      });
    }
  }
  const chars = view.modules.reduce((sum, m) => sum + (m.story?.chars ?? 0), 0);
  return { issueId: issue.id, pageIds: issue.pages.map((p) => p.id), storyIds, chars };
}
