/**
 * A page's revision as manifest.json records it: a SHA-256 over everything that decides what the page prints —
 * its plan (issue fields, page fields and template, every module), the text of the stories it sets, its style
 * sheet and the numbers of the pages its stories continue to or from — and nothing else (not when it was last
 * touched). The same page exported twice without a change has the same revision; any change that can move ink
 * gives another, so the plant (and the desk) can tell which files belong to which state of the page.
 */
import { createHash } from 'node:crypto';
import type { StoredPage } from '../../compose/stored-page-data';

export function pageRevision(page: StoredPage): string {
  const { view, stories, linkedPages } = page;
  const { updatedAt: _updated, moduleCount: _count, ...plan } = view.page;
  const printed = {
    issue: view.issue,
    page: plan,
    modules: view.modules,
    styleSheet: view.styleSheet ?? null,
    stories: Object.keys(stories)
      .sort()
      .map((id) => [id, stories[id]]),
    linked: linkedPages.map((p) => [p.view.page.id, p.view.page.number]),
  };
  return `sha256:${createHash('sha256').update(JSON.stringify(printed)).digest('hex')}`;
}
