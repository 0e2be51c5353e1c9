/** A character-level diff read inline: insertions underlined green, deletions struck through red. */
import { useTranslation } from 'react-i18next';
import type { DiffSegment } from '../../shared/model';
import { summarizeDiff } from './diff-summary';

export function DiffText({ segments }: { segments: readonly DiffSegment[] }) {
  const { t } = useTranslation();
  const summary = summarizeDiff(segments);
  return (
    <>
      <div className="diff-summary" data-testid="diff-summary" data-inserted={summary.inserted} data-deleted={summary.deleted}>
        <ins>{t('diff.inserted', { n: summary.inserted })}</ins>
        <del>{t('diff.deleted', { n: summary.deleted })}</del>
      </div>
      <div className="diff-text" data-testid="diff-text">
        {segments.map((s, i) =>
          s.kind === 'insert' ? (
            <ins key={i} data-testid="diff-ins">{s.text}</ins>
          ) : s.kind === 'delete' ? (
            <del key={i} data-testid="diff-del">{s.text}</del>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </div>
    </>
  );
}
