/**
 * 安排在本版的稿件: the stories meant for this page (stories.setPlannedPage), each shown placed or not yet placed —
 * preflight stops a page whose planned story is placed nowhere. A story is planned from the list of the desk's
 * stories (read again when the list is opened, so a story written meanwhile is there), and taken off with ×.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api/client';

interface Planned {
  id: string;
  title: string;
  placed: boolean;
}

/** `placementKey` changes when the page's modules change, so 已上版 follows a placement. */
export function PlannedStories({ pageId, placementKey }: { pageId: string; placementKey: string }) {
  const { t } = useTranslation();
  const [planned, setPlanned] = useState<Planned[]>([]);
  const [stories, setStories] = useState<{ id: string; title: string }[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [mine, all] = await Promise.all([invoke('pages.plannedStories', { id: pageId }), invoke('stories.list', {})]);
    if (mine.ok) setPlanned(mine.value);
    if (all.ok) setStories(all.value.map((s) => ({ id: s.id, title: s.title })));
  }, [pageId]);

  useEffect(() => {
    void load();
  }, [load, placementKey]);

  const plan = async (storyId: string, target: string | null) => {
    const result = await invoke('stories.setPlannedPage', { id: storyId, pageId: target });
    setError(result.ok ? null : result.error.message);
    await load();
  };

  const offered = stories.filter((s) => !planned.some((p) => p.id === s.id));
  return (
    <div className="field" data-testid="planned-stories">
      <span>{t('page.planned')}</span>
      <ul className="planned-list">
        {planned.map((p) => (
          <li key={p.id} data-testid="planned-story" data-story-id={p.id} data-placed={p.placed}>
            {p.title} <span className={p.placed ? 'muted' : 'warn'}>{p.placed ? t('page.plannedPlaced') : t('page.plannedUnplaced')}</span>
            <button type="button" className="link-btn" data-testid="planned-story-remove" aria-label={t('page.plannedRemove')} onClick={() => void plan(p.id, null)}>×</button>
          </li>
        ))}
      </ul>
      <select data-testid="plan-story-select" aria-label={t('page.plannedAdd')} value="" onFocus={() => void load()} onChange={(e) => e.target.value && void plan(e.target.value, pageId)}>
        <option value="">{t('page.plannedAdd')}</option>
        {offered.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
      </select>
      {error && <span className="proof-error" role="alert">{error}</span>}
    </div>
  );
}
