/** A desk's issue for the plan-ahead tests: copies of the demo page, and pages.ofIssue's answer as the host gives it. */
import type { PageView, Story, StoryContent } from '../../../shared/model';
import { setStoryId } from '../../../shared/model/page-placement';
import { demoPageView } from '../../../shared/seed/demo-page-view';

export interface PlanDesk {
  views: PageView[];
  texts: Map<string, StoryContent>;
}

/** `count` copies of the demo page in issue `issueId`, each with its own page, module and story ids. */
export function issuePages(issueId: string, count: number): PlanDesk {
  const { view, stories } = demoPageView();
  const texts = new Map<string, StoryContent>();
  const views = Array.from({ length: count }, (_, i): PageView => {
    const n = i + 1;
    return {
      ...view,
      page: { ...view.page, id: `page-${n}`, number: n, issueId },
      modules: view.modules.map((m) => {
        const storyId = m.storyId ? `${m.storyId}-${n}` : null;
        if (m.storyId && storyId) texts.set(storyId, structuredClone(stories.get(m.storyId)!));
        return { ...m, id: `${m.id}-${n}`, pageId: `page-${n}`, storyId, story: m.story && storyId ? { ...m.story, id: storyId } : m.story };
      }),
    };
  });
  return { views, texts };
}

/** pages.ofIssue's answer as the host gives it: new objects every time (JSON), each placed story once, with its head. */
export function pagesOfIssueAnswer(desk: PlanDesk, version: string) {
  const views = JSON.parse(JSON.stringify(desk.views)) as PageView[];
  const ids = [...new Set(views.flatMap((v) => v.modules.map(setStoryId).filter((id): id is string => id !== null)))];
  const stories = ids.map((id) => ({ id, revision: 1, content: JSON.parse(JSON.stringify(desk.texts.get(id))) }) as unknown as Story);
  const heads = stories.map((s) => ({ id: s.id, revision: s.revision, hash: JSON.stringify(s.content) }));
  const signoffs = views.map((v) => ({ pageId: v.page.id, rounds: { first: null, second: null, third: null, 'read-through': null }, page: null, approved: null, undecidedMarks: 0, history: [] }));
  return { version, unchanged: false, views, stories, same: [], missing: [], heads, signoffs };
}
