/**
 * 文件 → 最近的期次: the issues last opened on this desk (issues.recent, kept in the desk file), a modal list.
 * Arrows move, Enter or a click opens the issue in the page view, Escape closes; with none yet it offers the
 * page plan, so the command is never a dead end.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../shared/model';
import { invoke } from '../../api/client';

export function RecentIssues({ onOpen, onOpenPlan, onClose }: { onOpen: (issue: Issue) => void; onOpenPlan: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [issues, setIssues] = useState<Issue[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void invoke('issues.recent', {}).then((result) => {
      if (!live) return;
      if (result.ok) setIssues(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  // The dialog takes focus at once (Escape and the arrows work before the list is there), the first entry (or the
  // plan button) once the list is; focus goes back on close.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    return () => before?.focus?.();
  }, []);
  useEffect(() => {
    if (issues === null && error === null) return;
    dialog.current?.querySelector<HTMLElement>('[data-recent-entry], [data-testid="recent-open-plan"], [data-testid="recent-close"]')?.focus();
  }, [issues, error]);

  const onKeyDown = (event: KeyboardEvent) => {
    const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    const at = focusable.indexOf(document.activeElement as HTMLElement);
    const step = event.key === 'ArrowDown' || (event.key === 'Tab' && !event.shiftKey) ? 1 : event.key === 'ArrowUp' || event.key === 'Tab' ? -1 : 0;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (step && focusable.length) {
      // Arrows and Tab move through the entries and the buttons, wrapping: focus stays in the dialog.
      event.preventDefault();
      focusable[(at + step + focusable.length) % focusable.length].focus();
    }
  };

  return (
    <div className="modal-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div className="modal recent-issues" role="dialog" aria-modal="true" aria-labelledby="recent-title" data-testid="recent-issues" ref={dialog} tabIndex={-1} onKeyDown={onKeyDown}>
        <h2 id="recent-title">{t('commands.recent.title')}</h2>
        {error && <p className="notice error" role="alert">{error}</p>}
        {issues && issues.length === 0 && <p data-testid="recent-none">{t('commands.recent.none')}</p>}
        {issues && issues.length > 0 && (
          <ul className="recent-list" aria-labelledby="recent-title">
            {issues.map((issue) => (
              <li key={issue.id}>
                <button type="button" className="recent-entry" data-recent-entry="" data-testid="recent-entry" data-issue-id={issue.id} onClick={() => onOpen(issue)}>
                  <span>{t('commands.recent.issue', { paper: issue.paperName, date: issue.date, number: issue.issueNumber })}</span>
                  <span className="recent-pages">{t('commands.recent.pages', { count: issue.pages.length })}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="modal-actions">
          {issues?.length === 0 && (
            <button type="button" className="btn" data-testid="recent-open-plan" onClick={onOpenPlan}>
              {t('commands.recent.openPlan')}
            </button>
          )}
          <button type="button" className="btn" data-testid="recent-close" onClick={onClose}>
            {t('commands.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
