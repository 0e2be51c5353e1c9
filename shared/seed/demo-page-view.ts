/**
 * The demo issue's page 1 as a PageView, built from shared/seed/demo-page.ts the way the store builds it
 * (electron/store/demo-issue.ts + addModule defaults), without a database: for page-composition tests, the
 * determinism e2e, the bench and the sample-page render. Story ids are the demo slugs.
 */
import { DEFAULT_MODULE_HEADLINE, broadsheetTemplate, countContent, type ModuleView, type PageView, type StoryContent } from '../model';
import { DEMO_ISSUE, DEMO_PAGE_1, demoPagePlan } from './demo-page';
import { demoStories } from './demo';

export interface DemoPage {
  view: PageView;
  stories: Map<string, StoryContent>;
}

export function demoPageView(): DemoPage {
  const demo = new Map(demoStories().map((s) => [s.slug, s]));
  const stories = new Map([...demo].map(([slug, s]) => [slug, s.content]));
  const modules: ModuleView[] = demoPagePlan().map((plan, i) => {
    const story = plan.slug ? demo.get(plan.slug) : undefined;
    return {
      id: `m${i + 1}`,
      pageId: 'page-1',
      kind: plan.kind,
      storyId: plan.slug,
      column: plan.column,
      columnSpan: plan.columnSpan,
      topLine: plan.topLine,
      heightLines: plan.heightLines,
      bodyColumns: plan.bodyColumns,
      headline: { ...DEFAULT_MODULE_HEADLINE, ...plan.headline },
      border: plan.border,
      picture: plan.kind === 'image' ? { assetId: null, imageHeightLines: plan.imageHeightLines ?? Math.max(1, plan.heightLines - 4), caption: '', credit: '' } : null,
      furniture: plan.furniture,
      continuesTo: null,
      story: story ? { id: story.slug, state: 'live', title: story.title, status: 'draft', chars: countContent(story.content).chars } : null,
      continuesFrom: null,
    };
  });
  const { number, ...people } = DEMO_PAGE_1;
  const view: PageView = {
    issue: { ...DEMO_ISSUE, id: 'issue-1' },
    page: { id: 'page-1', issueId: 'issue-1', number, ...people, status: 'layout', moduleCount: modules.length, updatedAt: '2014-11-25T00:00:00.000Z', template: broadsheetTemplate() },
    modules,
    findings: [],
  };
  return { view, stories };
}
