/** The page a story is placed on (the newest issue first), found through issues.list and pages.get. */
import { useCallback, useEffect, useState } from 'react';
import type { PageStatus } from '../../shared/model';
import { invoke } from '../api/client';

export interface StoryPage {
  pageId: string;
  number: number;
  section: string;
  status: PageStatus;
  date: string;
}

export async function findStoryPage(storyId: string): Promise<StoryPage | null> {
  const issues = await invoke('issues.list', {});
  if (!issues.ok) return null;
  for (const issue of issues.value) {
    for (const page of issue.pages) {
      if (page.moduleCount === 0) continue;
      const view = await invoke('pages.get', { id: page.id });
      if (view.ok && view.value.modules.some((m) => m.storyId === storyId)) {
        return { pageId: page.id, number: page.number, section: page.section, status: view.value.page.status, date: issue.date };
      }
    }
  }
  return null;
}

/** `page` is undefined while looking, null when the story is on no page. */
export function useStoryPage(storyId: string | null) {
  const [page, setPage] = useState<StoryPage | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    if (!storyId) return setPage(null);
    const found = await findStoryPage(storyId);
    setPage(found);
  }, [storyId]);
  useEffect(() => {
    setPage(undefined);
    void refresh();
  }, [refresh]);
  return { page, refresh };
}
