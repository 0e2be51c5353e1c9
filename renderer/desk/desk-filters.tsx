/** The desk's filters: one chip per workflow state (草稿 … 签发, or all), and the author. */
import { useTranslation } from 'react-i18next';
import { StoryStatuses, type StoryStatus } from '../../shared/model';

export interface DeskFiltersProps {
  status: StoryStatus | null;
  author: string | null;
  authors: string[];
  /** The profile's name: offered first as "mine". */
  me: string | null;
  onStatus: (status: StoryStatus | null) => void;
  onAuthor: (author: string | null) => void;
}

export function DeskFilters({ status, author, authors, me, onStatus, onAuthor }: DeskFiltersProps) {
  const { t } = useTranslation();
  const others = authors.filter((a) => a !== me);
  return (
    <div className="desk-filters">
      <div className="state-chips" role="group" aria-label={t('inspector.status')}>
        <button type="button" className={status === null ? 'chip on' : 'chip'} data-testid="state-chip" data-state="all" aria-pressed={status === null} onClick={() => onStatus(null)}>
          {t('desk.allStates')}
        </button>
        {StoryStatuses.map((s) => (
          <button
            key={s}
            type="button"
            className={status === s ? `chip on chip-${s}` : `chip chip-${s}`}
            data-testid="state-chip"
            data-state={s}
            aria-pressed={status === s}
            onClick={() => onStatus(status === s ? null : s)}
          >
            {t(`status.${s}`)}
          </button>
        ))}
      </div>
      <select
        className="author-filter"
        data-testid="author-filter"
        aria-label={t('desk.authorLabel')}
        value={author ?? ''}
        onChange={(e) => onAuthor(e.target.value || null)}
      >
        <option value="">{t('desk.allAuthors')}</option>
        {me && <option value={me}>{t('desk.mine', { name: me })}</option>}
        {others.map((a) => (
          <option key={a} value={a}>{a}</option>
        ))}
        {author && author !== me && !others.includes(author) && <option value={author}>{author}</option>}
      </select>
    </div>
  );
}
