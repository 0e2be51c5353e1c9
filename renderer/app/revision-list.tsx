/**
 * 修订记录: the meaningful revisions (autosaves folded by shared/model meaningfulRevisions), newest first, each
 * named by its time and author; "show all" lists every save. Restore one (as a new revision), or pick two and
 * compare them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meaningfulRevisions, type RevisionSummary } from '../../shared/model';
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
  const [showAll, setShowAll] = useState(false);
  const meaningful = meaningfulRevisions(revisions);
  const folded = new Map(meaningful.map((m) => [m.revision.number, m.folded.length]));
  const shown = showAll ? revisions : meaningful.map((m) => m.revision);
  const hidden = revisions.length - meaningful.length;
  const byNumber = new Map(revisions.map((r) => [r.number, r]));
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
        {[...shown].sort((a, b) => b.number - a.number).map((r) => (
          <li key={r.id} className={picked.includes(r.number) ? 'revision-row picked' : 'revision-row'} data-testid="revision-row" data-revision={r.number}>
            <div className="rev-line">
              <label className="rev-pick">
                <input type="checkbox" data-testid="revision-pick" checked={picked.includes(r.number)} onChange={() => toggle(r.number)} />
                <strong data-testid="revision-name">{t('inspector.revisionName', { when: formatWhen(r.createdAt), author: r.author || t('inspector.noAuthor') })}</strong>
              </label>
            </div>
            <div className="rev-line muted">
              <span>{t(`inspector.revisionReason.${r.reason}`, { from: r.restoredFrom && byNumber.get(r.restoredFrom) ? formatWhen(byNumber.get(r.restoredFrom)!.createdAt) : '' })}</span>
              <span>{t('desk.chars', { n: formatCount(r.chars) })}</span>
              {!showAll && (folded.get(r.number) ?? 0) > 0 && <span data-testid="revision-folded">{t('inspector.folded', { n: folded.get(r.number) })}</span>}
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
      {hidden > 0 && (
        <label className="rev-show-all">
          <input type="checkbox" data-testid="revision-show-all" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
          {t('inspector.showAllSaves', { n: revisions.length })}
        </label>
      )}
    </>
  );
}
