/**
 * The demo issue: the sample page's stories, an issue of the demo paper and page 1 laid out from the demo plan
 * (shared/seed/demo-page.ts). Idempotent: a second call returns the issue made the first time, as it is now.
 */
import { DEMO_ISSUE, DEMO_ISSUE_SLUG, DEMO_PAGE_1, demoPagePlan } from '../../shared/seed/demo-page';
import type { WritableDb } from './db';
import { createDemoStories, type DemoStoryRef } from './demo-stories';
import { guardStorage } from './errors';
import { createIssue, findDemoIssueId } from './issues-repo';
import { addModule } from './modules-repo';
import { updatePage } from './pages-repo';

export interface DemoIssue {
  issueId: string;
  stories: DemoStoryRef[];
  /** Page numbers laid out. */
  pages: number[];
}

export function createDemoIssue(db: WritableDb): DemoIssue {
  return guardStorage(() =>
    db
      .transaction((): DemoIssue => {
        const stories = createDemoStories(db);
        const existing = findDemoIssueId(db, DEMO_ISSUE_SLUG);
        if (existing) return { issueId: existing, stories, pages: [DEMO_PAGE_1.number] };
        const issue = createIssue(db, { ...DEMO_ISSUE, pageCount: 1, preset: 'broadsheet', demoSlug: DEMO_ISSUE_SLUG });
        const page = issue.pages[0];
        const { number: _number, ...pageFields } = DEMO_PAGE_1;
        updatePage(db, page.id, { ...pageFields, status: 'layout' });
        const storyBySlug = new Map(stories.map((s) => [s.slug, s.story]));
        for (const plan of demoPagePlan()) {
          const placed = plan.slug ? storyBySlug.get(plan.slug) : null;
          // A demo story the user put in the trash stays there; its place stays open.
          if (plan.slug && (!placed || placed.deletedAt)) continue;
          addModule(db, {
            pageId: page.id,
            kind: plan.kind,
            storyId: placed?.id ?? null,
            column: plan.column,
            columnSpan: plan.columnSpan,
            topLine: plan.topLine,
            heightLines: plan.heightLines,
            bodyColumns: plan.bodyColumns,
            headline: plan.headline,
            border: plan.border,
            ...(plan.imageHeightLines !== null ? { picture: { imageHeightLines: plan.imageHeightLines } } : {}),
            ...(plan.furniture ? { furniture: plan.furniture } : {}),
          });
        }
        return { issueId: issue.id, stories, pages: [DEMO_PAGE_1.number] };
      })
      .immediate(),
  );
}
