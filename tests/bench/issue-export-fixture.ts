/**
 * A 16-page issue as export jobs (PageJob, what the export worker is posted): 8 copies of the demo page 1 and
 * 8 dense pages — the demo page with every story's text replaced by ~3,000 characters (the modules filled to
 * the brim; the overflow is cut, so the bench exports with force).
 */
import { loadPageData } from '../../electron/export/preflight/page-inputs';
import type { PageJob } from '../../electron/export/queue/export-page';
import { demoDesk } from '../electron/export/preflight-fixture';
import { benchArticle } from './page-fixture';

export function issueJobs16(): PageJob[] {
  const desk = demoDesk();
  const base = loadPageData(desk.db, desk.pageId, Date.now());
  const pages: PageJob[] = [];
  for (let i = 0; i < 16; i++) {
    const dense = i % 2 === 1;
    const stories = dense ? Object.fromEntries(Object.keys(base.stories).map((id, k) => [id, benchArticle(k * 5 + i, 3000)])) : base.stories;
    pages.push({
      ...base,
      view: { ...base.view, page: { ...base.view.page, id: `${base.view.page.id}-${i + 1}`, number: i + 1 } },
      stories,
      acknowledged: [],
    });
  }
  return pages;
}
