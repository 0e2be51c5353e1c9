/** A refused save, compared: the newest revision on the desk against the text in this editor, and the choices. */
import { useTranslation } from 'react-i18next';
import type { DiffSegment, Story } from '../../shared/model';
import { formatWhen } from '../common/format';
import { DiffText } from './diff-text';

export interface ConflictCompareProps {
  newest: Story;
  segments: DiffSegment[];
  onSaveMine: () => void;
  onLoadNewest: () => void;
  onClose: () => void;
}

export function ConflictCompare({ newest, segments, onSaveMine, onLoadNewest, onClose }: ConflictCompareProps) {
  const { t } = useTranslation();
  return (
    <section className="overlay-panel" tabIndex={-1} onKeyDown={(e) => e.key === 'Escape' && onClose()} data-testid="conflict-diff" aria-label={t('conflict.compareTitle')}>
      <header className="overlay-head">
        <h2>{t('conflict.compareTitle')}</h2>
        <div className="tb-spacer" />
        <button type="button" className="btn small primary" data-testid="conflict-diff-save-mine" onClick={onSaveMine}>{t('conflict.saveMine')}</button>
        <button type="button" className="btn small" data-testid="conflict-load-newest" onClick={onLoadNewest}>{t('conflict.loadNewest')}</button>
        <button type="button" className="btn small" data-testid="diff-close" onClick={onClose}>{t('common.close')}</button>
      </header>
      <div className="overlay-body">
        <p className="diff-legend muted">
          {t('conflict.compareLegend', { number: newest.revision, author: newest.author || '—', time: formatWhen(newest.updatedAt) })}
        </p>
        <DiffText segments={segments} />
      </div>
    </section>
  );
}
