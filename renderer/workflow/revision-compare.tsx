/** Two revisions side by side in one text: pick any two, read what changed between them (stories.diff). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary, TextDiff } from '../../shared/model';
import { invoke } from '../api/client';
import { DiffText } from './diff-text';
import { formatWhen } from '../common/format';

export interface RevisionCompareProps {
  storyId: string;
  revisions: RevisionSummary[];
  from: number;
  to: number;
  onClose: () => void;
}

export function RevisionCompare({ storyId, revisions, from: initialFrom, to: initialTo, onClose }: RevisionCompareProps) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const [diff, setDiff] = useState<TextDiff | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setDiff(null);
    setError(null);
    void invoke('stories.diff', { id: storyId, from, to }).then((result) => {
      if (!current) return;
      if (result.ok) setDiff(result.value);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [storyId, from, to]);

  const numbers = revisions.map((r) => r.number).sort((a, b) => b - a);
  // Named by time and author (with the save's number, which tells two saves of one minute apart).
  const revisionName = (n: number) => {
    const r = revisions.find((x) => x.number === n);
    return r ? `${t('inspector.revisionName', { when: formatWhen(r.createdAt), author: r.author || t('inspector.noAuthor') })} (#${n})` : `#${n}`;
  };
  const picker = (value: number, onChange: (n: number) => void, testId: string) => (
    <select data-testid={testId} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {numbers.map((n) => (
        <option key={n} value={n}>{revisionName(n)}</option>
      ))}
    </select>
  );

  return (
    <section className="overlay-panel" tabIndex={-1} onKeyDown={(e) => e.key === 'Escape' && onClose()} data-testid="revision-diff" aria-label={t('diff.title')}>
      <header className="overlay-head">
        <h2>{t('diff.title')}</h2>
        {picker(from, setFrom, 'diff-from')}
        <span>→</span>
        {picker(to, setTo, 'diff-to')}
        <div className="tb-spacer" />
        <button type="button" className="btn small" data-testid="diff-close" onClick={onClose}>{t('common.close')}</button>
      </header>
      <div className="overlay-body">
        {error && <p className="form-error" role="alert">{t('errors.generic', { message: error })}</p>}
        {!error && !diff && <p className="muted">{t('diff.loading')}</p>}
        {diff?.notice && (
          <p className="muted" role="status" data-testid="diff-notice" data-code={diff.notice.code}>
            {t(diff.notice.code === 'too-large' ? 'diff.tooLarge' : 'diff.tooDifferent', {
              limitChars: diff.notice.limitChars,
              seconds: diff.notice.budgetMs / 1000,
            })}
          </p>
        )}
        {diff && <DiffText segments={diff.segments} />}
      </div>
    </section>
  );
}
