/**
 * The desk's 按版 / 按版名 filters: stories placed on one page, or on pages of one section (stories.list pageId /
 * section). The choices come from the issues (newest first); they reload when the list is opened.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../shared/model';
import { invoke } from '../api/client';
import './plan.css';

export interface PlacementFilterProps {
  pageId: string | null;
  section: string | null;
  onPage(pageId: string | null): void;
  onSection(section: string | null): void;
}

/** Distinct non-empty sections over the issues, in first-seen order (newest issue first). */
export function sectionsOf(issues: readonly Issue[]): string[] {
  return [...new Set(issues.flatMap((i) => i.pages.map((p) => p.section)).filter((s) => s !== ''))];
}

export function PlacementFilter({ pageId, section, onPage, onSection }: PlacementFilterProps) {
  const { t } = useTranslation();
  const [issues, setIssues] = useState<Issue[]>([]);
  const refresh = useCallback(async () => {
    const result = await invoke('issues.list', {});
    if (result.ok) setIssues(result.value); // best effort: without issues the filters offer only 全部
  }, []);
  useEffect(() => void refresh(), [refresh]);

  return (
    <div className="placement-filter">
      <select
        className="page-filter"
        data-testid="page-filter"
        aria-label={t('plan.deskFilter.page')}
        value={pageId ?? ''}
        onFocus={() => void refresh()}
        onChange={(e) => onPage(e.target.value || null)}
      >
        <option value="">{t('plan.deskFilter.allPages')}</option>
        {issues.map((issue) => (
          <optgroup key={issue.id} label={`${issue.date} ${issue.paperName}`}>
            {issue.pages.map((p) => (
              <option key={p.id} value={p.id}>{t('plan.deskFilter.pageOption', { n: p.number, section: p.section })}</option>
            ))}
          </optgroup>
        ))}
      </select>
      <select
        className="section-filter"
        data-testid="section-filter"
        aria-label={t('plan.deskFilter.section')}
        value={section ?? ''}
        onFocus={() => void refresh()}
        onChange={(e) => onSection(e.target.value || null)}
      >
        <option value="">{t('plan.deskFilter.allSections')}</option>
        {sectionsOf(issues).map((s) => (
          <option key={s} value={s}>{s}</option>
        ))}
        {section && !sectionsOf(issues).includes(section) && <option value={section}>{section}</option>}
      </select>
    </div>
  );
}
