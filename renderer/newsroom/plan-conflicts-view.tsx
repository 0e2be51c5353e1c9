/**
 * The page plan's conflicts for layout staff: each change of this desk the server did not apply (somebody moved
 * the same module, renamed the same section, took the same page number, or the page was signed off or removed),
 * with where it is (第N版, which module or field), why, and the three states — base, the server's, mine — and a
 * choice per conflict: keep the server's (the page already shows it) or keep mine (sent again on top of the
 * server's). Only the desk's contract: newsroom.planConflicts, pages.get, newsroom.resolvePlanConflict.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../shared/api/contract';
import { invoke } from '../api/client';
import { remoteChanges } from './live';
import { describePlanConflict, type PageLabel, type Phrase } from './plan-conflict-text';

type StoredPlanConflict = Result<'newsroom.planConflicts'>[number];

export interface PlanConflictsViewProps {
  /** After a conflict is resolved: the page view and the status refresh. */
  onResolved: () => unknown;
  onClose: () => void;
}

export function PlanConflictsView({ onResolved, onClose }: PlanConflictsViewProps) {
  const { t } = useTranslation();
  const [conflicts, setConflicts] = useState<StoredPlanConflict[] | null>(null);
  const [pages, setPages] = useState<Map<string, PageLabel | null>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const load = useCallback(async () => {
    const result = await invoke('newsroom.planConflicts', {});
    if (!result.ok) return setError(result.error.message);
    const labels = new Map<string, PageLabel | null>();
    for (const pageId of new Set(result.value.flatMap((c) => (c.pageId === null ? [] : [c.pageId])))) {
      const page = await invoke('pages.get', { id: pageId });
      labels.set(pageId, page.ok ? { number: page.value.page.number, section: page.value.page.section } : null);
    }
    setPages(labels);
    setConflicts(result.value);
  }, []);
  useEffect(() => void load(), [load]);
  // Another desk's change may settle (or renumber) what is shown.
  useEffect(() => remoteChanges.subscribe(() => void load()), [load]);

  const resolve = async (id: number, keep: 'mine' | 'theirs') => {
    setBusy(id);
    setError(null);
    try {
      const result = await invoke('newsroom.resolvePlanConflict', { id, keep });
      if (!result.ok) return setError(result.error.message);
      await onResolved();
      await load();
    } finally {
      setBusy(null);
    }
  };

  const say = (p: Phrase) => t(p.key, p.params ?? {});

  return (
    <div className="modal-backdrop">
      <section
        className="modal plan-conflicts"
        role="dialog"
        aria-modal="true"
        aria-labelledby="plan-conflicts-title"
        data-testid="plan-conflicts"
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id="plan-conflicts-title">{t('newsroom.plan.title')}</h2>
        <p className="muted">{t('newsroom.plan.hint')}</p>
        {conflicts && conflicts.length === 0 && <p data-testid="plan-conflicts-none">{t('newsroom.plan.none')}</p>}
        {conflicts && conflicts.length > 0 && (
          <ul className="plan-conflict-list">
            {conflicts.map((c) => {
              const text = describePlanConflict(c, c.pageId === null ? null : pages.get(c.pageId) ?? null);
              return (
                <li key={c.conflictId} className="plan-conflict" data-testid="plan-conflict" data-entity={c.entity} data-id={c.id} data-field={c.field ?? ''} data-reason={c.reason}>
                  <h3>
                    <span data-testid="plan-conflict-where">{say(text.where)}</span>
                    {' · '}
                    <span data-testid="plan-conflict-what">{say(text.what)}</span>
                  </h3>
                  <p className="muted" data-testid="plan-conflict-reason">{say(text.reason)}</p>
                  <dl className="plan-conflict-sides">
                    {(['base', 'theirs', 'mine'] as const).map((side) => (
                      <div key={side} className={`plan-conflict-side plan-${side}`}>
                        <dt>{t(`newsroom.plan.side.${side}`)}</dt>
                        <dd data-testid={`plan-conflict-${side}`}>{say(text[side])}</dd>
                      </div>
                    ))}
                  </dl>
                  <div className="modal-actions">
                    <button type="button" className="btn" data-testid="plan-keep-theirs" disabled={busy !== null} onClick={() => void resolve(c.conflictId, 'theirs')}>
                      {t('newsroom.plan.keepTheirs')}
                    </button>
                    {text.mayKeepMine && (
                      <button type="button" className="btn primary" data-testid="plan-keep-mine" disabled={busy !== null} onClick={() => void resolve(c.conflictId, 'mine')}>
                        {t('newsroom.plan.keepMine')}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {error && <p className="form-error" role="alert" data-testid="plan-conflicts-error">{error}</p>}
        <div className="modal-actions">
          <button type="button" className="btn" data-testid="plan-conflicts-close" onClick={onClose}>{t('common.close')}</button>
        </div>
      </section>
    </div>
  );
}
