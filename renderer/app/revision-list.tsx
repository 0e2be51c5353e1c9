/** 修订记录: every revision, newest first; restore one (as a new revision), or pick two and compare them. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../shared/model';
import { formatCount, formatWhen } from '../common/format';

export interface RevisionListProps {
  revisions: RevisionSummary[];
  readOnly: boolean;
  onRestore: (number: number) => void;
  onCompare: (from: number, to: number) => void;
}

export function RevisionList({ revisions, readOnly, onRestore, onCompare }: RevisionListProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<number[]>([]);
  const newest = revisions.reduce((max, r) => Math.max(max, r.number), 0);
  const toggle = (n: number) =>
    // Two at most: picking a third drops the earliest pick.
    setPicked((p) => (p.includes(n) ? p.filter((x) => x !== n) : [...p, n].slice(-2)));
  const compare = () => {
    const [a, b] = [...picked].sort((x, y) => x - y);
    onCompare(a, b);
  };
  return (
    <>
      <div className="revision-tools">
        <span className="muted small">{t('diff.pickTwo')}</span>
        <button type="button" className="btn small" data-testid="revision-compare" disabled={picked.length !== 2} onClick={compare}>
          {t('diff.compare')}
        </button>
      </div>
      <ol className="revision-list" data-testid="revision-list">
        {[...revisions].sort((a, b) => b.number - a.number).map((r) => (
          <li key={r.id} className={picked.includes(r.number) ? 'revision-row picked' : 'revision-row'} data-testid="revision-row" data-revision={r.number}>
            <div className="rev-line">
              <label className="rev-pick">
                <input type="checkbox" data-testid="revision-pick" checked={picked.includes(r.number)} onChange={() => toggle(r.number)} />
                <strong>{t('inspector.revisionRow', { number: r.number })}</strong>
              </label>
              <span className="muted">{formatWhen(r.createdAt)}</span>
            </div>
            <div className="rev-line muted">
              {r.author && <span>{r.author}</span>}
              <span>{t(`inspector.revisionReason.${r.reason}`, { from: r.restoredFrom ?? '' })}</span>
              <span>{t('desk.chars', { n: formatCount(r.chars) })}</span>
            </div>
            {r.number === newest ? (
              <span className="rev-current">{t('inspector.current')}</span>
            ) : (
              !readOnly && (
                <button type="button" className="link-btn" data-testid="revision-restore" onClick={() => onRestore(r.number)}>
                  {t('inspector.restore')}
                </button>
              )
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
